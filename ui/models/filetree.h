#pragma once

#include "hashing/hashresult.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace hallmark::ui {

enum class FileState { None, Pending, Hashed, ReadError, NotTrustworthy, Ignored };

// One row of the file tree. Files refer to the outcome by index, so the tree
// is cheap to build for large models and holds no copies of digests.
struct FileNode {
    enum class Kind { Folder, File, Shard, Ignored, Other };

    Kind kind = Kind::Folder;
    QString name;  // escaped, one component (or a whole odd path at the top level)
    QString path;  // escaped display path, as findings name it
    FileNode *parent = nullptr;
    int row = 0;
    int index = -1;  // File, Shard: listing entry; Ignored: listing.ignored
    int part = -1;   // Shard: index into the entry's parts
    qint64 size = 0; // Folder: sum of its files
    int firstFinding = -1;
    int findingCount = 0;
    std::vector<std::unique_ptr<FileNode>> children;
};

struct FileTree {
    std::unique_ptr<FileNode> root = std::make_unique<FileNode>();
    QHash<QString, FileNode *> byPath;  // every file, folder and ignored path
};

// Builds the folders-and-files tree in one pass over the listing; shards of a
// file become its children. `findings` are attached to the rows they name,
// adding a row for a path the listing does not contain. Pure, thread-safe.
FileTree buildFileTree(const HashOutcome &outcome, const QList<Finding> &findings);

FileState stateOf(const FileNode &node, const HashOutcome &outcome);

} // namespace hallmark::ui
