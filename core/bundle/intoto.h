#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

#include <nlohmann/json.hpp>

namespace hallmark {

inline constexpr char kInTotoStatementV1[] = "https://in-toto.io/Statement/v1";
inline constexpr char kInTotoStatementV01[] = "https://in-toto.io/Statement/v0.1";

struct InTotoSubject {
    QString name;
    QMap<QString, QString> digest;  // algorithm → lowercase hex
};

struct InTotoStatement {
    QString type;
    QList<InTotoSubject> subjects;
    QString predicateType;
    nlohmann::json predicate;  // null when absent
};

// Parses an in-toto statement (v0.1 or v1). Field errors name the field.
Result<InTotoStatement> parseInTotoStatement(const QByteArray &payload);

} // namespace hallmark
