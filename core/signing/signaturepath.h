#pragma once

#include <QDir>
#include <QFileInfo>
#include <QString>

namespace hallmark {

// The signature's file name inside a model folder.
inline QString modelSignatureName()
{
    return QStringLiteral("model.sig");
}

// Where a signature goes, and is looked for, by default: model.sig inside a
// folder, <file>.sig beside a single file or archive.
inline QString defaultSignaturePath(const QString &modelPath)
{
    return QFileInfo(modelPath).isDir() ? QDir(modelPath).filePath(modelSignatureName()) : modelPath + QStringLiteral(".sig");
}

} // namespace hallmark
