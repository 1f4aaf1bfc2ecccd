#include "network/kernelsockettable.h"

// Windows: the IP Helper's owner tables (what `netstat -ano` reads), IPv4 and IPv6, with the
// owning process's executable name from a Toolhelp snapshot (as `netstat -b` shows it).

#include <QHash>
#include <QtEndian>

#include <vector>

#include <winsock2.h>
#include <ws2tcpip.h>
#include <windows.h>
#include <iphlpapi.h>
#include <tlhelp32.h>

namespace {

// Asks twice at most: the table can grow between the size query and the read.
template<typename Getter>
std::vector<char> ownerTable(Getter get)
{
    std::vector<char> buffer(16384);
    for (int attempt = 0; attempt < 4; ++attempt) {
        DWORD size = DWORD(buffer.size());
        const DWORD result = get(buffer.data(), &size);
        if (result == NO_ERROR)
            return buffer;
        if (result != ERROR_INSUFFICIENT_BUFFER)
            return {};
        buffer.resize(size + 4096);
    }
    return {};
}

QHostAddress ipv4(DWORD networkOrder)
{
    return QHostAddress(qFromBigEndian<quint32>(reinterpret_cast<const uchar *>(&networkOrder)));
}

quint16 port(DWORD networkOrder)
{
    return qFromBigEndian<quint16>(reinterpret_cast<const uchar *>(&networkOrder));
}

qint64 owner(DWORD pid)
{
    return pid == 0 ? -1 : qint64(pid); // 0: the system holds it (TIME-WAIT), or Wine's host
}

void appendTcp4(QList<KernelSocket> &out)
{
    const std::vector<char> data = ownerTable([](void *buffer, DWORD *size) {
        return ::GetExtendedTcpTable(buffer, size, FALSE, AF_INET, TCP_TABLE_OWNER_PID_ALL, 0);
    });
    if (data.empty())
        return;
    const auto *table = reinterpret_cast<const MIB_TCPTABLE_OWNER_PID *>(data.data());
    for (DWORD i = 0; i < table->dwNumEntries; ++i) {
        const MIB_TCPROW_OWNER_PID &row = table->table[i];
        KernelSocket socket;
        socket.transport = Transport::Tcp;
        socket.local = Endpoint(ipv4(row.dwLocalAddr), port(row.dwLocalPort));
        socket.remote = Endpoint(ipv4(row.dwRemoteAddr), port(row.dwRemotePort));
        socket.state = KernelSocketTable::stateFromWindowsCode(int(row.dwState));
        socket.pid = owner(row.dwOwningPid);
        out.append(socket);
    }
}

void appendTcp6(QList<KernelSocket> &out)
{
    const std::vector<char> data = ownerTable([](void *buffer, DWORD *size) {
        return ::GetExtendedTcpTable(buffer, size, FALSE, AF_INET6, TCP_TABLE_OWNER_PID_ALL, 0);
    });
    if (data.empty())
        return;
    const auto *table = reinterpret_cast<const MIB_TCP6TABLE_OWNER_PID *>(data.data());
    for (DWORD i = 0; i < table->dwNumEntries; ++i) {
        const MIB_TCP6ROW_OWNER_PID &row = table->table[i];
        KernelSocket socket;
        socket.transport = Transport::Tcp;
        socket.local = Endpoint(QHostAddress(row.ucLocalAddr), port(row.dwLocalPort));
        socket.remote = Endpoint(QHostAddress(row.ucRemoteAddr), port(row.dwRemotePort));
        socket.state = KernelSocketTable::stateFromWindowsCode(int(row.dwState));
        socket.pid = owner(row.dwOwningPid);
        out.append(socket);
    }
}

// Windows does not say whether a UDP socket is connected: every one shows as bound.
void appendUdp4(QList<KernelSocket> &out)
{
    const std::vector<char> data = ownerTable([](void *buffer, DWORD *size) {
        return ::GetExtendedUdpTable(buffer, size, FALSE, AF_INET, UDP_TABLE_OWNER_PID, 0);
    });
    if (data.empty())
        return;
    const auto *table = reinterpret_cast<const MIB_UDPTABLE_OWNER_PID *>(data.data());
    for (DWORD i = 0; i < table->dwNumEntries; ++i) {
        const MIB_UDPROW_OWNER_PID &row = table->table[i];
        KernelSocket socket;
        socket.transport = Transport::Udp;
        socket.local = Endpoint(ipv4(row.dwLocalAddr), port(row.dwLocalPort));
        socket.remote = Endpoint(QHostAddress(QHostAddress::AnyIPv4), 0);
        socket.state = KernelSocketState::UdpUnconnected;
        socket.pid = owner(row.dwOwningPid);
        out.append(socket);
    }
}

void appendUdp6(QList<KernelSocket> &out)
{
    const std::vector<char> data = ownerTable([](void *buffer, DWORD *size) {
        return ::GetExtendedUdpTable(buffer, size, FALSE, AF_INET6, UDP_TABLE_OWNER_PID, 0);
    });
    if (data.empty())
        return;
    const auto *table = reinterpret_cast<const MIB_UDP6TABLE_OWNER_PID *>(data.data());
    for (DWORD i = 0; i < table->dwNumEntries; ++i) {
        const MIB_UDP6ROW_OWNER_PID &row = table->table[i];
        KernelSocket socket;
        socket.transport = Transport::Udp;
        socket.local = Endpoint(QHostAddress(row.ucLocalAddr), port(row.dwLocalPort));
        socket.remote = Endpoint(QHostAddress(QHostAddress::AnyIPv6), 0);
        socket.state = KernelSocketState::UdpUnconnected;
        socket.pid = owner(row.dwOwningPid);
        out.append(socket);
    }
}

// Every running process's executable name ("python.exe"), by pid.
QHash<qint64, QString> processNames()
{
    QHash<qint64, QString> names;
    const HANDLE snapshot = ::CreateToolhelp32Snapshot(TH32CS_SNAPPROCESS, 0);
    if (snapshot == INVALID_HANDLE_VALUE)
        return names;
    PROCESSENTRY32W entry {};
    entry.dwSize = sizeof entry;
    for (BOOL more = ::Process32FirstW(snapshot, &entry); more; more = ::Process32NextW(snapshot, &entry))
        names.insert(qint64(entry.th32ProcessID), QString::fromWCharArray(entry.szExeFile));
    ::CloseHandle(snapshot);
    return names;
}

} // namespace

bool KernelSocketTable::isAvailable()
{
    DWORD size = 0;
    const DWORD result = ::GetExtendedTcpTable(nullptr, &size, FALSE, AF_INET, TCP_TABLE_OWNER_PID_ALL, 0);
    return result == ERROR_INSUFFICIENT_BUFFER || result == NO_ERROR;
}

QList<KernelSocket> KernelSocketTable::read(quint16 port, ReadOptions options)
{
    QList<KernelSocket> sockets;
    appendTcp4(sockets);
    appendTcp6(sockets);
    appendUdp4(sockets);
    appendUdp6(sockets);
    keepOnlyPort(sockets, port);
    if (options & SkipOwners) {
        for (KernelSocket &socket : sockets)
            socket.pid = -1;
        return sockets;
    }
    const QHash<qint64, QString> names = processNames();
    for (KernelSocket &socket : sockets)
        socket.process = names.value(socket.pid);
    return sockets;
}
