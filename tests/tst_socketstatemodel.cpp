#include "model/socketstatemodel.h"
#include "model/tcpstatetracker.h"
#include "network/tcpserversession.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QSet>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

namespace {

const QDateTime kStart(QDate(2024, 5, 6), QTime(13, 4, 5, 67));

// The model with a clock the test moves by hand.
class ClockedModel : public SocketStateModel
{
public:
    using SocketStateModel::SocketStateModel;
    QDateTime now = kStart;

protected:
    QDateTime currentTime() const override { return now; }
};

KernelSocket tcp(quint16 localPort, quint16 remotePort, KernelSocketState state, qint64 pid = -1,
                 const QString &process = QString())
{
    KernelSocket socket;
    socket.transport = Transport::Tcp;
    socket.local = Endpoint(QHostAddress(QHostAddress::LocalHost), localPort);
    socket.remote = remotePort == 0 ? Endpoint(QHostAddress(QHostAddress::AnyIPv4), 0)
                                    : Endpoint(QHostAddress(QHostAddress::LocalHost), remotePort);
    socket.state = state;
    socket.inode = pid > 0 ? 1000 + localPort + remotePort : 0;
    socket.pid = pid;
    socket.process = process;
    return socket;
}

const KernelSocketState kTcpStates[] = {
    KernelSocketState::Listen,    KernelSocketState::SynSent,   KernelSocketState::SynReceived,
    KernelSocketState::Established, KernelSocketState::FinWait1, KernelSocketState::FinWait2,
    KernelSocketState::CloseWait, KernelSocketState::LastAck,   KernelSocketState::TimeWait,
    KernelSocketState::Closed,    KernelSocketState::Closing,
};

KernelSocket listening(quint16 port, quint32 waiting = 0, quint32 backlog = 50)
{
    KernelSocket socket = tcp(port, 0, KernelSocketState::Listen, 4242, QStringLiteral("socketlab"));
    socket.receiveQueue = waiting;
    socket.sendQueue = backlog;
    return socket;
}

KernelSocket udp(quint16 localPort, quint16 remotePort = 0)
{
    KernelSocket socket = tcp(localPort, remotePort, remotePort ? KernelSocketState::UdpConnected : KernelSocketState::UdpUnconnected, 4242, QStringLiteral("socketlab"));
    socket.transport = Transport::Udp;
    return socket;
}

QList<quint16> localPorts(const QAbstractItemModel *model)
{
    QList<quint16> ports;
    for (int row = 0; row < model->rowCount(); ++row)
        ports.append(quint16(model->index(row, SocketStateModel::LocalPortColumn).data(SocketStateModel::RawValueRole).toUInt()));
    return ports;
}

const QList<int> kStateRoles { Qt::DisplayRole, Qt::ToolTipRole, Qt::BackgroundRole,
                               SocketStateModel::RawValueRole, SocketStateModel::StateRole,
                               SocketStateModel::ChangedAtRole, SocketStateModel::WaitingInBacklogRole,
                               SocketStateModel::IsListeningRole };

} // namespace

class tst_SocketStateModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void rowsAppear();
    void columnsOfAListeningRow();
    void rawValues();
    void sameSnapshotChangesNothing();
    void stateChangeKeepsTheRow();
    void queueChangeKeepsChangedAt();
    void vanishedRowsNonContiguous();
    void removeChangeAndAddInOneSnapshot();
    void highlightFades();
    void waitingInBacklog();
    void tooltipForEveryState_data();
    void tooltipForEveryState();
    void processColumn();
    void sharedKeys();
    void clear();
    void headerData();
    void retranslate();
    void timeWaitEndsWhenTheKernelDropsTheSocket();

private:
    QString textAt(int row, SocketStateModel::Column column) const
    {
        return m_model->index(row, column).data(Qt::DisplayRole).toString();
    }
    QVariant roleAt(int row, int role) const { return m_model->index(row, 0).data(role); }

    ClockedModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void tst_SocketStateModel::init()
{
    m_model = new ClockedModel(this);
    m_tester = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::Fatal, this);
}

void tst_SocketStateModel::cleanup()
{
    delete m_tester;
    m_tester = nullptr;
    delete m_model;
    m_model = nullptr;
}

void tst_SocketStateModel::rowsAppear()
{
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);

    m_model->applySnapshot({ listening(65432), tcp(65432, 50001, KernelSocketState::Established, 4242), tcp(50001, 65432, KernelSocketState::Established, 4243) });
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->columnCount(), int(SocketStateModel::ColumnCount));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 2);
    QCOMPARE(localPorts(m_model), (QList<quint16> { 65432, 65432, 50001 }));
    for (int row = 0; row < 3; ++row)
        QCOMPARE(roleAt(row, SocketStateModel::ChangedAtRole).toDateTime(), kStart);

    // New sockets are appended; the old rows keep their places.
    m_model->now = kStart.addMSecs(500);
    m_model->applySnapshot({ listening(65432), tcp(65432, 50001, KernelSocketState::Established, 4242), tcp(50001, 65432, KernelSocketState::Established, 4243),
                             tcp(65432, 50002, KernelSocketState::Established, 4242), tcp(50002, 65432, KernelSocketState::Established, 4243) });
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 3);
    QCOMPARE(inserted.at(1).at(2).toInt(), 4);
    QCOMPARE(localPorts(m_model), (QList<quint16> { 65432, 65432, 50001, 65432, 50002 }));
    QCOMPARE(roleAt(0, SocketStateModel::ChangedAtRole).toDateTime(), kStart);
    QCOMPARE(roleAt(3, SocketStateModel::ChangedAtRole).toDateTime(), kStart.addMSecs(500));
    QCOMPARE(reset.size(), 0);
}

void tst_SocketStateModel::columnsOfAListeningRow()
{
    m_model->applySnapshot({ listening(65432, 2, 128), tcp(50001, 65432, KernelSocketState::SynSent, 4243, QStringLiteral("nc")) });
    QCOMPARE(textAt(0, SocketStateModel::ProtocolColumn), QStringLiteral("TCP"));
    QCOMPARE(textAt(0, SocketStateModel::LocalAddressColumn), QStringLiteral("127.0.0.1"));
    QCOMPARE(textAt(0, SocketStateModel::LocalPortColumn), QStringLiteral("65432"));
    QCOMPARE(textAt(0, SocketStateModel::RemoteAddressColumn), QStringLiteral("0.0.0.0"));
    QCOMPARE(textAt(0, SocketStateModel::RemotePortColumn), QStringLiteral("*")); // as ss writes it
    QCOMPARE(textAt(0, SocketStateModel::StateColumn), QStringLiteral("LISTEN"));
    QCOMPARE(textAt(0, SocketStateModel::ReceiveQueueColumn), QStringLiteral("2"));
    QCOMPARE(textAt(0, SocketStateModel::SendQueueColumn), QStringLiteral("128"));
    QCOMPARE(textAt(0, SocketStateModel::ProcessColumn), QStringLiteral("socketlab (4242)"));
    QCOMPARE(roleAt(0, SocketStateModel::IsListeningRole).toBool(), true);
    QCOMPARE(roleAt(0, SocketStateModel::StateRole).toString(), QStringLiteral("LISTEN"));
    QCOMPARE(roleAt(0, SocketStateModel::WaitingInBacklogRole).toBool(), false);

    QCOMPARE(textAt(1, SocketStateModel::LocalPortColumn), QStringLiteral("50001"));
    QCOMPARE(textAt(1, SocketStateModel::RemoteAddressColumn), QStringLiteral("127.0.0.1"));
    QCOMPARE(textAt(1, SocketStateModel::RemotePortColumn), QStringLiteral("65432"));
    QCOMPARE(textAt(1, SocketStateModel::StateColumn), QStringLiteral("SYN-SENT"));
    QCOMPARE(textAt(1, SocketStateModel::ProcessColumn), QStringLiteral("nc (4243)"));
    QCOMPARE(roleAt(1, SocketStateModel::IsListeningRole).toBool(), false);

    m_model->applySnapshot({ udp(53000), udp(53001, 53000) });
    QCOMPARE(textAt(0, SocketStateModel::ProtocolColumn), QStringLiteral("UDP"));
    QCOMPARE(textAt(0, SocketStateModel::StateColumn), QStringLiteral("UNCONN"));
    QCOMPARE(roleAt(0, SocketStateModel::IsListeningRole).toBool(), false);
    QCOMPARE(textAt(1, SocketStateModel::StateColumn), QStringLiteral("ESTAB"));

    // IPv6 addresses without brackets in the address column.
    KernelSocket v6 = tcp(65433, 0, KernelSocketState::Listen);
    v6.local = Endpoint(QHostAddress(QStringLiteral("::")), 65433);
    v6.remote = Endpoint(QHostAddress(QStringLiteral("::")), 0);
    m_model->applySnapshot({ v6 });
    QCOMPARE(textAt(0, SocketStateModel::LocalAddressColumn), QStringLiteral("::"));
    QCOMPARE(textAt(0, SocketStateModel::RemoteAddressColumn), QStringLiteral("::"));
    QCOMPARE(textAt(0, SocketStateModel::ProcessColumn), QString());

    QCOMPARE(m_model->index(0, SocketStateModel::LocalPortColumn).data(Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));
    QCOMPARE(m_model->index(0, SocketStateModel::StateColumn).data(Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignLeft | Qt::AlignVCenter));
}

void tst_SocketStateModel::rawValues()
{
    m_model->applySnapshot({ listening(65432, 3, 8) });
    const auto raw = [this](SocketStateModel::Column column) {
        return m_model->index(0, column).data(SocketStateModel::RawValueRole);
    };
    QCOMPARE(raw(SocketStateModel::LocalPortColumn).typeId(), int(QMetaType::Int)); // numbers sort as numbers
    QCOMPARE(raw(SocketStateModel::LocalPortColumn).toUInt(), 65432u);
    QCOMPARE(raw(SocketStateModel::RemotePortColumn).toUInt(), 0u);
    QCOMPARE(raw(SocketStateModel::ReceiveQueueColumn).typeId(), int(QMetaType::UInt));
    QCOMPARE(raw(SocketStateModel::ReceiveQueueColumn).toUInt(), 3u);
    QCOMPARE(raw(SocketStateModel::SendQueueColumn).toUInt(), 8u);
    QCOMPARE(raw(SocketStateModel::StateColumn).toString(), QStringLiteral("LISTEN"));
    QCOMPARE(raw(SocketStateModel::ProtocolColumn).toString(), QStringLiteral("TCP"));
    QCOMPARE(raw(SocketStateModel::ProcessColumn).toString(), QStringLiteral("socketlab"));
    QCOMPARE(m_model->socketAt(0).sendQueue, 8u);
}

void tst_SocketStateModel::sameSnapshotChangesNothing()
{
    const QList<KernelSocket> snapshot { listening(65432), tcp(65432, 50001, KernelSocketState::Established, 4242) };
    m_model->applySnapshot(snapshot);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);

    m_model->now = kStart.addMSecs(500);
    m_model->applySnapshot(snapshot);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(roleAt(0, SocketStateModel::ChangedAtRole).toDateTime(), kStart);
}

void tst_SocketStateModel::stateChangeKeepsTheRow()
{
    m_model->applySnapshot({ listening(65432), tcp(50001, 65432, KernelSocketState::Established, 4243), tcp(65432, 50001, KernelSocketState::Established, 4242) });
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);

    // The client closes first: FIN-WAIT-2 on its side, CLOSE-WAIT on the server's.
    m_model->now = kStart.addMSecs(500);
    m_model->applySnapshot({ listening(65432), tcp(50001, 65432, KernelSocketState::FinWait2), tcp(65432, 50001, KernelSocketState::CloseWait, 4242) });
    QCOMPARE(removed.size(), 0);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(changed.size(), 1); // rows 1 and 2 changed the same roles: one signal
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 2);
    QCOMPARE(changed.at(0).at(1).toModelIndex().column(), SocketStateModel::ColumnCount - 1);
    QCOMPARE(changed.at(0).at(2).value<QList<int>>(), kStateRoles);
    QCOMPARE(textAt(1, SocketStateModel::StateColumn), QStringLiteral("FIN-WAIT-2"));
    QCOMPARE(textAt(2, SocketStateModel::StateColumn), QStringLiteral("CLOSE-WAIT"));
    QCOMPARE(textAt(1, SocketStateModel::ProcessColumn), QString()); // the client closed its socket

    // ESTABLISHED -> TIME-WAIT keeps the row and its place, and updates ChangedAt.
    m_model->now = kStart.addMSecs(1000);
    changed.clear();
    m_model->applySnapshot({ listening(65432), tcp(50001, 65432, KernelSocketState::TimeWait) });
    QCOMPARE(removed.size(), 1);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(roleAt(1, SocketStateModel::StateRole).toString(), QStringLiteral("TIME-WAIT"));
    QCOMPARE(textAt(1, SocketStateModel::LocalPortColumn), QStringLiteral("50001"));
    QCOMPARE(roleAt(1, SocketStateModel::ChangedAtRole).toDateTime(), kStart.addMSecs(1000));
    QCOMPARE(roleAt(0, SocketStateModel::ChangedAtRole).toDateTime(), kStart);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 1);
    QVERIFY(changed.at(0).at(2).value<QList<int>>().contains(SocketStateModel::ChangedAtRole));
}

void tst_SocketStateModel::queueChangeKeepsChangedAt()
{
    KernelSocket server = tcp(65432, 50001, KernelSocketState::Established, 4242);
    m_model->applySnapshot({ server });
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);

    m_model->now = kStart.addMSecs(500);
    server.receiveQueue = 6;
    m_model->applySnapshot({ server });
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(2).value<QList<int>>(), (QList<int> { Qt::DisplayRole, SocketStateModel::RawValueRole }));
    QCOMPARE(textAt(0, SocketStateModel::ReceiveQueueColumn), QStringLiteral("6"));
    QCOMPARE(roleAt(0, SocketStateModel::ChangedAtRole).toDateTime(), kStart); // the state did not change
}

void tst_SocketStateModel::vanishedRowsNonContiguous()
{
    QList<KernelSocket> sockets;
    for (quint16 port = 50000; port < 50006; ++port)
        sockets.append(tcp(port, 65432, KernelSocketState::Established, 4243));
    m_model->applySnapshot(sockets);
    QSignalSpy aboutToRemove(m_model, &QAbstractItemModel::rowsAboutToBeRemoved);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);

    // Rows 1, 3 and 4 go: two runs, removed from the bottom up.
    m_model->applySnapshot({ sockets.at(0), sockets.at(2), sockets.at(5) });
    QCOMPARE(aboutToRemove.size(), 2);
    QCOMPARE(aboutToRemove.at(0).at(1).toInt(), 3);
    QCOMPARE(aboutToRemove.at(0).at(2).toInt(), 4);
    QCOMPARE(aboutToRemove.at(1).at(1).toInt(), 1);
    QCOMPARE(aboutToRemove.at(1).at(2).toInt(), 1);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(localPorts(m_model), (QList<quint16> { 50000, 50002, 50005 }));

    // The first and the last rows go.
    aboutToRemove.clear();
    m_model->applySnapshot({ sockets.at(2) });
    QCOMPARE(aboutToRemove.size(), 2);
    QCOMPARE(aboutToRemove.at(0).at(1).toInt(), 2);
    QCOMPARE(aboutToRemove.at(1).at(1).toInt(), 0);
    QCOMPARE(localPorts(m_model), (QList<quint16> { 50002 }));

    // Everything goes, in one removal.
    aboutToRemove.clear();
    m_model->applySnapshot({});
    QCOMPARE(aboutToRemove.size(), 1);
    QCOMPARE(m_model->rowCount(), 0);
}

void tst_SocketStateModel::removeChangeAndAddInOneSnapshot()
{
    m_model->applySnapshot({ listening(65432), tcp(65432, 50001, KernelSocketState::Established, 4242),
                             tcp(65432, 50002, KernelSocketState::Established, 4242), tcp(65432, 50003, KernelSocketState::Established, 4242) });
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);

    m_model->now = kStart.addMSecs(500);
    m_model->applySnapshot({ tcp(65432, 50004, KernelSocketState::SynReceived), listening(65432), tcp(65432, 50003, KernelSocketState::CloseWait, 4242),
                             tcp(65432, 50005, KernelSocketState::Established, 4242) });
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 1);
    QCOMPARE(removed.at(0).at(2).toInt(), 2);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1); // after the removal, the CLOSE-WAIT row is row 1
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 2);
    QCOMPARE(inserted.at(0).at(2).toInt(), 3);
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(roleAt(0, SocketStateModel::StateRole).toString(), QStringLiteral("LISTEN"));
    QCOMPARE(roleAt(1, SocketStateModel::StateRole).toString(), QStringLiteral("CLOSE-WAIT"));
    QCOMPARE(roleAt(2, SocketStateModel::StateRole).toString(), QStringLiteral("SYN-RECV")); // in snapshot order
    QCOMPARE(textAt(3, SocketStateModel::RemotePortColumn), QStringLiteral("50005"));
}

void tst_SocketStateModel::highlightFades()
{
    const QBrush highlight(QColor(255, 236, 179));
    m_model->applySnapshot({ listening(65432) });
    // Right after it appeared.
    QCOMPARE(roleAt(0, Qt::BackgroundRole).value<QBrush>(), highlight);
    QCOMPARE(m_model->index(0, SocketStateModel::ProcessColumn).data(Qt::BackgroundRole).value<QBrush>(), highlight);
    m_model->now = kStart.addMSecs(SocketStateModel::kHighlightMs - 1);
    QCOMPARE(roleAt(0, Qt::BackgroundRole).value<QBrush>(), highlight);
    m_model->now = kStart.addMSecs(SocketStateModel::kHighlightMs);
    QVERIFY(!roleAt(0, Qt::BackgroundRole).isValid());

    // The next snapshot tells views that the highlight went, even with nothing else changed.
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_model->now = kStart.addMSecs(SocketStateModel::kHighlightMs + 100);
    m_model->applySnapshot({ listening(65432), tcp(65432, 50001, KernelSocketState::SynReceived) });
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
    QCOMPARE(changed.at(0).at(2).value<QList<int>>(), (QList<int> { Qt::BackgroundRole }));
    QVERIFY(!roleAt(0, Qt::BackgroundRole).isValid());
    QCOMPARE(roleAt(1, Qt::BackgroundRole).value<QBrush>(), highlight);

    // Old rows light up again when their state changes.
    changed.clear();
    m_model->now = kStart.addSecs(60);
    m_model->applySnapshot({ listening(65432), tcp(65432, 50001, KernelSocketState::Established, 4242) });
    QVERIFY(!roleAt(0, Qt::BackgroundRole).isValid());
    QCOMPARE(roleAt(1, Qt::BackgroundRole).value<QBrush>(), highlight);
    QCOMPARE(roleAt(1, SocketStateModel::ChangedAtRole).toDateTime(), kStart.addSecs(60));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);

    // A row whose ChangedAt is old has no highlight.
    m_model->now = kStart.addSecs(120);
    QVERIFY(!roleAt(1, Qt::BackgroundRole).isValid());
}

void tst_SocketStateModel::waitingInBacklog()
{
    KernelSocket waiting = tcp(65432, 50001, KernelSocketState::Established);
    waiting.waitingInBacklog = true;
    m_model->applySnapshot({ listening(65432, 1), waiting });
    QCOMPARE(textAt(1, SocketStateModel::StateColumn), QStringLiteral("ESTABLISHED (waiting in the backlog)"));
    QCOMPARE(roleAt(1, SocketStateModel::StateRole).toString(), QStringLiteral("ESTABLISHED"));
    QCOMPARE(m_model->index(1, SocketStateModel::StateColumn).data(SocketStateModel::RawValueRole).toString(),
             QStringLiteral("ESTABLISHED"));
    QCOMPARE(roleAt(1, SocketStateModel::WaitingInBacklogRole).toBool(), true);
    QCOMPARE(textAt(1, SocketStateModel::ProcessColumn), QString());
    const QString tip = roleAt(1, Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("accept()")) && tip.contains(QStringLiteral("backlog")), qPrintable(tip));

    // accept(): same socket, now owned by the server. That is a change the student should see.
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_model->now = kStart.addSecs(10);
    m_model->applySnapshot({ listening(65432, 0), tcp(65432, 50001, KernelSocketState::Established, 4242, QStringLiteral("socketlab")) });
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(textAt(1, SocketStateModel::StateColumn), QStringLiteral("ESTABLISHED"));
    QCOMPARE(textAt(1, SocketStateModel::ProcessColumn), QStringLiteral("socketlab (4242)"));
    QCOMPARE(roleAt(1, SocketStateModel::WaitingInBacklogRole).toBool(), false);
    QCOMPARE(roleAt(1, SocketStateModel::ChangedAtRole).toDateTime(), kStart.addSecs(10));
    QVERIFY(!roleAt(1, Qt::ToolTipRole).toString().contains(QStringLiteral("backlog")));
    QCOMPARE(changed.size(), 2); // the LISTEN row's queue (values) and the accepted row (state)
}

void tst_SocketStateModel::tooltipForEveryState_data()
{
    QTest::addColumn<int>("transport");
    QTest::addColumn<int>("state");
    for (const KernelSocketState state : kTcpStates)
        QTest::newRow(qPrintable(kernelSocketStateName(state))) << int(Transport::Tcp) << int(state);
    QTest::newRow("UDP UNCONN") << int(Transport::Udp) << int(KernelSocketState::UdpUnconnected);
    QTest::newRow("UDP ESTAB") << int(Transport::Udp) << int(KernelSocketState::UdpConnected);
}

void tst_SocketStateModel::tooltipForEveryState()
{
    QFETCH(int, transport);
    QFETCH(int, state);

    // One row per known state; each explanation is its own, none is the fallback.
    QList<KernelSocket> all;
    quint16 port = 50000;
    const auto add = [&](Transport kind, KernelSocketState known) {
        KernelSocket socket = tcp(port++, 65432, known);
        socket.transport = kind;
        all.append(socket);
    };
    for (const KernelSocketState known : kTcpStates)
        add(Transport::Tcp, known);
    add(Transport::Udp, KernelSocketState::UdpUnconnected);
    add(Transport::Udp, KernelSocketState::UdpConnected);
    add(Transport::Tcp, KernelSocketState::Unknown);
    m_model->applySnapshot(all);
    const QString unknown = roleAt(m_model->rowCount() - 1, Qt::ToolTipRole).toString();
    QCOMPARE(unknown, QStringLiteral("A state SocketLab does not know: UNKNOWN."));

    QSet<QString> tips;
    int rowOfState = -1;
    for (int row = 0; row + 1 < m_model->rowCount(); ++row) {
        tips.insert(roleAt(row, Qt::ToolTipRole).toString());
        if (int(m_model->socketAt(row).transport) == transport && int(m_model->socketAt(row).state) == state)
            rowOfState = row;
    }
    QCOMPARE(tips.size(), m_model->rowCount() - 1);
    QVERIFY(rowOfState >= 0);
    const QString tip = roleAt(rowOfState, Qt::ToolTipRole).toString();
    QVERIFY(!tip.isEmpty());
    QVERIFY(!tip.contains(QStringLiteral("does not know")));
    QVERIFY2(tip.endsWith(QLatin1Char('.')), qPrintable(tip));
    // Every cell of the row explains the same state.
    QCOMPARE(m_model->index(rowOfState, SocketStateModel::RemotePortColumn).data(Qt::ToolTipRole).toString(), tip);
}

void tst_SocketStateModel::processColumn()
{
    KernelSocket nameless = tcp(50001, 65432, KernelSocketState::Established, 777);
    m_model->applySnapshot({ tcp(50000, 65432, KernelSocketState::Established, 4243, QStringLiteral("python3")), nameless,
                             tcp(50002, 65432, KernelSocketState::TimeWait) });
    QCOMPARE(textAt(0, SocketStateModel::ProcessColumn), QStringLiteral("python3 (4243)"));
    QCOMPARE(textAt(1, SocketStateModel::ProcessColumn), QStringLiteral("777")); // it ended before its name was read
    QCOMPARE(textAt(2, SocketStateModel::ProcessColumn), QString());
}

void tst_SocketStateModel::sharedKeys()
{
    // Two SO_REUSEPORT servers bound to the same address: same key, two rows.
    KernelSocket first = listening(65432);
    KernelSocket second = listening(65432);
    second.pid = 4243;
    m_model->applySnapshot({ first, second });
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(textAt(1, SocketStateModel::ProcessColumn), QStringLiteral("socketlab (4243)"));

    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    m_model->applySnapshot({ first });
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 1);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(m_model->rowCount(), 1);
}

void tst_SocketStateModel::clear()
{
    m_model->applySnapshot({ listening(65432), tcp(65432, 50001, KernelSocketState::Established, 4242) });
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    m_model->clear();
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_model->rowCount(), 0);

    // After a clear, the same sockets come back as new rows.
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    m_model->now = kStart.addSecs(5);
    m_model->applySnapshot({ listening(65432) });
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(roleAt(0, SocketStateModel::ChangedAtRole).toDateTime(), kStart.addSecs(5));
}

void tst_SocketStateModel::headerData()
{
    const QStringList expected { QStringLiteral("Protocol"), QStringLiteral("Local address"), QStringLiteral("Local port"),
                                 QStringLiteral("Remote address"), QStringLiteral("Remote port"), QStringLiteral("State"),
                                 QStringLiteral("Recv-Q"), QStringLiteral("Send-Q"), QStringLiteral("Process") };
    QCOMPARE(expected.size(), int(SocketStateModel::ColumnCount));
    for (int column = 0; column < SocketStateModel::ColumnCount; ++column)
        QCOMPARE(m_model->headerData(column, Qt::Horizontal).toString(), expected.at(column));
    QVERIFY(m_model->headerData(SocketStateModel::ReceiveQueueColumn, Qt::Horizontal, Qt::ToolTipRole)
                .toString().contains(QStringLiteral("accept()")));
    QVERIFY(m_model->headerData(SocketStateModel::SendQueueColumn, Qt::Horizontal, Qt::ToolTipRole)
                .toString().contains(QStringLiteral("backlog")));
    QVERIFY(!m_model->headerData(SocketStateModel::StateColumn, Qt::Horizontal, Qt::ToolTipRole).isValid());
}

void tst_SocketStateModel::retranslate()
{
    QSignalSpy headers(m_model, &QAbstractItemModel::headerDataChanged);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_model->retranslate();
    QCOMPARE(headers.size(), 1);
    QCOMPARE(changed.size(), 0); // no rows, nothing to re-word

    m_model->applySnapshot({ listening(65432), tcp(65432, 50001, KernelSocketState::Established, 4242) });
    m_model->retranslate();
    QCOMPARE(headers.size(), 2);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), m_model->index(0, 0));
    QCOMPARE(changed.at(0).at(1).toModelIndex(), m_model->index(1, SocketStateModel::ColumnCount - 1));
}

// A real connection the server closes first: its diagram stays in TIME-WAIT while the kernel
// lists the socket in TIME-WAIT, and reaches CLOSED once the kernel's table no longer lists it
// (the kernel keeps it 60 s on Linux: the last reading leaves it out, as the kernel will).
void tst_SocketStateModel::timeWaitEndsWhenTheKernelDropsTheSocket()
{
    using State = KernelSocketState;
    TcpServerSession server;
    TcpStateTracker tracker;
    connect(&server, &TcpServerSession::eventsReady, &tracker, &TcpStateTracker::applyBatch);
    QSignalSpy changed(&tracker, &TcpStateTracker::pathChanged);
    TcpServerConfig config;
    config.kind = TcpServerKind::Multi;
    config.bindAddress = QHostAddress(QHostAddress::LocalHost);
    config.port = 0;
    server.start(config);
    QVERIFY(server.isListening());
    const quint16 port = server.listeningOn().port;
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, port);
    QTRY_COMPARE(server.openConnectionCount(), 1);
    server.disconnectClient(1); // the server closes first: its socket goes to TIME-WAIT
    QTRY_COMPARE(client.state(), QAbstractSocket::UnconnectedState);
    QTRY_VERIFY(!tracker.path(1).isEmpty() && tracker.path(1).last() == State::TimeWait);

    QList<KernelSocket> sockets;
    QTRY_VERIFY_WITH_TIMEOUT([&] {
        sockets = KernelSocketTable::read(port, KernelSocketTable::SkipOwners);
        return std::any_of(sockets.cbegin(), sockets.cend(), [](const KernelSocket &socket) {
            return socket.state == KernelSocketState::TimeWait;
        });
    }(), 5000);
    QTest::qWait(TcpStateTracker::kKernelLagMs + 100);
    tracker.applyKernelSockets(KernelSocketTable::read(port, KernelSocketTable::SkipOwners));
    QCOMPARE(tracker.path(1).last(), State::TimeWait); // the kernel still lists it
    QVERIFY(tracker.isWaitingForKernel()); // the page polls the kernel table for the diagram

    changed.clear();
    sockets.removeIf([](const KernelSocket &socket) { return socket.state == KernelSocketState::TimeWait; });
    tracker.applyKernelSockets(sockets);
    QCOMPARE(tracker.path(1),
             QList<State>({ State::Listen, State::SynReceived, State::Established, State::FinWait1,
                            State::FinWait2, State::TimeWait, State::Closed }));
    QCOMPARE(changed.size(), 1);
    QVERIFY(!tracker.isWaitingForKernel());
    tracker.applyKernelSockets(sockets); // once CLOSED, nothing more
    QCOMPARE(changed.size(), 1);
}

QTEST_GUILESS_MAIN(tst_SocketStateModel)
#include "tst_socketstatemodel.moc"
