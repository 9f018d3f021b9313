#include "sigstore/extensionsmodel.h"

#include "sigstore/fulcio.h"

#include <QFontDatabase>

namespace hallmark::ui {

CertificateExtensionsModel::CertificateExtensionsModel(QObject *parent) : QAbstractTableModel(parent) {}

QList<CertificateExtension> CertificateExtensionsModel::decodedExtensions(const Certificate &certificate)
{
    QList<CertificateExtension> out = certificate.extensions();
    const sigstore::FulcioIdentity fulcio = sigstore::fulcioIdentity(certificate);
    for (CertificateExtension &e : out) {
        for (const sigstore::FulcioExtension &f : fulcio.extensions) {
            if (f.oid != e.oid)
                continue;
            e.name = f.name.isEmpty() ? tr("Fulcio extension")
                                      : tr("Fulcio: %1").arg(f.name);
            e.value = f.value;
            break;
        }
        // OpenSSL indents multi-line values; people read them better flush left.
        QStringList lines = e.value.split(QLatin1Char('\n'));
        for (QString &line : lines)
            line = line.trimmed();
        e.value = lines.join(QLatin1Char('\n'));
    }
    return out;
}

void CertificateExtensionsModel::setCertificate(const CertificatePtr &certificate)
{
    beginResetModel();
    m_extensions = certificate ? decodedExtensions(*certificate) : QList<CertificateExtension>();
    endResetModel();
}

int CertificateExtensionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_extensions.size());
}

int CertificateExtensionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CertificateExtensionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CertificateExtension &e = m_extensions.at(index.row());
    if (role == Qt::FontRole && index.column() == OidColumn)
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (role == Qt::ToolTipRole && index.column() == NameColumn)
        return e.oid;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn: return e.name;
    case CriticalColumn: return e.critical ? tr("Critical") : tr("Not critical");
    case ValueColumn: return e.value;
    case OidColumn: return e.oid;
    }
    return {};
}

QVariant CertificateExtensionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Extension");
    case CriticalColumn: return tr("Critical");
    case ValueColumn: return tr("Value");
    case OidColumn: return tr("OID");
    }
    return {};
}

} // namespace hallmark::ui
