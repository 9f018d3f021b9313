#pragma once

#include <QList>
#include <QString>

#include <nlohmann/json.hpp>
#include <optional>

namespace hallmark::attest {

// A metric from the eval section, numbers and numeric strings alike.
struct MlMetric {
    QString path;    // condition path: predicate.eval.accuracy
    QString raw;     // as written (JSON text)
    std::optional<double> value;  // parsed without locale; empty when not a number
};

struct MlReviewer {
    QString name;      // name, or identity / email / id when there is no name
    QString role;
    QString decision;  // decision / verdict / status / approved
    QString date;
};

// The training / data / model / eval / reviewers predicate shape of the
// seeds: each section an object (reviewers a list of names or objects).
// Unknown fields are kept in the sections for the generic tree.
struct MlPredicate {
    nlohmann::json training;
    nlohmann::json data;
    nlohmann::json model;
    nlohmann::json eval;
    QList<MlReviewer> reviewers;
    QList<MlMetric> metrics;  // every scalar under eval, in document order
};

// Recognised by shape: an object with at least two of the five sections.
bool isMlPredicate(const nlohmann::json &predicate);
std::optional<MlPredicate> readMlPredicate(const nlohmann::json &predicate);

} // namespace hallmark::attest
