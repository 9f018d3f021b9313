#include "manifest/signedmanifest.h"

#include "common/tr.h"
#include "manifest/statement.h"

#include <QRegularExpression>

namespace hallmark {

namespace {

using Json = nlohmann::json;

const char *const kUnsupportedLegacy[] = {
    "https://model_signing/Digest/v0.1",
    "https://model_signing/DigestOfDigests/v0.1",
    "https://model_signing/DigestOfShardDigests/v0.1",
    "https://model_signing/ShardDigests/v0.1",
    "https://sigstore.dev/model-transparency/manifest/v1",
};

QString malformed(const QString &what)
{
    return HM_TR("Manifest", "The signed manifest is malformed: %1").arg(what);
}

Result<QByteArray> hexDigest(const QString &text, int expectedBytes, const QString &field)
{
    static const QRegularExpression hexRe(QStringLiteral("^[0-9a-fA-F]*$"));
    if (!hexRe.match(text).hasMatch() || text.size() != expectedBytes * 2)
        return fail(malformed(HM_TR("Manifest", "\"%1\" is not a %2-byte hex digest.").arg(field).arg(expectedBytes)));
    return QByteArray::fromHex(text.toLatin1());
}

std::optional<qint64> integral(const Json &v)
{
    if (v.is_number_integer())
        return v.get<qint64>();
    if (v.is_number_float() && v.get<double>() == double(qint64(v.get<double>())))
        return qint64(v.get<double>());
    return std::nullopt;
}

QString str(const Json &obj, const char *key)
{
    auto it = obj.find(key);
    return it != obj.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

Result<SerializationInfo> readSerialization(const Json &predicate, QStringList &recordedIgnores)
{
    auto it = predicate.find("serialization");
    if (it == predicate.end() || !it->is_object())
        return fail(malformed(HM_TR("Manifest", "\"predicate.serialization\" is missing.")));
    const Json &s = *it;
    SerializationInfo info;
    const QString method = str(s, "method");
    if (method == QLatin1String("files"))
        info.method = Serialization::Files;
    else if (method == QLatin1String("shards"))
        info.method = Serialization::Shards;
    else
        return fail(malformed(HM_TR("Manifest", "unknown serialization method \"%1\".").arg(method)));
    const QString hashType = str(s, "hash_type");
    auto alg = algorithmFromName(hashType);
    if (!alg)
        return fail(malformed(HM_TR("Manifest", "hash type \"%1\" is not supported.").arg(hashType)));
    info.hashType = *alg;
    auto symlinks = s.find("allow_symlinks");
    if (symlinks == s.end())
        return fail(malformed(HM_TR("Manifest", "\"serialization.allow_symlinks\" is missing.")));
    info.allowSymlinks = symlinks->is_boolean() ? symlinks->get<bool>()
                                                : (symlinks->is_string() && symlinks->get<std::string>() == "true");
    if (info.method == Serialization::Shards) {
        auto size = s.find("shard_size");
        auto n = size != s.end() ? integral(*size) : std::nullopt;
        if (!n || *n <= 0)
            return fail(malformed(HM_TR("Manifest", "\"serialization.shard_size\" must be a positive whole number.")));
        info.shardSize = *n;
    }
    if (auto ig = s.find("ignore_paths"); ig != s.end()) {
        if (!ig->is_array())
            return fail(malformed(HM_TR("Manifest", "\"serialization.ignore_paths\" must be a list.")));
        for (const Json &p : *ig) {
            if (!p.is_string())
                return fail(malformed(HM_TR("Manifest", "\"serialization.ignore_paths\" must hold text.")));
            recordedIgnores << QString::fromStdString(p.get<std::string>()).replace(QLatin1Char('\\'), QLatin1Char('/'));
        }
    }
    return info;
}

Result<SignedManifest> readOmsV1(const InTotoStatement &st)
{
    SignedManifest out;
    if (st.subjects.size() != 1)
        return fail(malformed(HM_TR("Manifest", "expected exactly one subject, found %1.").arg(st.subjects.size())));
    out.subjectName = st.subjects[0].name;
    const QString sha = st.subjects[0].digest.value(QStringLiteral("sha256"));
    auto subjectDigest = hexDigest(sha, 32, QStringLiteral("subject[0].digest.sha256"));
    if (!subjectDigest)
        return std::unexpected(subjectDigest.error());
    out.subjectDigest = *subjectDigest;
    if (!st.predicate.is_object())
        return fail(malformed(HM_TR("Manifest", "the predicate is missing.")));
    auto serialization = readSerialization(st.predicate, out.recordedIgnorePaths);
    if (!serialization)
        return std::unexpected(serialization.error());
    out.manifest.serialization = *serialization;
    out.manifest.serialization.ignorePaths = out.recordedIgnorePaths;
    out.manifest.modelName = out.subjectName;

    auto res = st.predicate.find("resources");
    if (res == st.predicate.end() || !res->is_array())
        return fail(malformed(HM_TR("Manifest", "\"predicate.resources\" is missing.")));
    const int bytes = digestLength(serialization->hashType);
    int index = 0;
    for (const Json &r : *res) {
        const QString field = QStringLiteral("resources[%1]").arg(index++);
        if (!r.is_object() || str(r, "name").isEmpty() || str(r, "algorithm").isEmpty())
            return fail(malformed(HM_TR("Manifest", "\"%1\" needs a name, an algorithm and a digest.").arg(field)));
        const QString algorithm = str(r, "algorithm");
        const QString base = algorithm.section(QLatin1Char('-'), 0, 0);
        if (base != algorithmName(serialization->hashType))
            return fail(malformed(HM_TR("Manifest", "\"%1\" uses %2 but the manifest says %3.")
                                      .arg(field, algorithm, algorithmName(serialization->hashType))));
        auto digest = hexDigest(str(r, "digest"), bytes, field + QStringLiteral(".digest"));
        if (!digest)
            return std::unexpected(digest.error());
        out.manifest.resources.append({str(r, "name"), algorithm, *digest});
    }
    const QByteArray computed = out.manifest.rootDigest();
    if (computed != out.subjectDigest)
        return fail(HM_TR("Manifest", "The manifest is inconsistent: its digest is %1, but the files it lists hash to %2.")
                        .arg(QString::fromLatin1(out.subjectDigest.toHex()), QString::fromLatin1(computed.toHex())));
    return out;
}

Result<SignedManifest> readLegacyDigests(const InTotoStatement &st)
{
    SignedManifest out;
    out.kind = PredicateKind::LegacyDigestsV01;
    out.subjectName = QStringLiteral("compat-undefined-not-present");
    out.manifest.modelName = out.subjectName;
    int index = 0;
    for (const InTotoSubject &s : st.subjects) {
        auto digest = hexDigest(s.digest.value(QStringLiteral("sha256")), 32,
                                QStringLiteral("subject[%1].digest.sha256").arg(index++));
        if (!digest)
            return std::unexpected(digest.error());
        out.manifest.resources.append({s.name, QStringLiteral("sha256"), *digest});
    }
    return out;
}

} // namespace

Result<SignedManifest> readSignedManifest(const InTotoStatement &statement)
{
    if (statement.type != QLatin1String(kInTotoStatementV1))
        return fail(HM_TR("Manifest", "Expected an in-toto v1 statement, got \"%1\".").arg(statement.type));
    if (statement.predicateType == QLatin1String(kOmsPredicateType))
        return readOmsV1(statement);
    if (statement.predicateType == QLatin1String("https://model_signing/Digests/v0.1"))
        return readLegacyDigests(statement);
    for (const char *legacy : kUnsupportedLegacy)
        if (statement.predicateType == QLatin1String(legacy))
            return fail(HM_TR("Manifest", "This signature uses the early model-signing format \"%1\", which Hallmark "
                                          "recognises but cannot verify.").arg(statement.predicateType));
    return fail(HM_TR("Manifest", "Predicate type mismatch: expected %1, got \"%2\".")
                    .arg(QLatin1String(kOmsPredicateType), statement.predicateType));
}

QStringList dangerousIgnoreEntries(const QStringList &recorded)
{
    QStringList out;
    for (const QString &raw : recorded) {
        QString p = raw;
        p.replace(QLatin1Char('\\'), QLatin1Char('/'));
        const QStringList parts = p.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        const bool wholeModel = p.isEmpty() || p == QLatin1String(".") || p == QLatin1String("./")
            || std::all_of(parts.begin(), parts.end(), [](const QString &c) { return c == QLatin1String("."); });
        const bool escapes = p.startsWith(QLatin1Char('/')) || parts.contains(QLatin1String(".."))
            || (p.size() >= 2 && p[1] == QLatin1Char(':'));
        const bool glob = p.contains(QLatin1Char('*')) || p.contains(QLatin1Char('?')) || p.contains(QLatin1Char('['));
        if (wholeModel || escapes || glob)
            out << raw;
    }
    return out;
}

} // namespace hallmark
