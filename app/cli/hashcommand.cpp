#include "cliio.h"
#include "commands.h"

#include "common/pathtext.h"
#include "hashing/modelhasher.h"
#include "manifest/manifest.h"
#include "manifest/statement.h"
#include "source/ignorerules.h"

#include <QCoreApplication>

namespace hallmark::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("hallmark::Cli", text);
}

QString severityLabel(Severity s)
{
    switch (s) {
    case Severity::Info: return tr("note");
    case Severity::Warning: return tr("warning");
    case Severity::Error: return tr("error");
    }
    return {};
}
} // namespace

int hashCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Hash a model (folder, file or archive) and print its OMS manifest."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("path"), tr("The model folder, file or archive."));
    const QCommandLineOption serializationOpt(QStringLiteral("serialization"), tr("files (default) or shards."),
                                              QStringLiteral("method"), QStringLiteral("files"));
    const QCommandLineOption shardSizeOpt(QStringLiteral("shard-size"), tr("Shard size in bytes (default 1000000000)."),
                                          QStringLiteral("bytes"), QStringLiteral("1000000000"));
    const QCommandLineOption algorithmOpt(QStringLiteral("hash-algorithm"), tr("sha256 (default) or blake2b."),
                                          QStringLiteral("name"), QStringLiteral("sha256"));
    const QCommandLineOption ignoreOpt(QStringLiteral("ignore-paths"),
                                       tr("Leave this path out (model-relative, or absolute inside the model). Repeatable."),
                                       QStringLiteral("path"));
    const QCommandLineOption symlinksOpt(QStringLiteral("allow-symlinks"),
                                         tr("Follow symbolic links that stay inside the model."));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), tr("Print the in-toto statement as JSON."));
    parser.addOptions({serializationOpt, shardSizeOpt, algorithmOpt, ignoreOpt, symlinksOpt, jsonOpt});
    if (!parseOrComplain(parser, args))
        return BadInput;
    if (parser.positionalArguments().size() != 1) {
        err(tr("Give exactly one model path."));
        return BadInput;
    }

    HashOptions options;
    const QString method = parser.value(serializationOpt);
    if (method == QLatin1String("shards"))
        options.serialization = Serialization::Shards;
    else if (method != QLatin1String("files")) {
        err(tr("Unknown serialization \"%1\"; use files or shards.").arg(method));
        return BadInput;
    }
    bool numberOk = false;
    options.shardSize = parser.value(shardSizeOpt).toLongLong(&numberOk);
    if (!numberOk || options.shardSize <= 0) {
        err(tr("The shard size must be a positive whole number of bytes."));
        return BadInput;
    }
    const auto algorithm = algorithmFromName(parser.value(algorithmOpt));
    if (!algorithm) {
        err(tr("Unknown hash algorithm \"%1\"; use sha256 or blake2b.").arg(parser.value(algorithmOpt)));
        return BadInput;
    }
    options.algorithm = *algorithm;

    SourceOptions sourceOptions;
    sourceOptions.allowSymlinks = parser.isSet(symlinksOpt);
    sourceOptions.ignorePaths = parser.values(ignoreOpt);

    const QString path = parser.positionalArguments().constFirst();
    JobControl control;
    auto outcome = runWithProgress<HashOutcome>(control, [&] { return hashModel(path, sourceOptions, options, control); });
    if (!outcome) {
        err(tr("Cannot hash \"%1\": %2").arg(path, outcome.error().message));
        if (!outcome.error().detail.isEmpty())
            err(tr("Details: %1").arg(outcome.error().detail));
        return BadInput;
    }
    for (const Finding &f : outcome->listing.findings)
        err(QStringLiteral("%1: %2").arg(severityLabel(f.severity), f.message));

    SerializationInfo serialization;
    serialization.method = options.serialization;
    serialization.hashType = options.algorithm;
    serialization.allowSymlinks = sourceOptions.allowSymlinks;
    serialization.shardSize = options.serialization == Serialization::Shards ? options.shardSize : 0;
    for (const QString &p : sourceOptions.ignorePaths)
        if (auto n = IgnoreRules::normalise(p, path))
            serialization.ignorePaths << *n;
    auto manifest = manifestFromOutcome(*outcome, serialization);
    if (!manifest) {
        err(manifest.error().message);
        return BadInput;
    }

    if (parser.isSet(jsonOpt)) {
        out(QString::fromUtf8(statementJson(*manifest, 2)));
        return Ok;
    }
    out(tr("Model: %1 (%2 files, %3)")
            .arg(manifest->modelName)
            .arg(outcome->listing.entries.size())
            .arg(formatBytes(outcome->listing.totalBytes())));
    for (const Resource &r : manifest->resources)
        out(QStringLiteral("%1  %2").arg(hex(r.digest), r.name));
    for (const IgnoredEntry &i : outcome->listing.ignored)
        out(tr("ignored  %1  (rule \"%2\", %3)").arg(i.path, i.rule, describe(i.origin)));
    out(tr("Manifest digest (sha256): %1").arg(hex(manifest->rootDigest())));
    return Ok;
}

} // namespace hallmark::cli
