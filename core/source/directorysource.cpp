#include "source/directorysource.h"

#include "common/pathtext.h"
#include "common/tr.h"
#include "source/ignorerules.h"
#include "source/modelpath.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <sys/stat.h>

namespace hallmark {

namespace {

QString errnoText(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

QByteArray realPath(const QByteArray &path, int *err)
{
    char *resolved = ::realpath(path.constData(), nullptr);
    if (!resolved) {
        *err = errno;
        return {};
    }
    QByteArray out(resolved);
    std::free(resolved);
    return out;
}

bool nativeIsUnder(const QByteArray &path, const QByteArray &root)
{
    return path == root || (path.startsWith(root) && path.size() > root.size() && path[root.size()] == '/')
        || root == "/";
}

qint64 mtimeNs(const struct stat &st)
{
    return qint64(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
}

class Walker
{
public:
    Walker(Listing &listing, const IgnoreRules &rules, const SourceOptions &options, QByteArray root,
           const JobControl *control)
        : m_listing(listing), m_rules(rules), m_options(options), m_root(std::move(root)), m_control(control)
    {
    }

    void walk(const QByteArray &relDir)
    {
        const QByteArray dirPath = relDir.isEmpty() ? m_root : m_root + '/' + relDir;
        DIR *dir = ::opendir(dirPath.constData());
        if (!dir) {
            addFinding(Severity::Error, QStringLiteral("source.unreadable-dir"), escapedName(relDir),
                       HM_TR("Source", "Cannot read the folder: %1").arg(errnoText(errno)));
            return;
        }
        QList<QByteArray> names;
        while (dirent *d = ::readdir(dir)) {
            const QByteArray name(d->d_name);
            if (name != "." && name != "..")
                names << name;
        }
        ::closedir(dir);
        std::sort(names.begin(), names.end());
        for (const QByteArray &name : names) {
            if (m_control && m_control->isCancelled())
                return;
            visit(relDir.isEmpty() ? name : relDir + '/' + name);
        }
    }

private:
    void visit(const QByteArray &rel)
    {
        const QString display = escapedName(rel);
        const CheckedPath checked = checkRelativePath(rel);
        if (checked.problem == PathProblem::None) {
            if (const IgnoreRules::Rule *rule = m_rules.match(checked.path)) {
                m_listing.ignored.append({checked.path, rule->path, rule->origin});
                return;
            }
        }
        const QByteArray full = m_root + '/' + rel;
        struct stat st;
        if (::lstat(full.constData(), &st) != 0) {
            addFinding(Severity::Error, QStringLiteral("source.vanished"), display,
                       HM_TR("Source", "Cannot read \"%1\": %2").arg(display, errnoText(errno)));
            return;
        }
        if (S_ISDIR(st.st_mode)) {
            walk(rel);
            return;
        }
        if (checked.problem != PathProblem::None) {
            addFinding(Severity::Error, QStringLiteral("source.bad-name"), display,
                       HM_TR("Source", "\"%1\" cannot be part of a signed model: %2")
                           .arg(display, describe(checked.problem)));
            addEntry(display, display, st, full, false);
            return;
        }
        if (m_options.onlyPaths && !m_options.onlyPaths->contains(checked.path)) {
            m_listing.ignored.append({checked.path, HM_TR("Source", "(not in the signature)"), IgnoreOrigin::Unsigned});
            return;
        }
        if (S_ISREG(st.st_mode)) {
            addEntry(checked.path, display, st, full, true);
            return;
        }
        if (S_ISLNK(st.st_mode)) {
            visitSymlink(checked.path, display, full);
            return;
        }
        addFinding(Severity::Error, QStringLiteral("source.special-file"), display,
                   HM_TR("Source", "Cannot use \"%1\": it is not a regular file or folder.").arg(display));
    }

    void visitSymlink(const QString &path, const QString &display, const QByteArray &full)
    {
        struct stat none {};
        if (!m_options.allowSymlinks) {
            addFinding(Severity::Error, QStringLiteral("source.symlink"), display,
                       HM_TR("Source", "\"%1\" is a symbolic link. Links are refused unless you allow links "
                                       "that stay inside the model (--allow-symlinks, or Hashing > Allow Symbolic "
                                       "Links in the app).").arg(display));
            addEntry(path, display, none, full, false);
            return;
        }
        int err = 0;
        const QByteArray target = realPath(full, &err);
        if (target.isEmpty()) {
            const bool loop = err == ELOOP;
            addFinding(Severity::Error, loop ? QStringLiteral("source.symlink-cycle") : QStringLiteral("source.symlink-broken"),
                       display,
                       loop ? HM_TR("Source", "The link \"%1\" is part of a cycle.").arg(display)
                            : HM_TR("Source", "The link \"%1\" points nowhere: %2").arg(display, errnoText(err)));
            addEntry(path, display, none, full, false);
            return;
        }
        if (!nativeIsUnder(target, m_root)) {
            addFinding(Severity::Error, QStringLiteral("source.symlink-outside"), display,
                       HM_TR("Source", "The link \"%1\" points outside the model, to \"%2\".")
                           .arg(display, escapedName(target)));
            addEntry(path, display, none, full, false);
            return;
        }
        struct stat st;
        if (::stat(target.constData(), &st) != 0) {
            addFinding(Severity::Error, QStringLiteral("source.symlink-broken"), display,
                       HM_TR("Source", "The link \"%1\" points nowhere: %2").arg(display, errnoText(errno)));
            return;
        }
        if (S_ISDIR(st.st_mode)) {
            const QByteArray linkDir = full.left(full.lastIndexOf('/'));
            if (nativeIsUnder(linkDir, target)) {
                addFinding(Severity::Error, QStringLiteral("source.symlink-cycle"), display,
                           HM_TR("Source", "The link \"%1\" points to a folder that contains it, a cycle.").arg(display));
            } else {
                addFinding(Severity::Warning, QStringLiteral("source.symlink-dir"), display,
                           HM_TR("Source", "The linked folder \"%1\" is not followed, as the reference tool does "
                                           "not follow it either.").arg(display));
            }
            return;
        }
        if (!S_ISREG(st.st_mode)) {
            addFinding(Severity::Error, QStringLiteral("source.special-file"), display,
                       HM_TR("Source", "Cannot use \"%1\": it is not a regular file or folder.").arg(display));
            return;
        }
        addEntry(path, display, st, full, true);
    }

    void addEntry(const QString &path, const QString &display, const struct stat &st, const QByteArray &full,
                  bool hashable)
    {
        SourceEntry e;
        e.path = path;
        e.displayPath = display;
        e.size = hashable ? qint64(st.st_size) : 0;
        e.hashable = hashable;
        e.fsPath = full;
        e.mtimeNs = mtimeNs(st);
        e.inode = st.st_ino;
        m_listing.entries.append(e);
    }

    void addFinding(Severity s, const QString &code, const QString &path, const QString &message)
    {
        m_listing.findings.append({s, code, path, message});
    }

    Listing &m_listing;
    const IgnoreRules &m_rules;
    const SourceOptions &m_options;
    QByteArray m_root;
    const JobControl *m_control;
};

} // namespace

Result<Listing> listFilesystemModel(const QString &path, const SourceOptions &options, const JobControl *control)
{
    const QByteArray native = QFile::encodeName(path);
    int err = 0;
    const QByteArray root = realPath(native, &err);
    if (root.isEmpty())
        return fail(HM_TR("Source", "Cannot open \"%1\": %2").arg(path, errnoText(err)));
    struct stat st;
    if (::stat(root.constData(), &st) != 0)
        return fail(HM_TR("Source", "Cannot open \"%1\": %2").arg(path, errnoText(errno)));

    Listing listing;
    listing.location = path;
    listing.modelName = QFileInfo(QFile::decodeName(root)).fileName();

    if (S_ISREG(st.st_mode)) {
        listing.kind = SourceKind::SingleFile;
        SourceEntry e;
        e.path = QStringLiteral(".");
        e.displayPath = listing.modelName;
        e.size = st.st_size;
        e.fsPath = root;
        e.mtimeNs = mtimeNs(st);
        e.inode = st.st_ino;
        listing.entries.append(e);
        return listing;
    }
    if (!S_ISDIR(st.st_mode))
        return fail(HM_TR("Source", "\"%1\" is neither a file nor a folder.").arg(path));

    auto rules = IgnoreRules::make(options, QFile::decodeName(root));
    if (!rules)
        return std::unexpected(rules.error());
    listing.kind = SourceKind::Directory;
    Walker walker(listing, *rules, options, root, control);
    walker.walk({});
    if (control && control->isCancelled())
        return fail(HM_TR("Source", "Cancelled."));
    return listing;
}

} // namespace hallmark
