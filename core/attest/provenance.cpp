#include "attest/provenance.h"

#include "common/tr.h"

namespace hallmark::attest {

namespace {

using Json = nlohmann::json;

const Json &at(const Json &j, std::initializer_list<const char *> path)
{
    static const Json null;
    const Json *cur = &j;
    for (const char *key : path) {
        if (!cur->is_object())
            return null;
        auto it = cur->find(key);
        if (it == cur->end())
            return null;
        cur = &*it;
    }
    return *cur;
}

QString text(const Json &j)
{
    return j.is_string() ? QString::fromStdString(j.get<std::string>()) : QString();
}

QList<ProvenanceMaterial> materials(const Json &list)
{
    QList<ProvenanceMaterial> out;
    if (!list.is_array())
        return out;
    for (const Json &m : list) {
        if (!m.is_object())
            continue;
        ProvenanceMaterial pm;
        pm.uri = text(at(m, {"uri"}));
        pm.name = text(at(m, {"name"}));
        const Json &d = at(m, {"digest"});
        if (d.is_object())
            for (auto it = d.begin(); it != d.end(); ++it)
                if (it->is_string())
                    pm.digest.insert(QString::fromStdString(it.key()), QString::fromStdString(it->get<std::string>()));
        out << pm;
    }
    return out;
}

void require(SlsaProvenance &p, const QString &value, const char *field)
{
    if (value.isEmpty())
        p.problems << HM_TR("Attest", "The required field %1 is missing.").arg(QLatin1String(field));
}

} // namespace

std::optional<SlsaProvenance> readSlsaProvenance(const QString &predicateType, const Json &predicate)
{
    SlsaProvenance p;
    if (predicateType == QLatin1String(kSlsaProvenanceV02)) {
        p.version = QStringLiteral("v0.2");
        p.builderId = text(at(predicate, {"builder", "id"}));
        p.buildType = text(at(predicate, {"buildType"}));
        p.invocationId = text(at(predicate, {"metadata", "buildInvocationId"}));
        p.startedOn = text(at(predicate, {"metadata", "buildStartedOn"}));
        p.finishedOn = text(at(predicate, {"metadata", "buildFinishedOn"}));
        p.externalParameters = at(predicate, {"invocation", "parameters"});
        p.internalParameters = at(predicate, {"invocation", "environment"});
        p.configSource = at(predicate, {"invocation", "configSource"});
        p.materials = materials(at(predicate, {"materials"}));
        require(p, p.builderId, "builder.id");
        require(p, p.buildType, "buildType");
    } else if (predicateType == QLatin1String(kSlsaProvenanceV1)) {
        p.version = QStringLiteral("v1");
        p.builderId = text(at(predicate, {"runDetails", "builder", "id"}));
        p.buildType = text(at(predicate, {"buildDefinition", "buildType"}));
        p.invocationId = text(at(predicate, {"runDetails", "metadata", "invocationId"}));
        p.startedOn = text(at(predicate, {"runDetails", "metadata", "startedOn"}));
        p.finishedOn = text(at(predicate, {"runDetails", "metadata", "finishedOn"}));
        p.externalParameters = at(predicate, {"buildDefinition", "externalParameters"});
        p.internalParameters = at(predicate, {"buildDefinition", "internalParameters"});
        p.materials = materials(at(predicate, {"buildDefinition", "resolvedDependencies"}));
        require(p, p.builderId, "runDetails.builder.id");
        require(p, p.buildType, "buildDefinition.buildType");
        if (!at(predicate, {"buildDefinition", "externalParameters"}).is_object())
            p.problems << HM_TR("Attest", "The required field %1 is missing.").arg(QStringLiteral("buildDefinition.externalParameters"));
    } else {
        return std::nullopt;
    }
    p.started = QDateTime::fromString(p.startedOn, Qt::ISODateWithMs);
    p.finished = QDateTime::fromString(p.finishedOn, Qt::ISODateWithMs);
    return p;
}

} // namespace hallmark::attest
