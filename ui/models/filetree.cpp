#include "models/filetree.h"

#include "common/pathtext.h"

#include <algorithm>

namespace hallmark::ui {

namespace {

class Builder
{
public:
    explicit Builder(FileTree &tree) : m_tree(tree) { m_tree.byPath.reserve(1024); }

    FileNode *add(const QString &path, FileNode::Kind kind, int index, qint64 size)
    {
        const QStringList parts = path.split(QLatin1Char('/'));
        const bool plain = !path.startsWith(QLatin1Char('/'))
            && std::none_of(parts.begin(), parts.end(), [](const QString &p) {
                   return p.isEmpty() || p == QLatin1String(".") || p == QLatin1String("..");
               });
        FileNode *parent = m_tree.root.get();
        QString name = path;
        if (plain && parts.size() > 1) {
            parent = folder(path.left(path.lastIndexOf(QLatin1Char('/'))));
            name = parts.constLast();
        }
        FileNode *node = append(parent, kind, name, path);
        node->index = index;
        node->size = size;
        for (FileNode *p = parent; p && p != m_tree.root.get(); p = p->parent)
            p->size += size;
        m_tree.byPath.insert(path, node);
        return node;
    }

    static FileNode *append(FileNode *parent, FileNode::Kind kind, const QString &name, const QString &path)
    {
        auto node = std::make_unique<FileNode>();
        node->kind = kind;
        node->name = name;
        node->path = path;
        node->parent = parent;
        node->row = int(parent->children.size());
        parent->children.push_back(std::move(node));
        return parent->children.back().get();
    }

private:
    FileNode *folder(const QString &path)
    {
        if (FileNode *found = m_folders.value(path))
            return found;
        const int slash = path.lastIndexOf(QLatin1Char('/'));
        FileNode *parent = slash < 0 ? m_tree.root.get() : folder(path.left(slash));
        FileNode *node = append(parent, FileNode::Kind::Folder, path.mid(slash + 1), path);
        m_folders.insert(path, node);
        m_tree.byPath.insert(path, node);
        return node;
    }

    FileTree &m_tree;
    QHash<QString, FileNode *> m_folders;
};

} // namespace

FileTree buildFileTree(const HashOutcome &outcome, const QList<Finding> &findings)
{
    FileTree tree;
    Builder builder(tree);
    const Listing &listing = outcome.listing;
    for (int i = 0; i < listing.entries.size(); ++i) {
        const SourceEntry &e = listing.entries[i];
        FileNode *file = builder.add(e.displayPath, FileNode::Kind::File, i, e.size);
        if (outcome.options.serialization != Serialization::Shards || i >= outcome.digests.size())
            continue;
        const QList<PartDigest> &parts = outcome.digests[i].parts;
        for (int p = 0; p < parts.size(); ++p) {
            FileNode *shard = Builder::append(file, FileNode::Kind::Shard, QString(), e.displayPath);
            shard->index = i;
            shard->part = p;
            shard->size = parts[p].end - parts[p].start;
        }
    }
    for (int i = 0; i < listing.ignored.size(); ++i)
        builder.add(escapedName(listing.ignored[i].path.toUtf8()), FileNode::Kind::Ignored, i, 0);

    for (int f = 0; f < findings.size(); ++f) {
        const QString &path = findings[f].path;
        if (path.isEmpty())
            continue;
        FileNode *node = tree.byPath.value(path);
        if (!node)
            node = builder.add(path, FileNode::Kind::Other, -1, 0);
        if (node->firstFinding < 0)
            node->firstFinding = f;
        ++node->findingCount;
    }
    return tree;
}

FileState stateOf(const FileNode &node, const HashOutcome &outcome)
{
    switch (node.kind) {
    case FileNode::Kind::Folder:
        return FileState::None;
    case FileNode::Kind::Ignored:
        return FileState::Ignored;
    case FileNode::Kind::Other:
        return FileState::NotTrustworthy;
    case FileNode::Kind::Shard:
        return FileState::Hashed;
    case FileNode::Kind::File:
        break;
    }
    if (!outcome.listing.entries[node.index].hashable)
        return FileState::NotTrustworthy;
    if (node.index >= outcome.digests.size())
        return FileState::Pending;
    const FileDigest &d = outcome.digests[node.index];
    if (!d.error.isEmpty())
        return FileState::ReadError;
    return d.done ? FileState::Hashed : FileState::Pending;
}

} // namespace hallmark::ui
