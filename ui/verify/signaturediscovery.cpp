#include "verify/signaturediscovery.h"

#include "signing/signaturepath.h"

#include <QDir>
#include <QFileInfo>

namespace hallmark::ui {

namespace {

const QString modelSig = modelSignatureName();

bool isRegularFile(const QString &path)
{
    const QFileInfo info(path);
    return info.isFile() && !info.isSymLink();
}

} // namespace

QString findSignature(const QString &modelPath)
{
    const QFileInfo model(modelPath);
    QStringList candidates;
    if (model.isDir()) {
        candidates << QDir(model.absoluteFilePath()).filePath(modelSig);
    } else if (model.exists()) {
        candidates << model.absoluteFilePath() + QStringLiteral(".sig");
        candidates << model.absoluteDir().filePath(modelSig);
    }
    for (const QString &c : candidates)
        if (c != model.absoluteFilePath() && isRegularFile(c))
            return c;
    return {};
}

QString defaultSignaturePath(const QString &modelPath)
{
    const QFileInfo model(modelPath);
    return model.isDir() ? QDir(model.absoluteFilePath()).filePath(modelSig)
                         : model.absoluteFilePath() + QStringLiteral(".sig");
}

} // namespace hallmark::ui
