#pragma once

#include "crypto/certificate.h"

#include <QAbstractTableModel>

namespace hallmark::ui {

// Every extension of one certificate, decoded by name. Fulcio's
// 1.3.6.1.4.1.57264.1.* extensions carry Fulcio's names and decoded values.
class CertificateExtensionsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, CriticalColumn, ValueColumn, OidColumn, ColumnCount };

    explicit CertificateExtensionsModel(QObject *parent = nullptr);

    void setCertificate(const CertificatePtr &certificate);
    const QList<CertificateExtension> &extensions() const { return m_extensions; }

    static QList<CertificateExtension> decodedExtensions(const Certificate &certificate);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CertificateExtension> m_extensions;
};

} // namespace hallmark::ui
