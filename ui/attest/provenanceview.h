#pragma once

#include "attest/provenance.h"

#include <QWidget>

class QLabel;
class QTabWidget;
class QTableWidget;

namespace hallmark::ui {

class FieldTreeView;

// SLSA provenance (v0.2 or v1, in v1's words): who built it, how, when,
// from what, and which required fields are missing.
class ProvenanceView : public QWidget
{
    Q_OBJECT

public:
    enum Field { Version, Builder, BuildType, Invocation, Started, Finished, Duration, FieldCount };

    explicit ProvenanceView(QWidget *parent = nullptr);

    void setProvenance(const attest::SlsaProvenance &provenance);
    void clear();

    QString fieldText(Field field) const;
    QLabel *problemsLabel() const { return m_problems; }
    FieldTreeView *externalParametersTree() const { return m_external; }
    FieldTreeView *internalParametersTree() const { return m_internal; }
    FieldTreeView *configSourceTree() const { return m_config; }
    QTabWidget *parameterTabs() const { return m_tabs; }
    QTableWidget *materialsTable() const { return m_materials; }

Q_SIGNALS:
    void conditionRequested(const QString &expression);

private:
    QLabel *m_fields[FieldCount];
    QLabel *m_problems;
    QTabWidget *m_tabs;
    FieldTreeView *m_external;
    FieldTreeView *m_internal;
    FieldTreeView *m_config;
    QTableWidget *m_materials;
};

// "2024-05-01T10:00:00Z (local time: …)": as written, then in local time.
QString timeText(const QString &written, const QDateTime &parsed);
QString durationText(qint64 seconds);

} // namespace hallmark::ui
