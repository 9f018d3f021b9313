#include "attest/fieldtree.h"

#include "common/tr.h"

#include <QRegularExpression>

namespace hallmark::attest {

QString pathStepForKey(const QString &key)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z_][A-Za-z0-9_-]*$"));
    if (plain.match(key).hasMatch())
        return QLatin1Char('.') + key;
    QString quoted = key;
    quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QStringLiteral("[\"%1\"]").arg(quoted);
}

namespace {

void fill(FieldNode &node, const nlohmann::json &j, int depth)
{
    using Json = nlohmann::json;
    switch (j.type()) {
    case Json::value_t::object:
        node.type = QStringLiteral("object");
        node.value = QCoreApplication::translate("hallmark::Attest", "%n field(s)", nullptr, int(j.size()));
        break;
    case Json::value_t::array:
        node.type = QStringLiteral("array");
        node.value = QCoreApplication::translate("hallmark::Attest", "%n item(s)", nullptr, int(j.size()));
        break;
    case Json::value_t::string:
        node.type = QStringLiteral("string");
        node.value = QString::fromStdString(j.get<std::string>());
        return;
    case Json::value_t::boolean:
        node.type = QStringLiteral("boolean");
        node.value = j.get<bool>() ? QStringLiteral("true") : QStringLiteral("false");
        return;
    case Json::value_t::null:
        node.type = QStringLiteral("null");
        node.value = QStringLiteral("null");
        return;
    default:
        node.type = QStringLiteral("number");
        node.value = QString::fromStdString(j.dump());
        return;
    }
    if (depth <= 0)
        return;
    if (j.is_object()) {
        for (auto it = j.begin(); it != j.end(); ++it) {
            FieldNode child;
            child.key = QString::fromStdString(it.key());
            const QString step = pathStepForKey(child.key);
            child.path = node.path.isEmpty() && step.startsWith(QLatin1Char('.')) ? step.mid(1) : node.path + step;
            fill(child, *it, depth - 1);
            node.children << child;
        }
    } else {
        for (size_t i = 0; i < j.size(); ++i) {
            FieldNode child;
            child.key = QStringLiteral("[%1]").arg(i);
            child.path = node.path + child.key;
            fill(child, j[i], depth - 1);
            node.children << child;
        }
    }
}

} // namespace

FieldNode fieldTree(const nlohmann::json &json, const QString &rootPath, int maxDepth)
{
    FieldNode root;
    root.path = rootPath;
    fill(root, json, maxDepth);
    return root;
}

} // namespace hallmark::attest
