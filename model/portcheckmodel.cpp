#include "model/portcheckmodel.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

PortCheckModel::PortCheckModel(QObject *parent)
    : FlatTableModel(kColumnTitles, parent)
{
}

qsizetype PortCheckModel::rowTotal() const
{
    return m_results.size();
}

QString PortCheckModel::statusText(PortStatus status)
{
    switch (status) {
    case PortStatus::Open: return tr("open");
    case PortStatus::Closed: return tr("closed");
    case PortStatus::Filtered: return tr("filtered");
    case PortStatus::OpenOrFiltered: return tr("open or filtered");
    }
    return {};
}

QString PortCheckModel::causeText(const PortCheckResult &result) const
{
    switch (result.error) {
    case LabError::None:
        return tr("it answered");
    case LabError::ConnectionRefused:
        return tr("refused (RST): nothing listens there");
    case LabError::PortUnreachable:
        return tr("ICMP port unreachable: nothing listens there");
    case LabError::Timeout:
        return result.status == PortStatus::OpenOrFiltered
            ? tr("no answer: UDP cannot tell an open port that stays silent from a firewall")
            : tr("no answer in time: a firewall drops the packets, or the machine is not there");
    case LabError::NetworkUnreachable:
        return tr("network unreachable");
    case LabError::PermissionDenied:
        return tr("not permitted here");
    default:
        return {};
    }
}

QVariant PortCheckModel::cellData(int rowIndex, int column, int role) const
{
    const PortCheckResult &result = m_results.at(rowIndex);
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(column)) {
        case PortColumn: return result.port;
        case StatusColumn: return statusText(result.status);
        case TimeColumn: return result.elapsedMs;
        case CauseColumn: return causeText(result);
        case ColumnCount: break;
        }
        return {};
    case Qt::ForegroundRole:
        if (column != StatusColumn)
            return {};
        switch (result.status) {
        case PortStatus::Open: return QBrush(QColor(0x2e, 0x7d, 0x32));
        case PortStatus::Closed: return QBrush(QColor(0xc6, 0x28, 0x28));
        default: return QBrush(QColor(0x8d, 0x6e, 0x63));
        }
    case Qt::TextAlignmentRole:
        return column == PortColumn || column == TimeColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                             : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case RawValueRole:
        switch (Column(column)) {
        case PortColumn: return result.port;
        case StatusColumn: return int(result.status);
        case TimeColumn: return result.elapsedMs;
        default: return cellData(rowIndex, column, Qt::DisplayRole);
        }
    case StatusRole:
        return int(result.status);
    default:
        return {};
    }
}

void PortCheckModel::clear()
{
    beginResetModel();
    m_results.clear();
    endResetModel();
}

void PortCheckModel::addResult(const PortCheckResult &result)
{
    const auto at = std::lower_bound(m_results.cbegin(), m_results.cend(), result.port,
                                     [](const PortCheckResult &r, quint16 port) { return r.port < port; });
    const int row = int(at - m_results.cbegin());
    beginInsertRows({}, row, row);
    m_results.insert(row, result);
    endInsertRows();
}

int PortCheckModel::count(PortStatus status) const
{
    return int(std::count_if(m_results.cbegin(), m_results.cend(),
                             [status](const PortCheckResult &r) { return r.status == status; }));
}
