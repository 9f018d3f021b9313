#include "source/ignorerules.h"

#include "common/tr.h"
#include "source/modelpath.h"

#include <QDir>
#include <QFileInfo>

namespace hallmark {

namespace {
const char *const kGitDefaults[] = {".git", ".gitattributes", ".github", ".gitignore"};

// Resolves symbolic links in the folders above `path` (the model may be
// reached through a linked folder) but not in its last component, which may
// itself be a link the user wants left out, or a file not written yet.
QString resolvedFolders(const QString &path)
{
    const QFileInfo info(QDir::cleanPath(path));
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    if (folder.isEmpty())
        return info.absoluteFilePath();
    return folder == QLatin1String("/") ? folder + info.fileName() : folder + QLatin1Char('/') + info.fileName();
}
} // namespace

Result<QString> IgnoreRules::normalise(const QString &entry, const QString &root)
{
    QString text = entry;
    text.replace(QLatin1Char('\\'), QLatin1Char('/'));
    if (text.contains(QLatin1Char('*')) || text.contains(QLatin1Char('?')) || text.contains(QLatin1Char('[')))
        return fail(HM_TR("Source", "Ignore path \"%1\" contains a wildcard; give an exact path.").arg(entry));
    if (QDir::isAbsolutePath(text)) {
        const QString rootCanonical = QFileInfo(root).canonicalFilePath();
        const QString rootClean = rootCanonical.isEmpty() ? QDir::cleanPath(QFileInfo(root).absoluteFilePath()) : rootCanonical;
        const QString rel = QDir(rootClean).relativeFilePath(resolvedFolders(text));
        if (rel == QLatin1String("..") || rel.startsWith(QLatin1String("../")) || QDir::isAbsolutePath(rel))
            return fail(HM_TR("Source", "Ignore path \"%1\" is outside the model.").arg(entry));
        text = rel;
    }
    const CheckedPath checked = checkRelativePath(text.toUtf8());
    if (checked.problem != PathProblem::None)
        return fail(HM_TR("Source", "Ignore path \"%1\" would exclude the whole model or leaves it: %2")
                        .arg(entry, describe(checked.problem)));
    return checked.path;
}

Result<IgnoreRules> IgnoreRules::make(const SourceOptions &options, const QString &root)
{
    IgnoreRules rules;
    if (options.defaultIgnores)
        for (const char *name : kGitDefaults)
            rules.add(QLatin1String(name), IgnoreOrigin::Default);
    if (!options.signatureFile.isEmpty()) {
        auto path = normalise(QFileInfo(options.signatureFile).absoluteFilePath(), root);
        if (path)  // a signature outside the model needs no rule
            rules.add(*path, IgnoreOrigin::SignatureFile);
    }
    for (const QString &entry : options.ignorePaths) {
        auto path = normalise(entry, root);
        if (!path)
            return std::unexpected(path.error());
        rules.add(*path, IgnoreOrigin::User);
    }
    for (const QString &entry : options.recordedIgnorePaths) {
        if (QDir::isAbsolutePath(entry))
            return fail(HM_TR("Source", "The signature asks to ignore the absolute path \"%1\".").arg(entry));
        auto path = normalise(entry, root);
        if (!path)
            return std::unexpected(path.error());
        rules.add(*path, IgnoreOrigin::Recorded);
    }
    return rules;
}

const IgnoreRules::Rule *IgnoreRules::match(const QString &path) const
{
    for (const Rule &rule : m_rules)
        if (isUnder(path, rule.path))
            return &rule;
    return nullptr;
}

QString describe(IgnoreOrigin origin)
{
    switch (origin) {
    case IgnoreOrigin::Default: return HM_TR("Source", "default (git metadata)");
    case IgnoreOrigin::User: return HM_TR("Source", "given by you");
    case IgnoreOrigin::SignatureFile: return HM_TR("Source", "signature file");
    case IgnoreOrigin::Recorded: return HM_TR("Source", "recorded in the signature");
    case IgnoreOrigin::Unsigned: return HM_TR("Source", "not signed, skipped on request");
    }
    return {};
}

} // namespace hallmark
