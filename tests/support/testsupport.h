#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <optional>

namespace hallmark::test {

// ../shared/vectors/<sub>, or nullopt when the shared folder is absent
// (use HALLMARK_SKIP_WITHOUT_SHARED in the test).
std::optional<QString> sharedVectors(const QString &sub);

// Writes `content` to root/relative, creating folders.
void writeFile(const QString &root, const QString &relative, const QByteArray &content);

// Runs a built program with arguments; returns exit code, stdout, stderr.
struct ProcessResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool ok() const { return exitCode == 0; }
    QString text() const { return QString::fromUtf8(out + err).right(2000); }  // for failure messages
    QString describe() const  // exit code, stdout and stderr, for failure messages
    {
        return QString::fromUtf8("exit " + QByteArray::number(exitCode) + "\nstdout:\n" + out + "\nstderr:\n" + err);
    }
};
ProcessResult runProgram(const QString &program, const QStringList &args, int timeoutMs = 120000,
                         const QString &workingDir = {});
ProcessResult runCli(const QStringList &args, int timeoutMs = 120000);

} // namespace hallmark::test

#define HALLMARK_SHARED_OR_SKIP(var, sub)                                                         \
    const auto var##_opt = hallmark::test::sharedVectors(QStringLiteral(sub));                   \
    if (!var##_opt)                                                                              \
        QSKIP("../shared/vectors is not present beside the checkout; skipping vector checks");  \
    const QString var = *var##_opt
