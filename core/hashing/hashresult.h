#pragma once

#include "hashing/contentdigester.h"
#include "hashing/hashoptions.h"
#include "source/listing.h"

namespace hallmark {

// The digests of one entry of the listing. A non-empty `error` means the
// entry has no digest that may be trusted, and `parts` is empty.
struct FileDigest {
    QList<PartDigest> parts;
    QString error;
    bool done = false;
};

struct HashOutcome {
    Listing listing;
    HashOptions options;
    QList<FileDigest> digests;  // parallel to listing.entries

    bool complete() const;  // every hashable entry has digests, no errors
    QStringList errors() const;
};

} // namespace hallmark
