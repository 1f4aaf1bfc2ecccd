// Hostile peer data is shown literally, never interpreted: NUL, invalid UTF-8, ANSI escapes,
// a right-to-left override, a zero width space, BEL, CR, HTML and Markdown markup and a 64 KiB
// line go through the real models (message log, connection and peer tables, packet list and
// details) into the real views (chat bubbles, tooltips, labels, hex dump) and the exported lab
// report. What a user sees is checked: no control character acts, every tooltip Qt would render
// as rich text shows the very characters, the bubbles draw markup as characters, the report
// escapes it. Offscreen; the end-to-end case uses a real TCP peer on 127.0.0.1.
#include "app/languagemanager.h"
#include "app/mainwindow.h"
#include "app/tcpserverpage.h"
#include "model/connectiontablemodel.h"
#include "model/labjournal.h"
#include "model/labreport.h"
#include "model/messagelogmodel.h"
#include "model/packetlistmodel.h"
#include "model/payloadtext.h"
#include "model/peertablemodel.h"
#include "model/wholelabreport.h"
#include "widgets/chatbubbledelegate.h"
#include "widgets/hexdumpview.h"
#include "widgets/messagelogview.h"
#include "widgets/packetdetailsview.h"
#include "widgets/servercontrols.h"
#include "tests/support/udpframe.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QToolTip>
#include <QTreeWidget>

namespace {

const Endpoint kPeer(QHostAddress(QStringLiteral("127.0.0.1")), 50000);
const Endpoint kServer(QHostAddress(QStringLiteral("127.0.0.1")), 65432);

// A character that acts on the view or the terminal instead of being seen: C0/C1 controls
// (newline and tab excepted), DEL, bidirectional controls, invisible characters.
bool acts(char32_t c)
{
    if (c == U'\n' || c == U'\t')
        return false;
    return c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f || c == 0x061c || c == 0x200b
        || c == 0x00ad || (c >= 0x2060 && c <= 0x2064) || c == 0xfeff || c == 0x2028 || c == 0x2029
        || (c >= 0xe0000 && c <= 0xe007f);
}

// "" when text is safe to show, else which character acts and where.
QString actingCharacter(const QString &text)
{
    const QList<uint> chars = text.toUcs4();
    for (int i = 0; i < chars.size(); ++i) {
        if (acts(chars.at(i)))
            return QStringLiteral("U+%1 at %2").arg(chars.at(i), 4, 16, QLatin1Char('0')).arg(i);
    }
    return {};
}

// Markup characters of peer text that the report left without its backslash.
const QRegularExpression unescapedMarkup(QStringLiteral("(?<!\\\\)(<img|<b>|\\]\\(javascript|\\*\\*md)"));

// What a tooltip shows: Qt renders it as rich text when it looks like some (QToolTip, a QLabel
// with Qt::AutoText).
QString renderedToolTip(const QString &tip)
{
    if (!Qt::mightBeRichText(tip))
        return tip;
    QTextDocument document;
    document.setHtml(tip);
    return document.toPlainText();
}

LabEvent message(EventKind kind, const QByteArray &payload, Transport transport = Transport::Tcp)
{
    LabEvent event = LabEvent::make(kind, 1);
    event.transport = transport;
    event.local = kServer;
    event.remote = kPeer;
    event.payload = payload;
    return event;
}

// An Ethernet/IPv4/UDP frame 127.0.0.1:50000 -> 127.0.0.1:65431 carrying payload.
} // namespace

class tst_LiteralDisplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void messageLog_data();
    void messageLog();
    void systemRowsQuoteTypedText_data();
    void systemRowsQuoteTypedText();
    void tooltipShownIsTheModelsText();
    void textFromElsewhereIsEscapedAlike();
    void tables_data();
    void tables();
    void capture_data();
    void capture();
    void bubblesDrawMarkupAsCharacters();
    void reportEscapesEverything();
    void endToEndThroughTheServerPage();

private:
    QTemporaryDir m_temp;
};

void tst_LiteralDisplay::initTestCase()
{
    QVERIFY(m_temp.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_temp.filePath(QStringLiteral("settings")));
    QCoreApplication::setOrganizationName(QStringLiteral("SocketLabTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_literaldisplay"));
}

// The hostile payloads and what the log shows for each.
static void addHostilePayloads(bool withLongLine)
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("shown");
    QTest::newRow("NUL") << QByteArray("a\0b", 3) << QStringLiteral("a\\x00b");
    QTest::newRow("invalid UTF-8") << QByteArray("ok\xff\xfe") << QStringLiteral("6f 6b ff fe");
    QTest::newRow("ANSI red") << QByteArray("\x1b[31mred\x1b[0m") << QStringLiteral("\\x1b[31mred\\x1b[0m");
    QTest::newRow("ANSI clear screen") << QByteArray("\x1b[2J\x1b[H") << QStringLiteral("\\x1b[2J\\x1b[H");
    QTest::newRow("RLO U+202E") << QByteArray("invoice\xe2\x80\xaegpj.exe") << QStringLiteral("invoice\\u202egpj.exe");
    QTest::newRow("zero width space U+200B") << QByteArray("pay\xe2\x80\x8bpal") << QStringLiteral("pay\\u200bpal");
    QTest::newRow("Arabic letter mark U+061C") << QByteArray("a\xd8\x9c" "b") << QStringLiteral("a\\u061cb");
    QTest::newRow("soft hyphen") << QByteArray("pay\xc2\xadpal") << QStringLiteral("pay\\xadpal");
    QTest::newRow("tag characters") << QByteArray("x\xf3\xa0\x81\x81") << QStringLiteral("x\\U000e0041");
    QTest::newRow("BEL") << QByteArray("ding\a") << QStringLiteral("ding\\x07");
    QTest::newRow("CR") << QByteArray("one\rtwo") << QStringLiteral("one\\rtwo");
    QTest::newRow("HTML bold") << QByteArray("<b>html</b>") << QStringLiteral("<b>html</b>");
    QTest::newRow("HTML image") << QByteArray("<img src=x onerror=alert(1)>") << QStringLiteral("<img src=x onerror=alert(1)>");
    QTest::newRow("HTML entity") << QByteArray("&lt;b&gt; &amp;") << QStringLiteral("&lt;b&gt; &amp;");
    QTest::newRow("Markdown link") << QByteArray("[link](javascript:alert(1))") << QStringLiteral("[link](javascript:alert(1))");
    QTest::newRow("Markdown bold") << QByteArray("**md**") << QStringLiteral("**md**");
    QTest::newRow("emoji with joiner") << QByteArray("\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x92\xbb")
                                       << QString::fromUtf8("\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x92\xbb");
    if (withLongLine)
        QTest::newRow("64 KiB line") << QByteArray(64 * 1024, 'A') << QString(64 * 1024, QLatin1Char('A'));
}

void tst_LiteralDisplay::messageLog_data()
{
    addHostilePayloads(true);
}

void tst_LiteralDisplay::messageLog()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, shown);
    MessageLogModel log;
    QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::Fatal);
    log.applyBatch({ message(EventKind::Received, bytes), message(EventKind::Sent, bytes) });
    QCOMPARE(log.rowCount(), 2);
    for (int row = 0; row < 2; ++row) {
        const QModelIndex index = log.index(row);
        const QString display = index.data().toString();
        QCOMPARE(display, shown);
        QVERIFY2(actingCharacter(display).isEmpty(), qPrintable(actingCharacter(display)));
        QCOMPARE(index.data(MessageLogModel::PayloadRole).toByteArray(), bytes); // the bytes themselves kept
        QCOMPARE(index.data(MessageLogModel::ByteCountRole).toLongLong(), qint64(bytes.size()));
        const QString tip = index.data(Qt::ToolTipRole).toString();
        QCOMPARE(renderedToolTip(tip), tip);
        QVERIFY(log.rowAsText(row).endsWith(shown));
        QVERIFY(actingCharacter(log.rowAsText(row)).isEmpty());
    }
    // Hex mode: only hex digits and spaces.
    log.setHexMode(true);
    QCOMPARE(log.index(0).data().toString(), PayloadText::hex(bytes));
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f ]*$")).match(log.index(0).data().toString()).hasMatch());
}

void tst_LiteralDisplay::systemRowsQuoteTypedText_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("bold") << QStringLiteral("<b>x</b>");
    QTest::newRow("image") << QStringLiteral("<img src=x onerror=alert(1)>");
    QTest::newRow("entity") << QStringLiteral("&lt;b&gt;");
    QTest::newRow("ampersand") << QStringLiteral("a & b");
    QTest::newRow("link") << QStringLiteral("<a href=\"javascript:alert(1)\">here</a>");
}

void tst_LiteralDisplay::systemRowsQuoteTypedText()
{
    // System rows quote what was typed (the host being looked up, the one not found): the
    // command line takes any text there. Their tooltip must show it as typed.
    QFETCH(QString, typed);
    MessageLogModel log;
    QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::Fatal);
    LabEvent resolving = LabEvent::make(EventKind::Resolving);
    resolving.detail = typed;
    LabEvent notFound = LabEvent::make(EventKind::Error);
    notFound.error = LabError::HostNotFound;
    notFound.detail = typed;
    log.applyBatch({ resolving, notFound });
    for (int row = 0; row < 2; ++row) {
        const QModelIndex index = log.index(row);
        const QString display = index.data().toString();
        QVERIFY2(display.contains(typed), qPrintable(display));
        QCOMPARE(renderedToolTip(index.data(Qt::ToolTipRole).toString()), display);
    }
}

void tst_LiteralDisplay::tooltipShownIsTheModelsText()
{
    // The log view hands ToolTipRole to QToolTip as it is: what renderedToolTip() checks is what
    // appears on screen.
    MessageLogModel log;
    LabEvent resolving = LabEvent::make(EventKind::Resolving);
    resolving.detail = QStringLiteral("<b>x</b>");
    log.applyBatch({ resolving });
    MessageLogView view;
    view.setModel(&log);
    view.resize(500, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QRect rect = view.visualRect(log.index(0));
    QHelpEvent help(QEvent::ToolTip, rect.center(), view.viewport()->mapToGlobal(rect.center()));
    QCoreApplication::sendEvent(view.viewport(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), log.index(0).data(Qt::ToolTipRole).toString());
    QCOMPARE(renderedToolTip(QToolTip::text()), log.index(0).data().toString());
    QToolTip::hideText();
}

void tst_LiteralDisplay::textFromElsewhereIsEscapedAlike()
{
    // A process name from /proc (any program sets its own, up to 15 bytes) or a typed host is
    // escaped like received text, so the views that show them can stay plain.
    QCOMPARE(PayloadText::escaped(QStringLiteral("evil\x1b[31m")), QStringLiteral("evil\\x1b[31m"));
    QCOMPARE(PayloadText::escaped(QString::fromUtf8("\xe2\x80\xaegpj.exe")), QStringLiteral("\\u202egpj.exe"));
    QCOMPARE(PayloadText::escaped(QStringLiteral("a\r\nb\tc")), QStringLiteral("a\\r\nb\tc"));
    QCOMPARE(PayloadText::escaped(QStringLiteral("<b>python3</b>")), QStringLiteral("<b>python3</b>"));
    QCOMPARE(PayloadText::escaped(QStringLiteral("olá")), QStringLiteral("olá"));
}

void tst_LiteralDisplay::tables_data()
{
    addHostilePayloads(true);
}

void tst_LiteralDisplay::tables()
{
    QFETCH(QByteArray, bytes);
    ConnectionTableModel connections;
    PeerTableModel peers;
    QAbstractItemModelTester connectionsTester(&connections, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester peersTester(&peers, QAbstractItemModelTester::FailureReportingMode::Fatal);
    LabEvent accepted = message(EventKind::Accepted, {});
    LabEvent closed = message(EventKind::Closed, {});
    connections.applyBatch({ accepted, message(EventKind::Received, bytes), message(EventKind::Sent, bytes) });
    connections.applyBatch({ closed });
    peers.applyBatch({ message(EventKind::Received, bytes, Transport::Udp), message(EventKind::Sent, bytes, Transport::Udp) });
    QCOMPARE(connections.index(0, ConnectionTableModel::BytesInColumn).data(ConnectionTableModel::RawValueRole).toLongLong(),
             qint64(bytes.size()));
    QCOMPARE(peers.index(0, PeerTableModel::BytesInColumn).data(PeerTableModel::RawValueRole).toLongLong(), qint64(bytes.size()));
    for (const QAbstractItemModel *model : { static_cast<const QAbstractItemModel *>(&connections),
                                             static_cast<const QAbstractItemModel *>(&peers) }) {
        QCOMPARE(model->rowCount(), 1);
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(0, column);
            const QString display = index.data().toString();
            const QString tip = index.data(Qt::ToolTipRole).toString();
            QVERIFY2(actingCharacter(display).isEmpty(), qPrintable(display));
            QVERIFY2(actingCharacter(tip).isEmpty(), qPrintable(tip));
            QCOMPARE(renderedToolTip(tip), tip);
        }
    }
}

void tst_LiteralDisplay::capture_data()
{
    addHostilePayloads(false); // one datagram: 64 KiB does not fit in a UDP/IPv4 frame
}

void tst_LiteralDisplay::capture()
{
    QFETCH(QByteArray, bytes);
    PacketListModel packets;
    QAbstractItemModelTester tester(&packets, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CapturedPacket packet;
    packet.linkType = 1; // Ethernet
    packet.timestampUs = 1700000000000000;
    packet.data = udpFrame(bytes);
    packet.originalLength = int(packet.data.size());
    packets.appendPackets({ packet });
    QCOMPARE(packets.rowCount(), 1);
    for (int column = 0; column < packets.columnCount(); ++column) {
        const QModelIndex index = packets.index(0, column);
        QVERIFY2(actingCharacter(index.data().toString()).isEmpty(), qPrintable(index.data().toString()));
        QCOMPARE(renderedToolTip(index.data(Qt::ToolTipRole).toString()), index.data(Qt::ToolTipRole).toString());
    }
    // Details: the payload appears as hex ("Data"), never as text to interpret.
    PacketDetailsView details;
    details.setPacket(packets.decodedAt(0), 1, int(packet.data.size()));
    bool sawData = false;
    for (QTreeWidgetItemIterator it(&details); *it; ++it) {
        const QString text = (*it)->text(0);
        QVERIFY2(actingCharacter(text).isEmpty(), qPrintable(text));
        QVERIFY2(!Qt::mightBeRichText((*it)->toolTip(0)), qPrintable((*it)->toolTip(0)));
        if (text.startsWith(QLatin1String("Data: ")) && !bytes.isEmpty()) {
            sawData = true;
            QVERIFY2(QString::fromLatin1(bytes.toHex()).startsWith(text.mid(6).remove(QChar(0x2026)).trimmed()), qPrintable(text));
        }
    }
    QVERIFY(sawData);
    // Bytes: printable ASCII or '.', line by line.
    const QString dump = HexDumpView::dump(packet.data);
    QVERIFY(QRegularExpression(QStringLiteral("^[\\x20-\\x7e\\n]*$")).match(dump).hasMatch());
}

void tst_LiteralDisplay::bubblesDrawMarkupAsCharacters()
{
    // If the delegate rendered rich text, "<b>xxx…</b>" would be as wide as "xxx…"; drawn as
    // characters it is wider by the width of its tags.
    MessageLogModel log;
    const QByteArray plain(60, 'x');
    log.applyBatch({ message(EventKind::Received, plain), message(EventKind::Received, "<b>" + plain + "</b>"),
                     message(EventKind::Received, QByteArray(64 * 1024, 'A')),
                     message(EventKind::Received, "invoice\xe2\x80\xaegpj.exe \x1b[31m\a") });
    MessageLogView view;
    view.setModel(&log);
    view.resize(1400, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QStyleOptionViewItem option;
    option.initFrom(&view);
    option.rect = QRect(0, 0, view.viewport()->width(), 100);
    option.widget = &view;
    const QSize plainSize = view.itemDelegate()->sizeHint(option, log.index(0));
    const QSize markupSize = view.itemDelegate()->sizeHint(option, log.index(1));
    const int tagsWidth = view.fontMetrics().horizontalAdvance(QStringLiteral("<b></b>"));
    QVERIFY2(markupSize.width() >= plainSize.width() + tagsWidth * 3 / 4,
             qPrintable(QStringLiteral("%1 vs %2").arg(markupSize.width()).arg(plainSize.width())));
    // The 64 KiB line and the control characters paint (the bubble keeps a bounded share).
    view.scrollToBottom();
    QVERIFY(!view.grab().isNull());
    QVERIFY(view.itemDelegate()->sizeHint(option, log.index(2)).height() > 0);
}

void tst_LiteralDisplay::reportEscapesEverything()
{
    MessageLogModel log;
    QList<QByteArray> payloads { QByteArray("a\0b", 3), "ok\xff\xfe", "\x1b[31mred\x1b[0m", "invoice\xe2\x80\xaegpj.exe",
                                 "pay\xe2\x80\x8bpal", "ding\a", "one\rtwo", "<b>html</b>", "<img src=x onerror=alert(1)>",
                                 "[link](javascript:alert(1))", "**md**", QByteArray(64 * 1024, 'A') };
    LabEventBatch batch;
    for (const QByteArray &payload : payloads)
        batch.append(message(EventKind::Received, payload));
    log.applyBatch(batch);
    QVERIFY(log.rowCount() <= WholeLabReport::kReportMessages); // every row is in the report
    LabJournal journal;
    journal.applyBatch(LabMode::TcpMulti, batch);
    WholeLabReportInput input;
    input.when = QDateTime::currentDateTime();
    input.journal = &journal;
    const QString md = WholeLabReport::markdown(input);
    QVERIFY2(actingCharacter(md).isEmpty(), qPrintable(actingCharacter(md)));
    for (int row = 0; row < log.rowCount(); ++row)
        QVERIFY2(md.contains(LabReport::escapeCell(log.index(row).data().toString())), qPrintable(log.index(row).data().toString().left(60)));
    // No markup survives: every '<', '[', ']', '(' and '*' of peer text is escaped.
    QVERIFY(!unescapedMarkup.match(md).hasMatch());
    QVERIFY(!md.contains(QLatin1String("**md**")));
    QVERIFY(md.contains(QLatin1String("\\<b\\>html\\</b\\>")));
    QVERIFY(md.contains(QString(64 * 1024, QLatin1Char('A')))); // the whole line, as kept by the log
}

void tst_LiteralDisplay::endToEndThroughTheServerPage()
{
    LanguageManager languages;
    languages.setLanguage(QStringLiteral("pt_BR"));
    MainWindow window(&languages);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    TcpServerPage *page = window.serverPage(TcpServerKind::Multi);
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    page->controls()->addressBox()->setCurrentIndex(1); // 127.0.0.1
    page->controls()->portEdit()->setText(QString::number(port));
    QTest::mouseClick(page->controls()->startButton(), Qt::LeftButton);
    QTRY_VERIFY(page->controls()->isRunning());

    const QList<QByteArray> payloads { QByteArray("a\0b", 3), "ok\xff\xfe", "\x1b[31mred\x1b[0m",
                                       "invoice\xe2\x80\xaegpj.exe", "pay\xe2\x80\x8bpal", "ding\a", "one\rtwo",
                                       "<b>html</b>", "<img src=x onerror=alert(1)>", "[link](javascript:alert(1))", "**md**" };
    QTcpSocket peer;
    peer.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(peer.waitForConnected(5000));
    MessageLogModel *log = page->logModel();
    auto receivedCount = [log] {
        int received = 0;
        for (int row = 0; row < log->rowCount(); ++row)
            received += log->index(row).data(MessageLogModel::DirectionRole).toInt() == MessageLogModel::ReceivedDirection;
        return received;
    };
    for (int i = 0; i < payloads.size(); ++i) {
        peer.write(payloads.at(i));
        QVERIFY(peer.waitForBytesWritten(5000));
        QTRY_COMPARE(receivedCount(), i + 1); // one recv each: sent one at a time
    }
    QStringList shownTexts;
    for (int row = 0; row < log->rowCount(); ++row) {
        const QModelIndex index = log->index(row);
        const QString display = index.data().toString();
        QVERIFY2(actingCharacter(display).isEmpty(), qPrintable(display));
        QCOMPARE(renderedToolTip(index.data(Qt::ToolTipRole).toString()),
                 index.data(MessageLogModel::DirectionRole).toInt() == MessageLogModel::SystemDirection
                     ? display : index.data(Qt::ToolTipRole).toString());
        if (index.data(MessageLogModel::DirectionRole).toInt() == MessageLogModel::ReceivedDirection)
            shownTexts << display;
    }
    QCOMPARE(shownTexts.size(), payloads.size());
    for (int i = 0; i < payloads.size(); ++i)
        QCOMPARE(shownTexts.at(i), PayloadText::display(payloads.at(i)));

    // A label of the window that shows peer text shows it as plain text.
    const auto labels = window.findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (label->text().contains(QLatin1String("onerror")) || label->text().contains(QLatin1String("html</b>")))
            QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->text()));
    }

    // The report of the page: escaped, nothing acts.
    window.tabs()->setCurrentWidget(page);
    QString error;
    const QString readme = window.writeReport(m_temp.filePath(QStringLiteral("report")), &error);
    QVERIFY2(!readme.isEmpty(), qPrintable(error));
    QFile file(readme);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString md = QString::fromUtf8(file.readAll());
    QVERIFY2(actingCharacter(md).isEmpty(), qPrintable(actingCharacter(md)));
    for (const QString &text : std::as_const(shownTexts))
        QVERIFY2(md.contains(LabReport::escapeCell(text)), qPrintable(text));
    QVERIFY(!unescapedMarkup.match(md).hasMatch());
    peer.disconnectFromHost();
    QTest::mouseClick(page->controls()->startButton(), Qt::LeftButton);
    QTRY_VERIFY(!page->controls()->isRunning());
}

QTEST_MAIN(tst_LiteralDisplay)
#include "tst_literaldisplay.moc"
