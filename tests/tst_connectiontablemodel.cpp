#include "model/connectiontablemodel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QSignalSpy>
#include <QTest>

namespace {

const QDateTime kConnectedAt(QDate(2024, 5, 6), QTime(13, 4, 5, 67));

LabEvent accepted(int id, quint16 remotePort, quint16 localPort = 65432)
{
    LabEvent event = LabEvent::make(EventKind::Accepted, id);
    event.when = kConnectedAt;
    event.local = Endpoint(QHostAddress(QHostAddress::LocalHost), localPort);
    event.remote = Endpoint(QHostAddress(QHostAddress::LocalHost), remotePort);
    return event;
}

LabEvent withPayload(EventKind kind, int id, const QByteArray &payload)
{
    LabEvent event = LabEvent::make(kind, id);
    event.payload = payload;
    return event;
}

bool isNumber(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::UShort:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return true;
    default:
        return false;
    }
}

LabEvent closed(int id, CloseReason reason = CloseReason::ClosedByPeer)
{
    LabEvent event = LabEvent::make(EventKind::Closed, id);
    event.reason = reason;
    return event;
}

} // namespace

class tst_ConnectionTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void acceptedAddsRows();
    void countersFromReceivedAndSent();
    void eventsInTheSameBatchAsAccepted();
    void closedConnectionStaysUntilClearClosed();
    void clearClosedRemovesOnlyClosedRows();
    void clearClosedWithNothingClosed();
    void sessionEventsAndUnknownIdsAreIgnored();
    void rawValueRole();
    void headerData();
    void aResetRowSaysRstNotAnOrderlyClose();
    void clientAttemptsAreRows();

private:
    int valueAt(int row, ConnectionTableModel::Column column) const
    {
        return m_model->index(row, column).data(ConnectionTableModel::RawValueRole).toInt();
    }
    QString textAt(int row, ConnectionTableModel::Column column) const
    {
        return m_model->index(row, column).data(Qt::DisplayRole).toString();
    }
    QList<int> ids() const
    {
        QList<int> result;
        for (int row = 0; row < m_model->rowCount(); ++row)
            result.append(m_model->index(row, 0).data(ConnectionTableModel::ConnectionIdRole).toInt());
        return result;
    }

    ConnectionTableModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void tst_ConnectionTableModel::init()
{
    m_model = new ConnectionTableModel(this);
    m_tester = new QAbstractItemModelTester(m_model,
                                            QAbstractItemModelTester::FailureReportingMode::Fatal,
                                            this);
}

void tst_ConnectionTableModel::cleanup()
{
    delete m_tester;
    m_tester = nullptr;
    delete m_model;
    m_model = nullptr;
}

void tst_ConnectionTableModel::acceptedAddsRows()
{
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy openCount(m_model, &ConnectionTableModel::openCountChanged);

    m_model->applyBatch({ accepted(1, 50001), accepted(2, 50002), accepted(3, 50003) });

    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->columnCount(), int(ConnectionTableModel::ColumnCount));
    QCOMPARE(inserted.size(), 1); // one insertion for the batch
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 2);
    QCOMPARE(m_model->openCount(), 3);
    QCOMPARE(openCount.size(), 1);
    QCOMPARE(openCount.at(0).at(0).toInt(), 3);

    QCOMPARE(ids(), (QList<int> { 1, 2, 3 }));
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(m_model->rowOfConnection(row + 1), row);
        QCOMPARE(textAt(row, ConnectionTableModel::IdColumn), QString::number(row + 1));
        QCOMPARE(textAt(row, ConnectionTableModel::RemoteAddressColumn), QStringLiteral("127.0.0.1"));
        QCOMPARE(textAt(row, ConnectionTableModel::RemotePortColumn), QString::number(50001 + row));
        QCOMPARE(textAt(row, ConnectionTableModel::LocalAddressColumn), QStringLiteral("127.0.0.1"));
        QCOMPARE(textAt(row, ConnectionTableModel::LocalPortColumn), QStringLiteral("65432"));
        QCOMPARE(textAt(row, ConnectionTableModel::StateColumn), QStringLiteral("Connected"));
        QCOMPARE(textAt(row, ConnectionTableModel::ConnectedAtColumn), QStringLiteral("13:04:05.067"));
        QCOMPARE(textAt(row, ConnectionTableModel::BytesInColumn), QStringLiteral("0"));
        QCOMPARE(m_model->index(row, 0).data(ConnectionTableModel::IsOpenRole).toBool(), true);
        QCOMPARE(m_model->index(row, 0).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Connection #%1: client 127.0.0.1:%2, server 127.0.0.1:65432")
                     .arg(row + 1)
                     .arg(50001 + row));
    }
    QCOMPARE(m_model->rowOfConnection(4), -1);
}

void tst_ConnectionTableModel::countersFromReceivedAndSent()
{
    m_model->applyBatch({ accepted(1, 50001), accepted(2, 50002) });
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);

    m_model->applyBatch({ withPayload(EventKind::Received, 2, "hello"),
                          withPayload(EventKind::Sent, 2, "HELLO"),
                          withPayload(EventKind::Received, 2, "world!\n"),
                          withPayload(EventKind::Received, 1, QByteArray(1000, 'x')) });
    // One dataChanged covering the changed rows.
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), m_model->index(0, 0));
    QCOMPARE(changed.at(0).at(1).toModelIndex(),
             m_model->index(1, ConnectionTableModel::ColumnCount - 1));

    QCOMPARE(valueAt(1, ConnectionTableModel::BytesInColumn), 12);
    QCOMPARE(valueAt(1, ConnectionTableModel::MessagesInColumn), 2);
    QCOMPARE(valueAt(1, ConnectionTableModel::BytesOutColumn), 5);
    QCOMPARE(valueAt(1, ConnectionTableModel::MessagesOutColumn), 1);
    QCOMPARE(valueAt(0, ConnectionTableModel::BytesInColumn), 1000);
    QCOMPARE(valueAt(0, ConnectionTableModel::MessagesInColumn), 1);
    QCOMPARE(valueAt(0, ConnectionTableModel::BytesOutColumn), 0);
    QCOMPARE(valueAt(0, ConnectionTableModel::MessagesOutColumn), 0);
    QCOMPARE(textAt(0, ConnectionTableModel::BytesInColumn), QLocale().toString(1000));

    // The bytes a line cut skipped were received all the same; they are not a message.
    LabEvent truncated = LabEvent::make(EventKind::Note, 1);
    truncated.note = NoteKind::LineTruncated;
    truncated.byteCount = 4464;
    m_model->applyBatch({ truncated });
    QCOMPARE(valueAt(0, ConnectionTableModel::BytesInColumn), 5464);
    QCOMPARE(valueAt(0, ConnectionTableModel::MessagesInColumn), 1);
}

void tst_ConnectionTableModel::eventsInTheSameBatchAsAccepted()
{
    m_model->applyBatch({ accepted(7, 50007), withPayload(EventKind::Received, 7, "abc"),
                          withPayload(EventKind::Sent, 7, "ABC"), closed(7, CloseReason::ClosedByUs),
                          accepted(8, 50008) });
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(ids(), (QList<int> { 7, 8 }));
    QCOMPARE(valueAt(0, ConnectionTableModel::BytesInColumn), 3);
    QCOMPARE(valueAt(0, ConnectionTableModel::BytesOutColumn), 3);
    QCOMPARE(m_model->index(0, 0).data(ConnectionTableModel::IsOpenRole).toBool(), false);
    QCOMPARE(m_model->index(1, 0).data(ConnectionTableModel::IsOpenRole).toBool(), true);
    QCOMPARE(m_model->openCount(), 1);
}

void tst_ConnectionTableModel::closedConnectionStaysUntilClearClosed()
{
    m_model->applyBatch({ accepted(1, 50001), accepted(2, 50002), accepted(3, 50003) });
    QSignalSpy openCount(m_model, &ConnectionTableModel::openCountChanged);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);

    m_model->applyBatch({ closed(2, CloseReason::ClosedByPeer) });
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->openCount(), 2);
    QCOMPARE(openCount.size(), 1);
    QCOMPARE(openCount.at(0).at(0).toInt(), 2);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 1);

    QCOMPARE(m_model->index(1, 0).data(ConnectionTableModel::IsOpenRole).toBool(), false);
    QCOMPARE(m_model->index(1, ConnectionTableModel::StateColumn).data(ConnectionTableModel::RawValueRole).toBool(), false);
    QCOMPARE(textAt(1, ConnectionTableModel::StateColumn),
             QStringLiteral("Closed by the peer (FIN)"));
    QVERIFY(m_model->index(1, 0).data(Qt::ForegroundRole).canConvert<QBrush>());
    QVERIFY(!m_model->index(0, 0).data(Qt::ForegroundRole).isValid());

    // A second Closed for the same connection changes nothing.
    m_model->applyBatch({ closed(2, CloseReason::ClosedAfterError) });
    QCOMPARE(m_model->openCount(), 2);
    QCOMPARE(openCount.size(), 1);
    QCOMPARE(textAt(1, ConnectionTableModel::StateColumn),
             QStringLiteral("Closed by the peer (FIN)"));

    m_model->applyBatch({ closed(3, CloseReason::AbortedByUs), closed(1, CloseReason::ServerStopped) });
    QCOMPARE(m_model->openCount(), 0);
    QCOMPARE(openCount.size(), 2);
    QCOMPARE(openCount.at(1).at(0).toInt(), 0);
    QCOMPARE(textAt(2, ConnectionTableModel::StateColumn), QStringLiteral("Aborted (RST)"));
    QCOMPARE(textAt(0, ConnectionTableModel::StateColumn),
             QStringLiteral("Server stopped"));
}

void tst_ConnectionTableModel::clearClosedRemovesOnlyClosedRows()
{
    LabEventBatch batch;
    for (int id = 1; id <= 7; ++id)
        batch.append(accepted(id, quint16(50000 + id)));
    m_model->applyBatch(batch);
    // Closed: 2, 4, 5 (a run) and 7 (the last row); open: 1, 3, 6.
    m_model->applyBatch({ closed(2), closed(4), closed(5), closed(7) });
    QCOMPARE(m_model->openCount(), 3);

    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    m_model->clearClosed();
    QCOMPARE(reset.size(), 0);
    QCOMPARE(removed.size(), 3); // one removal per run of closed rows
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(ids(), (QList<int> { 1, 3, 6 }));
    QCOMPARE(m_model->openCount(), 3);
    QCOMPARE(m_model->rowOfConnection(1), 0);
    QCOMPARE(m_model->rowOfConnection(3), 1);
    QCOMPARE(m_model->rowOfConnection(6), 2);
    for (int id : { 2, 4, 5, 7 })
        QCOMPARE(m_model->rowOfConnection(id), -1);
    QCOMPARE(valueAt(1, ConnectionTableModel::RemotePortColumn), 50003);
    QCOMPARE(valueAt(2, ConnectionTableModel::RemotePortColumn), 50006);

    // Later events reach the right rows.
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_model->applyBatch({ withPayload(EventKind::Received, 6, "six"),
                          withPayload(EventKind::Sent, 3, "three") });
    QCOMPARE(valueAt(2, ConnectionTableModel::BytesInColumn), 3);
    QCOMPARE(valueAt(2, ConnectionTableModel::BytesOutColumn), 0);
    QCOMPARE(valueAt(1, ConnectionTableModel::BytesOutColumn), 5);
    QCOMPARE(valueAt(1, ConnectionTableModel::BytesInColumn), 0);
    QCOMPARE(valueAt(0, ConnectionTableModel::BytesInColumn), 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 2);
    // Events for forgotten connections are ignored.
    m_model->applyBatch({ withPayload(EventKind::Received, 4, "gone") });
    QCOMPARE(m_model->rowCount(), 3);

    m_model->applyBatch({ closed(6) });
    QCOMPARE(m_model->openCount(), 2);
    QCOMPARE(m_model->index(2, 0).data(ConnectionTableModel::IsOpenRole).toBool(), false);
    QCOMPARE(m_model->index(1, 0).data(ConnectionTableModel::IsOpenRole).toBool(), true);

    // New connections go after the kept ones.
    m_model->applyBatch({ accepted(8, 50008) });
    QCOMPARE(ids(), (QList<int> { 1, 3, 6, 8 }));
    QCOMPARE(m_model->rowOfConnection(8), 3);
    m_model->clearClosed();
    QCOMPARE(ids(), (QList<int> { 1, 3, 8 }));
    QCOMPARE(m_model->rowOfConnection(8), 2);
}

void tst_ConnectionTableModel::clearClosedWithNothingClosed()
{
    m_model->applyBatch({ accepted(1, 50001), accepted(2, 50002) });
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    m_model->clearClosed();
    QCOMPARE(removed.size(), 0);
    QCOMPARE(ids(), (QList<int> { 1, 2 }));

    m_model->applyBatch({ closed(1), closed(2) });
    m_model->clearClosed();
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(m_model->openCount(), 0);
}

void tst_ConnectionTableModel::sessionEventsAndUnknownIdsAreIgnored()
{
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    LabEvent listening = LabEvent::make(EventKind::Listening);
    listening.local = Endpoint(QHostAddress(QHostAddress::Any), 65432);
    m_model->applyBatch({ listening, withPayload(EventKind::Received, 9, "who?"), closed(9),
                          LabEvent::make(EventKind::Stopped) });
    m_model->applyBatch({});
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->openCount(), 0);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(inserted.size(), 0);
}

void tst_ConnectionTableModel::rawValueRole()
{
    LabEvent v6 = LabEvent::make(EventKind::Accepted, 1);
    v6.when = kConnectedAt;
    v6.local = Endpoint(QHostAddress(QHostAddress::LocalHostIPv6), 65432);
    v6.remote = Endpoint(QHostAddress(QHostAddress::LocalHostIPv6), 50001);
    m_model->applyBatch({ v6, withPayload(EventKind::Received, 1, "12345") });

    const QVariant remotePort = m_model->index(0, ConnectionTableModel::RemotePortColumn)
                                    .data(ConnectionTableModel::RawValueRole);
    const QVariant localPort = m_model->index(0, ConnectionTableModel::LocalPortColumn)
                                   .data(ConnectionTableModel::RawValueRole);
    const QVariant bytesIn = m_model->index(0, ConnectionTableModel::BytesInColumn)
                                 .data(ConnectionTableModel::RawValueRole);
    const QVariant id = m_model->index(0, ConnectionTableModel::IdColumn)
                            .data(ConnectionTableModel::RawValueRole);
    // Numbers, not text: a proxy sorting on RawValueRole puts port 9 before 10.
    for (const QVariant &value : { remotePort, localPort, bytesIn, id })
        QVERIFY2(isNumber(value), value.typeName());
    QCOMPARE(remotePort.toInt(), 50001);
    QCOMPARE(localPort.toInt(), 65432);
    QCOMPARE(bytesIn.toLongLong(), 5LL);
    QCOMPARE(id.toInt(), 1);
    QCOMPARE(m_model->index(0, ConnectionTableModel::ConnectedAtColumn)
                 .data(ConnectionTableModel::RawValueRole)
                 .toDateTime(),
             kConnectedAt);
    QCOMPARE(textAt(0, ConnectionTableModel::RemoteAddressColumn), QStringLiteral("::1"));
    QCOMPARE(m_model->index(0, ConnectionTableModel::RemoteAddressColumn)
                 .data(ConnectionTableModel::RawValueRole)
                 .toString(),
             QStringLiteral("::1"));
    QCOMPARE(m_model->index(0, ConnectionTableModel::RemotePortColumn).data(Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));
}

void tst_ConnectionTableModel::headerData()
{
    for (int column = 0; column < ConnectionTableModel::ColumnCount; ++column) {
        const QString header = m_model->headerData(column, Qt::Horizontal).toString();
        QVERIFY2(!header.isEmpty(), qPrintable(QStringLiteral("column %1").arg(column)));
    }
    QCOMPARE(m_model->headerData(ConnectionTableModel::IdColumn, Qt::Horizontal).toString(),
             QStringLiteral("#"));
    QCOMPARE(m_model->headerData(ConnectionTableModel::RemotePortColumn, Qt::Horizontal).toString(),
             QStringLiteral("Remote port"));
    QCOMPARE(m_model->headerData(ConnectionTableModel::MessagesOutColumn, Qt::Horizontal).toString(),
             QStringLiteral("Messages out"));

    QSignalSpy headerChanged(m_model, &QAbstractItemModel::headerDataChanged);
    m_model->retranslate();
    QCOMPARE(headerChanged.size(), 1);
    QCOMPARE(headerChanged.at(0).at(1).toInt(), 0);
    QCOMPARE(headerChanged.at(0).at(2).toInt(), ConnectionTableModel::ColumnCount - 1);
}

// A peer's RST reads as a reset in the table and its tooltip, never as the peer's orderly close.
void tst_ConnectionTableModel::aResetRowSaysRstNotAnOrderlyClose()
{
    m_model->applyBatch({ accepted(1, 50001), accepted(2, 50002) });
    m_model->applyBatch({ closed(1, CloseReason::ResetByPeer), closed(2, CloseReason::ClosedByPeer) });
    QCOMPARE(textAt(0, ConnectionTableModel::StateColumn), QStringLiteral("Reset by the peer (RST)"));
    QCOMPARE(textAt(1, ConnectionTableModel::StateColumn), QStringLiteral("Closed by the peer (FIN)"));
    QVERIFY(m_model->index(0, 0).data(Qt::ToolTipRole).toString().endsWith(QStringLiteral("reset by the peer (RST)")));
    QVERIFY(m_model->index(1, 0).data(Qt::ToolTipRole).toString().endsWith(QStringLiteral("closed by the peer (FIN)")));
    QCOMPARE(m_model->openCount(), 0);
}

// A client's attempts are rows from their SYN: connecting, then connected, failed or cancelled.
void tst_ConnectionTableModel::clientAttemptsAreRows()
{
    const Endpoint server(QHostAddress(QStringLiteral("127.0.0.1")), 65432);
    auto event = [&server](EventKind kind, int id) {
        LabEvent e = LabEvent::make(kind, id);
        e.remote = server;
        return e;
    };
    m_model->applyBatch({ event(EventKind::Connecting, 1), event(EventKind::Connecting, 2), event(EventKind::Connecting, 3) });
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(textAt(0, ConnectionTableModel::StateColumn), QStringLiteral("Connecting (SYN-SENT)"));
    QCOMPARE(m_model->index(0, 0).data(ConnectionTableModel::IsOpenRole).toBool(), true); // can be cancelled
    QCOMPARE(m_model->openCount(), 0);

    LabEvent connected = event(EventKind::Connected, 1);
    connected.local = Endpoint(QHostAddress(QStringLiteral("127.0.0.1")), 50001);
    LabEvent refused = event(EventKind::Error, 2);
    refused.error = LabError::ConnectionRefused;
    LabEvent cancelled = event(EventKind::Closed, 3);
    cancelled.reason = CloseReason::CancelledByUs;
    m_model->applyBatch({ connected, refused, cancelled });
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(ids(), QList<int>({ 1, 2, 3 }));
    QCOMPARE(textAt(0, ConnectionTableModel::StateColumn), QStringLiteral("Connected"));
    QCOMPARE(valueAt(0, ConnectionTableModel::LocalPortColumn), 50001);
    QCOMPARE(textAt(1, ConnectionTableModel::StateColumn), QStringLiteral("Failed: connection refused"));
    QCOMPARE(textAt(1, ConnectionTableModel::LocalPortColumn), QString()); // no port to show, not "0"
    QCOMPARE(textAt(2, ConnectionTableModel::StateColumn), QStringLiteral("Cancelled while connecting"));
    QCOMPARE(m_model->index(1, 0).data(ConnectionTableModel::IsOpenRole).toBool(), false);
    QVERIFY(m_model->index(1, 0).data(Qt::ForegroundRole).canConvert<QBrush>()); // greyed
    QCOMPARE(m_model->openCount(), 1);

    m_model->clearClosed();
    QCOMPARE(ids(), QList<int>({ 1 }));
}

QTEST_GUILESS_MAIN(tst_ConnectionTableModel)
#include "tst_connectiontablemodel.moc"
