#include "source/archivesource.h"

#include "common/pathtext.h"
#include "common/tr.h"
#include "source/archivebudget.h"
#include "source/ignorerules.h"
#include "source/modelpath.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QtEndian>

namespace hallmark {

namespace {

const char *const kArchiveSuffixes[] = {".tar", ".tar.gz", ".tgz", ".tar.zst", ".tzst", ".tar.xz", ".txz",
                                        ".tar.bz2", ".zip", ".7z"};

QString stripArchiveSuffix(const QString &fileName)
{
    for (const char *suffix : kArchiveSuffixes) {
        const QLatin1String s(suffix);
        if (fileName.endsWith(s, Qt::CaseInsensitive) && fileName.size() > s.size())
            return fileName.left(fileName.size() - s.size());
    }
    return fileName;
}

// When every entry lives under one top-level folder ("model/…"), paths are
// taken relative to it, the way the model directory would have been signed.
QByteArray commonTopFolder(const QList<RawEntry> &raw)
{
    QByteArray top;
    bool sawFile = false;
    for (const RawEntry &e : raw) {
        QByteArray name = e.name;
        while (name.startsWith("./"))
            name = name.mid(2);
        while (name.endsWith('/'))
            name.chop(1);
        if (name.isEmpty() || name == ".")
            continue;
        const bool isDir = e.type == RawEntryType::Directory;
        const int slash = name.indexOf('/');
        if (slash < 0 && !isDir)
            return {};  // a file at the top level
        const QByteArray first = slash < 0 ? name : name.left(slash);
        if (first == ".." || name.startsWith('/'))
            return {};
        if (!top.isEmpty() && top != first)
            return {};
        top = first;
        sawFile = sawFile || !isDir;
    }
    return sawFile ? top : QByteArray();
}

// The entry count in a zip's end-of-central-directory record (zip64 aware),
// or -1 when there is none. libarchive silently merges central-directory
// records that share a local header, which unzip would extract separately.
qint64 zipDeclaredEntries(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const qint64 tail = qMin<qint64>(f.size(), 22 + 0xffff);
    if (tail < 22 || !f.seek(f.size() - tail))
        return -1;
    const QByteArray buf = f.read(tail);
    const qsizetype at = buf.lastIndexOf(QByteArray("PK\x05\x06", 4));
    if (at < 0 || at + 22 > buf.size())
        return -1;
    const qint64 total = qFromLittleEndian<quint16>(buf.constData() + at + 10);
    if (total != 0xffff || at < 20 || !buf.mid(at - 20).startsWith(QByteArray("PK\x06\x07", 4)))
        return total;
    QByteArray zip64;
    if (f.seek(qFromLittleEndian<qint64>(buf.constData() + at - 20 + 8)))
        zip64 = f.read(56);
    if (zip64.size() < 40 || !zip64.startsWith(QByteArray("PK\x06\x06", 4)))
        return total;
    return qFromLittleEndian<qint64>(zip64.constData() + 32);
}

} // namespace

bool looksLikeArchive(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return false;
    const QString name = QFileInfo(path).fileName();
    return stripArchiveSuffix(name) != name;
}

Result<QList<RawEntry>> scanArchiveHeaders(const QString &path, const ArchiveLimits &limits,
                                           const JobControl *control)
{
    auto reader = ArchiveReader::open(path);
    if (!reader)
        return std::unexpected(reader.error());
    ArchiveBudget budget(limits, QFileInfo(path).size());
    QList<RawEntry> entries;
    for (;;) {
        if (control && control->isCancelled())
            return fail(HM_TR("Archive", "Cancelled."));
        auto next = (*reader)->next();
        if (!next)
            return std::unexpected(next.error());
        if (!next->has_value())
            break;
        RawEntry entry = std::move(**next);
        if (auto ok = budget.addEntry(); !ok)
            return std::unexpected(ok.error());
        if (entry.type == RawEntryType::File && !entry.encrypted) {
            if (auto ok = budget.addBytes(0, qMax<qint64>(0, entry.size)); !ok)
                return std::unexpected(ok.error());
        }
        if (!entry.encrypted)
            if (auto ok = (*reader)->skip(); !ok)
                return std::unexpected(ok.error());
        entries.append(std::move(entry));
    }
    if ((*reader)->formatName().contains(QLatin1String("ZIP"), Qt::CaseInsensitive)) {
        const qint64 declared = zipDeclaredEntries(path);
        if (declared >= 0 && declared != entries.size())
            return fail(HM_TR("Archive", "The zip's central directory lists %1 entries, but %2 could be read; records "
                                         "that share or overlap data are a sign of a zip bomb or a disguised archive.")
                            .arg(declared).arg(entries.size()));
    }
    return entries;
}

Result<Listing> buildArchiveListing(const QString &path, const QList<RawEntry> &raw, const SourceOptions &options)
{
    Listing listing;
    listing.kind = SourceKind::Archive;
    listing.location = path;
    const QByteArray top = commonTopFolder(raw);
    listing.modelName = top.isEmpty() ? stripArchiveSuffix(QFileInfo(path).fileName()) : QString::fromUtf8(top);
    if (!top.isEmpty())
        listing.findings.append({Severity::Info, QStringLiteral("archive.top-folder"), QString(),
                                 HM_TR("Archive", "Everything in the archive is inside the folder \"%1\"; paths are "
                                                  "shown relative to it.").arg(escapedName(top))});

    // Ignore paths are model-relative here; an absolute path cannot point into an archive.
    SourceOptions archiveOptions = options;
    archiveOptions.signatureFile.clear();
    auto rules = IgnoreRules::make(archiveOptions, QStringLiteral("/nonexistent-archive-root"));
    if (!rules)
        return std::unexpected(rules.error());

    QHash<QString, int> seen;
    auto finding = [&](Severity s, const char *code, const QString &display, const QString &message) {
        listing.findings.append({s, QLatin1String(code), display, message});
    };

    for (const RawEntry &e : raw) {
        if (e.type == RawEntryType::Directory && e.headerWarning.isEmpty())
            continue;
        QByteArray name = e.name;
        while (name.startsWith("./"))
            name = name.mid(2);
        if (!top.isEmpty() && name.startsWith(top + '/'))
            name = name.mid(top.size() + 1);
        const QString display = escapedName(e.name);
        const CheckedPath checked = checkRelativePath(name);

        SourceEntry entry;
        entry.path = checked.problem == PathProblem::None ? checked.path : display;
        entry.displayPath = checked.problem == PathProblem::None && display == escapedName(name) ? checked.path : display;
        entry.size = qMax<qint64>(0, e.size);
        entry.ordinal = e.ordinal;
        entry.hashable = e.type == RawEntryType::File;

        if (checked.problem == PathProblem::None && e.type != RawEntryType::Directory) {
            if (const IgnoreRules::Rule *rule = rules->match(checked.path)) {
                listing.ignored.append({checked.path, rule->path, rule->origin});
                continue;
            }
            if (options.onlyPaths && !options.onlyPaths->contains(checked.path)) {
                listing.ignored.append({checked.path, HM_TR("Source", "(not in the signature)"), IgnoreOrigin::Unsigned});
                continue;
            }
        }
        if (!e.headerWarning.isEmpty()) {
            finding(Severity::Error, "archive.warning", display,
                    HM_TR("Archive", "The archive reader warned about \"%1\": %2").arg(display, e.headerWarning));
            entry.hashable = false;
        }
        if (e.type == RawEntryType::Directory)
            continue;
        switch (checked.problem) {
        case PathProblem::None: break;
        case PathProblem::Absolute:
        case PathProblem::DriveLetter:
            finding(Severity::Error, "archive.absolute", display,
                    HM_TR("Archive", "\"%1\" has an absolute path; unpacking it would write outside the target folder.")
                        .arg(display));
            entry.hashable = false;
            break;
        case PathProblem::DotDot:
            finding(Severity::Error, "archive.traversal", display,
                    HM_TR("Archive", "\"%1\" uses \"..\" to climb out of the archive (path traversal).").arg(display));
            entry.hashable = false;
            break;
        default:
            finding(Severity::Error, "archive.bad-name", display,
                    HM_TR("Archive", "\"%1\" cannot be part of a signed model: %2").arg(display, describe(checked.problem)));
            entry.hashable = false;
            break;
        }
        switch (e.type) {
        case RawEntryType::File: break;
        case RawEntryType::Directory: break;
        case RawEntryType::Symlink:
            finding(Severity::Error, "archive.symlink", display,
                    HM_TR("Archive", "\"%1\" is a symbolic link to \"%2\"; links in archives are not followed.")
                        .arg(display, escapedName(e.linkTarget)));
            break;
        case RawEntryType::Hardlink:
            finding(Severity::Error, "archive.hardlink", display,
                    HM_TR("Archive", "\"%1\" is a hard link to \"%2\"; links in archives are not followed.")
                        .arg(display, escapedName(e.linkTarget)));
            break;
        case RawEntryType::Other:
            finding(Severity::Error, "archive.special", display,
                    HM_TR("Archive", "\"%1\" is a device, pipe or other special file.").arg(display));
            break;
        }
        if (e.encrypted) {
            finding(Severity::Error, "archive.encrypted", display,
                    HM_TR("Archive", "\"%1\" is encrypted; its content cannot be checked.").arg(display));
            entry.hashable = false;
        }
        if (e.setuid)
            finding(Severity::Warning, "archive.setuid", display,
                    HM_TR("Archive", "\"%1\" has the set-user-ID or set-group-ID bit.").arg(display));

        if (checked.problem == PathProblem::None) {
            auto it = seen.find(checked.path);
            if (it != seen.end()) {
                finding(Severity::Error, "archive.duplicate", display,
                        HM_TR("Archive", "\"%1\" appears more than once in the archive; which copy counts depends on "
                                         "the tool that unpacks it.").arg(display));
                entry.hashable = false;
                listing.entries[*it].hashable = false;
            } else {
                seen.insert(checked.path, listing.entries.size());
            }
        }
        listing.entries.append(entry);
    }
    return listing;
}

} // namespace hallmark
