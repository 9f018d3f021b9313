#pragma once

#include <QString>

namespace hallmark::ui {

// The signature that belongs to a model, if one sits where OMS tools put
// it: model.sig inside a model folder; <file>.sig or model.sig next to a
// model file or archive. Empty when there is none.
QString findSignature(const QString &modelPath);

// Where a new signature goes by default: model.sig inside a folder,
// <file>.sig next to a file.
QString defaultSignaturePath(const QString &modelPath);

} // namespace hallmark::ui
