#pragma once

#include "crypto/chain.h"

#include <QWidget>

#include <optional>

class QLabel;
class QSplitter;
class QTreeView;

namespace hallmark::ui {

class CertificateDetailsPane;
class ChainModel;

// The "Chain" page: the certificate chain as a tree (root at the top, the
// signing certificate at the bottom, a placeholder when an issuer is
// missing) beside the details of the selected certificate.
class ChainPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChainPanel(QWidget *parent = nullptr);

    // `leafFirst` as verified; `at`: the time the chain was checked at.
    void setChain(const QList<CertificatePtr> &leafFirst, const std::optional<ChainResult> &result, const QDateTime &at,
                  const QString &note = {});
    void clear();

    ChainModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    CertificateDetailsPane *details() const { return m_details; }
    QString noteText() const;

private:
    void showSelected();

    QLabel *m_note;
    ChainModel *m_model;
    QTreeView *m_view;
    CertificateDetailsPane *m_details;
    QSplitter *m_splitter;
    QList<CertificatePtr> m_chain;
};

} // namespace hallmark::ui
