#include "attest/mlpredicate.h"

#include "attest/condition.h"
#include "attest/fieldtree.h"

namespace hallmark::attest {

namespace {

using Json = nlohmann::json;

const char *const kSections[] = {"training", "data", "model", "eval", "reviewers"};

QString scalarText(const Json &j)
{
    if (j.is_string())
        return QString::fromStdString(j.get<std::string>());
    if (j.is_boolean())
        return j.get<bool>() ? QStringLiteral("true") : QStringLiteral("false");
    if (j.is_null())
        return {};
    return QString::fromStdString(j.dump());
}

QString firstOf(const Json &o, std::initializer_list<const char *> keys)
{
    for (const char *k : keys)
        if (auto it = o.find(k); it != o.end() && !it->is_structured() && !it->is_null())
            return scalarText(*it);
    return {};
}

void collectMetrics(const Json &j, const QString &path, QList<MlMetric> &out)
{
    if (j.is_object()) {
        for (auto it = j.begin(); it != j.end(); ++it)
            collectMetrics(*it, path + pathStepForKey(QString::fromStdString(it.key())), out);
    } else if (j.is_array()) {
        for (size_t i = 0; i < j.size(); ++i)
            collectMetrics(j[i], path + QStringLiteral("[%1]").arg(i), out);
    } else if (!j.is_null()) {
        MlMetric m;
        m.path = path;
        m.raw = QString::fromStdString(j.dump());
        if (j.is_number())
            m.value = j.get<double>();
        else if (j.is_string())
            m.value = parseJsonNumber(QString::fromStdString(j.get<std::string>()));
        out << m;
    }
}

} // namespace

bool isMlPredicate(const Json &predicate)
{
    if (!predicate.is_object())
        return false;
    int found = 0;
    for (const char *s : kSections)
        found += predicate.contains(s);
    return found >= 2;
}

std::optional<MlPredicate> readMlPredicate(const Json &predicate)
{
    if (!isMlPredicate(predicate))
        return std::nullopt;
    MlPredicate p;
    p.training = predicate.value("training", Json());
    p.data = predicate.value("data", Json());
    p.model = predicate.value("model", Json());
    p.eval = predicate.value("eval", Json());
    collectMetrics(p.eval, QStringLiteral("predicate.eval"), p.metrics);
    const Json reviewers = predicate.value("reviewers", Json());
    const Json list = reviewers.is_array() ? reviewers : reviewers.is_null() ? Json::array() : Json::array({reviewers});
    for (const Json &r : list) {
        MlReviewer rv;
        if (r.is_object()) {
            rv.name = firstOf(r, {"name", "identity", "email", "id", "keyid"});
            rv.role = firstOf(r, {"role", "title"});
            rv.decision = firstOf(r, {"decision", "verdict", "status", "approved", "result"});
            rv.date = firstOf(r, {"date", "reviewedOn", "timestamp", "time"});
        } else {
            rv.name = scalarText(r);
        }
        p.reviewers << rv;
    }
    return p;
}

} // namespace hallmark::attest
