#include "network/kernelsockettable.h"

#include <QMultiHash>
#include <QtEndian>

#include <algorithm>
#include <cstring>

QString KernelSocket::key() const
{
    return QStringLiteral("%1 %2 %3")
        .arg(transport == Transport::Tcp ? QStringLiteral("TCP") : QStringLiteral("UDP"),
             local.toString(), remote.toString());
}

bool operator==(const KernelSocket &a, const KernelSocket &b)
{
    return a.transport == b.transport && a.local == b.local && a.remote == b.remote
        && a.state == b.state && a.sendQueue == b.sendQueue && a.receiveQueue == b.receiveQueue
        && a.inode == b.inode && a.waitingInBacklog == b.waitingInBacklog && a.pid == b.pid
        && a.process == b.process;
}

KernelSocketState KernelSocketTable::stateFromLinuxCode(Transport transport, int code)
{
    // UDP sockets only know "connected" (TCP_ESTABLISHED) and "not" (TCP_CLOSE).
    if (transport == Transport::Udp) {
        switch (code) {
        case 1: return KernelSocketState::UdpConnected;
        case 7: return KernelSocketState::UdpUnconnected;
        default: return KernelSocketState::Unknown;
        }
    }
    switch (code) {
    case 1: return KernelSocketState::Established;
    case 2: return KernelSocketState::SynSent;
    case 3: return KernelSocketState::SynReceived;
    case 4: return KernelSocketState::FinWait1;
    case 5: return KernelSocketState::FinWait2;
    case 6: return KernelSocketState::TimeWait;
    case 7: return KernelSocketState::Closed;
    case 8: return KernelSocketState::CloseWait;
    case 9: return KernelSocketState::LastAck;
    case 10: return KernelSocketState::Listen;
    case 11: return KernelSocketState::Closing;
    case 12: return KernelSocketState::SynReceived; // TCP_NEW_SYN_RECV: a request sock, shown as SYN-RECV
    default: return KernelSocketState::Unknown;
    }
}

KernelSocketState KernelSocketTable::stateFromWindowsCode(int code)
{
    switch (code) {
    case 1: return KernelSocketState::Closed;
    case 2: return KernelSocketState::Listen;
    case 3: return KernelSocketState::SynSent;
    case 4: return KernelSocketState::SynReceived;
    case 5: return KernelSocketState::Established;
    case 6: return KernelSocketState::FinWait1;
    case 7: return KernelSocketState::FinWait2;
    case 8: return KernelSocketState::CloseWait;
    case 9: return KernelSocketState::Closing;
    case 10: return KernelSocketState::LastAck;
    case 11: return KernelSocketState::TimeWait;
    case 12: return KernelSocketState::Closed; // DELETE_TCB: being removed
    default: return KernelSocketState::Unknown;
    }
}

namespace {

// "0100007F:FF98" (IPv4) or 32 hex digits ":" port (IPv6). The kernel prints each 32-bit word
// of the address with %08X as it sits in memory, so the word's bytes are in host order.
bool parseHexEndpoint(const QByteArray &text, bool ipv6, Endpoint *endpoint)
{
    const int colon = text.indexOf(':');
    const int hexDigits = ipv6 ? 32 : 8;
    if (colon != hexDigits || text.size() != colon + 5)
        return false;
    bool ok = false;
    const quint16 port = quint16(text.mid(colon + 1).toUInt(&ok, 16));
    if (!ok)
        return false;
    quint8 bytes[16];
    for (int word = 0; word < hexDigits / 8; ++word) {
        const quint32 value = text.mid(word * 8, 8).toUInt(&ok, 16);
        if (!ok)
            return false;
        std::memcpy(bytes + word * 4, &value, 4);
    }
    const QHostAddress address = ipv6 ? QHostAddress(bytes) : QHostAddress(qFromBigEndian<quint32>(bytes));
    *endpoint = Endpoint(address, port);
    return true;
}

bool isWildcard(const QHostAddress &address)
{
    return address == QHostAddress(QHostAddress::AnyIPv4) || address == QHostAddress(QHostAddress::AnyIPv6);
}

} // namespace

// Connections the kernel finished on a listening port that no accept() has claimed: they have
// no inode yet (inode 0 otherwise means TIME-WAIT, SYN-RECV or a socket its program closed,
// and none of those is ESTABLISHED or CLOSE-WAIT).
void KernelSocketTable::markWaitingInBacklog(QList<KernelSocket> &sockets)
{
    QMultiHash<quint16, QHostAddress> listening;
    for (const KernelSocket &socket : sockets) {
        if (socket.transport == Transport::Tcp && socket.state == KernelSocketState::Listen)
            listening.insert(socket.local.port, socket.local.address);
    }
    if (listening.isEmpty())
        return;
    for (KernelSocket &socket : sockets) {
        if (socket.transport != Transport::Tcp || socket.inode != 0
            || (socket.state != KernelSocketState::Established && socket.state != KernelSocketState::CloseWait))
            continue;
        for (auto it = listening.constFind(socket.local.port);
             it != listening.constEnd() && it.key() == socket.local.port; ++it) {
            if (isWildcard(it.value()) || it.value() == socket.local.address) {
                socket.waitingInBacklog = true;
                break;
            }
        }
    }
}

void KernelSocketTable::keepOnlyPort(QList<KernelSocket> &sockets, quint16 port)
{
    if (port == 0)
        return;
    sockets.erase(std::remove_if(sockets.begin(), sockets.end(),
                                 [port](const KernelSocket &socket) {
                                     return socket.local.port != port && socket.remote.port != port;
                                 }),
                  sockets.end());
}

QList<KernelSocket> KernelSocketTable::parse(const QByteArray &procNetFile, Transport transport, bool ipv6)
{
    // "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode ..."
    //  0    1             2             3  4                 5           6          7    8        9
    QList<KernelSocket> sockets;
    for (const QByteArray &line : procNetFile.split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 10 || !fields.at(0).endsWith(':'))
            continue; // the header line, or a blank one
        KernelSocket socket;
        socket.transport = transport;
        if (!parseHexEndpoint(fields.at(1), ipv6, &socket.local) || !parseHexEndpoint(fields.at(2), ipv6, &socket.remote))
            continue;
        bool ok = false;
        const int code = fields.at(3).toInt(&ok, 16);
        if (!ok)
            continue;
        socket.state = stateFromLinuxCode(transport, code);
        const QList<QByteArray> queues = fields.at(4).split(':');
        if (queues.size() != 2)
            continue;
        socket.sendQueue = queues.at(0).toUInt(&ok, 16);
        if (!ok)
            continue;
        socket.receiveQueue = queues.at(1).toUInt(&ok, 16);
        if (!ok)
            continue;
        socket.inode = fields.at(9).toULongLong(&ok);
        if (!ok)
            continue;
        sockets.append(socket);
    }
    return sockets;
}
