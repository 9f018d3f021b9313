#include "pkcs11/tokentreemodel.h"

#include <QtConcurrent/QtConcurrentRun>

namespace hallmark::ui {

namespace {

QString hexId(const QByteArray &id)
{
    return QString::fromLatin1(id.toHex(':'));
}

} // namespace

TokenTreeModel::TokenTreeModel(QObject *parent) : QAbstractItemModel(parent)
{
    m_nodes.push_back(Node{});
}

TokenTreeModel::~TokenTreeModel()
{
    // A scan only lists slots and objects; teardown waits for it to end.
    if (m_watcher)
        m_watcher->waitForFinished();
}

void TokenTreeModel::addModule(const QString &path)
{
    if (!m_paths.contains(path))
        m_paths << path;
    refresh();
}

void TokenTreeModel::refresh()
{
    if (m_watcher) {
        m_rescan = true;
        return;
    }
    beginResetModel();
    m_nodes.resize(1);
    m_nodes[0].children.clear();
    Node loading;
    loading.kind = NodeKind::Loading;
    loading.text = tr("Loading…");
    addNode(loading);
    endResetModel();
    m_watcher = new QFutureWatcher<ScanResult>(this);
    connect(m_watcher, &QFutureWatcher<ScanResult>::finished, this, &TokenTreeModel::onScanned);
    m_watcher->setFuture(QtConcurrent::run(&scanTokens, m_paths, m_registered));
    Q_EMIT scanStarted();
}

void TokenTreeModel::onScanned()
{
    ScanResult result = m_watcher->result();
    m_watcher->deleteLater();
    m_watcher = nullptr;
    if (m_rescan) {
        m_rescan = false;
        refresh();
        return;
    }
    beginResetModel();
    m_scan = std::move(result);
    rebuild();
    endResetModel();
    Q_EMIT scanFinished();
}

int TokenTreeModel::addNode(Node node)
{
    const int id = int(m_nodes.size());
    Node &parent = m_nodes[size_t(node.parent < 0 ? 0 : node.parent)];
    node.parent = node.parent < 0 ? 0 : node.parent;
    node.row = int(parent.children.size());
    parent.children.push_back(id);
    m_nodes.push_back(std::move(node));
    return id;
}

void TokenTreeModel::rebuild()
{
    m_nodes.resize(1);
    m_nodes[0].children.clear();
    if (m_scan.modules.isEmpty()) {
        Node note;
        note.text = tr("No PKCS#11 modules. Use \"Add Module…\" to load one by its file.");
        addNode(note);
    }
    for (int m = 0; m < m_scan.modules.size(); ++m) {
        const ScannedModule &module = m_scan.modules[m];
        Node moduleNode;
        moduleNode.kind = NodeKind::Module;
        moduleNode.module = m;
        const int moduleId = addNode(moduleNode);
        if (!module.error.isEmpty()) {
            Node note;
            note.parent = moduleId;
            note.text = module.error;
            addNode(note);
            continue;
        }
        if (module.tokens.isEmpty()) {
            Node note;
            note.parent = moduleId;
            note.text = tr("No token is inserted.");
            addNode(note);
        }
        for (int t = 0; t < module.tokens.size(); ++t) {
            const ScannedToken &token = module.tokens[t];
            Node slotNode;
            slotNode.kind = NodeKind::Slot;
            slotNode.parent = moduleId;
            slotNode.module = m;
            slotNode.token = t;
            const int slotId = addNode(slotNode);
            if (!token.slot.token)
                continue;
            Node tokenNode = slotNode;
            tokenNode.kind = NodeKind::Token;
            tokenNode.parent = slotId;
            const int tokenId = addNode(tokenNode);
            if (!token.error.isEmpty()) {
                Node note;
                note.parent = tokenId;
                note.text = token.error;
                addNode(note);
            }
            // Keys first (private and public objects merged), then certificates.
            std::vector<int> keys;
            for (const pkcs11::ObjectInfo &o : token.objects) {
                if (o.kind == pkcs11::ObjectKind::Certificate)
                    continue;
                int found = -1;
                for (int k : keys) {
                    const pkcs11::ObjectInfo &seen = m_nodes[size_t(k)].object;
                    if (o.id.isEmpty() && seen.id.isEmpty() ? o.label == seen.label : o.id == seen.id)
                        found = k;
                }
                const bool isPrivate = o.kind == pkcs11::ObjectKind::PrivateKey;
                if (found < 0) {
                    Node key = tokenNode;
                    key.kind = NodeKind::Key;
                    key.parent = tokenId;
                    key.object = o;
                    key.privateSeen = isPrivate;
                    keys.push_back(addNode(key));
                } else if (isPrivate) {
                    Node &key = m_nodes[size_t(found)];
                    const QString description = key.object.keyDescription;
                    key.object = o;
                    if (key.object.keyDescription.isEmpty())
                        key.object.keyDescription = description;
                    key.privateSeen = true;
                } else if (m_nodes[size_t(found)].object.keyDescription.isEmpty()) {
                    m_nodes[size_t(found)].object.keyDescription = o.keyDescription;
                }
            }
            for (const pkcs11::ObjectInfo &o : token.objects) {
                if (o.kind != pkcs11::ObjectKind::Certificate)
                    continue;
                Node cert = tokenNode;
                cert.kind = NodeKind::Certificate;
                cert.parent = tokenId;
                cert.object = o;
                addNode(cert);
            }
            if (token.objects.isEmpty() && token.error.isEmpty()) {
                Node note;
                note.parent = tokenId;
                note.text = token.slot.token->initialized ? tr("No keys are visible before login.")
                                                          : tr("The token is not initialised.");
                addNode(note);
            }
        }
    }
}

const TokenTreeModel::Node *TokenTreeModel::nodeAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const auto id = size_t(index.internalId());
    return id < m_nodes.size() ? &m_nodes[id] : nullptr;
}

TokenTreeModel::NodeKind TokenTreeModel::kindAt(const QModelIndex &index) const
{
    const Node *node = nodeAt(index);
    return node ? node->kind : NodeKind::Note;
}

std::optional<TokenKey> TokenTreeModel::keyAt(const QModelIndex &index) const
{
    const Node *node = nodeAt(index);
    if (!node || (node->kind != NodeKind::Key && node->kind != NodeKind::Certificate))
        return std::nullopt;
    const ScannedModule &module = m_scan.modules[node->module];
    const ScannedToken &token = module.tokens[node->token];
    TokenKey key;
    key.modulePath = module.path;
    key.module = module.info;
    key.slot = token.slot;
    key.label = node->object.label;
    key.id = node->object.id;
    if (node->kind == NodeKind::Certificate) {
        key.withCertificate = true;
        key.certificateSubject = node->object.certificateSubject;
        // The key with the same ID.
        for (int child : m_nodes[size_t(node->parent)].children) {
            const Node &sibling = m_nodes[size_t(child)];
            if (sibling.kind == NodeKind::Key && !key.id.isEmpty() && sibling.object.id == key.id) {
                key.label = sibling.object.label;
                key.keyType = sibling.object.keyType;
                key.keyDescription = sibling.object.keyDescription;
            }
        }
    } else {
        key.keyType = node->object.keyType;
        key.keyDescription = node->object.keyDescription;
    }
    key.uri = tokenKeyUri(module.path, token.slot.token.value_or(pkcs11::TokenInfo{}), key.label, key.id);
    return key;
}

QModelIndex TokenTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    const size_t parentId = parent.isValid() ? size_t(parent.internalId()) : 0;
    if (parent.isValid() && (parent.column() != 0 || parentId >= m_nodes.size()))
        return {};
    const Node &p = m_nodes[parentId];
    if (size_t(row) >= p.children.size())
        return {};
    return createIndex(row, column, quintptr(p.children[size_t(row)]));
}

QModelIndex TokenTreeModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeAt(child);
    if (!node || node->parent <= 0)
        return {};
    return createIndex(m_nodes[size_t(node->parent)].row, 0, quintptr(node->parent));
}

int TokenTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_nodes[0].children.size());
    if (parent.column() != 0)
        return 0;
    const Node *node = nodeAt(parent);
    return node ? int(node->children.size()) : 0;
}

int TokenTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant TokenTreeModel::display(const Node &node, int column) const
{
    if (node.kind == NodeKind::Loading || node.kind == NodeKind::Note)
        return column == Name ? QVariant(node.text) : QVariant();
    const ScannedModule &module = m_scan.modules[node.module];
    switch (node.kind) {
    case NodeKind::Module:
        if (column == Name)
            return module.info.name.isEmpty() ? module.path : module.info.name;
        if (column == Kind)
            return tr("Module");
        if (column == KeyType)
            return module.info.description;
        return {};
    case NodeKind::Slot: {
        const pkcs11::SlotInfo &slot = module.tokens[node.token].slot;
        if (column == Name)
            return slot.description.isEmpty() ? tr("Slot %1").arg(slot.id) : slot.description;
        if (column == Kind)
            return tr("Slot");
        return {};
    }
    case NodeKind::Token: {
        const pkcs11::TokenInfo &token = *module.tokens[node.token].slot.token;
        if (column == Name)
            return token.label.isEmpty() ? tr("(no label)") : token.label;
        if (column == Kind)
            return tr("Token");
        if (column == KeyType)
            return QStringList{token.manufacturer, token.model}.join(QLatin1Char(' ')).trimmed();
        return {};
    }
    case NodeKind::Key: {
        const bool loginFirst = !node.privateSeen;
        if (column == Name)
            return node.object.label;
        if (column == Kind)
            return loginFirst ? tr("Key pair") : tr("Private key");
        if (column == KeyType)
            return node.object.keyDescription.isEmpty() ? pkcs11::keyTypeName(node.object.keyType)
                                                        : node.object.keyDescription;
        if (column == Id)
            return hexId(node.object.id);
        if (column == CanSign)
            return loginFirst ? tr("After login") : node.object.canSign ? tr("Yes") : tr("No");
        return {};
    }
    case NodeKind::Certificate:
        if (column == Name)
            return node.object.label;
        if (column == Kind)
            return tr("Certificate");
        if (column == KeyType)
            return node.object.certificateSubject;
        if (column == Id)
            return hexId(node.object.id);
        if (column == CanSign)
            return tr("With its key");
        return {};
    default:
        return {};
    }
}

QVariant TokenTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *node = nodeAt(index);
    if (!node)
        return {};
    if (role == Qt::DisplayRole)
        return display(*node, index.column());
    if (role == Qt::ToolTipRole && node->kind == NodeKind::Key && !node->privateSeen)
        return tr("The token lists its private key after login; the public key stands for the pair.");
    if (role == Qt::ToolTipRole && index.column() == Name) {
        if (node->kind == NodeKind::Module)
            return m_scan.modules[node->module].path;
        if (node->kind == NodeKind::Key || node->kind == NodeKind::Certificate)
            return node->object.uri;
        if (node->kind == NodeKind::Note)
            return node->text;
        if (node->kind == NodeKind::Token)
            return tr("Serial number %1").arg(m_scan.modules[node->module].tokens[node->token].slot.token->serial);
    }
    return {};
}

QVariant TokenTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Kind: return tr("Kind");
    case KeyType: return tr("Type");
    case Id: return tr("ID");
    case CanSign: return tr("Can sign");
    default: return {};
    }
}

Qt::ItemFlags TokenTreeModel::flags(const QModelIndex &index) const
{
    const Node *node = nodeAt(index);
    if (!node)
        return Qt::NoItemFlags;
    if (node->kind == NodeKind::Loading || node->kind == NodeKind::Note)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace hallmark::ui
