#include "common/atomicfile.h"

#include "common/tr.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace hallmark {

Result<void> writeFileAtomically(const QString &path, const QByteArray &data, Overwrite overwrite, int mode)
{
    const QFileInfo info(path);
    if (overwrite == Overwrite::Refuse && (info.exists() || info.isSymLink()))
        return fail(HM_TR("Files", "\"%1\" already exists; it was left unchanged. Choose another name or allow "
                                   "overwriting (--force).").arg(path));
    QTemporaryFile temp(info.absolutePath() + QStringLiteral("/.") + info.fileName() + QStringLiteral(".XXXXXX"));
    if (!temp.open())
        return fail(HM_TR("Files", "Cannot write in \"%1\": %2").arg(info.absolutePath(), temp.errorString()));
    ::fchmod(temp.handle(), mode_t(mode));
    if (temp.write(data) != data.size() || !temp.flush() || ::fsync(temp.handle()) != 0)
        return fail(HM_TR("Files", "Writing \"%1\" failed: %2").arg(path, temp.errorString()));
    const QByteArray from = QFile::encodeName(temp.fileName());
    const QByteArray to = QFile::encodeName(info.absoluteFilePath());
    int rc;
    if (overwrite == Overwrite::Refuse)
        rc = ::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_NOREPLACE);
    else
        rc = ::rename(from.constData(), to.constData());
    if (rc != 0) {
        const int err = errno;
        if (err == EEXIST)
            return fail(HM_TR("Files", "\"%1\" already exists; it was left unchanged.").arg(path));
        return fail(HM_TR("Files", "Cannot save \"%1\": %2").arg(path, QString::fromLocal8Bit(std::strerror(err))));
    }
    temp.setAutoRemove(false);
    return {};
}

} // namespace hallmark
