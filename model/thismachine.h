#pragma once

#include <QHostAddress>
#include <QList>

// Which addresses are this machine's, to tell a classmate's machine (exercise 4) from a
// client on this one. Loopback is always this machine; the rest is given by app/ (the
// addresses of the interfaces), so that tests can pretend an address of theirs is another host.
class ThisMachine
{
public:
    void setAddresses(const QList<QHostAddress> &addresses) { m_addresses = addresses; }
    QList<QHostAddress> addresses() const { return m_addresses; }

    // A real address (not 0.0.0.0, not loopback) that is none of this machine's.
    bool isAnotherMachine(const QHostAddress &address) const
    {
        if (address.isNull() || address.isLoopback() || address == QHostAddress::Any
            || address == QHostAddress::AnyIPv4 || address == QHostAddress::AnyIPv6)
            return false;
        for (const QHostAddress &own : m_addresses) {
            if (own.isEqual(address, QHostAddress::TolerantConversion))
                return false;
        }
        return true;
    }

private:
    QList<QHostAddress> m_addresses;
};
