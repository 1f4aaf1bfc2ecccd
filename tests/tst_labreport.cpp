#include "model/connectiontablemodel.h"
#include "model/labjournal.h"
#include "model/labreport.h"
#include "model/messagelogmodel.h"
#include "model/packetlistmodel.h"
#include "model/timeformat.h"
#include "model/wholelabreport.h"
#include "network/capture/capturesession.h"
#include "network/kernelsockettable.h"
#include "network/tcpserversession.h"
#include "network/udpsession.h"
#include "tests/support/loopbackcapture.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QImageReader>
#include <QProcess>
#include <QNetworkInterface>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QUdpSocket>

#include <memory>

namespace {

const QDateTime kWhen(QDate(2024, 5, 6), QTime(13, 4, 5, 67));
const Endpoint kServer(QHostAddress(QHostAddress::LocalHost), 65432);

Endpoint client(quint16 port)
{
    return Endpoint(QHostAddress(QHostAddress::LocalHost), port);
}

LabEvent event(EventKind kind, int id, const Endpoint &remote = {}, const QByteArray &payload = {})
{
    LabEvent e = LabEvent::make(kind, id);
    e.when = kWhen;
    e.local = kServer;
    e.remote = remote;
    e.payload = payload;
    return e;
}

// 1 server + 3 clients (50001..50003), two exchanges, one client gone.
LabEventBatch session(const QByteArray &evilPayload = {})
{
    LabEventBatch batch;
    batch << event(EventKind::Listening, 0);
    for (int id = 1; id <= 3; ++id)
        batch << event(EventKind::Accepted, id, client(quint16(50000 + id)));
    batch << event(EventKind::Received, 1, client(50001), "hello")
          << event(EventKind::Sent, 1, client(50001), "HELLO")
          << event(EventKind::Received, 2, client(50002), evilPayload.isEmpty() ? QByteArray("oi") : evilPayload);
    LabEvent closed = event(EventKind::Closed, 3, client(50003));
    closed.reason = CloseReason::ClosedByPeer;
    batch << closed;
    return batch;
}

// Linux cooked capture / IPv4 127.0.0.1 / TCP 65432 -> 53048 SYN-ACK (as in tst_packetdecoder).
CapturedPacket synAck()
{
    CapturedPacket packet;
    packet.linkType = 113; // DLT_LINUX_SLL
    packet.timestampUs = 1715000000000000;
    packet.data = QByteArray::fromHex(
        "0000 0304 0006 000000000000 0000 0800"
        "45 00 003c 0000 4000 40 06 3cba 7f000001 7f000001"
        "ff98 cf38 0000c350 000003e9 a0 12 ffcb fe30 0000"
        "0204ffd7 0402 080a 000001c8 0000007b 01 030307");
    packet.originalLength = quint32(packet.data.size());
    return packet;
}

QStringList linesOf(const QString &text)
{
    return text.split(QLatin1Char('\n'));
}

// The non-empty lines under the first line that is exactly heading ("#### Connections"), up
// to the next heading.
QStringList sectionOf(const QString &markdown, const QString &heading)
{
    const QStringList lines = linesOf(markdown);
    QStringList section;
    bool inside = false;
    for (const QString &line : lines) {
        if (inside && line.startsWith(QLatin1Char('#')))
            break;
        if (inside && !line.isEmpty())
            section << line;
        inside = inside || line == heading;
    }
    return section;
}

QString readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

const QByteArray kEvil = "a|b <b>x</b> ``` [link](http://x) ![img](x.png)\n# heading\r\n\x1b[31mred";
const QString kEvilEscaped = QStringLiteral(
    "a\\|b \\<b\\>x\\</b\\> \\`\\`\\` \\[link\\]\\(http\\://x\\) \\!\\[img\\]\\(x.png\\)⏎\\# heading\\\\r⏎\\\\x1b\\[31mred");

// What a peer may send to break a report: table pipes, a script, backticks, a link, an image,
// a heading after a newline.
const QByteArray kMalicious = "x|y <script>alert(1)</script> `tick` ``` [a](http://x) ![i](x.png)\n# owned\r\n| z |";

// The python3 that can import markdown (Debian's python3-markdown), or empty.
QString pythonWithMarkdown()
{
    for (const QString &candidate : { QStringLiteral("python3"), QStringLiteral("/usr/bin/python3") }) {
        const QString found = QStandardPaths::findExecutable(candidate);
        if (found.isEmpty() && !QFileInfo(candidate).isExecutable())
            continue;
        QProcess probe;
        probe.setStandardErrorFile(QProcess::nullDevice());
        probe.start(candidate, { "-c", "import markdown" });
        if (probe.waitForFinished(30000) && probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0)
            return candidate;
    }
    return {};
}

// The journal fed the way the window feeds it: a session's real batches, as its page's.
template<typename Session>
void feed(Session *session, LabJournal *journal, LabMode mode, quint16 *listeningPort)
{
    QObject::connect(session, &Session::eventsReady, journal, [journal, mode, listeningPort](const LabEventBatch &batch) {
        for (const LabEvent &event : batch) {
            if (event.kind == EventKind::Listening)
                *listeningPort = event.local.port;
        }
        journal->applyBatch(mode, batch);
    });
}


// The whole-lab report of journal, exported at kWhen from a machine with two addresses.
WholeLabReportInput inputFor(const LabJournal *journal)
{
    WholeLabReportInput input;
    input.when = kWhen;
    input.addresses = { QStringLiteral("127.0.0.1"), QStringLiteral("192.168.0.10") };
    input.journal = journal;
    return input;
}

QStringList exerciseSections(const QString &markdown)
{
    QStringList sections = markdown.split(QStringLiteral("\n## "));
    sections.removeFirst(); // the title
    sections.removeFirst(); // the summary
    return sections;
}

// Every line of every GFM table has as many cell separators (unescaped '|') as its header.
bool tablesKeepTheirColumns(const QString &markdown, QString *bad)
{
    static const QRegularExpression separator(QStringLiteral("(?<!\\\\)\\|"));
    int columns = -1;
    for (const QString &line : markdown.split(QLatin1Char('\n'))) {
        if (!line.startsWith(QLatin1String("| "))) {
            columns = -1;
            continue;
        }
        const int count = int(line.count(separator));
        if (columns < 0)
            columns = count;
        else if (count != columns) {
            *bad = line;
            return false;
        }
    }
    return true;
}

// The second-level headings of a Markdown text, as QTextDocument (GitHub dialect) reads them,
// and its tables.
struct Rendered
{
    QStringList h2;
    QStringList h4;
    int tables = 0;
    QString plainText;
    QString html;
};

Rendered render(const QString &markdown)
{
    QTextDocument document;
    document.setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);
    Rendered rendered;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 2)
            rendered.h2 << block.text();
        if (block.blockFormat().headingLevel() == 4)
            rendered.h4 << block.text();
    }
    const auto frames = document.rootFrame()->childFrames();
    for (QTextFrame *frame : frames)
        rendered.tables += qobject_cast<QTextTable *>(frame) ? 1 : 0;
    rendered.plainText = document.toPlainText();
    rendered.html = document.toHtml();
    return rendered;
}

int pdfPageCount(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    return int(QString::fromLatin1(file.readAll()).count(QRegularExpression(QStringLiteral("/Type\\s*/Page[^s]"))));
}

} // namespace

class tst_LabReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void escapeInline_data();
    void escapeInline();
    void codeBlock_data();
    void codeBlock();
    void scriptedSession();
    void peerDataCannotBreakTheMarkdown();
    void imagesAreWrittenAsPng();
    void refusesToOverwrite();
    void rendersSafelyWithPythonMarkdown();
    void wholeLabFromRealSessions();
    void wholeLabSaysWhatWasNotDone();
    void journalStaysBounded();
};

void tst_LabReport::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void tst_LabReport::escapeInline_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "Hello world 127.0.0.1:5000" << "Hello world 127.0.0.1:5000";
    QTest::newRow("pipe") << "a|b" << "a\\|b";
    QTest::newRow("html") << "<b>x</b>" << "\\<b\\>x\\</b\\>";
    QTest::newRow("backticks") << "```" << "\\`\\`\\`";
    QTest::newRow("link") << "[link](http://x)" << "\\[link\\]\\(http\\://x\\)";
    QTest::newRow("image") << "![img](x.png)" << "\\!\\[img\\]\\(x.png\\)";
    QTest::newRow("heading") << "# heading" << "\\# heading";
    QTest::newRow("newlines") << "a\r\nb\nc\rd" << "a⏎b⏎c⏎d";
    QTest::newRow("backslash") << "C:\\temp" << "C:\\\\temp";
    QTest::newRow("emphasis") << "*a* _b_ ~c~" << "\\*a\\* \\_b\\_ \\~c\\~";
    QTest::newRow("www") << "www.example.com" << "www\\.example.com";
    QTest::newRow("email") << "a@b.com" << "a\\@b.com";
    QTest::newRow("entity") << "&lt;" << "\\&lt;";
    QTest::newRow("list marker") << "- item" << "\\- item";
    QTest::newRow("ordered list") << "12. item" << "12\\. item";
    QTest::newRow("not a list") << "127.0.0.1" << "127.0.0.1";
    QTest::newRow("control") << "a\x1b[31m" << "a\\\\x1b\\[31m";
    QTest::newRow("math") << "$x$" << "\\$x\\$";
    QTest::newRow("accents") << "Maiúsculas ção" << "Maiúsculas ção";
}

void tst_LabReport::escapeInline()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(LabReport::escapeInline(text), expected);
    QCOMPARE(LabReport::escapeCell(text), expected);
}

void tst_LabReport::codeBlock_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "a\nb" << "```\na\nb\n```\n";
    QTest::newRow("three backticks") << "x ``` y" << "````\nx ``` y\n````\n";
    QTest::newRow("five backticks") << "`````\n`" << "``````\n`````\n`\n``````\n";
    QTest::newRow("crlf") << "a\r\nb\r" << "```\na\nb\n```\n";
}

void tst_LabReport::codeBlock()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(LabReport::codeBlock(text), expected);
}

void tst_LabReport::scriptedSession()
{
    // The page's own models, fed the same batch: what the report must show.
    ConnectionTableModel connections;
    MessageLogModel log;
    PacketListModel packets;
    QAbstractItemModelTester connectionsTester(&connections, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester logTester(&log, QAbstractItemModelTester::FailureReportingMode::Fatal);
    connections.applyBatch(session());
    log.applyBatch(session());
    packets.appendPackets({ synAck() });
    LabJournal journal;
    journal.applyBatch(LabMode::TcpMulti, session());
    journal.applyPackets(LabMode::TcpMulti, { synAck() });

    const QString md = WholeLabReport::markdown(inputFor(&journal));
    const QStringList lines = linesOf(md);
    QCOMPARE(lines.at(0), QStringLiteral("# Sockets lab report"));
    QCOMPARE(lines.at(1), QString());
    QCOMPARE(lines.at(2), QStringLiteral("> **Student:** *your name*"));
    QCOMPARE(lines.at(4), QStringLiteral("- **Exported:** ")
                              + QLocale::c().toString(kWhen.date(), QLocale::ShortFormat) + QLatin1Char(' ') + clockText(kWhen));
    QCOMPARE(lines.at(5), QStringLiteral("- **This machine's addresses:** 127.0.0.1, 192.168.0.10"));
    QVERIFY(md.endsWith(QLatin1Char('\n')));
    QVERIFY(!md.endsWith(QLatin1String("\n\n")));
    const QString multi = exerciseSections(md).at(GuidedExercises::MultiTcpExercise);
    QVERIFY(multi.startsWith(QStringLiteral("3\\. Multi-client TCP server\n")));
    QVERIFY(multi.contains(QStringLiteral("\n### tcp-multi\n"))); // no pageTitle: the mode's name

    // Connections: the header from headerData, one row per client, ports in their column.
    const QStringList table = sectionOf(multi, QStringLiteral("#### Connections"));
    QCOMPARE(table.size(), 2 + 3);
    QStringList header;
    for (int column = 0; column < ConnectionTableModel::ColumnCount; ++column)
        header << LabReport::escapeCell(connections.headerData(column, Qt::Horizontal).toString());
    QCOMPARE(table.at(0), QStringLiteral("| ") + header.join(QLatin1String(" | ")) + QStringLiteral(" |"));
    QCOMPARE(table.at(1), QStringLiteral("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"));
    for (int row = 0; row < 3; ++row) {
        const QStringList cells = table.at(2 + row).mid(2, table.at(2 + row).size() - 4).split(QLatin1String(" | "));
        QCOMPARE(cells.size(), int(ConnectionTableModel::ColumnCount));
        QCOMPARE(cells.at(ConnectionTableModel::IdColumn), QString::number(row + 1));
        QCOMPARE(cells.at(ConnectionTableModel::RemoteAddressColumn), QStringLiteral("127.0.0.1"));
        QCOMPARE(cells.at(ConnectionTableModel::RemotePortColumn), QString::number(50001 + row));
        QCOMPARE(cells.at(ConnectionTableModel::LocalPortColumn), QStringLiteral("65432"));
        QCOMPARE(cells.at(ConnectionTableModel::StateColumn),
                 LabReport::escapeCell(connections.index(row, ConnectionTableModel::StateColumn).data().toString()));
    }

    // Messages: all 8 log rows (fewer than the report's cap), each cell escaped.
    const QStringList messages = sectionOf(multi, QStringLiteral("#### Message log"));
    QCOMPARE(messages.size(), 2 + log.rowCount());
    QCOMPARE(messages.mid(0, 2), QStringList({ "| Time | Direction | Peer | Text |", "| --- | --- | --- | --- |" }));
    QCOMPARE(messages.mid(2 + 4),
             QStringList({ "| 13:04:05.067 | ← | 127.0.0.1:50001 | hello |",
                           "| 13:04:05.067 | → | 127.0.0.1:50001 | HELLO |",
                           "| 13:04:05.067 | ← | 127.0.0.1:50002 | oi |",
                           "| 13:04:05.067 | system | 127.0.0.1:50003 | "
                               + LabReport::escapeCell(log.index(7, 0).data().toString()) + " |" }));

    // Packets: Wireshark's columns in a code block.
    const QStringList packetLines = sectionOf(multi, QStringLiteral("### Packets"));
    QCOMPARE(packetLines.size(), 4);
    QCOMPARE(packetLines.at(0), QStringLiteral("```"));
    QCOMPARE(packetLines.at(1), QStringLiteral("No.     Time Source      Destination Protocol Length Info"));
    QCOMPARE(packetLines.at(2), QStringLiteral("  1 0.000000 127.0.0.1 → 127.0.0.1   TCP          76 ")
                                    + packets.infoAt(0));
    QCOMPARE(packetLines.at(3), QStringLiteral("```"));

    // No kernel reading, no images: no sections.
    QVERIFY(!multi.contains(QLatin1String("### Socket states")));
    QVERIFY(!multi.contains(QLatin1String("### Ladder diagram and screenshots")));

    // A long log: its last rows, and the report says so (no translation loaded: the source's "(s)").
    LabEventBatch chatter;
    for (int i = 0; i < WholeLabReport::kReportMessages; ++i)
        chatter << ::event(EventKind::Received, 1, client(50001), QByteArray::number(i));
    journal.applyBatch(LabMode::TcpMulti, chatter);
    const QStringList lastRows = sectionOf(exerciseSections(WholeLabReport::markdown(inputFor(&journal)))
                                               .at(GuidedExercises::MultiTcpExercise),
                                           QStringLiteral("#### Message log"));
    QCOMPARE(lastRows.size(), 1 + 2 + WholeLabReport::kReportMessages);
    QCOMPARE(lastRows.at(0), QStringLiteral("*The last %1 row\\(s\\) of %2.*")
                                 .arg(WholeLabReport::kReportMessages)
                                 .arg(log.rowCount() + WholeLabReport::kReportMessages));
    QCOMPARE(lastRows.at(3), QStringLiteral("| 13:04:05.067 | ← | 127.0.0.1:50001 | 0 |"));
    QCOMPARE(lastRows.last(), QStringLiteral("| 13:04:05.067 | ← | 127.0.0.1:50001 | %1 |").arg(WholeLabReport::kReportMessages - 1));
}

void tst_LabReport::peerDataCannotBreakTheMarkdown()
{
    LabJournal journal;
    journal.applyBatch(LabMode::TcpMulti, session(kEvil));
    WholeLabReportInput input = inputFor(&journal);
    input.pageTitle = [](LabMode) { return QStringLiteral("# Evil | title"); };
    input.addresses = { QString::fromUtf8(kEvil) };

    const QString md = WholeLabReport::markdown(input);
    QCOMPARE(linesOf(md).at(5),
             QStringLiteral("- **This machine's addresses:** a\\|b \\<b\\>x\\</b\\> \\`\\`\\` \\[link\\]\\(http\\://x\\) "
                            "\\!\\[img\\]\\(x.png\\)⏎\\# heading⏎\\\\x1b\\[31mred"));
    const QString multi = exerciseSections(md).at(GuidedExercises::MultiTcpExercise);
    QVERIFY(multi.contains(QStringLiteral("\n### \\# Evil \\| title\n")));
    const QStringList messages = sectionOf(multi, QStringLiteral("#### Message log"));
    QCOMPARE(messages.at(2 + 6), QStringLiteral("| 13:04:05.067 | ← | 127.0.0.1:50002 | ") + kEvilEscaped + " |");

    // Every table line still has its own cells: 2 + 8 message rows; no heading comes from the peer.
    QCOMPARE(messages.size(), 2 + 8);
    QString badLine;
    QVERIFY2(tablesKeepTheirColumns(md, &badLine), qPrintable(badLine));
    for (const QString &line : linesOf(md))
        QVERIFY2(!line.startsWith(QLatin1Char('#')) || !line.contains(QLatin1String("heading")), qPrintable(line));
    QVERIFY(!md.contains(QLatin1String("<b>")));
    QVERIFY(!md.contains(QLatin1String("](http")));
    QVERIFY(!md.contains(QChar(0x1b)));
}

void tst_LabReport::imagesAreWrittenAsPng()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QImage window(320, 200, QImage::Format_RGB32);
    window.fill(Qt::white);
    QImage ladder(64, 480, QImage::Format_ARGB32);
    ladder.fill(Qt::blue);
    LabJournal journal;
    journal.applyBatch(LabMode::TcpSimple, session());
    WholeLabReportInput input = inputFor(&journal);
    input.images = { { GuidedExercises::SimpleTcpExercise, QStringLiteral("A janela"),
                       WholeLabReport::imageFileName(0, QStringLiteral("tcp-simple")), window },
                     { GuidedExercises::SimpleTcpExercise, QStringLiteral("Diagrama de sequência [TCP]"),
                       WholeLabReport::imageFileName(0, QStringLiteral("ladder")), ladder },
                     { GuidedExercises::SimpleTcpExercise, QStringLiteral("Nada"),
                       WholeLabReport::imageFileName(0, QStringLiteral("nothing")), QImage() } };

    QString error;
    QString path;
    QVERIFY2(WholeLabReport::write(dir.path() + "/report", input, false, &error, &path), qPrintable(error));
    QCOMPARE(path, dir.path() + "/report/README.md");

    const QStringList expected = { "images/ex1-tcp-simple.png", "images/ex1-ladder.png" };
    const QList<QSize> sizes = { QSize(320, 200), QSize(64, 480) };
    for (int i = 0; i < expected.size(); ++i) {
        QImageReader reader(dir.path() + "/report/" + expected.at(i));
        QCOMPARE(reader.format(), QByteArray("png"));
        const QImage image = reader.read();
        QVERIFY2(!image.isNull(), qPrintable(reader.errorString()));
        QCOMPARE(image.size(), sizes.at(i));
    }
    QVERIFY(!QFileInfo::exists(dir.path() + "/report/images/ex1-nothing.png")); // a null image: no file, no link
    // Linked relatively, under the exercise they belong to; the caption as text under each.
    QCOMPARE(sectionOf(exerciseSections(readAll(path)).at(GuidedExercises::SimpleTcpExercise),
                       QStringLiteral("### Ladder diagram and screenshots")),
             QStringList({ "![A janela](images/ex1-tcp-simple.png)", "*A janela*",
                           "![Diagrama de sequência TCP](images/ex1-ladder.png)", "*Diagrama de sequência \\[TCP\\]*" }));
}

void tst_LabReport::refusesToOverwrite()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    LabJournal journal;
    journal.applyBatch(LabMode::TcpSimple, session());
    WholeLabReportInput input = inputFor(&journal);
    QImage red(8, 8, QImage::Format_RGB32);
    red.fill(Qt::red);
    input.images = { { GuidedExercises::SimpleTcpExercise, QStringLiteral("First"),
                       WholeLabReport::imageFileName(0, QStringLiteral("ladder")), red } };
    QString error;
    QVERIFY2(WholeLabReport::write(dir.path(), input, false, &error), qPrintable(error));
    const QString readme = dir.path() + "/README.md";
    const QString png = dir.path() + "/images/ex1-ladder.png";
    const QString first = readAll(readme);
    QCOMPARE(first, WholeLabReport::markdown(input));

    input.addresses = { QStringLiteral("10.0.0.2") };
    input.images.first().caption = QStringLiteral("Second");
    input.images.first().image.fill(Qt::green);
    error.clear();
    QVERIFY(!WholeLabReport::write(dir.path(), input, false, &error));
    QCOMPARE(error, QStringLiteral("%1 already exists.").arg(QDir::toNativeSeparators(readme)));
    QCOMPARE(readAll(readme), first);
    QCOMPARE(QImage(png).pixelColor(0, 0), QColor(Qt::red));

    // Without its README, an earlier report's picture is not written over either.
    QVERIFY(QFile::remove(readme));
    QVERIFY(!WholeLabReport::write(dir.path(), input, false, &error));
    QCOMPARE(error, QStringLiteral("%1 already exists.").arg(QDir::toNativeSeparators(png)));
    QCOMPARE(QImage(png).pixelColor(0, 0), QColor(Qt::red));
    QVERIFY(!QFile::exists(readme));
}

void tst_LabReport::rendersSafelyWithPythonMarkdown()
{
    const QString python = pythonWithMarkdown();
    if (python.isEmpty())
        QSKIP("python3 -m markdown is not installed (apt-get install python3-markdown)");

    LabJournal journal;
    journal.applyBatch(LabMode::TcpMulti, session(kEvil));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    WholeLabReportInput input = inputFor(&journal);
    input.pageTitle = [](LabMode) { return QString::fromUtf8(kEvil); };
    input.addresses = { QString::fromUtf8(kEvil) };
    QImage image(8, 8, QImage::Format_RGB32);
    image.fill(Qt::red);
    input.images = { { GuidedExercises::MultiTcpExercise, QString::fromUtf8(kEvil),
                       WholeLabReport::imageFileName(GuidedExercises::MultiTcpExercise, QStringLiteral("tcp-multi")), image } };
    QString error;
    QString path;
    QVERIFY2(WholeLabReport::write(dir.path(), input, false, &error, &path), qPrintable(error));
    const QString md = readAll(path);

    QProcess markdown;
    markdown.start(python, { "-m", "markdown", "-x", "tables", "-x", "fenced_code", path });
    QVERIFY(markdown.waitForFinished(30000));
    QCOMPARE(markdown.exitCode(), 0);
    const QString html = QString::fromUtf8(markdown.readAllStandardOutput());
    QVERIFY(!html.isEmpty());
    QVERIFY2(!html.contains(QLatin1String("<b>x</b>")), qPrintable(html));
    QVERIFY2(!html.contains(QLatin1String("<a ")), qPrintable(html));
    QCOMPARE(html.count(QLatin1String("<img ")), 1); // ours, not the peer's
    QVERIFY(html.contains(QLatin1String("<img alt=")) && html.contains(QLatin1String("src=\"images/ex3-tcp-multi.png\"")));
    QCOMPARE(html.count(QLatin1String("<h1>")), 1);
    // Every table of the Markdown is one table, every row of it one row.
    const QStringList tableLines = linesOf(md).filter(QRegularExpression(QStringLiteral("^\\| ")));
    const int separators = int(tableLines.filter(QRegularExpression(QStringLiteral("^\\| --- "))).size());
    QVERIFY(separators >= 4); // summary, pages used, connections, messages
    QCOMPARE(html.count(QLatin1String("<table>")), separators);
    QCOMPARE(html.count(QLatin1String("<tr>")), tableLines.size() - separators);
    QVERIFY(!html.contains(QLatin1String("<h1>heading")));
    QVERIFY(!html.contains(QLatin1String("<h3>heading")));
}

void tst_LabReport::wholeLabFromRealSessions()
{
    LabJournal journal; // only loopback is this machine: a second address plays the classmate's
    QHostAddress classmate;
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback())
            classmate = address;
    }
    // Exercise 1 (and 4): the simple server on every interface; 3: the multi-client one; 2: UDP.
    TcpServerSession simple;
    TcpServerSession multi;
    UdpSession udp;
    quint16 simplePort = 0;
    quint16 multiPort = 0;
    quint16 udpPort = 0;
    feed(&simple, &journal, LabMode::TcpSimple, &simplePort);
    feed(&multi, &journal, LabMode::TcpMulti, &multiPort);
    feed(&udp, &journal, LabMode::UdpServer, &udpPort);
    // The kernel's sockets at each moment, read at once as the window's poller does.
    connect(&journal, &LabJournal::momentPassed, this, [&](LabMode mode) {
        journal.applySocketSnapshot(mode, KernelSocketTable::read(mode == LabMode::TcpSimple ? simplePort : multiPort));
    });
    TcpServerConfig simpleConfig = TcpServerConfig::courseDefaults(TcpServerKind::Simple);
    simpleConfig.bindAddress = QHostAddress::AnyIPv4;
    simpleConfig.port = 0;
    simple.start(simpleConfig);
    TcpServerConfig multiConfig = TcpServerConfig::courseDefaults(TcpServerKind::Multi);
    multiConfig.bindAddress = QHostAddress::LocalHost;
    multiConfig.port = 0;
    multi.start(multiConfig);
    UdpConfig udpConfig = UdpConfig::courseDefaults(UdpRole::Server);
    udpConfig.bindAddress = QHostAddress::LocalHost;
    udpConfig.port = 0;
    udp.start(udpConfig);
    QTRY_VERIFY(simplePort && multiPort && udpPort);

    const bool capturing = LoopbackCapture::missingPermission().isEmpty();
    std::unique_ptr<LoopbackCapture> simpleCapture;
    std::unique_ptr<LoopbackCapture> multiCapture;
    if (capturing) {
        const auto capture = [&journal](LabMode mode, quint16 port) {
            return std::make_unique<LoopbackCapture>(&journal, QStringLiteral("tcp port %1").arg(port),
                                                     [&journal, mode](const CapturedPacketBatch &batch) { journal.applyPackets(mode, batch); });
        };
        simpleCapture = capture(LabMode::TcpSimple, simplePort);
        multiCapture = capture(LabMode::TcpMulti, multiPort);
        QVERIFY(simpleCapture->waitStarted() && multiCapture->waitStarted());
    }

    QTcpSocket student;
    student.connectToHost(QHostAddress::LocalHost, simplePort);
    QVERIFY(student.waitForConnected(5000));
    student.write(kMalicious);
    QTRY_VERIFY(student.bytesAvailable() >= kMalicious.size() || student.waitForReadyRead(100));
    student.disconnectFromHost();
    QUdpSocket datagrams;
    datagrams.writeDatagram(kMalicious, QHostAddress::LocalHost, udpPort);
    QTRY_VERIFY(datagrams.hasPendingDatagrams() || datagrams.waitForReadyRead(100));
    QTcpSocket clients[3];
    QStringList clientPorts;
    for (QTcpSocket &client : clients) {
        client.connectToHost(QHostAddress::LocalHost, multiPort);
        QVERIFY(client.waitForConnected(5000));
        clientPorts << QString::number(client.localPort());
    }
    QTcpSocket fromClassmate;
    if (!classmate.isNull()) {
        QTest::qWait(200); // the simple server takes the classmate once the student has left
        fromClassmate.bind(classmate, 0);
        fromClassmate.connectToHost(classmate, simplePort);
        QVERIFY(fromClassmate.waitForConnected(5000));
        fromClassmate.write("hello from the classmate");
        QTRY_VERIFY(fromClassmate.bytesAvailable() > 0 || fromClassmate.waitForReadyRead(100));
    }
    QTRY_VERIFY(!journal.exercise(GuidedExercises::MultiTcpExercise).snapshots.isEmpty());
    QTest::qWait(300); // the last packets reach the journal

    const QDateTime when = QDateTime::currentDateTime();
    for (const auto &used : journal.pagesUsed())
        journal.recordExportSnapshot(used.first, KernelSocketTable::read(used.second), when);
    WholeLabReportInput input;
    input.when = when;
    input.addresses = { QStringLiteral("127.0.0.1") };
    input.journal = &journal;
    QImage screenshot(1366, 768, QImage::Format_RGB32);
    screenshot.fill(Qt::darkCyan);
    input.images = { { 0, QString::fromUtf8(kMalicious), WholeLabReport::imageFileName(0, QStringLiteral("tcp-simple")), screenshot },
                     { 2, QStringLiteral("Ladder"), WholeLabReport::imageFileName(2, QStringLiteral("ladder")), screenshot.scaled(600, 900) } };
    QTemporaryDir dir;
    QString error;
    QString path;
    QVERIFY2(WholeLabReport::write(dir.filePath(QStringLiteral("report")), input, true, &error, &path), qPrintable(error));
    const QString md = readAll(path);

    // Rendered (QTextDocument, GitHub dialect): the summary and the five exercises, in order.
    const Rendered rendered = render(md);
    QCOMPARE(rendered.h2, QStringList({ QStringLiteral("Summary"), QStringLiteral("1. Simple TCP server"),
                                        QStringLiteral("2. Simple UDP server"), QStringLiteral("3. Multi-client TCP server"),
                                        QStringLiteral("4. A classmate's machine"), QStringLiteral("5. File transfer") }));
    for (int exercise = 0; exercise < GuidedExercises::ExerciseCount; ++exercise) {
        for (const QString &question : WholeLabReport::questions(GuidedExercises::Exercise(exercise)))
            QVERIFY2(rendered.h4.filter(question).size() == 1, qPrintable(question));
    }
    QCOMPARE(md.count(QStringLiteral("> **Answer:**")), 16);
    // Received data stays text: no script, link or extra image, and every table keeps its columns.
    QVERIFY(rendered.plainText.contains(QStringLiteral("x|y <script>alert(1)</script> `tick` ``` [a](http://x) ![i](x.png)⏎# owned")));
    QVERIFY(!rendered.html.contains(QLatin1String("<script")));
    QVERIFY(!rendered.html.contains(QLatin1String("<a href")));
    QCOMPARE(rendered.html.count(QLatin1String("<img ")), 2);
    QString badLine;
    QVERIFY2(tablesKeepTheirColumns(md, &badLine), qPrintable(badLine));

    const QStringList sections = exerciseSections(md);
    QCOMPARE(sections.size(), int(GuidedExercises::ExerciseCount));
    for (int exercise = 0; exercise < (classmate.isNull() ? 3 : 4); ++exercise) {
        const QString &section = sections.at(exercise);
        QVERIFY2(section.contains(QStringLiteral("*Taken at export, ")), qPrintable(section.left(200)));
        QVERIFY(section.contains(QStringLiteral("### Servers and clients used")));
        QVERIFY(section.contains(QStringLiteral("#### Message log")));
        QVERIFY(section.contains(QStringLiteral("#### Socket calls")));
        QVERIFY(section.contains(QStringLiteral("### Questions")));
        QVERIFY(!section.contains(QStringLiteral("Not done in this session")));
    }
    const QString &first = sections.at(0);
    QVERIFY(first.contains(QStringLiteral("#### Connections")));
    QVERIFY(first.contains(LabReport::escapeInline(QStringLiteral("Connection 1 accepted (from 127.0.0.1:"))));
    QVERIFY(first.contains(QStringLiteral("Connection 1 closed")));
    QVERIFY(first.contains(QStringLiteral("At export")));
    QVERIFY(first.contains(QStringLiteral("![x y script alert 1 script tick a http: x i x png owned z](images/ex1-tcp-simple.png)\n\n*")
                           + LabReport::escapeInline(QString::fromUtf8(kMalicious)) + QStringLiteral("*\n")));
    QVERIFY(sections.at(1).contains(QStringLiteral("#### Peers")));
    QVERIFY(sections.at(1).contains(QStringLiteral("No packet was captured for this exercise")));
    const QString &third = sections.at(2);
    for (const QString &port : std::as_const(clientPorts))
        QVERIFY2(third.contains(QStringLiteral("| ") + port + QStringLiteral(" |")), qPrintable(port));
    QVERIFY(third.contains(QStringLiteral("![Ladder](images/ex3-ladder.png)")));
    if (capturing) {
        QVERIFY(first.contains(QStringLiteral("[SYN]")) && first.contains(QStringLiteral("[SYN, ACK]")));
        QVERIFY(first.contains(QStringLiteral("### Conversations")));
        // One server port, three client ports.
        QVERIFY2(third.contains(LabReport::escapeInline(QStringLiteral("3 conversation(s). Ports of the side that spoke first (the clients): %1. "
                                                                       "Ports of the other side (the server): %2.")
                                                            .arg(clientPorts.join(QStringLiteral(", ")))
                                                            .arg(multiPort))),
                 qPrintable(third));
        if (!classmate.isNull())
            QVERIFY(sections.at(3).contains(QStringLiteral("[SYN]")));
    }
    if (!classmate.isNull())
        QVERIFY(sections.at(3).contains(QStringLiteral("| ") + classmate.toString() + QStringLiteral(" |")));

    // The same as PDF: A4 pages, the images inside.
    const QString pdf = dir.filePath(QStringLiteral("report/report.pdf"));
    QVERIFY(QFileInfo(pdf).size() > 10000);
    const int pages = pdfPageCount(pdf);
    QVERIFY2(pages >= 4 && pages <= 60, qPrintable(QString::number(pages)));
    QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("report/images/ex1-tcp-simple.png"))));

    // And as Python-Markdown (what GitHub-like renderers do) reads it, when installed.
    const QString python = pythonWithMarkdown();
    if (!python.isEmpty()) {
        QProcess markdown;
        markdown.start(python, { "-m", "markdown", "-x", "tables", "-x", "fenced_code", path });
        QVERIFY(markdown.waitForFinished(30000));
        const QString html = QString::fromUtf8(markdown.readAllStandardOutput());
        QVERIFY(!html.contains(QLatin1String("<script")));
        QVERIFY(html.contains(QLatin1String("&lt;script&gt;")));
        QVERIFY(!html.contains(QLatin1String("<a ")));
        QCOMPARE(html.count(QLatin1String("<img ")), 2);
        QCOMPARE(html.count(QLatin1String("<h2>")), 1 + int(GuidedExercises::ExerciseCount));
        QVERIFY(!html.contains(QLatin1String("<h1>owned")));
    }
    for (QTcpSocket &client : clients)
        client.disconnectFromHost();
    simple.stop();
    multi.stop();
    udp.stop();
}

void tst_LabReport::wholeLabSaysWhatWasNotDone()
{
    LabJournal journal;
    WholeLabReportInput input;
    input.when = kWhen;
    input.journal = &journal;
    const QString md = WholeLabReport::markdown(input);
    const Rendered rendered = render(md);
    QCOMPARE(rendered.tables, 1); // the summary only: no empty tables
    const QStringList sections = exerciseSections(md);
    QCOMPARE(sections.size(), int(GuidedExercises::ExerciseCount));
    for (const QString &section : sections) {
        QCOMPARE(section.count(QStringLiteral("*Not done in this session: nothing was recorded for this exercise.*")), 1);
        QVERIFY(!section.contains(QStringLiteral("Taken at export")));
        QVERIFY(section.contains(QStringLiteral("> **Answer:**")));
    }
    QVERIFY(md.contains(QStringLiteral("| 4\\. A classmate's machine | no |")));
}

void tst_LabReport::journalStaysBounded()
{
    LabJournal journal;
    LabEventBatch batch { ::event(EventKind::Listening, 0), ::event(EventKind::Accepted, 1, client(50001)) };
    for (int i = 0; i < 5000; ++i)
        batch << ::event(EventKind::Received, 1, client(50001), QByteArray::number(i));
    journal.applyBatch(LabMode::TcpMulti, batch);
    const auto &page = journal.exercise(GuidedExercises::MultiTcpExercise).pages.constFirst();
    QCOMPARE(page.events.size(), LabJournal::kHeadEvents + LabJournal::kTailEvents);
    QCOMPARE(page.events.dropped(), 5002 - LabJournal::kHeadEvents - LabJournal::kTailEvents);
    QCOMPARE(page.events.items().constLast().payload, QByteArray("4999")); // the end is kept
    for (int i = 0; i < 20; ++i) {
        journal.applyBatch(LabMode::TcpMulti, { ::event(EventKind::Accepted, 2 + i, client(quint16(50002 + i))) });
        journal.applySocketSnapshot(LabMode::TcpMulti, {});
    }
    const auto &record = journal.exercise(GuidedExercises::MultiTcpExercise);
    QCOMPARE(record.snapshots.size(), LabJournal::kMaxSnapshots);
    QCOMPARE(record.droppedSnapshots, 20 - LabJournal::kMaxSnapshots);
    QVERIFY(record.snapshots.constLast().moment.contains(QStringLiteral("Connection 21 accepted")));
    WholeLabReportInput input;
    input.when = kWhen;
    input.journal = &journal;
    const QString md = WholeLabReport::markdown(input);
    QVERIFY(md.contains(LabReport::escapeInline(QStringLiteral("%1 event(s) in the middle of the session were left out")
                                                    .arg(page.events.dropped()))));
    QVERIFY(md.contains(LabReport::escapeInline(QStringLiteral("%1 reading(s) in between were left out.")
                                                    .arg(20 - LabJournal::kMaxSnapshots))));
}

QTEST_MAIN(tst_LabReport)
#include "tst_labreport.moc"
