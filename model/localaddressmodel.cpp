#include "model/localaddressmodel.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

LocalAddressModel::LocalAddressModel(QObject *parent)
    : FlatTableModel(kColumnTitles, parent)
{
}

qsizetype LocalAddressModel::rowTotal() const
{
    return m_addresses.size();
}

QVariant LocalAddressModel::cellData(int rowIndex, int column, int role) const
{
    const LocalAddress &local = m_addresses.at(rowIndex);
    QHostAddress plain = local.address;
    plain.setScopeId(QString());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(column)) {
        case InterfaceColumn: return local.interfaceName;
        case AddressColumn: return plain.toString();
        case FamilyColumn:
            return local.address.protocol() == QAbstractSocket::IPv4Protocol ? QStringLiteral("IPv4") : QStringLiteral("IPv6");
        case StateColumn:
            if (!local.isUp)
                return tr("down");
            if (local.isLoopback)
                return tr("up · this machine only (loopback)");
            if (local.address.isLinkLocal())
                return tr("up · link-local (this network segment)");
            return tr("up · reachable from the network");
        case ColumnCount: break;
        }
        return {};
    case Qt::ForegroundRole:
        if (!local.isUp)
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    case Qt::FontRole:
        if (column == AddressColumn && local.isUp && !local.isLoopback && !local.address.isLinkLocal()) {
            QFont font;
            font.setBold(true); // the ones a classmate can use
            return font;
        }
        return {};
    case AddressRole:
        return plain.toString();
    default:
        return {};
    }
}

void LocalAddressModel::setAddresses(const QList<LocalAddress> &addresses)
{
    beginResetModel();
    m_addresses = addresses;
    endResetModel();
}
