#include "npmoracle.h"

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace hallmark::test {

NpmOracle prepareNpmOracle(const QString &source, const QStringList &files, const QString &workDir, int nodeMajor,
                           int nodeMinor, const QString &packages)
{
    NpmOracle oracle;
    const QString wanted = QStringLiteral("%1.%2").arg(nodeMajor).arg(nodeMinor);
    oracle.node = QStandardPaths::findExecutable(QStringLiteral("node"));
    const QString npm = QStandardPaths::findExecutable(QStringLiteral("npm"));
    if (oracle.node.isEmpty() || npm.isEmpty()) {
        oracle.skip = QStringLiteral("node or npm is not on PATH; install Node.js >= %1 for %2").arg(wanted, packages);
        return oracle;
    }
    const ProcessResult version = runProgram(oracle.node, {QStringLiteral("--version")}, 30000);
    const QString written = QString::fromLatin1(version.out).trimmed();
    const QStringList parts = QString(written).remove(QLatin1Char('v')).split(QLatin1Char('.'));
    const int major = parts.value(0).toInt(), minor = parts.value(1).toInt();
    if (!version.ok() || parts.size() < 2 || major < nodeMajor || (major == nodeMajor && minor < nodeMinor)) {
        oracle.skip = QStringLiteral("node %1 is older than %2, which %3 needs").arg(written, wanted, packages);
        return oracle;
    }
    QDir().mkpath(workDir);
    for (const QString &name : files) {
        if (!QFile::copy(QDir(source).filePath(name), QDir(workDir).filePath(name))) {
            oracle.error = QStringLiteral("cannot copy %1 from %2").arg(name, source);
            return oracle;
        }
    }
    const QStringList ci{QStringLiteral("ci"), QStringLiteral("--no-audit"), QStringLiteral("--no-fund")};
    ProcessResult install = runProgram(npm, ci + QStringList{QStringLiteral("--offline")}, 300000, workDir);
    if (!install.ok())
        install = runProgram(npm, ci, 300000, workDir);
    if (!install.ok()) {
        oracle.skip = QStringLiteral("npm could not install %1 (neither cached nor reachable): %2")
                          .arg(packages, install.text().simplified().right(400));
        return oracle;
    }
    oracle.dir = workDir;
    return oracle;
}

} // namespace hallmark::test
