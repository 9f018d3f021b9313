#pragma once

#include <QList>
#include <QString>

#include <nlohmann/json.hpp>

namespace hallmark::ui {

struct PredicateType {
    QString uri;
    QString description;  // translated
};

// The predicate types the Attest… dialog offers; any other URI may be typed.
QList<PredicateType> knownPredicateTypes();

// Why `text` cannot be a predicate type (an absolute URI), or "".
QString predicateTypeProblem(const QString &text);

// A predicate type that fits the predicate's shape, or "" when unsure.
QString suggestedPredicateType(const nlohmann::json &predicate);

// <parent>/<model name>.intoto.sigstore.json: beside the model, never inside
// it, so the model's own signature still covers exactly the model.
QString defaultAttestationPath(const QString &modelPath);

// True when `path` lies inside the model folder.
bool isInsideModel(const QString &path, const QString &modelPath);

} // namespace hallmark::ui
