// The Windows kernel socket table (network/kernelsockettable_win.cpp: GetExtendedTcpTable /
// GetExtendedUdpTable, what `netstat -ano` reads), run under Wine by the Windows suite. The Linux
// table has tst_kernelsockettable.
#include "network/kernelsockettable.h"
#include "tests/support/rawtcppeer.h"
#include "tests/support/wine.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QScopeGuard>
#include <QTcpServer>
#include <QTest>
#include <QUdpSocket>

#include <algorithm>
#include <iterator>

namespace {

const QHostAddress kLoopback(QHostAddress::LocalHost);

// The sockets `keep` says yes to, in the table's order.
template<typename Keep>
QList<KernelSocket> only(const QList<KernelSocket> &sockets, Keep keep)
{
    QList<KernelSocket> kept;
    std::copy_if(sockets.cbegin(), sockets.cend(), std::back_inserter(kept), keep);
    return kept;
}

QList<KernelSocket> ofTransport(const QList<KernelSocket> &sockets, Transport transport)
{
    return only(sockets, [transport](const KernelSocket &socket) { return socket.transport == transport; });
}

// Leaves out TIME-WAIT rows an earlier connection on the same port number may have left.
QList<KernelSocket> liveTcp(quint16 port)
{
    return only(ofTransport(KernelSocketTable::read(port), Transport::Tcp),
                [](const KernelSocket &socket) { return socket.state != KernelSocketState::TimeWait; });
}

const KernelSocket *find(const QList<KernelSocket> &sockets, const Endpoint &local, const Endpoint &remote)
{
    for (const KernelSocket &socket : sockets) {
        if (socket.local == local && socket.remote == remote)
            return &socket;
    }
    return nullptr;
}

QString describe(const QList<KernelSocket> &sockets)
{
    QStringList lines;
    for (const KernelSocket &socket : sockets)
        lines << QStringLiteral("%1 %2 pid %3 %4").arg(socket.key(), kernelSocketStateName(socket.state))
                     .arg(socket.pid).arg(socket.process);
    return lines.join(QLatin1String("; "));
}

QString ownExecutable()
{
    return QFileInfo(QCoreApplication::applicationFilePath()).fileName();
}

// Wine 8's TCP table names no owner (PID 0), not even for its own processes; its UDP table does.
bool tcpOwnerUnknownUnderWine(const KernelSocket &socket)
{
    return runningUnderWine() && socket.pid == -1;
}
const char kNoTcpOwnerUnderWine[] = "Wine 8's GetExtendedTcpTable gives every TCP socket owning PID 0: no owner to show.";

} // namespace

class tst_WindowsSocketTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listeningSocketWithItsOwner();
    void connectedPairShowsBothEnds();
    void udpSocketShows();
};

void tst_WindowsSocketTable::initTestCase()
{
    QVERIFY(KernelSocketTable::isAvailable());
}

void tst_WindowsSocketTable::listeningSocketWithItsOwner()
{
    QTcpServer server;
    QVERIFY(server.listen(kLoopback, 0));
    const quint16 port = server.serverPort();

    const QList<KernelSocket> sockets = liveTcp(port);
    QVERIFY2(sockets.size() == 1, qPrintable(describe(sockets)));
    const KernelSocket &listen = sockets.at(0);
    QCOMPARE(listen.state, KernelSocketState::Listen);
    QCOMPARE(kernelSocketStateName(listen.state), QStringLiteral("LISTEN"));
    QCOMPARE(listen.local, Endpoint(kLoopback, port));
    QCOMPARE(listen.remote, Endpoint(QHostAddress(QHostAddress::AnyIPv4), 0));

    // Without owners: the same row, pid and process left empty.
    const QList<KernelSocket> bare = ofTransport(KernelSocketTable::read(port, KernelSocketTable::SkipOwners),
                                                 Transport::Tcp);
    QCOMPARE(bare.size(), 1);
    QCOMPARE(bare.at(0).pid, -1);
    QVERIFY(bare.at(0).process.isEmpty());

    if (tcpOwnerUnknownUnderWine(listen))
        QSKIP(kNoTcpOwnerUnderWine);
    QCOMPARE(listen.pid, QCoreApplication::applicationPid());
    QCOMPARE(listen.process, ownExecutable());
}

void tst_WindowsSocketTable::connectedPairShowsBothEnds()
{
    LoopbackListener listener;
    QVERIFY(listener.isListening());
    const quint16 port = listener.port();
    const auto [client, served] = listener.connectClient();
    const auto closePair = qScopeGuard([client = client, served = served] {
        RawSocket::close(client);
        RawSocket::close(served);
    });
    QVERIFY(client != RawSocket::kNone && served != RawSocket::kNone);
    const Endpoint serverSide(kLoopback, port);
    const Endpoint clientSide(kLoopback, RawSocket::localPort(client));

    const QList<KernelSocket> sockets = liveTcp(port);
    QVERIFY2(sockets.size() == 3, qPrintable(describe(sockets)));
    const KernelSocket *ofServer = find(sockets, serverSide, clientSide);
    const KernelSocket *ofClient = find(sockets, clientSide, serverSide);
    QVERIFY2(ofServer && ofClient, qPrintable(describe(sockets)));
    QCOMPARE(kernelSocketStateName(ofServer->state), QStringLiteral("ESTABLISHED"));
    QCOMPARE(kernelSocketStateName(ofClient->state), QStringLiteral("ESTABLISHED"));
    if (tcpOwnerUnknownUnderWine(*ofServer))
        QSKIP(kNoTcpOwnerUnderWine);
    QCOMPARE(ofServer->pid, QCoreApplication::applicationPid());
    QCOMPARE(ofClient->process, ownExecutable());
}

void tst_WindowsSocketTable::udpSocketShows()
{
    QUdpSocket bound;
    QVERIFY(bound.bind(kLoopback, 0));
    const quint16 port = bound.localPort();

    const QList<KernelSocket> sockets = ofTransport(KernelSocketTable::read(port), Transport::Udp);
    QVERIFY2(sockets.size() == 1, qPrintable(describe(sockets)));
    QCOMPARE(sockets.at(0).state, KernelSocketState::UdpUnconnected);
    QCOMPARE(sockets.at(0).local, Endpoint(kLoopback, port));
    QCOMPARE(sockets.at(0).key(), QStringLiteral("UDP 127.0.0.1:%1 0.0.0.0:0").arg(port));
    QCOMPARE(sockets.at(0).pid, QCoreApplication::applicationPid());
    QCOMPARE(sockets.at(0).process, ownExecutable());
}

QTEST_GUILESS_MAIN(tst_WindowsSocketTable)
#include "tst_windowssockettable.moc"
