#pragma once

#include "common/cancel.h"
#include "manifest/manifest.h"
#include "sbom/sbomcrosscheck.h"
#include "sbom/sbomdiff.h"
#include "sbom/sbomindex.h"

#include <QHash>

#include <memory>

namespace hallmark::ui {

// The SBOM page's work off the GUI thread: each function runs on a worker,
// touches only what it is given and returns everything the views need.

struct SbomLoad {
    QString path;
    std::shared_ptr<const SbomDocument> document;  // null when reading failed
    std::shared_ptr<const SbomIndex> index;
    Error error;
};
SbomLoad loadSbom(QString path, std::shared_ptr<JobControl> control);

struct SbomComparison {
    QString otherPath;
    std::shared_ptr<const SbomDocument> before;  // the page's document
    std::shared_ptr<const SbomDocument> after;   // null when reading failed
    QList<SbomChange> changes;
    Error error;
};
SbomComparison compareSbom(std::shared_ptr<const SbomDocument> before, QString otherPath,
                           std::shared_ptr<JobControl> control);

struct SbomModelCheck {
    std::shared_ptr<const SbomDocument> document;
    std::shared_ptr<const SbomCrossCheck> result;
    QHash<int, int> entryByNode;  // node → first entry about it
};
SbomModelCheck checkAgainstModel(std::shared_ptr<const SbomDocument> document, std::shared_ptr<const Manifest> manifest,
                                 std::shared_ptr<JobControl> control);

} // namespace hallmark::ui
