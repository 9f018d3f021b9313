#include "sbom/sbomjobs.h"

#include "sbom/sbomreader.h"
#include "workerpriority.h"

namespace hallmark::ui {

SbomLoad loadSbom(QString path, std::shared_ptr<JobControl> control)
{
    lowerThreadPriority();
    SbomLoad load;
    load.path = path;
    auto doc = readSbomFile(path);
    if (!doc) {
        load.error = doc.error();
        return load;
    }
    if (control->isCancelled())
        return load;
    auto document = std::make_shared<const SbomDocument>(std::move(*doc));
    load.index = std::make_shared<const SbomIndex>(indexSbom(*document));
    load.document = std::move(document);
    return load;
}

SbomComparison compareSbom(std::shared_ptr<const SbomDocument> before, QString otherPath,
                           std::shared_ptr<JobControl> control)
{
    lowerThreadPriority();
    SbomComparison comparison;
    comparison.otherPath = otherPath;
    comparison.before = before;
    auto other = readSbomFile(otherPath);
    if (!other) {
        comparison.error = other.error();
        return comparison;
    }
    if (control->isCancelled() || !before)
        return comparison;
    auto after = std::make_shared<const SbomDocument>(std::move(*other));
    comparison.changes = diffSboms(*before, *after);
    comparison.after = std::move(after);
    return comparison;
}

SbomModelCheck checkAgainstModel(std::shared_ptr<const SbomDocument> document, std::shared_ptr<const Manifest> manifest,
                                 std::shared_ptr<JobControl> control)
{
    lowerThreadPriority();
    SbomModelCheck check;
    check.document = document;
    if (!document || !manifest || control->isCancelled())
        return check;
    auto result = std::make_shared<SbomCrossCheck>(crossCheck(*document, *manifest));
    for (int i = 0; i < result->entries.size(); ++i)
        if (const int node = result->entries[i].node; node >= 0 && !check.entryByNode.contains(node))
            check.entryByNode.insert(node, i);
    check.result = std::move(result);
    return check;
}

} // namespace hallmark::ui
