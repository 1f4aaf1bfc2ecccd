#include "model/connectionfilterproxymodel.h"
#include "model/messagelogmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

const QDateTime kWhen(QDate(2024, 5, 6), QTime(13, 4, 5, 67));
const Endpoint kServer(QHostAddress(QHostAddress::LocalHost), 65432);
const Endpoint kClient(QHostAddress(QHostAddress::LocalHost), 50001);

LabEvent message(EventKind kind, int id, const QByteArray &payload, const Endpoint &remote = kClient)
{
    LabEvent event = LabEvent::make(kind, id);
    event.when = kWhen;
    event.local = kServer;
    event.remote = remote;
    event.payload = payload;
    return event;
}

LabEvent listening()
{
    LabEvent event = LabEvent::make(EventKind::Listening);
    event.when = kWhen;
    event.local = kServer;
    return event;
}

// Events "msg <first>" .. "msg <first + count - 1>".
LabEventBatch numbered(int first, int count)
{
    LabEventBatch batch;
    for (int i = first; i < first + count; ++i)
        batch.append(message(EventKind::Received, 1, "msg " + QByteArray::number(i)));
    return batch;
}

QByteArray payloadAt(const QAbstractItemModel &model, int row)
{
    return model.index(row, 0).data(MessageLogModel::PayloadRole).toByteArray();
}

} // namespace

class tst_MessageLogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void batchAppend();
    void systemRows();
    void emptyMessage();
    void capKeepsTheNewest();
    void batchBiggerThanTheCap();
    void batchBiggerThanTheCapOnNonEmptyModel();
    void hexMode();
    void bytesThatAreNotText();
    void largePayloadIsKeptTruncated();
    void clear();
    void rowAsText();
    void filterByConnection();
    void filterFollowsTheCap();
};

void tst_MessageLogModel::batchAppend()
{
    MessageLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    const Endpoint v6Client(QHostAddress(QHostAddress::LocalHostIPv6), 50002);
    model.applyBatch({ message(EventKind::Received, 1, "Hello"),
                       message(EventKind::Sent, 1, "HELLO"),
                       message(EventKind::Received, 2, "ol\xc3\xa1", v6Client) });
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(inserted.size(), 1); // one insertion per batch
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 2);

    QCOMPARE(model.index(0).data(MessageLogModel::DirectionRole).toInt(),
             int(MessageLogModel::ReceivedDirection));
    QCOMPARE(model.index(1).data(MessageLogModel::DirectionRole).toInt(),
             int(MessageLogModel::SentDirection));
    QCOMPARE(model.index(0).data(Qt::DisplayRole).toString(), QStringLiteral("Hello"));
    QCOMPARE(model.index(1).data(Qt::DisplayRole).toString(), QStringLiteral("HELLO"));
    QCOMPARE(model.index(2).data(Qt::DisplayRole).toString(), QString::fromUtf8("ol\xc3\xa1"));
    QCOMPARE(model.index(0).data(MessageLogModel::PeerRole).toString(), QStringLiteral("127.0.0.1:50001"));
    QCOMPARE(model.index(2).data(MessageLogModel::PeerRole).toString(), QStringLiteral("[::1]:50002"));
    QCOMPARE(model.index(2).data(MessageLogModel::ConnectionIdRole).toInt(), 2);
    QCOMPARE(model.index(0).data(MessageLogModel::TimeTextRole).toString(), QStringLiteral("13:04:05.067"));
    QCOMPARE(model.index(0).data(MessageLogModel::TimestampRole).toDateTime(), kWhen);
    QCOMPARE(model.index(0).data(MessageLogModel::PayloadRole).toByteArray(), QByteArray("Hello"));
    QCOMPARE(model.index(2).data(MessageLogModel::ByteCountRole).toLongLong(), 4LL);
    QCOMPARE(model.index(0).data(MessageLogModel::IsTruncatedRole).toBool(), false);
    QCOMPARE(model.index(0).data(MessageLogModel::ShownAsHexRole).toBool(), false);
    QCOMPARE(model.index(0).data(MessageLogModel::IsErrorRole).toBool(), false);
    QCOMPARE(model.index(0).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Received 5 byte(s) from 127.0.0.1:50001."));

    // The next batch goes after, in one insertion.
    model.applyBatch({ message(EventKind::Received, 1, "again") });
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 3);
    QCOMPARE(inserted.at(1).at(2).toInt(), 3);
    QCOMPARE(payloadAt(model, 3), QByteArray("again"));

    model.applyBatch({});
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(model.droppedCount(), 0);

    const QHash<int, QByteArray> roles = model.roleNames();
    QCOMPARE(roles.value(MessageLogModel::PayloadRole), QByteArray("payload"));
    QCOMPARE(roles.value(Qt::DisplayRole), QByteArray("display"));
}

void tst_MessageLogModel::systemRows()
{
    MessageLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    LabEvent error = LabEvent::make(EventKind::Error);
    error.when = kWhen;
    error.error = LabError::AddressInUse;
    error.local = kServer;
    model.applyBatch({ listening(), error });

    QCOMPARE(model.index(0).data(MessageLogModel::DirectionRole).toInt(),
             int(MessageLogModel::SystemDirection));
    QCOMPARE(model.index(0).data(Qt::DisplayRole).toString(),
             QStringLiteral("Listening on 127.0.0.1:65432: waiting for clients (socket, bind, listen)."));
    QCOMPARE(model.index(0).data(MessageLogModel::PeerRole).toString(), QString());
    QCOMPARE(model.index(0).data(MessageLogModel::ConnectionIdRole).toInt(), 0);
    QCOMPARE(model.index(0).data(MessageLogModel::IsErrorRole).toBool(), false);
    QCOMPARE(model.index(1).data(MessageLogModel::IsErrorRole).toBool(), true);
    QVERIFY(model.index(1).data(Qt::DisplayRole).toString().contains(QStringLiteral("65432")));
    QCOMPARE(model.index(0).data(MessageLogModel::ShownAsHexRole).toBool(), false);
}

void tst_MessageLogModel::emptyMessage()
{
    MessageLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.applyBatch({ message(EventKind::Received, 1, QByteArray()) });
    QCOMPARE(model.index(0).data(Qt::DisplayRole).toString(), QStringLiteral("(empty message)"));
    QCOMPARE(model.index(0).data(MessageLogModel::ByteCountRole).toLongLong(), 0LL);
}

void tst_MessageLogModel::capKeepsTheNewest()
{
    MessageLogModel model(nullptr, 100);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy dropped(&model, &MessageLogModel::droppedCountChanged);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QCOMPARE(model.maxEntries(), 100);

    for (int first = 0; first < 250; first += 30)
        model.applyBatch(numbered(first, qMin(30, 250 - first)));

    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(model.droppedCount(), 150);
    QCOMPARE(payloadAt(model, 0), QByteArray("msg 150"));
    QCOMPARE(payloadAt(model, 99), QByteArray("msg 249"));
    for (int row = 0; row < 100; ++row)
        QCOMPARE(payloadAt(model, row), "msg " + QByteArray::number(150 + row));

    // Batches of 30 and a last one of 10: the 4th batch is the first to overflow (120 > 100).
    QCOMPARE(removed.size(), 6);
    QCOMPARE(removed.at(0).at(1).toInt(), 0);
    QCOMPARE(removed.at(0).at(2).toInt(), 19);
    QCOMPARE(dropped.size(), 6);
    QCOMPARE(dropped.at(0).at(0).toLongLong(), 20LL);
    QCOMPARE(dropped.constLast().at(0).toLongLong(), 150LL);
    QCOMPARE(reset.size(), 0); // never a reset per message
}

void tst_MessageLogModel::batchBiggerThanTheCap()
{
    MessageLogModel model(nullptr, 100);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy dropped(&model, &MessageLogModel::droppedCountChanged);

    model.applyBatch(numbered(0, 250));
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(model.droppedCount(), 150);
    QCOMPARE(payloadAt(model, 0), QByteArray("msg 150"));
    QCOMPARE(payloadAt(model, 99), QByteArray("msg 249"));
    QCOMPARE(dropped.size(), 1);
    if (!dropped.isEmpty())
        QCOMPARE(dropped.at(0).at(0).toLongLong(), 150LL);
}

void tst_MessageLogModel::batchBiggerThanTheCapOnNonEmptyModel()
{
    MessageLogModel model(nullptr, 100);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.applyBatch(numbered(0, 10));
    QSignalSpy dropped(&model, &MessageLogModel::droppedCountChanged);

    model.applyBatch(numbered(10, 250));
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(model.droppedCount(), 160);
    QCOMPARE(payloadAt(model, 0), QByteArray("msg 160"));
    QCOMPARE(payloadAt(model, 99), QByteArray("msg 259"));
    QCOMPARE(dropped.size(), 1);
    QCOMPARE(dropped.at(0).at(0).toLongLong(), 160LL);
}

void tst_MessageLogModel::hexMode()
{
    MessageLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.applyBatch({ listening(), message(EventKind::Received, 1, "Hello"),
                       message(EventKind::Sent, 1, "ok\n") });
    const QString systemText = model.index(0).data().toString();
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.setHexMode(true);
    QVERIFY(model.hexMode());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(0));
    QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(2));
    const QList<int> roles = changed.at(0).at(2).value<QList<int>>();
    QVERIFY(roles.contains(Qt::DisplayRole));
    QVERIFY(roles.contains(MessageLogModel::ShownAsHexRole));

    QCOMPARE(model.index(1).data().toString(), QStringLiteral("48 65 6c 6c 6f"));
    QCOMPARE(model.index(2).data().toString(), QStringLiteral("6f 6b 0a"));
    QCOMPARE(model.index(1).data(MessageLogModel::ShownAsHexRole).toBool(), true);
    QCOMPARE(model.index(0).data().toString(), systemText); // system rows stay sentences
    QCOMPARE(model.index(0).data(MessageLogModel::ShownAsHexRole).toBool(), false);

    model.setHexMode(true); // no change, no signal
    QCOMPARE(changed.size(), 1);
    model.setHexMode(false);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(model.index(1).data().toString(), QStringLiteral("Hello"));
    QCOMPARE(model.index(1).data(MessageLogModel::ShownAsHexRole).toBool(), false);
}

void tst_MessageLogModel::bytesThatAreNotText()
{
    MessageLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.applyBatch({ message(EventKind::Received, 1, "\xff\xfe"),
                       message(EventKind::Received, 1, "\x1b[31m<b>x</b>") });
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("ff fe"));
    QCOMPARE(model.index(0).data(MessageLogModel::ShownAsHexRole).toBool(), true);
    QCOMPARE(model.index(1).data().toString(), QStringLiteral("\\x1b[31m<b>x</b>"));
    QCOMPARE(model.index(1).data(MessageLogModel::ShownAsHexRole).toBool(), false);
}

void tst_MessageLogModel::largePayloadIsKeptTruncated()
{
    MessageLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int kept = MessageLogModel::kMaxStoredPayloadBytes;
    QCOMPARE(kept, 65536);
    const QByteArray big(100000, 'y');

    model.applyBatch({ message(EventKind::Received, 1, big),
                       message(EventKind::Received, 1, QByteArray(kept, 'z')) });
    QCOMPARE(payloadAt(model, 0), QByteArray(kept, 'y'));
    QCOMPARE(model.index(0).data(MessageLogModel::ByteCountRole).toLongLong(), 100000LL);
    QCOMPARE(model.index(0).data(MessageLogModel::IsTruncatedRole).toBool(), true);
    const QString shown = model.index(0).data().toString();
    QCOMPARE(shown.left(kept), QString(kept, QLatin1Char('y')));
    QCOMPARE(shown.mid(kept), QStringLiteral(" [… not shown: 34464 byte(s)]"));
    // The tooltip counts the bytes really received.
    QCOMPARE(model.index(0).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Received 100000 byte(s) from 127.0.0.1:50001."));

    // Exactly the limit is not truncated.
    QCOMPARE(payloadAt(model, 1).size(), qsizetype(kept));
    QCOMPARE(model.index(1).data(MessageLogModel::ByteCountRole).toLongLong(), qint64(kept));
    QCOMPARE(model.index(1).data(MessageLogModel::IsTruncatedRole).toBool(), false);
}

void tst_MessageLogModel::clear()
{
    MessageLogModel model(nullptr, 10);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.applyBatch(numbered(0, 15));
    QCOMPARE(model.droppedCount(), 5);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy dropped(&model, &MessageLogModel::droppedCountChanged);

    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.droppedCount(), 0);
    QCOMPARE(dropped.size(), 1);
    QCOMPARE(dropped.at(0).at(0).toLongLong(), 0LL);

    // Usable again, with the same cap.
    model.applyBatch(numbered(100, 12));
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(payloadAt(model, 0), QByteArray("msg 102"));
    QCOMPARE(model.droppedCount(), 2);
    QCOMPARE(dropped.size(), 2); // the batch's own overflow is announced too

    model.clear();
    model.clear(); // nothing to clear: no second droppedCountChanged(0)
    QCOMPARE(dropped.size(), 3);
}

void tst_MessageLogModel::rowAsText()
{
    MessageLogModel model;
    model.applyBatch({ message(EventKind::Received, 1, "Hello"), message(EventKind::Sent, 1, "HELLO"),
                       listening(), message(EventKind::Received, 1, "\x1b[2J") });

    QCOMPARE(model.rowAsText(0), QStringLiteral("[13:04:05.067] 127.0.0.1:50001 → Hello"));
    QCOMPARE(model.rowAsText(1), QStringLiteral("[13:04:05.067] → 127.0.0.1:50001: HELLO"));
    QCOMPARE(model.rowAsText(2),
             QStringLiteral("[13:04:05.067] * Listening on 127.0.0.1:65432: waiting for clients "
                            "(socket, bind, listen)."));
    QCOMPARE(model.rowAsText(3), QStringLiteral("[13:04:05.067] 127.0.0.1:50001 → \\x1b[2J"));
    QCOMPARE(model.rowAsText(4), QString());
    QCOMPARE(model.rowAsText(-1), QString());

    model.setHexMode(true);
    QCOMPARE(model.rowAsText(0), QStringLiteral("[13:04:05.067] 127.0.0.1:50001 → 48 65 6c 6c 6f"));
}

void tst_MessageLogModel::filterByConnection()
{
    MessageLogModel log;
    ConnectionFilterProxyModel proxy;
    proxy.setConnectionIdRole(MessageLogModel::ConnectionIdRole);
    proxy.setSourceModel(&log);
    QAbstractItemModelTester logTester(&log, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);

    log.applyBatch({ listening(), message(EventKind::Received, 1, "a1"),
                     message(EventKind::Received, 2, "b1"), message(EventKind::Sent, 2, "B1"),
                     message(EventKind::Received, 3, "c1"), message(EventKind::Received, 1, "a2") });
    QCOMPARE(proxy.rowCount(), 6); // no filter: everything

    const auto shown = [&proxy] {
        QByteArrayList payloads;
        for (int row = 0; row < proxy.rowCount(); ++row)
            payloads.append(proxy.index(row, 0).data(MessageLogModel::PayloadRole).toByteArray());
        return payloads;
    };

    proxy.setConnectionFilter({ 2 });
    QCOMPARE(proxy.connectionFilter(), QSet<int> { 2 });
    QCOMPARE(shown(), (QByteArrayList { "b1", "B1" }));

    proxy.setConnectionFilter({ 1, 3 });
    QCOMPARE(shown(), (QByteArrayList { "a1", "c1", "a2" }));

    // New rows are filtered as they arrive.
    log.applyBatch({ message(EventKind::Received, 3, "c2"), message(EventKind::Received, 2, "b2") });
    QCOMPARE(shown(), (QByteArrayList { "a1", "c1", "a2", "c2" }));

    // Clearing the log empties the filtered view.
    log.clear();
    QCOMPARE(proxy.rowCount(), 0);
    log.applyBatch({ message(EventKind::Received, 1, "a3"), message(EventKind::Received, 4, "d1") });
    QCOMPARE(shown(), (QByteArrayList { "a3" }));

    proxy.setConnectionFilter({});
    QCOMPARE(shown(), (QByteArrayList { "a3", "d1" }));
}

void tst_MessageLogModel::filterFollowsTheCap()
{
    MessageLogModel log(nullptr, 4);
    ConnectionFilterProxyModel proxy;
    proxy.setConnectionIdRole(MessageLogModel::ConnectionIdRole);
    proxy.setSourceModel(&log);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setConnectionFilter({ 1 });

    log.applyBatch({ message(EventKind::Received, 1, "a1"), message(EventKind::Received, 2, "b1"),
                     message(EventKind::Received, 1, "a2"), message(EventKind::Received, 2, "b2") });
    QCOMPARE(proxy.rowCount(), 2);
    // The two oldest rows (a1, b1) go; the filtered view loses a1 with them.
    log.applyBatch({ message(EventKind::Received, 2, "b3"), message(EventKind::Received, 1, "a3") });
    QCOMPARE(log.droppedCount(), 2);
    QCOMPARE(proxy.rowCount(), 2);
    QCOMPARE(payloadAt(proxy, 0), QByteArray("a2"));
    QCOMPARE(payloadAt(proxy, 1), QByteArray("a3"));
}

QTEST_GUILESS_MAIN(tst_MessageLogModel)
#include "tst_messagelogmodel.moc"
