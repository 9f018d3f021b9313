#include "source/listing.h"

namespace hallmark {

qint64 Listing::totalBytes() const
{
    qint64 total = 0;
    for (const auto &e : entries)
        if (e.hashable)
            total += e.size;
    return total;
}

bool Listing::hasErrors() const
{
    for (const auto &f : findings)
        if (f.severity == Severity::Error)
            return true;
    return false;
}

int Listing::indexOf(const QString &path) const
{
    for (int i = 0; i < entries.size(); ++i)
        if (entries[i].path == path)
            return i;
    return -1;
}

} // namespace hallmark
