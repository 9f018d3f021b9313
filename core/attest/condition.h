#pragma once

// Predicate conditions: a small expression language evaluated against one
// verified in-toto statement (docs/sbom-and-attestations.md §12).
//
// Grammar (whitespace between tokens is free):
//
//   condition  := or
//   or         := and { ("||" | "or") and }
//   and        := not { ("&&" | "and") not }
//   not        := ("!" | "not") not | primary
//   primary    := "(" or ")"
//               | "exists" "(" path ")"
//               | operand op operand
//   operand    := path | ("all" | "any") "(" path ")" | literal
//   op         := "==" | "!=" | "<" | "<=" | ">" | ">="
//   path       := root { "." name | "[" index "]" | "[" "*" "]" | "[" name "==" string "]" }
//   root       := "predicate" | "predicateType" | "subject" | "_type"
//   name       := [A-Za-z_][A-Za-z0-9_-]*  |  "[" string "]"   (quoted key, e.g. predicate["a.b"])
//   literal    := number | string | "true" | "false" | "null"
//   number     := -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?   (JSON grammar, read without locale)
//   string     := "…" | '…'   with \" \' \\ escapes
//
// Paths start at the statement: predicate.eval.accuracy, predicateType,
// subject[0].name. `[*]` takes every array element; `[type == "accuracy"]`
// takes the elements whose field equals the string.
//
// Outcomes are PASS, FAIL or CANNOT_EVALUATE, always with a reason:
// - a missing path, a non-scalar value, a string that is not a JSON number
//   compared with a number, mixed types, or a path with several values and
//   no all()/any() cannot be evaluated;
// - numbers compare numerically; a string holding exactly a JSON number
//   ("0.91") counts as that number when the other side is a number;
// - strings compare exactly, by code point, without trimming; only == and !=
//   apply to strings, booleans and null;
// - "and"/"or"/"not" are three-valued: FAIL and anything is FAIL, PASS or
//   anything is PASS, otherwise CANNOT_EVALUATE; "not" keeps CANNOT_EVALUATE,
//   so a field that cannot be read never turns a FAIL into a PASS;
// - exists(path) is PASS when the path names at least one value (null counts).

#include "common/result.h"

#include <QString>

#include <memory>
#include <nlohmann/json.hpp>

namespace hallmark::attest {

enum class ConditionOutcome { Pass, Fail, CannotEvaluate };

struct ConditionNode;

// A parsed condition, reusable for many statements.
class Condition
{
public:
    static Result<Condition> parse(const QString &expression);
    QString expression() const { return m_expression; }
    std::shared_ptr<const ConditionNode> root() const { return m_root; }

private:
    QString m_expression;
    std::shared_ptr<const ConditionNode> m_root;
};

struct ConditionResult {
    QString expression;
    ConditionOutcome outcome = ConditionOutcome::CannotEvaluate;
    QString reason;       // translated: why it passed, failed or could not be evaluated
    QString path;         // the (first) path the decision rests on
    QString rawValue;     // that value as JSON text
    QString parsedValue;  // as compared ("0.91" → 0.91)
};

ConditionResult evaluate(const Condition &condition, const nlohmann::json &statement);

// Parses and evaluates; a parse error is CANNOT_EVALUATE with the error as reason.
ConditionResult evaluate(const QString &expression, const nlohmann::json &statement);

// Strict JSON number text to double, independent of any locale.
std::optional<double> parseJsonNumber(const QString &text);

QString outcomeKeyword(ConditionOutcome outcome);  // "pass", "fail", "cannot-evaluate"

} // namespace hallmark::attest
