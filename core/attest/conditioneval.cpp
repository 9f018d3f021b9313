#include "attest/condition.h"
#include "attest/conditionast.h"

#include "common/tr.h"

#include <QLocale>

namespace hallmark::attest {

namespace {

using Json = nlohmann::json;

QString q(const std::string &s) { return QString::fromStdString(s); }

QString numberText(double d)
{
    return QString::number(d, 'g', QLocale::FloatingPointShortest);
}

QString jsonText(const Json &j)
{
    return q(j.dump(-1, ' ', false, Json::error_handler_t::replace));
}

struct Resolved {
    std::vector<const Json *> values;
    QString problem;  // why nothing was found
};

// Walks `path` from the statement; wildcards and filters fan out.
Resolved resolve(const PathExpr &path, const Json &root)
{
    Resolved r;
    std::vector<const Json *> current{&root};
    QString walked;
    for (const PathStep &step : path.steps) {
        std::vector<const Json *> nextValues;
        QString stepText;
        for (const Json *v : current) {
            switch (step.kind) {
            case PathStep::Kind::Key:
                if (v->is_object()) {
                    auto it = v->find(step.key);
                    if (it != v->end())
                        nextValues.push_back(&*it);
                }
                break;
            case PathStep::Kind::Index:
                if (v->is_array() && step.index < (long long)v->size())
                    nextValues.push_back(&(*v)[size_t(step.index)]);
                break;
            case PathStep::Kind::Wildcard:
                if (v->is_array())
                    for (const Json &e : *v)
                        nextValues.push_back(&e);
                break;
            case PathStep::Kind::Filter:
                if (v->is_array())
                    for (const Json &e : *v)
                        if (e.is_object() && e.contains(step.key) && e[step.key].is_string()
                            && e[step.key].get<std::string>() == step.filterValue)
                            nextValues.push_back(&e);
                break;
            }
        }
        switch (step.kind) {
        case PathStep::Kind::Key: stepText = walked.isEmpty() ? q(step.key) : QStringLiteral(".%1").arg(q(step.key)); break;
        case PathStep::Kind::Index: stepText = QStringLiteral("[%1]").arg(step.index); break;
        case PathStep::Kind::Wildcard: stepText = QStringLiteral("[*]"); break;
        case PathStep::Kind::Filter: stepText = QStringLiteral("[%1 == \"%2\"]").arg(q(step.key), q(step.filterValue)); break;
        }
        if (nextValues.empty()) {
            if (walked.isEmpty())
                r.problem = HM_TR("Attest", "The statement has no field \"%1\".").arg(q(step.key));
            else if (step.kind == PathStep::Kind::Key)
                r.problem = HM_TR("Attest", "%1 has no field \"%2\".").arg(walked, q(step.key));
            else
                r.problem = HM_TR("Attest", "%1 has no element %2.").arg(walked, stepText);
            return r;
        }
        walked += stepText;
        current = std::move(nextValues);
    }
    r.values = std::move(current);
    return r;
}

std::optional<double> asNumber(const Json &v)
{
    if (v.is_number())
        return v.get<double>();
    if (v.is_string())
        return parseJsonNumber(q(v.get<std::string>()));
    return std::nullopt;
}

QString typeName(const Json &v)
{
    if (v.is_string()) return HM_TR("Attest", "a string");
    if (v.is_number()) return HM_TR("Attest", "a number");
    if (v.is_boolean()) return HM_TR("Attest", "a boolean");
    if (v.is_null()) return HM_TR("Attest", "null");
    if (v.is_array()) return HM_TR("Attest", "an array");
    return HM_TR("Attest", "an object");
}

template <typename T>
bool apply(CompareOp op, const T &a, const T &b)
{
    switch (op) {
    case CompareOp::Eq: return a == b;
    case CompareOp::Ne: return a != b;
    case CompareOp::Lt: return a < b;
    case CompareOp::Le: return a <= b;
    case CompareOp::Gt: return a > b;
    case CompareOp::Ge: return a >= b;
    }
    return false;
}

struct Single {
    ConditionOutcome outcome = ConditionOutcome::CannotEvaluate;
    QString reason;
    QString parsedA, parsedB;  // each side as compared
};

Single cannot(QString why)
{
    return {ConditionOutcome::CannotEvaluate, std::move(why), {}, {}};
}

Single compareValues(const Json &a, CompareOp op, const Json &b)
{
    for (const Json *v : {&a, &b})
        if (v->is_structured())
            return cannot(HM_TR("Attest", "%1 is %2, not a single value.").arg(jsonText(*v).left(80), typeName(*v)));
    const auto na = asNumber(a);
    const auto nb = asNumber(b);
    const bool ordering = op != CompareOp::Eq && op != CompareOp::Ne;
    const bool numeric = a.is_number() || b.is_number() || (ordering && a.is_string() && b.is_string());
    Single s;
    if (numeric) {
        for (const auto &[v, n] : {std::pair{&a, na}, std::pair{&b, nb}})
            if (!n)
                return cannot(v->is_string()
                                  ? HM_TR("Attest", "%1 is not a number (numbers are written as in JSON, e.g. 0.85).").arg(jsonText(*v))
                                  : HM_TR("Attest", "%1 is %2 and cannot be compared with a number.").arg(jsonText(*v), typeName(*v)));
        s.parsedA = numberText(*na);
        s.parsedB = numberText(*nb);
        s.outcome = apply(op, *na, *nb) ? ConditionOutcome::Pass : ConditionOutcome::Fail;
        s.reason = QStringLiteral("%1 %2 %3").arg(s.parsedA, opText(op), s.parsedB);
        return s;
    }
    if (a.type() != b.type())
        return cannot(HM_TR("Attest", "%1 is %2 but %3 is %4.").arg(jsonText(a), typeName(a), jsonText(b), typeName(b)));
    if (ordering)
        return cannot(HM_TR("Attest", "%1 is %2; only == and != apply to it.").arg(jsonText(a), typeName(a)));
    s.parsedA = jsonText(a);
    s.parsedB = jsonText(b);
    s.outcome = apply(op, a == b, true) ? ConditionOutcome::Pass : ConditionOutcome::Fail;
    s.reason = QStringLiteral("%1 %2 %3").arg(s.parsedA, opText(op), s.parsedB);
    return s;
}

struct Side {
    std::vector<const Json *> values;
    Operand::Kind kind = Operand::Kind::Literal;
    QString path;
    QString problem;
    bool quantified() const { return kind == Operand::Kind::All || kind == Operand::Kind::Any; }
};

Side sideOf(const Operand &o, const Json &root)
{
    Side s;
    s.kind = o.kind;
    if (o.kind == Operand::Kind::Literal) {
        s.values.push_back(&o.literal);
        return s;
    }
    s.path = o.path.text;
    Resolved r = resolve(o.path, root);
    s.values = std::move(r.values);
    s.problem = r.problem;
    return s;
}

ConditionResult compare(const ConditionNode &node, const Json &root)
{
    ConditionResult res;
    res.expression = node.text;
    const Side lhs = sideOf(node.lhs, root);
    const Side rhs = sideOf(node.rhs, root);
    // The value people want to see is the path's; the left one when both are paths.
    const bool shownLeft = lhs.kind != Operand::Kind::Literal || rhs.kind == Operand::Kind::Literal;
    res.path = shownLeft ? lhs.path : rhs.path;
    for (const Side *s : {&lhs, &rhs}) {
        if (!s->problem.isEmpty()) {
            res.path = s->path;
            res.reason = s->problem;
            return res;
        }
    }
    if (lhs.quantified() && rhs.quantified()) {
        res.reason = HM_TR("Attest", "Only one side of a comparison may use all() or any().");
        return res;
    }
    for (const Side *s : {&lhs, &rhs}) {
        if (!s->quantified() && s->values.size() > 1) {
            res.path = s->path;
            res.reason = HM_TR("Attest", "%1 names %2 values; say all(%1) or any(%1).").arg(s->path).arg(s->values.size());
            return res;
        }
    }
    const Side &many = rhs.quantified() ? rhs : lhs;
    const bool manyIsLeft = !rhs.quantified();
    const Json &other = *(manyIsLeft ? rhs : lhs).values.front();

    struct Tried {
        Single single;
        const Json *shown;
    };
    std::vector<Tried> tried;
    for (const Json *v : many.values) {
        const Json &a = manyIsLeft ? *v : other;
        const Json &b = manyIsLeft ? other : *v;
        tried.push_back({compareValues(a, node.op, b), shownLeft ? &a : &b});
    }
    int passed = 0, failed = 0;
    for (const Tried &t : tried) {
        passed += t.single.outcome == ConditionOutcome::Pass;
        failed += t.single.outcome == ConditionOutcome::Fail;
    }
    const int total = int(tried.size());
    if (!many.quantified())
        res.outcome = tried.front().single.outcome;
    else if (many.kind == Operand::Kind::All)
        res.outcome = failed ? ConditionOutcome::Fail : passed == total ? ConditionOutcome::Pass : ConditionOutcome::CannotEvaluate;
    else
        res.outcome = passed ? ConditionOutcome::Pass : failed == total ? ConditionOutcome::Fail : ConditionOutcome::CannotEvaluate;

    // The value that decided it: the first with the final outcome.
    const Tried *decisive = &tried.front();
    for (const Tried &t : tried) {
        if (t.single.outcome == res.outcome) {
            decisive = &t;
            break;
        }
    }
    res.rawValue = jsonText(*decisive->shown).left(200);
    res.parsedValue = shownLeft ? decisive->single.parsedA : decisive->single.parsedB;
    if (!many.quantified())
        res.reason = decisive->single.reason;
    else if (res.outcome == ConditionOutcome::CannotEvaluate)
        res.reason = decisive->single.reason;
    else if (many.kind == Operand::Kind::All)
        res.reason = res.outcome == ConditionOutcome::Pass
            ? HM_TR("Attest", "All %1 values hold.").arg(total)
            : HM_TR("Attest", "%1 of %2 values do not hold, e.g. %3").arg(failed).arg(total).arg(decisive->single.reason);
    else
        res.reason = res.outcome == ConditionOutcome::Pass
            ? HM_TR("Attest", "%1 of %2 values hold, e.g. %3").arg(passed).arg(total).arg(decisive->single.reason)
            : HM_TR("Attest", "None of the %1 values holds, e.g. %2").arg(total).arg(decisive->single.reason);
    return res;
}

ConditionResult evaluateNode(const ConditionNode &node, const Json &root)
{
    switch (node.kind) {
    case ConditionNode::Kind::Compare:
        return compare(node, root);
    case ConditionNode::Kind::Exists: {
        ConditionResult res;
        res.expression = node.text;
        res.path = node.path.text;
        Resolved r = resolve(node.path, root);
        if (r.values.empty()) {
            res.outcome = ConditionOutcome::Fail;
            res.reason = r.problem;
        } else {
            res.outcome = ConditionOutcome::Pass;
            res.rawValue = jsonText(*r.values.front()).left(200);
            res.reason = HM_TR("Attest", "%1 is present.").arg(node.path.text);
        }
        return res;
    }
    case ConditionNode::Kind::Not: {
        ConditionResult inner = evaluateNode(*node.children.front(), root);
        inner.expression = node.text;
        if (inner.outcome == ConditionOutcome::Pass)
            inner.outcome = ConditionOutcome::Fail;
        else if (inner.outcome == ConditionOutcome::Fail)
            inner.outcome = ConditionOutcome::Pass;
        return inner;
    }
    case ConditionNode::Kind::And:
    case ConditionNode::Kind::Or: {
        const bool isAnd = node.kind == ConditionNode::Kind::And;
        const ConditionOutcome decisive = isAnd ? ConditionOutcome::Fail : ConditionOutcome::Pass;
        std::optional<ConditionResult> firstCannot, last;
        for (const auto &child : node.children) {
            ConditionResult r = evaluateNode(*child, root);
            if (r.outcome == decisive) {
                r.expression = node.text;
                r.reason = HM_TR("Attest", "%1: %2").arg(child->text, r.reason);
                return r;
            }
            if (r.outcome == ConditionOutcome::CannotEvaluate && !firstCannot)
                firstCannot = r;
            last = r;
        }
        ConditionResult r = firstCannot ? *firstCannot : *last;
        r.expression = node.text;
        return r;
    }
    }
    return {};
}

} // namespace

ConditionResult evaluate(const Condition &condition, const nlohmann::json &statement)
{
    ConditionResult r = evaluateNode(*condition.root(), statement);
    r.expression = condition.expression();
    return r;
}

ConditionResult evaluate(const QString &expression, const nlohmann::json &statement)
{
    auto condition = Condition::parse(expression);
    if (!condition) {
        ConditionResult r;
        r.expression = expression;
        r.reason = HM_TR("Attest", "The condition cannot be read: %1").arg(condition.error().message);
        return r;
    }
    return evaluate(*condition, statement);
}

QString outcomeKeyword(ConditionOutcome outcome)
{
    switch (outcome) {
    case ConditionOutcome::Pass: return QStringLiteral("pass");
    case ConditionOutcome::Fail: return QStringLiteral("fail");
    case ConditionOutcome::CannotEvaluate: return QStringLiteral("cannot-evaluate");
    }
    return {};
}

} // namespace hallmark::attest
