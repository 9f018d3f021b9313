#pragma once

#include "pkcs11/tokenkey.h"
#include "pkcs11/tokenscan.h"

#include <QAbstractItemModel>
#include <QFutureWatcher>
#include <QStringList>

#include <optional>
#include <vector>

namespace hallmark::ui {

// Modules → slots → tokens → keys and certificates. Scanning runs on a
// worker; meanwhile the model holds one "Loading…" row. Private and public
// key objects with the same ID (or label) form one key row: tokens list
// private keys only after login, so a public key stands in for its pair.
class TokenTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { Name, Kind, KeyType, Id, CanSign, ColumnCount };
    enum class NodeKind { Loading, Note, Module, Slot, Token, Key, Certificate };

    explicit TokenTreeModel(QObject *parent = nullptr);
    ~TokenTreeModel() override;

    // Whether scans include the modules registered with p11-kit (default yes).
    void setIncludeRegistered(bool include) { m_registered = include; }
    // Loads a module by path besides the registered ones and rescans.
    void addModule(const QString &path);
    QStringList addedModules() const { return m_paths; }
    void refresh();
    bool isScanning() const { return m_watcher != nullptr; }

    NodeKind kindAt(const QModelIndex &index) const;
    // The key a key or certificate row stands for (certificate row: certificate method).
    std::optional<TokenKey> keyAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    void scanStarted();
    void scanFinished();

private:
    struct Node {
        NodeKind kind = NodeKind::Note;
        int parent = -1;
        int row = 0;
        std::vector<int> children;
        int module = -1;
        int token = -1;
        QString text;                 // Loading / Note
        pkcs11::ObjectInfo object;    // Key (merged) / Certificate
        bool privateSeen = false;     // Key: the private key object was listed
    };
    int addNode(Node node);
    void rebuild();
    void onScanned();
    const Node *nodeAt(const QModelIndex &index) const;
    QVariant display(const Node &node, int column) const;

    std::vector<Node> m_nodes;  // m_nodes[0] is the invisible root
    ScanResult m_scan;
    QStringList m_paths;
    bool m_registered = true;
    bool m_rescan = false;
    QFutureWatcher<ScanResult> *m_watcher = nullptr;
};

} // namespace hallmark::ui
