#pragma once

#include <QByteArray>
#include <QString>

namespace hallmark {

// Renders a name that came from disk or an archive for display: control
// characters and invalid UTF-8 become visible escapes, never raw bytes.
QString escapedName(const QByteArray &raw);

QString hex(const QByteArray &bytes);

QString formatBytes(qint64 bytes);

} // namespace hallmark
