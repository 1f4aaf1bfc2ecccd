#pragma once

#include "network/portchecker.h"

#include <QAbstractTableModel>
#include <QList>

// The results of one port check, one row per port, kept in port order as they arrive.
class PortCheckModel : public QAbstractTableModel
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
    enum Role {
        RawValueRole = Qt::UserRole,
        StatusRole
    };

    explicit PortCheckModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void clear();
    void addResult(const PortCheckResult &result);
    void retranslate();

    // "open", "closed", "filtered", "open or filtered" (translated).
    static QString statusText(PortStatus status);
    int count(PortStatus status) const;

private:
    QString causeText(const PortCheckResult &result) const;

    QList<PortCheckResult> m_results;
};
