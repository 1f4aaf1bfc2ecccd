#pragma once

#include "network/localaddresses.h"

#include <QAbstractTableModel>

// This machine's addresses, interface by interface: what a classmate types to reach a server
// running here (exercise 4 starts with it).
class LocalAddressModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        InterfaceColumn,
        AddressColumn,
        FamilyColumn,
        StateColumn,
        ColumnCount
    };
    enum Role {
        AddressRole = Qt::UserRole // the address alone, as text
    };

    explicit LocalAddressModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setAddresses(const QList<LocalAddress> &addresses);
    void retranslate();

private:
    QList<LocalAddress> m_addresses;
};
