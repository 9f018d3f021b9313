#pragma once

#include "pkcs11/tokenkey.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;

namespace hallmark::ui {

class TokenTreeModel;

// The "PKCS#11 token" page of the Sign dialog: the token tree with Refresh
// and "Add Module…", and the key URI of the selection (never with a PIN).
// Keys that cannot sign models (RSA, Ed25519, other curves) stay visible
// but are refused with a reason.
class TokenPickerPage : public QWidget
{
    Q_OBJECT

public:
    explicit TokenPickerPage(QWidget *parent = nullptr);

    TokenTreeModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    QLineEdit *uriEdit() const { return m_uri; }
    QPushButton *refreshButton() const { return m_refresh; }
    QPushButton *addModuleButton() const { return m_addModule; }

    // Scans once, the first time the page is shown (or now).
    void ensureScanned();
    // Loads a module by path besides the registered ones, and scans.
    void addModule(const QString &path);
    // The selected key when it can sign a model.
    std::optional<TokenKey> usableKey() const;
    std::optional<TokenKey> selectedKey() const { return m_selected; }
    // Why there is no usable key ("" when there is one).
    QString problem() const;

Q_SIGNALS:
    void selectionChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onSelection();

    TokenTreeModel *m_model;
    QTreeView *m_tree;
    QLineEdit *m_uri;
    QLabel *m_note;
    QPushButton *m_refresh;
    QPushButton *m_addModule;
    std::optional<TokenKey> m_selected;
    bool m_scanned = false;
};

} // namespace hallmark::ui
