#pragma once

// The parsed form of a condition; shared by the parser and the evaluator only.

#include <QString>

#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace hallmark::attest {

struct PathStep {
    enum class Kind { Key, Index, Wildcard, Filter } kind = Kind::Key;
    std::string key;          // Key; Filter: the field compared
    long long index = 0;      // Index
    std::string filterValue;  // Filter: the string it must equal
};

struct PathExpr {
    std::vector<PathStep> steps;
    QString text;  // as written
};

enum class CompareOp { Eq, Ne, Lt, Le, Gt, Ge };

struct Operand {
    enum class Kind { Path, All, Any, Literal } kind = Kind::Literal;
    PathExpr path;
    nlohmann::json literal;
};

struct ConditionNode {
    enum class Kind { Or, And, Not, Exists, Compare } kind = Kind::Compare;
    std::vector<std::shared_ptr<const ConditionNode>> children;
    PathExpr path;  // Exists
    Operand lhs;
    Operand rhs;
    CompareOp op = CompareOp::Eq;
    QString text;  // the source text of this node
};

QString opText(CompareOp op);

} // namespace hallmark::attest
