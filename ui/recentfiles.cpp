#include "recentfiles.h"

#include <QSettings>

namespace hallmark::ui {

namespace {

QString key()
{
    return QStringLiteral("recentFiles");
}

} // namespace

QStringList RecentFiles::load()
{
    QStringList list = QSettings().value(key()).toStringList();
    list.removeAll(QString());
    return list.mid(0, maxEntries);
}

QStringList RecentFiles::add(const QString &path)
{
    QStringList list = load();
    list.removeAll(path);
    list.prepend(path);
    list = list.mid(0, maxEntries);
    QSettings().setValue(key(), list);
    return list;
}

void RecentFiles::clear()
{
    QSettings().remove(key());
}

} // namespace hallmark::ui
