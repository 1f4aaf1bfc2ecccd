#include "network/kernelsockettable.h"
#include "network/socketstatepoller.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QScopeGuard>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <algorithm>
#include <QThread>
#include <QUdpSocket>
#include <QtEndian>

#ifdef Q_OS_LINUX
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace {

// Copied from this machine's /proc/net/* (Linux 6.18, x86-64) while a Python script held:
// a listener on 127.0.0.1:65432 with one connection accepted (5 bytes unread), one in
// TIME-WAIT and one waiting in the backlog; a dual-stack listener on [::]:65433 with an IPv4
// client (mapped addresses) and an IPv6 one; a bound UDP socket and a connected UDP6 one.
const char kProcNetTcp[] =
    "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode                                                     \n"
    "   1: 0100007F:FF98 00000000:0000 0A 00000000:00000001 00:00000000 00000000     0        0 116216 2 0000000068865477 100 0 0 10 0                    \n"
    "   2: 0100007F:FF98 0100007F:D9BC 01 00000000:00000005 00:00000000 00000000     0        0 116218 1 000000004ca70ecc 20 4 30 10 -1                   \n"
    "   3: 0100007F:D9BC 0100007F:FF98 01 00000000:00000000 00:00000000 00000000     0        0 116217 2 000000005b9ce13e 20 0 0 11 -1                    \n"
    "   4: 0100007F:D9BE 0100007F:FF98 06 00000000:00000000 03:0000175B 00000000     0        0 0 3 0000000044adf2fe                                      \n"
    "   7: 0100007F:FF98 0100007F:D9CE 01 00000000:00000000 00:00000000 00000000     0        0 0 1 000000008ada689d 20 0 0 10 -1                         \n";

const char kProcNetTcp6[] =
    "  sl  local_address                         remote_address                        st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n"
    "   0: 00000000000000000000000000000000:FF99 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 116222 1 00000000bdc543f5 100 0 0 10 0\n"
    "   1: 0000000000000000FFFF00000100007F:FF99 0000000000000000FFFF00000100007F:9688 01 00000000:00000000 00:00000000 00000000     0        0 116224 1 000000004f2f3ea8 20 0 0 10 -1\n"
    "   2: 00000000000000000000000001000000:BCE8 00000000000000000000000001000000:FF99 01 00000000:00000000 00:00000000 00000000     0        0 116225 2 00000000db0dd71b 20 0 0 10 -1\n";

const char kProcNetUdp[] =
    "   sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode ref pointer drops            \n"
    " 4337: 0100007F:8656 00000000:0000 07 00000000:00000000 00:00000000 00000000     0        0 116227 2 00000000b937864c 0        \n";

const char kProcNetUdp6[] =
    "  sl  local_address                         remote_address                        st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode ref pointer drops\n"
    " 2716: 00000000000000000000000001000000:C001 00000000000000000000000001000000:0009 01 00000000:00000000 00:00000000 00000000     0        0 116228 2 00000000024010c7 0\n";

const QHostAddress kLoopback(QHostAddress::LocalHost);
const QHostAddress kLoopback6(QHostAddress::LocalHostIPv6);

Endpoint ep(const char *address, quint16 port)
{
    return Endpoint(QHostAddress(QString::fromLatin1(address)), port);
}

// /proc/<pid>/comm keeps 15 characters of the executable's name.
const QString kOwnProcess = QStringLiteral("tst_kernelsocke");

const KernelSocket *find(const QList<KernelSocket> &sockets, Transport transport, const Endpoint &local,
                         const Endpoint &remote)
{
    for (const KernelSocket &socket : sockets) {
        if (socket.transport == transport && socket.local == local && socket.remote == remote)
            return &socket;
    }
    return nullptr;
}

// The row's state, or Unknown when there is no such row.
KernelSocketState stateOf(const QList<KernelSocket> &sockets, const Endpoint &local, const Endpoint &remote)
{
    const KernelSocket *socket = find(sockets, Transport::Tcp, local, remote);
    return socket ? socket->state : KernelSocketState::Unknown;
}

quint32 receiveQueueOf(const QList<KernelSocket> &sockets, Transport transport, const Endpoint &local,
                       const Endpoint &remote)
{
    const KernelSocket *socket = find(sockets, transport, local, remote);
    return socket ? socket->receiveQueue : 0;
}

QList<KernelSocket> withState(const QList<KernelSocket> &sockets, KernelSocketState state)
{
    QList<KernelSocket> result;
    for (const KernelSocket &socket : sockets) {
        if (socket.state == state)
            result.append(socket);
    }
    return result;
}

// An earlier test's connection may linger in TIME-WAIT (no owner) with the port the kernel
// now hands out again as one of its ends: not part of what a test made.
QList<KernelSocket> withoutLingering(QList<KernelSocket> sockets)
{
    sockets.erase(std::remove_if(sockets.begin(), sockets.end(), [](const KernelSocket &socket) {
                      return socket.state == KernelSocketState::TimeWait && socket.pid < 0;
                  }),
                  sockets.end());
    return sockets;
}

QString describe(const QList<KernelSocket> &sockets)
{
    QStringList lines;
    for (const KernelSocket &socket : sockets)
        lines << QStringLiteral("%1 %2 rq=%3 sq=%4 inode=%5 waiting=%6 pid=%7 %8")
                     .arg(socket.key(), kernelSocketStateName(socket.state))
                     .arg(socket.receiveQueue)
                     .arg(socket.sendQueue)
                     .arg(socket.inode)
                     .arg(socket.waitingInBacklog)
                     .arg(socket.pid)
                     .arg(socket.process);
    return lines.join(QLatin1Char('\n'));
}

bool littleEndian()
{
    return QSysInfo::ByteOrder == QSysInfo::LittleEndian;
}

} // namespace

class tst_KernelSocketTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void parseTcp();
    void parseTcp6();
    void parseUdp();
    void parseSkipsGarbage();
    void stateNames();
    void keyIsTransportAndEndpoints();

    void listeningSocket();
    void connectedPair();
    void timeWaitOnTheSideThatClosedFirst();
    void backlog();
    void udpSockets();
    void ipv6AndMappedAddresses();
    void portFilter();
    void pollerSendsSnapshotsAcrossThreads();
};

void tst_KernelSocketTable::initTestCase()
{
    if (!KernelSocketTable::isAvailable())
        QSKIP("No /proc/net/tcp: the kernel socket table is Linux only");
}

void tst_KernelSocketTable::parseTcp()
{
    if (!littleEndian())
        QSKIP("The fixed text was printed by a little-endian kernel");
    const QList<KernelSocket> sockets = KernelSocketTable::parse(kProcNetTcp, Transport::Tcp, false);
    QCOMPARE(sockets.size(), 5);

    const KernelSocket &listen = sockets.at(0);
    QCOMPARE(listen.transport, Transport::Tcp);
    QCOMPARE(listen.local, ep("127.0.0.1", 65432));
    QCOMPARE(listen.local.toString(), QStringLiteral("127.0.0.1:65432"));
    QCOMPARE(listen.remote, ep("0.0.0.0", 0));
    QCOMPARE(listen.state, KernelSocketState::Listen);
    QCOMPARE(listen.receiveQueue, 1u); // one connection waiting for accept()
    QCOMPARE(listen.sendQueue, 0u);    // /proc does not print the backlog limit
    QCOMPARE(listen.inode, 116216u);
    QCOMPARE(listen.waitingInBacklog, false);
    QCOMPARE(listen.pid, -1);
    QVERIFY(listen.process.isEmpty());

    const KernelSocket &server = sockets.at(1);
    QCOMPARE(server.local, ep("127.0.0.1", 65432));
    QCOMPARE(server.remote, ep("127.0.0.1", 55740));
    QCOMPARE(server.state, KernelSocketState::Established);
    QCOMPARE(server.receiveQueue, 5u); // "hello", not read yet
    QCOMPARE(server.sendQueue, 0u);
    QCOMPARE(server.inode, 116218u);

    const KernelSocket &client = sockets.at(2);
    QCOMPARE(client.local, ep("127.0.0.1", 55740));
    QCOMPARE(client.remote, ep("127.0.0.1", 65432));
    QCOMPARE(client.state, KernelSocketState::Established);
    QCOMPARE(client.inode, 116217u);

    const KernelSocket &timeWait = sockets.at(3);
    QCOMPARE(timeWait.local, ep("127.0.0.1", 55742));
    QCOMPARE(timeWait.remote, ep("127.0.0.1", 65432));
    QCOMPARE(timeWait.state, KernelSocketState::TimeWait);
    QCOMPARE(timeWait.inode, 0u);

    const KernelSocket &notAccepted = sockets.at(4);
    QCOMPARE(notAccepted.local, ep("127.0.0.1", 65432));
    QCOMPARE(notAccepted.remote, ep("127.0.0.1", 55758));
    QCOMPARE(notAccepted.state, KernelSocketState::Established);
    QCOMPARE(notAccepted.inode, 0u);
    QCOMPARE(notAccepted.waitingInBacklog, false); // parse() sees one file: read() marks these
}

void tst_KernelSocketTable::parseTcp6()
{
    if (!littleEndian())
        QSKIP("The fixed text was printed by a little-endian kernel");
    const QList<KernelSocket> sockets = KernelSocketTable::parse(kProcNetTcp6, Transport::Tcp, true);
    QCOMPARE(sockets.size(), 3);

    QCOMPARE(sockets.at(0).local, ep("::", 65433));
    QCOMPARE(sockets.at(0).local.toString(), QStringLiteral("[::]:65433"));
    QCOMPARE(sockets.at(0).remote, ep("::", 0));
    QCOMPARE(sockets.at(0).remote.toString(), QStringLiteral("[::]:0"));
    QCOMPARE(sockets.at(0).state, KernelSocketState::Listen);
    QCOMPARE(sockets.at(0).inode, 116222u);

    // ::ffff:127.0.0.1 on a dual-stack socket comes out as the IPv4 address.
    const KernelSocket &mapped = sockets.at(1);
    QCOMPARE(mapped.local.address.protocol(), QAbstractSocket::IPv4Protocol);
    QCOMPARE(mapped.local.toString(), QStringLiteral("127.0.0.1:65433"));
    QCOMPARE(mapped.remote.toString(), QStringLiteral("127.0.0.1:38536"));
    QCOMPARE(mapped.state, KernelSocketState::Established);
    QCOMPARE(mapped.inode, 116224u);

    const KernelSocket &v6 = sockets.at(2);
    QCOMPARE(v6.local, ep("::1", 48360));
    QCOMPARE(v6.local.toString(), QStringLiteral("[::1]:48360"));
    QCOMPARE(v6.remote, ep("::1", 65433));
    QCOMPARE(v6.state, KernelSocketState::Established);
    QCOMPARE(v6.inode, 116225u);
}

void tst_KernelSocketTable::parseUdp()
{
    if (!littleEndian())
        QSKIP("The fixed text was printed by a little-endian kernel");
    const QList<KernelSocket> udp = KernelSocketTable::parse(kProcNetUdp, Transport::Udp, false);
    QCOMPARE(udp.size(), 1);
    QCOMPARE(udp.at(0).transport, Transport::Udp);
    QCOMPARE(udp.at(0).local, ep("127.0.0.1", 34390));
    QCOMPARE(udp.at(0).remote, ep("0.0.0.0", 0));
    QCOMPARE(udp.at(0).state, KernelSocketState::UdpUnconnected);
    QCOMPARE(udp.at(0).inode, 116227u);

    const QList<KernelSocket> udp6 = KernelSocketTable::parse(kProcNetUdp6, Transport::Udp, true);
    QCOMPARE(udp6.size(), 1);
    QCOMPARE(udp6.at(0).local, ep("::1", 49153));
    QCOMPARE(udp6.at(0).remote, ep("::1", 9));
    QCOMPARE(udp6.at(0).state, KernelSocketState::UdpConnected);
    QCOMPARE(udp6.at(0).inode, 116228u);
}

void tst_KernelSocketTable::parseSkipsGarbage()
{
    QVERIFY(KernelSocketTable::parse(QByteArray(), Transport::Tcp, false).isEmpty());
    const QByteArray text = QByteArray(kProcNetTcp).left(int(sizeof kProcNetTcp) - 1)
        + "   8: 0100007F:FF98 0100007F:D9CE 01 00000000:00000000\n"                        // cut short
        + "   9: 0100007F:FF9 0100007F:D9CE 01 00000000:00000000 00:00000000 00000000 0 0 5\n" // bad port
        + "  10: 0100007F:FF98 0100007F:D9CE ZZ 00000000:00000000 00:00000000 00000000 0 0 5\n"
        + "  11: 0100007F:FF98 0100007F:D9CE 01 00000000 00:00000000 00000000 0 0 5\n" // no rx_queue
        + "\n";
    QCOMPARE(KernelSocketTable::parse(text, Transport::Tcp, false).size(), 5);
    // IPv6 text read as IPv4 (or the reverse) yields nothing rather than wrong addresses.
    QVERIFY(KernelSocketTable::parse(kProcNetTcp6, Transport::Tcp, false).isEmpty());
    QVERIFY(KernelSocketTable::parse(kProcNetTcp, Transport::Tcp, true).isEmpty());
}

void tst_KernelSocketTable::stateNames()
{
    const QStringList tcp { QStringLiteral("ESTABLISHED"), QStringLiteral("SYN-SENT"), QStringLiteral("SYN-RECV"),
                            QStringLiteral("FIN-WAIT-1"), QStringLiteral("FIN-WAIT-2"), QStringLiteral("TIME-WAIT"),
                            QStringLiteral("CLOSED"), QStringLiteral("CLOSE-WAIT"), QStringLiteral("LAST-ACK"),
                            QStringLiteral("LISTEN"), QStringLiteral("CLOSING") };
    for (int code = 1; code <= 11; ++code)
        QCOMPARE(kernelSocketStateName(KernelSocketTable::stateFromLinuxCode(Transport::Tcp, code)), tcp.at(code - 1));
    QCOMPARE(kernelSocketStateName(KernelSocketTable::stateFromLinuxCode(Transport::Tcp, 0)), QStringLiteral("UNKNOWN"));
    QCOMPARE(kernelSocketStateName(KernelSocketTable::stateFromLinuxCode(Transport::Udp, 7)), QStringLiteral("UNCONN"));
    QCOMPARE(kernelSocketStateName(KernelSocketTable::stateFromLinuxCode(Transport::Udp, 1)), QStringLiteral("ESTAB"));
    QCOMPARE(KernelSocketTable::stateFromLinuxCode(Transport::Udp, 10), KernelSocketState::Unknown);
    // Windows's MIB_TCP_STATE numbers the same states differently.
    QCOMPARE(KernelSocketTable::stateFromWindowsCode(2), KernelSocketState::Listen);
    QCOMPARE(KernelSocketTable::stateFromWindowsCode(5), KernelSocketState::Established);
    QCOMPARE(KernelSocketTable::stateFromWindowsCode(11), KernelSocketState::TimeWait);
    QCOMPARE(KernelSocketTable::stateFromWindowsCode(0), KernelSocketState::Unknown);
}

void tst_KernelSocketTable::keyIsTransportAndEndpoints()
{
    if (!littleEndian())
        QSKIP("The fixed text was printed by a little-endian kernel");
    const QList<KernelSocket> tcp = KernelSocketTable::parse(kProcNetTcp, Transport::Tcp, false);
    QCOMPARE(tcp.at(0).key(), QStringLiteral("TCP 127.0.0.1:65432 0.0.0.0:0"));
    QCOMPARE(tcp.at(1).key(), QStringLiteral("TCP 127.0.0.1:65432 127.0.0.1:55740"));
    const QList<KernelSocket> tcp6 = KernelSocketTable::parse(kProcNetTcp6, Transport::Tcp, true);
    QCOMPARE(tcp6.at(0).key(), QStringLiteral("TCP [::]:65433 [::]:0"));
    QCOMPARE(tcp6.at(2).key(), QStringLiteral("TCP [::1]:48360 [::1]:65433"));
    const QList<KernelSocket> udp = KernelSocketTable::parse(kProcNetUdp, Transport::Udp, false);
    QCOMPARE(udp.at(0).key(), QStringLiteral("UDP 127.0.0.1:34390 0.0.0.0:0"));

    // The state and queues change between polls; the key must not.
    KernelSocket later = tcp.at(1);
    later.state = KernelSocketState::CloseWait;
    later.receiveQueue = 0;
    QCOMPARE(later.key(), tcp.at(1).key());
}

void tst_KernelSocketTable::listeningSocket()
{
    QTcpServer server;
    QVERIFY(server.listen(kLoopback, 0));
    const quint16 port = server.serverPort();

    const QList<KernelSocket> sockets = withoutLingering(KernelSocketTable::read(port));
    QVERIFY2(sockets.size() == 1, qPrintable(describe(sockets)));
    const KernelSocket &listen = sockets.at(0);
    QCOMPARE(listen.transport, Transport::Tcp);
    QCOMPARE(listen.state, KernelSocketState::Listen);
    QCOMPARE(listen.local, Endpoint(kLoopback, port));
    QCOMPARE(listen.local.toString(), QStringLiteral("127.0.0.1:%1").arg(port));
    QCOMPARE(listen.remote, ep("0.0.0.0", 0));
    QCOMPARE(listen.receiveQueue, 0u);
    // What ss shows as Send-Q: the backlog QTcpServer asked for (netlink sock_diag reports it).
    QCOMPARE(listen.sendQueue, quint32(server.listenBacklogSize()));
    QVERIFY(listen.inode != 0);
    QCOMPARE(listen.waitingInBacklog, false);
    QCOMPARE(listen.pid, QCoreApplication::applicationPid());
    QCOMPARE(listen.process, kOwnProcess);

    // Without owners: the same row, pid and process left empty.
    const QList<KernelSocket> bare = withoutLingering(KernelSocketTable::read(port, KernelSocketTable::SkipOwners));
    QCOMPARE(bare.size(), 1);
    QCOMPARE(bare.at(0).inode, listen.inode);
    QCOMPARE(bare.at(0).pid, -1);
    QVERIFY(bare.at(0).process.isEmpty());

    // Asked twice (the owner is then verified from the cache): still right.
    const QList<KernelSocket> again = withoutLingering(KernelSocketTable::read(port));
    QCOMPARE(again.size(), 1);
    QCOMPARE(again.at(0).pid, QCoreApplication::applicationPid());
    QCOMPARE(again.at(0).process, kOwnProcess);
}

void tst_KernelSocketTable::connectedPair()
{
    QTcpServer server;
    QVERIFY(server.listen(kLoopback, 0));
    const quint16 port = server.serverPort();
    QTcpSocket client;
    client.connectToHost(kLoopback, port);
    QTRY_VERIFY(server.hasPendingConnections());
    QTRY_COMPARE(client.state(), QAbstractSocket::ConnectedState);
    QTcpSocket *accepted = server.nextPendingConnection();
    QVERIFY(accepted);
    const Endpoint serverSide(kLoopback, port);
    const Endpoint clientSide(kLoopback, client.localPort());

    QList<KernelSocket> sockets = withoutLingering(KernelSocketTable::read(port));
    QVERIFY2(sockets.size() == 3, qPrintable(describe(sockets)));
    QCOMPARE(withState(sockets, KernelSocketState::Listen).size(), 1);
    const QList<KernelSocket> established = withState(sockets, KernelSocketState::Established);
    QCOMPARE(established.size(), 2);

    // The same connection seen from both ends: local and remote swap.
    const KernelSocket *ofServer = find(sockets, Transport::Tcp, serverSide, clientSide);
    const KernelSocket *ofClient = find(sockets, Transport::Tcp, clientSide, serverSide);
    QVERIFY2(ofServer && ofClient, qPrintable(describe(sockets)));
    QCOMPARE(ofServer->state, KernelSocketState::Established);
    QCOMPARE(ofClient->state, KernelSocketState::Established);
    QVERIFY(ofServer->inode != 0 && ofClient->inode != 0 && ofServer->inode != ofClient->inode);
    QCOMPARE(ofServer->waitingInBacklog, false);
    QCOMPARE(ofClient->waitingInBacklog, false);
    QCOMPARE(ofServer->pid, QCoreApplication::applicationPid());
    QCOMPARE(ofClient->pid, QCoreApplication::applicationPid());
    QCOMPARE(ofClient->process, kOwnProcess);

    // Bytes the server has not read yet show in its receive queue. Without the event loop
    // the accepted QTcpSocket cannot read them into its own buffer, so they stay in the kernel.
    client.write("hello\n");
    QVERIFY(client.flush());
    QDeadlineTimer deadline(5000);
    while (receiveQueueOf(KernelSocketTable::read(port), Transport::Tcp, serverSide, clientSide) != 6u
           && !deadline.hasExpired())
        QThread::msleep(1);
    QCOMPARE(receiveQueueOf(KernelSocketTable::read(port), Transport::Tcp, serverSide, clientSide), 6u);
    // Once the program reads them, the queue is empty again.
    QTRY_COMPARE(accepted->bytesAvailable(), 6);
    QCOMPARE(receiveQueueOf(KernelSocketTable::read(port), Transport::Tcp, serverSide, clientSide), 0u);
    delete accepted;
}

void tst_KernelSocketTable::timeWaitOnTheSideThatClosedFirst()
{
    QTcpServer server;
    QVERIFY(server.listen(kLoopback, 0));
    const quint16 port = server.serverPort();
    QTcpSocket client;
    client.connectToHost(kLoopback, port);
    QTRY_VERIFY(server.hasPendingConnections());
    QTRY_COMPARE(client.state(), QAbstractSocket::ConnectedState);
    QTcpSocket *accepted = server.nextPendingConnection();
    const Endpoint serverSide(kLoopback, port);
    const Endpoint clientSide(kLoopback, client.localPort());

    // The client closes first; the server reads the end of stream and closes its side too.
    client.disconnectFromHost();
    QTRY_COMPARE(accepted->state(), QAbstractSocket::UnconnectedState);

    QTRY_COMPARE(stateOf(KernelSocketTable::read(port), clientSide, serverSide), KernelSocketState::TimeWait);

    const QList<KernelSocket> sockets = KernelSocketTable::read(port);
    const KernelSocket *timeWait = find(sockets, Transport::Tcp, clientSide, serverSide);
    QVERIFY(timeWait);
    QCOMPARE(timeWait->local.port, clientSide.port); // the client's ephemeral port, not the server's
    QCOMPARE(timeWait->inode, 0u);                   // no process holds it any more
    QCOMPARE(timeWait->pid, -1);
    QCOMPARE(timeWait->waitingInBacklog, false);

    // The server's end has gone, or is on its way (it sent its FIN last).
    const KernelSocket *ofServer = find(sockets, Transport::Tcp, serverSide, clientSide);
    if (ofServer) {
        QVERIFY2(ofServer->state == KernelSocketState::LastAck || ofServer->state == KernelSocketState::Closed
                     || ofServer->state == KernelSocketState::Closing,
                 qPrintable(kernelSocketStateName(ofServer->state)));
    }
    QCOMPARE(withState(sockets, KernelSocketState::Established).size(), 0);
    delete accepted;
}

void tst_KernelSocketTable::backlog()
{
#ifndef Q_OS_LINUX
    QSKIP("POSIX sockets on Linux");
#else
    // A server that never accepts: QTcpServer would accept at once, so plain POSIX calls.
    const int listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    QVERIFY(listener >= 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    QCOMPARE(::bind(listener, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
    QCOMPARE(::listen(listener, 8), 0);
    socklen_t length = sizeof address;
    QCOMPARE(::getsockname(listener, reinterpret_cast<sockaddr *>(&address), &length), 0);
    const quint16 port = ntohs(address.sin_port);
    const Endpoint serverSide(kLoopback, port);
    const auto cleanup = qScopeGuard([listener] { ::close(listener); });

    QTcpSocket first;
    QTcpSocket second;
    first.connectToHost(kLoopback, port);
    second.connectToHost(kLoopback, port);
    // The kernel completes the handshake by itself: connect() succeeds with no accept().
    QTRY_COMPARE(first.state(), QAbstractSocket::ConnectedState);
    QTRY_COMPARE(second.state(), QAbstractSocket::ConnectedState);
    const Endpoint firstSide(kLoopback, first.localPort());
    const Endpoint secondSide(kLoopback, second.localPort());

    QList<KernelSocket> sockets = withoutLingering(KernelSocketTable::read(port));
    QVERIFY2(sockets.size() == 5, qPrintable(describe(sockets)));
    const QList<KernelSocket> listening = withState(sockets, KernelSocketState::Listen);
    QCOMPARE(listening.size(), 1);
    QCOMPARE(listening.at(0).receiveQueue, 2u); // two connections waiting for accept()
    QCOMPARE(listening.at(0).sendQueue, 8u);    // listen(fd, 8)
    QCOMPARE(listening.at(0).pid, QCoreApplication::applicationPid());
    for (const Endpoint &clientSide : { firstSide, secondSide }) {
        const KernelSocket *waiting = find(sockets, Transport::Tcp, serverSide, clientSide);
        QVERIFY2(waiting, qPrintable(describe(sockets)));
        QCOMPARE(waiting->state, KernelSocketState::Established);
        QCOMPARE(waiting->inode, 0u);
        QCOMPARE(waiting->waitingInBacklog, true);
        QCOMPARE(waiting->pid, -1);
        const KernelSocket *client = find(sockets, Transport::Tcp, clientSide, serverSide);
        QVERIFY(client);
        QCOMPARE(client->state, KernelSocketState::Established);
        QCOMPARE(client->waitingInBacklog, false); // no LISTEN on the client's port
        QCOMPARE(client->pid, QCoreApplication::applicationPid());
    }

    // /proc/net/tcp tells the same story but prints 0 where ss shows the backlog limit.
    const QList<KernelSocket> fromProc = KernelSocketTable::read(port, KernelSocketTable::ProcFilesOnly);
    QCOMPARE(fromProc.size(), 5);
    for (const KernelSocket &socket : fromProc) {
        const KernelSocket *same = find(sockets, socket.transport, socket.local, socket.remote);
        QVERIFY(same);
        QCOMPARE(socket.state, same->state);
        QCOMPARE(socket.inode, same->inode);
        QCOMPARE(socket.waitingInBacklog, same->waitingInBacklog);
        QCOMPARE(socket.pid, same->pid);
        QCOMPARE(socket.receiveQueue, same->receiveQueue);
        QCOMPARE(socket.sendQueue, socket.state == KernelSocketState::Listen ? 0u : same->sendQueue);
    }

    // accept() takes one (the oldest) off the queue; the other keeps waiting.
    const int acceptedFd = ::accept(listener, nullptr, nullptr);
    QVERIFY(acceptedFd >= 0);
    const auto closeAccepted = qScopeGuard([acceptedFd] { ::close(acceptedFd); });
    sockets = withoutLingering(KernelSocketTable::read(port));
    QVERIFY2(sockets.size() == 5, qPrintable(describe(sockets)));
    QCOMPARE(withState(sockets, KernelSocketState::Listen).at(0).receiveQueue, 1u);
    int waiting = 0;
    int ownedByUs = 0;
    for (const Endpoint &clientSide : { firstSide, secondSide }) {
        const KernelSocket *serverEnd = find(sockets, Transport::Tcp, serverSide, clientSide);
        QVERIFY(serverEnd);
        QCOMPARE(serverEnd->state, KernelSocketState::Established);
        if (serverEnd->waitingInBacklog) {
            ++waiting;
            QCOMPARE(serverEnd->inode, 0u);
        } else {
            ++ownedByUs;
            QVERIFY(serverEnd->inode != 0);
            QCOMPARE(serverEnd->pid, QCoreApplication::applicationPid());
            QCOMPARE(serverEnd->process, kOwnProcess);
        }
    }
    QCOMPARE(waiting, 1);
    QCOMPARE(ownedByUs, 1);

    // The client of the waiting connection gives up and closes: the kernel answers its FIN
    // for the server, so the connection waits on in the backlog in CLOSE-WAIT.
    QTcpSocket &givingUp = find(sockets, Transport::Tcp, serverSide, firstSide)->waitingInBacklog ? first : second;
    const Endpoint givingUpSide(kLoopback, givingUp.localPort());
    givingUp.disconnectFromHost();
    QTRY_COMPARE(stateOf(KernelSocketTable::read(port), serverSide, givingUpSide), KernelSocketState::CloseWait);
    // The ACK of its FIN may still be on its way: FIN-WAIT-1 for a moment.
    QTRY_COMPARE(stateOf(KernelSocketTable::read(port), givingUpSide, serverSide), KernelSocketState::FinWait2);
    sockets = KernelSocketTable::read(port);
    QCOMPARE(find(sockets, Transport::Tcp, serverSide, givingUpSide)->waitingInBacklog, true);
    QCOMPARE(find(sockets, Transport::Tcp, givingUpSide, serverSide)->waitingInBacklog, false);
#endif
}

void tst_KernelSocketTable::udpSockets()
{
    QUdpSocket bound;
    QVERIFY(bound.bind(kLoopback, 0));
    const quint16 port = bound.localPort();

    // UDP only: TCP port numbers are another space, and some TCP connection of an earlier test
    // may linger (TIME-WAIT) on the same number.
    const auto udpOnly = [](QList<KernelSocket> sockets) {
        sockets.erase(std::remove_if(sockets.begin(), sockets.end(),
                                     [](const KernelSocket &socket) { return socket.transport != Transport::Udp; }),
                      sockets.end());
        return sockets;
    };
    QList<KernelSocket> sockets = udpOnly(KernelSocketTable::read(port));
    QVERIFY2(sockets.size() == 1, qPrintable(describe(sockets)));
    QCOMPARE(sockets.at(0).transport, Transport::Udp);
    QCOMPARE(sockets.at(0).state, KernelSocketState::UdpUnconnected);
    QCOMPARE(sockets.at(0).local, Endpoint(kLoopback, port));
    QCOMPARE(sockets.at(0).remote, ep("0.0.0.0", 0));
    QCOMPARE(sockets.at(0).key(), QStringLiteral("UDP 127.0.0.1:%1 0.0.0.0:0").arg(port));
    QCOMPARE(sockets.at(0).pid, QCoreApplication::applicationPid());
    QCOMPARE(sockets.at(0).process, kOwnProcess);

    // connect() on UDP only records a default peer; ss calls that ESTAB.
    QUdpSocket connected;
    connected.connectToHost(kLoopback, port);
    QTRY_COMPARE(connected.state(), QAbstractSocket::ConnectedState);
    sockets = udpOnly(KernelSocketTable::read(port));
    QVERIFY2(sockets.size() == 2, qPrintable(describe(sockets)));
    const KernelSocket *peer = find(sockets, Transport::Udp, Endpoint(kLoopback, connected.localPort()),
                                    Endpoint(kLoopback, port));
    QVERIFY(peer);
    QCOMPARE(peer->state, KernelSocketState::UdpConnected);

    // Datagrams nobody has read yet sit in the receive queue (in bytes of kernel memory).
    connected.write("ping");
    QTRY_VERIFY(receiveQueueOf(KernelSocketTable::read(port), Transport::Udp, Endpoint(kLoopback, port),
                               ep("0.0.0.0", 0))
                > 0);
}

void tst_KernelSocketTable::ipv6AndMappedAddresses()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::Any, 0))
        QSKIP("No dual-stack listening socket here");
    const quint16 port = server.serverPort();
    QTcpSocket overIPv4;
    overIPv4.connectToHost(kLoopback, port);
    QTcpSocket overIPv6;
    overIPv6.connectToHost(kLoopback6, port);
    QTRY_COMPARE(overIPv4.state(), QAbstractSocket::ConnectedState);
    if (!QTest::qWaitFor([&] { return overIPv6.state() == QAbstractSocket::ConnectedState; }))
        QSKIP("No IPv6 loopback here");
    QTRY_VERIFY(server.hasPendingConnections());

    const QList<KernelSocket> sockets = withoutLingering(KernelSocketTable::read(port));
    QVERIFY2(sockets.size() == 5, qPrintable(describe(sockets)));
    const QList<KernelSocket> listening = withState(sockets, KernelSocketState::Listen);
    QCOMPARE(listening.size(), 1);
    QCOMPARE(listening.at(0).local.toString(), QStringLiteral("[::]:%1").arg(port));

    // The dual-stack server's end of the IPv4 connection holds ::ffff:127.0.0.1; it reads as
    // 127.0.0.1, matching the client's row.
    const Endpoint client4(kLoopback, overIPv4.localPort());
    QVERIFY2(find(sockets, Transport::Tcp, Endpoint(kLoopback, port), client4), qPrintable(describe(sockets)));
    QVERIFY(find(sockets, Transport::Tcp, client4, Endpoint(kLoopback, port)));
    const Endpoint client6(kLoopback6, overIPv6.localPort());
    QVERIFY(find(sockets, Transport::Tcp, Endpoint(kLoopback6, port), client6));
    QVERIFY(find(sockets, Transport::Tcp, client6, Endpoint(kLoopback6, port)));
    QCOMPARE(client6.toString(), QStringLiteral("[::1]:%1").arg(overIPv6.localPort()));
}

void tst_KernelSocketTable::portFilter()
{
    QTcpServer one;
    QTcpServer other;
    QVERIFY(one.listen(kLoopback, 0));
    QVERIFY(other.listen(kLoopback, 0));

    const QList<KernelSocket> mine = KernelSocketTable::read(one.serverPort());
    QCOMPARE(mine.size(), 1);
    QCOMPARE(mine.at(0).local.port, one.serverPort());

    const QList<KernelSocket> all = KernelSocketTable::read(0, KernelSocketTable::SkipOwners);
    QVERIFY(find(all, Transport::Tcp, Endpoint(kLoopback, one.serverPort()), ep("0.0.0.0", 0)));
    QVERIFY(find(all, Transport::Tcp, Endpoint(kLoopback, other.serverPort()), ep("0.0.0.0", 0)));
    for (const KernelSocket &socket : all)
        QVERIFY(socket.state != KernelSocketState::Unknown);
}

void tst_KernelSocketTable::pollerSendsSnapshotsAcrossThreads()
{
    QTcpServer server;
    QVERIFY(server.listen(kLoopback, 0));

    QThread thread;
    auto *poller = new SocketStatePoller;
    poller->moveToThread(&thread);
    connect(&thread, &QThread::finished, poller, &QObject::deleteLater);
    // Received here, through a queued connection: the same path the GUI thread takes.
    QList<QList<KernelSocket>> snapshots;
    const QMetaObject::Connection receiving = connect(poller, &SocketStatePoller::snapshot, this,
            [&snapshots](const QList<KernelSocket> &sockets) { snapshots.append(sockets); });
    thread.start();

    poller->setPort(server.serverPort());
    QMetaObject::invokeMethod(poller, &SocketStatePoller::start, Qt::QueuedConnection);
    QTRY_VERIFY(snapshots.size() >= 1);
    // Other programs' sockets may share the port number (as a remote port, or on another
    // address) while tests run in parallel: look for ours, not for a table of one.
    const auto ours = std::count_if(snapshots.at(0).cbegin(), snapshots.at(0).cend(), [&server](const KernelSocket &s) {
        return s.local == Endpoint(kLoopback, server.serverPort()) && s.state == KernelSocketState::Listen;
    });
    QCOMPARE(ours, 1);

    // Then every kPollIntervalMs.
    QElapsedTimer clock;
    clock.start();
    QTRY_VERIFY_WITH_TIMEOUT(snapshots.size() >= 3, 5000);
    QVERIFY(clock.elapsed() >= SocketStatePoller::kPollIntervalMs);

    QMetaObject::invokeMethod(poller, &SocketStatePoller::stop, Qt::BlockingQueuedConnection);
    QCoreApplication::processEvents(); // snapshots sent before stop() still arrive
    const int afterStop = int(snapshots.size());
    QTest::qWait(2 * SocketStatePoller::kPollIntervalMs);
    QCOMPARE(int(snapshots.size()), afterStop);

    // pollNow() works while stopped; a new port applies to the next reading.
    QTcpServer another;
    QVERIFY(another.listen(kLoopback, 0));
    poller->setPort(another.serverPort());
    QMetaObject::invokeMethod(poller, &SocketStatePoller::pollNow, Qt::QueuedConnection);
    QTRY_COMPARE(int(snapshots.size()), afterStop + 1);
    QCOMPARE(snapshots.last().size(), 1);
    QCOMPARE(snapshots.last().at(0).local.port, another.serverPort());

    disconnect(receiving);
    thread.quit();
    QVERIFY(thread.wait(5000));
}

QTEST_GUILESS_MAIN(tst_KernelSocketTable)
#include "tst_kernelsockettable.moc"
