#include "bundle/intoto.h"

#include "bundle/protojson.h"
#include "common/tr.h"

namespace hallmark {

Result<InTotoStatement> parseInTotoStatement(const QByteArray &payload)
{
    using namespace protojson;
    auto json = parse(payload, HM_TR("Bundle", "signed statement"));
    if (!json)
        return std::unexpected(json.error());
    auto root = Object::from(*json, QStringLiteral("statement"));
    if (!root)
        return std::unexpected(root.error());
    InTotoStatement out;
    auto type = root->string({"_type", nullptr});
    if (!type)
        return std::unexpected(type.error());
    out.type = *type;
    auto predicateType = root->string({"predicateType", nullptr}, false);
    if (!predicateType)
        return std::unexpected(predicateType.error());
    out.predicateType = *predicateType;
    if (const auto *p = root->find({"predicate", nullptr}))
        out.predicate = *p;

    auto subjects = root->array({"subject", nullptr});
    if (!subjects)
        return std::unexpected(subjects.error());
    for (size_t i = 0; i < subjects->size(); ++i) {
        auto s = Object::from((*subjects)[i], QStringLiteral("statement.subject[%1]").arg(i));
        if (!s)
            return std::unexpected(s.error());
        InTotoSubject subject;
        auto name = s->string({"name", nullptr}, false);
        if (!name)
            return std::unexpected(name.error());
        subject.name = *name;
        auto digest = s->object({"digest", nullptr});
        if (!digest)
            return std::unexpected(digest.error());
        for (auto it = digest->json().begin(); it != digest->json().end(); ++it) {
            if (!it.value().is_string())
                return fail(wrongType(digest->path() + QLatin1Char('.') + QString::fromStdString(it.key()), "text"));
            subject.digest.insert(QString::fromStdString(it.key()),
                                  QString::fromStdString(it.value().get<std::string>()).toLower());
        }
        out.subjects.append(subject);
    }
    return out;
}

} // namespace hallmark
