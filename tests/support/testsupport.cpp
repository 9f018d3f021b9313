#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

namespace hallmark::test {

std::optional<QString> sharedVectors(const QString &sub)
{
    const QString root = qEnvironmentVariable("HALLMARK_SHARED");
    const QString path = QDir(root).filePath(QStringLiteral("vectors/") + sub);
    if (root.isEmpty() || !QFileInfo::exists(path))
        return std::nullopt;
    return path;
}

void writeFile(const QString &root, const QString &relative, const QByteArray &content)
{
    const QString path = QDir(root).filePath(relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    QCOMPARE(f.write(content), content.size());
}

ProcessResult runProgram(const QString &program, const QStringList &args, int timeoutMs, const QString &workingDir)
{
    QProcess p;
    if (!workingDir.isEmpty())
        p.setWorkingDirectory(workingDir);
    p.start(program, args);
    ProcessResult r;
    if (!p.waitForStarted(10000) || !p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = "process did not finish: " + program.toUtf8() + ' ' + args.join(QLatin1Char(' ')).toUtf8();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

ProcessResult runCli(const QStringList &args, int timeoutMs)
{
    return runProgram(qEnvironmentVariable("HALLMARK_CLI"), args, timeoutMs);
}

} // namespace hallmark::test
