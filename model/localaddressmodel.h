#pragma once

#include "model/flattablemodel.h"
#include "network/localaddresses.h"

#include <iterator>

// This machine's addresses, interface by interface: what a classmate types to reach a server
// running here (exercise 4 starts with it).
class LocalAddressModel : public FlatTableModel
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
    // The header's titles, in the order of Column.
    static constexpr ColumnTitle kColumnTitles[] = {
        QT_TRANSLATE_NOOP3("LocalAddressModel", "Interface", ""),
        QT_TRANSLATE_NOOP3("LocalAddressModel", "Address", ""),
        QT_TRANSLATE_NOOP3("LocalAddressModel", "Family", ""),
        QT_TRANSLATE_NOOP3("LocalAddressModel", "State", ""),
    };
    static_assert(std::size(kColumnTitles) == ColumnCount, "one title per column");

    enum Role {
        AddressRole = Qt::UserRole // the address alone, as text
    };

    explicit LocalAddressModel(QObject *parent = nullptr);

    void setAddresses(const QList<LocalAddress> &addresses);

private:
    qsizetype rowTotal() const override;
    QVariant cellData(int rowIndex, int column, int role) const override;
    QList<LocalAddress> m_addresses;
};
