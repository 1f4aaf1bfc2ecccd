#pragma once

#include "model/flattablemodel.h"
#include "network/portchecker.h"

#include <QList>

#include <iterator>

// The results of one port check, one row per port, kept in port order as they arrive.
class PortCheckModel : public FlatTableModel
{
    Q_OBJECT
public:
    enum Column {
        PortColumn,
        StatusColumn,
        TimeColumn,
        CauseColumn,
        ColumnCount
    };
    // The header's titles, in the order of Column.
    static constexpr ColumnTitle kColumnTitles[] = {
        QT_TRANSLATE_NOOP3("PortCheckModel", "Port", ""),
        QT_TRANSLATE_NOOP3("PortCheckModel", "Result", ""),
        QT_TRANSLATE_NOOP3("PortCheckModel", "Time (ms)", ""),
        QT_TRANSLATE_NOOP3("PortCheckModel", "Why", ""),
    };
    static_assert(std::size(kColumnTitles) == ColumnCount, "one title per column");

    enum Role {
        RawValueRole = Qt::UserRole,
        StatusRole
    };

    explicit PortCheckModel(QObject *parent = nullptr);

    void clear();
    void addResult(const PortCheckResult &result);

    // "open", "closed", "filtered", "open or filtered" (translated).
    static QString statusText(PortStatus status);
    int count(PortStatus status) const;

private:
    qsizetype rowTotal() const override;
    QVariant cellData(int rowIndex, int column, int role) const override;
    QString causeText(const PortCheckResult &result) const;

    QList<PortCheckResult> m_results;
};
