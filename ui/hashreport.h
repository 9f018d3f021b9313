#pragma once

#include "hashing/hashresult.h"
#include "manifest/manifest.h"
#include "models/filetree.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <memory>
#include <optional>

namespace hallmark::ui {

// Everything one finished hashing run produced, prepared off the GUI thread.
// Shared read-only between the models and whatever shows it.
struct HashReport {
    QString location;
    HashOutcome outcome;
    QList<Finding> findings;  // the listing's findings, then per-file read errors
    std::optional<Manifest> manifest;
    QString manifestProblem;  // why there is no manifest
    FileTree tree;
    qint64 elapsedMs = 0;
};

using HashReportPtr = std::shared_ptr<const HashReport>;

} // namespace hallmark::ui

Q_DECLARE_METATYPE(hallmark::ui::HashReportPtr)
