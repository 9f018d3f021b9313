#pragma once

#include <QStringList>

namespace hallmark::ui {

// The models opened most recently, newest first, kept in QSettings.
class RecentFiles
{
public:
    static constexpr int maxEntries = 10;

    static QStringList load();
    static QStringList add(const QString &path);  // returns the new list
    static void clear();
};

} // namespace hallmark::ui
