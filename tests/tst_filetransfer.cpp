// The file server and client (issue 21): the course's C client and server (compiled here from
// sources equivalent to the textbook's) and nc against SocketLab's sessions, both ways; the
// refusal of every name that escapes the shared folder; a reader that stalls; an early close on
// either side; and 1 GiB through loopback with a bounded peak memory (headless processes).
#include "network/fileclientsession.h"
#include "network/fileserversession.h"
#include "network/filetransfersender.h"
#include "network/requestname.h"
#include "tests/support/eventlog.h"
#include "tests/support/sanitizer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>

namespace {

// The course's file client: the name and its NUL, then recv() in 4096-byte blocks until 0.
const char kCourseClient[] = R"C(
#include <arpa/inet.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
int main(int argc, char **argv)
{
    char buf[4096];
    struct sockaddr_in server = { 0 };
    int s = socket(AF_INET, SOCK_STREAM, 0);
    server.sin_family = AF_INET;
    server.sin_port = htons(atoi(argv[2]));
    inet_pton(AF_INET, argv[1], &server.sin_addr);
    if (connect(s, (struct sockaddr *)&server, sizeof server) < 0) { perror("connect"); return 1; }
    send(s, argv[3], strlen(argv[3]) + 1, 0);
    FILE *out = fopen(argv[4], "wb");
    ssize_t n;
    while ((n = recv(s, buf, sizeof buf, 0)) > 0)
        fwrite(buf, 1, n, out);
    fclose(out);
    close(s);
    return 0;
}
)C";

// The course's file server: listen(s, 10), one client at a time: the name up to its NUL, then
// the file in 4096-byte blocks, then close.
const char kCourseServer[] = R"C(
#include <arpa/inet.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
int main(int argc, char **argv)
{
    char name[4096], buf[4096];
    struct sockaddr_in addr = { 0 };
    int s = socket(AF_INET, SOCK_STREAM, 0), one = 1;
    setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    addr.sin_family = AF_INET;
    addr.sin_port = htons(atoi(argv[1]));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (bind(s, (struct sockaddr *)&addr, sizeof addr) < 0) { perror("bind"); return 1; }
    listen(s, 10);
    printf("ready\n");
    fflush(stdout);
    int c = accept(s, NULL, NULL);
    size_t got = 0;
    ssize_t n;
    while (got < sizeof name - 1 && (n = recv(c, name + got, 1, 0)) > 0 && name[got] != '\0')
        ++got;
    name[got] = '\0';
    if (chdir(argv[2]) == 0) {
        FILE *in = fopen(name, "rb");
        if (in) {
            size_t r;
            while ((r = fread(buf, 1, sizeof buf, in)) > 0)
                send(c, buf, r, 0);
            fclose(in);
        }
    }
    close(c);
    close(s);
    return 0;
}
)C";

QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

QByteArray patternBytes(qint64 size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i)
        bytes[i] = char((i * 7 + i / 4093) & 0xff);
    return bytes;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

FileClientConfig request(quint16 port, const QString &name, const QString &outputPath)
{
    FileClientConfig config;
    config.port = port;
    config.name = name;
    config.outputPath = outputPath;
    return config;
}

// The last transfer event of one phase, or none.
TransferFactsPointer lastTransfer(const EventLog &log, TransferFacts::Phase phase)
{
    TransferFactsPointer found;
    for (const LabEvent &event : log.events) {
        if (event.kind == EventKind::Transfer && event.transfer && event.transfer->phase == phase)
            found = event.transfer;
    }
    return found;
}

// A field of /proc/<pid>/status in bytes ("VmHWM": the peak resident size).
qint64 processMemory(qint64 pid, const char *field)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(QByteArray(field) + ':'))
            return line.mid(qsizetype(qstrlen(field)) + 1).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

} // namespace

class FileTransferTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void framesRequests_data();
    void framesRequests();
    void refusesEscapingForms_data();
    void refusesEscapingForms();
    void refusesThroughTheFileSystem();
    void refusalClosesWithoutData();
    void servesSeveralClientsAtOnce();
    void courseClientDownloadsFromSocketLab();
    void socketLabDownloadsFromCourseServer();
    void ncDownloadsFromSocketLab();
    void socketLabDownloadsFromNc();
    void neverOverwritesWithoutBeingAsked();
    void stalledReaderKeepsServerMemoryBounded();
    void clientClosingEarlyIsReported();
    void serverClosingEarlyLeavesNoFile();
    void oneGibibyteInBoundedMemory();

private:
    void startServer(FileServerSession &server);
    QString compile(const char *source, const QString &name);

    QTemporaryDir m_dir;
    QString m_root;
    QByteArray m_small; // 200,000 bytes
};

void FileTransferTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_root = m_dir.filePath(QStringLiteral("shared"));
    QVERIFY(QDir().mkpath(m_root + QStringLiteral("/sub")));
    m_small = patternBytes(200000);
    writeFile(m_root + QStringLiteral("/small.bin"), m_small);
    writeFile(m_root + QStringLiteral("/sub/inner.txt"), "inside\n");
    writeFile(m_dir.filePath(QStringLiteral("secret.txt")), "outside the folder\n");
    QVERIFY(QFile::link(m_dir.filePath(QStringLiteral("secret.txt")), m_root + QStringLiteral("/escape.txt")));
    QVERIFY(QFile::link(m_root + QStringLiteral("/small.bin"), m_root + QStringLiteral("/alias.bin")));
    QVERIFY(QFile::link(QStringLiteral("/dev/zero"), m_root + QStringLiteral("/zero")));
    QVERIFY(QFile::link(m_dir.path(), m_root + QStringLiteral("/up")));
    QFile big(m_root + QStringLiteral("/big.bin"));
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize(qint64(1) << 30)); // sparse: 1 GiB of zeros that take no disk
}

void FileTransferTest::framesRequests_data()
{
    QTest::addColumn<QByteArray>("received");
    QTest::addColumn<bool>("atEnd");
    QTest::addColumn<int>("framing");
    QTest::addColumn<QByteArray>("name");
    QTest::newRow("nul (the C client)") << QByteArray("a.txt\0rest", 10) << false << int(RequestName::Framing::Complete) << QByteArray("a.txt");
    QTest::newRow("newline (nc)") << QByteArray("a.txt\n") << false << int(RequestName::Framing::Complete) << QByteArray("a.txt");
    QTest::newRow("crlf (telnet)") << QByteArray("a.txt\r\n") << false << int(RequestName::Framing::Complete) << QByteArray("a.txt");
    QTest::newRow("half a name") << QByteArray("a.t") << false << int(RequestName::Framing::Incomplete) << QByteArray();
    QTest::newRow("stream ended") << QByteArray("a.txt") << true << int(RequestName::Framing::Complete) << QByteArray("a.txt");
    QTest::newRow("4 KiB exactly") << QByteArray(4096, 'x') << false << int(RequestName::Framing::Incomplete) << QByteArray();
    QTest::newRow("over 4 KiB") << QByteArray(4097, 'x') << false << int(RequestName::Framing::TooLong) << QByteArray();
}

void FileTransferTest::framesRequests()
{
    QFETCH(QByteArray, received);
    QFETCH(bool, atEnd);
    QFETCH(int, framing);
    QFETCH(QByteArray, name);
    QByteArray framed;
    QCOMPARE(int(RequestName::frame(received, atEnd, &framed)), framing);
    QCOMPARE(framed, name);
}

void FileTransferTest::refusesEscapingForms_data()
{
    using R = RequestName::Refusal;
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<int>("refusal");
    QTest::newRow("plain") << QByteArray("small.bin") << int(R::None);
    QTest::newRow("in a subfolder") << QByteArray("sub/inner.txt") << int(R::None);
    QTest::newRow("dots in a name") << QByteArray("a..b.txt") << int(R::None);
    QTest::newRow("empty") << QByteArray() << int(R::Empty);
    QTest::newRow("parent") << QByteArray("../secret.txt") << int(R::ParentDirectory);
    QTest::newRow("parent inside") << QByteArray("sub/../../secret.txt") << int(R::ParentDirectory);
    QTest::newRow("parent alone") << QByteArray("..") << int(R::ParentDirectory);
    QTest::newRow("parent, backslash") << QByteArray("sub\\..\\..\\secret.txt") << int(R::ParentDirectory);
    QTest::newRow("parent, Windows trailing dot") << QByteArray("... /secret.txt") << int(R::ParentDirectory);
    QTest::newRow("absolute") << QByteArray("/etc/passwd") << int(R::AbsolutePath);
    QTest::newRow("absolute, backslash") << QByteArray("\\Windows\\win.ini") << int(R::AbsolutePath);
    QTest::newRow("unc") << QByteArray("\\\\server\\share\\f.txt") << int(R::UncPath);
    QTest::newRow("unc, slashes") << QByteArray("//server/share/f.txt") << int(R::UncPath);
    QTest::newRow("drive") << QByteArray("C:\\Windows\\win.ini") << int(R::DriveOrStream);
    QTest::newRow("drive relative") << QByteArray("C:secret.txt") << int(R::DriveOrStream);
    QTest::newRow("stream") << QByteArray("small.bin:hidden") << int(R::DriveOrStream);
    QTest::newRow("control") << QByteArray("a\tb") << int(R::ControlCharacter);
    QTest::newRow("not utf-8") << QByteArray("caf\xe9") << int(R::NotUtf8);
    QTest::newRow("too long") << QByteArray(4097, 'a') << int(R::TooLong);
}

void FileTransferTest::refusesEscapingForms()
{
    QFETCH(QByteArray, name);
    QFETCH(int, refusal);
    QCOMPARE(int(RequestName::checkForm(name)), refusal);
}

void FileTransferTest::refusesThroughTheFileSystem()
{
    using R = RequestName::Refusal;
    const QString root = QFileInfo(m_root).canonicalFilePath();
    QCOMPARE(int(RequestName::resolve(root, "small.bin").refusal), int(R::None));
    QCOMPARE(RequestName::resolve(root, "small.bin").size, qint64(m_small.size()));
    QCOMPARE(int(RequestName::resolve(root, "alias.bin").refusal), int(R::None)); // a link that stays inside
    QCOMPARE(int(RequestName::resolve(root, "escape.txt").refusal), int(R::OutsideFolder));
    QCOMPARE(int(RequestName::resolve(root, "up/secret.txt").refusal), int(R::OutsideFolder));
    QCOMPARE(int(RequestName::resolve(root, "zero").refusal), int(R::OutsideFolder)); // a device, through a link
    QCOMPARE(int(RequestName::resolve(root, "sub").refusal), int(R::Directory));
    QCOMPARE(int(RequestName::resolve(root, "missing.txt").refusal), int(R::NotFound));
    QCOMPARE(int(RequestName::resolve(root, "../secret.txt").refusal), int(R::ParentDirectory));
    QProcess::execute(QStringLiteral("mkfifo"), { m_root + QStringLiteral("/fifo") });
    QCOMPARE(int(RequestName::resolve(root, "fifo").refusal), int(R::NotPlainFile));
    QFile::remove(m_root + QStringLiteral("/fifo"));
}

void FileTransferTest::startServer(FileServerSession &server)
{
    FileServerConfig config;
    config.bindAddress = QHostAddress::LocalHost;
    config.port = 0;
    config.root = m_root;
    server.start(config);
    QVERIFY(server.isListening());
}

void FileTransferTest::refusalClosesWithoutData()
{
    FileServerSession server;
    EventLog log(&server);
    startServer(server);
    for (const QByteArray &request : { QByteArray("../secret.txt\0", 14), QByteArray("escape.txt\n"),
                                       QByteArray("/etc/passwd\0", 12), QByteArray(5000, 'x') }) {
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, server.listeningOn().port);
        QVERIFY(client.waitForConnected(3000));
        client.write(request);
        QTRY_COMPARE(client.state(), QAbstractSocket::UnconnectedState);
        QCOMPARE(client.readAll(), QByteArray()); // closed without a byte
    }
    QTRY_COMPARE(log.count(EventKind::Closed), 4);
    QList<RequestName::Refusal> refusals;
    for (const LabEvent &event : log.of(EventKind::Transfer))
        refusals.append(event.transfer->refusal);
    QCOMPARE(refusals, (QList<RequestName::Refusal> { RequestName::Refusal::ParentDirectory, RequestName::Refusal::OutsideFolder,
                                                      RequestName::Refusal::AbsolutePath, RequestName::Refusal::TooLong }));
}

void FileTransferTest::servesSeveralClientsAtOnce()
{
    FileServerSession server;
    EventLog log(&server);
    startServer(server);
    QList<FileClientSession *> clients;
    for (int i = 0; i < 5; ++i) {
        auto *client = new FileClientSession(this);
        client->download(request(server.listeningOn().port, i % 2 ? QStringLiteral("small.bin") : QStringLiteral("sub/inner.txt"),
                                 m_dir.filePath(QStringLiteral("several-%1").arg(i))));
        clients.append(client);
    }
    QTRY_COMPARE(log.count(EventKind::Closed), 5);
    for (int i = 0; i < 5; ++i) {
        QTRY_VERIFY(!clients.at(i)->isBusy());
        QFile saved(m_dir.filePath(QStringLiteral("several-%1").arg(i)));
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), i % 2 ? m_small : QByteArray("inside\n"));
    }
    const TransferFactsPointer last = lastTransfer(log, TransferFacts::Phase::Finished);
    QVERIFY(last);
    QVERIFY(last->sending);
    qDeleteAll(clients);
}

QString FileTransferTest::compile(const char *source, const QString &name)
{
    const QString sourcePath = m_dir.filePath(name + QStringLiteral(".c"));
    QFile file(sourcePath);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(source);
    file.close();
    const QString binary = m_dir.filePath(name);
    if (QProcess::execute(QStringLiteral("cc"), { QStringLiteral("-o"), binary, sourcePath }) != 0)
        return {};
    return binary;
}

void FileTransferTest::courseClientDownloadsFromSocketLab()
{
    const QString client = compile(kCourseClient, QStringLiteral("course_client"));
    if (client.isEmpty())
        QSKIP("no C compiler (cc) here");
    FileServerSession server;
    EventLog log(&server);
    startServer(server);
    QProcess process;
    const QString output = m_dir.filePath(QStringLiteral("from-socketlab.bin"));
    process.start(client, { QStringLiteral("127.0.0.1"), QString::number(server.listeningOn().port),
                            QStringLiteral("small.bin"), output });
    QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, 10000);
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(sha256Of(output), QCryptographicHash::hash(m_small, QCryptographicHash::Sha256).toHex());
    QTRY_VERIFY(lastTransfer(log, TransferFacts::Phase::Finished));
    const TransferFactsPointer sent = lastTransfer(log, TransferFacts::Phase::Finished);
    QCOMPARE(sent->sha256, sha256Of(output));
    QCOMPARE(sent->bytes, qint64(m_small.size()));
    QCOMPARE(sent->calls, (m_small.size() + 4095) / 4096); // 4096-byte blocks
    QCOMPARE(log.of(EventKind::Received).constFirst().payload, QByteArray("small.bin\0", 10));
}

void FileTransferTest::socketLabDownloadsFromCourseServer()
{
    const QString serverBinary = compile(kCourseServer, QStringLiteral("course_server"));
    if (serverBinary.isEmpty())
        QSKIP("no C compiler (cc) here");
    const quint16 port = freePort();
    QProcess process;
    process.start(serverBinary, { QString::number(port), m_root });
    QByteArray printed;
    QTRY_VERIFY((printed += process.readAllStandardOutput()).contains("ready"));
    FileClientSession client;
    EventLog log(&client);
    FileClientConfig config = request(port, QStringLiteral("small.bin"), m_dir.filePath(QStringLiteral("from-course-server.bin")));
    client.download(config);
    QTRY_VERIFY_WITH_TIMEOUT(lastTransfer(log, TransferFacts::Phase::Finished), 10000);
    const TransferFactsPointer received = lastTransfer(log, TransferFacts::Phase::Finished);
    QCOMPARE(received->bytes, qint64(m_small.size()));
    QCOMPARE(received->sha256, QCryptographicHash::hash(m_small, QCryptographicHash::Sha256).toHex());
    QCOMPARE(sha256Of(config.outputPath), received->sha256);
    qint64 calls = 0;
    for (qint64 count : received->sizeBuckets)
        calls += count;
    QCOMPARE(calls, received->calls); // every recv() in the histogram
    QVERIFY(received->calls >= 1);
    QCOMPARE(log.of(EventKind::Sent).constFirst().payload, QByteArray("small.bin\0", 10));
    QTRY_COMPARE(process.state(), QProcess::NotRunning);
}

void FileTransferTest::ncDownloadsFromSocketLab()
{
    if (QStandardPaths::findExecutable(QStringLiteral("nc")).isEmpty())
        QSKIP("nc is not installed");
    FileServerSession server;
    EventLog log(&server);
    startServer(server);
    // Plain nc keeps its side open after the name; nc -N sends FIN right after it (a half-close).
    for (const QStringList &options : { QStringList(), QStringList { QStringLiteral("-N") } }) {
        QProcess nc;
        nc.start(QStringLiteral("nc"), options + QStringList { QStringLiteral("127.0.0.1"),
                                                               QString::number(server.listeningOn().port) });
        QVERIFY(nc.waitForStarted());
        nc.write("small.bin\n");  // a student typing the name
        nc.closeWriteChannel();   // then Ctrl+D: nc keeps reading until the server closes
        QTRY_COMPARE_WITH_TIMEOUT(nc.state(), QProcess::NotRunning, 10000);
        QCOMPARE(nc.readAllStandardOutput(), m_small);
    }
    QTRY_COMPARE(log.count(EventKind::Closed), 2);
    int finished = 0;
    for (const LabEvent &event : log.of(EventKind::Transfer))
        finished += event.transfer->phase == TransferFacts::Phase::Finished;
    QCOMPARE(finished, 2);
    QVERIFY(!lastTransfer(log, TransferFacts::Phase::Failed));
}

void FileTransferTest::socketLabDownloadsFromNc()
{
    if (QStandardPaths::findExecutable(QStringLiteral("nc")).isEmpty())
        QSKIP("nc is not installed");
    const quint16 port = freePort();
    QProcess nc; // nc -l serving one file: sends it, then closes its side (-N) once it is sent
    nc.setStandardInputFile(m_root + QStringLiteral("/small.bin"));
    nc.start(QStringLiteral("nc"), { QStringLiteral("-N"), QStringLiteral("-l"), QStringLiteral("127.0.0.1"),
                                     QString::number(port) });
    QVERIFY(nc.waitForStarted());
    FileClientSession client;
    EventLog log(&client);
    FileClientConfig config = request(port, QStringLiteral("anything"), m_dir.filePath(QStringLiteral("from-nc.bin")));
    for (int attempt = 0; attempt < 50 && !lastTransfer(log, TransferFacts::Phase::Finished); ++attempt) {
        client.download(config); // refused until nc listens
        QTRY_VERIFY_WITH_TIMEOUT(!client.isBusy(), 10000);
        if (!lastTransfer(log, TransferFacts::Phase::Finished))
            QTest::qWait(100);
    }
    QVERIFY(lastTransfer(log, TransferFacts::Phase::Finished));
    QCOMPARE(sha256Of(config.outputPath), QCryptographicHash::hash(m_small, QCryptographicHash::Sha256).toHex());
    nc.kill();
    nc.waitForFinished();
}

void FileTransferTest::neverOverwritesWithoutBeingAsked()
{
    const QString existing = m_dir.filePath(QStringLiteral("keep.txt"));
    writeFile(existing, "mine\n");
    FileServerSession server;
    startServer(server);
    FileClientSession client;
    EventLog log(&client);
    FileClientConfig config = request(server.listeningOn().port, QStringLiteral("small.bin"), existing);
    client.download(config);
    const TransferFactsPointer failed = lastTransfer(log, TransferFacts::Phase::Failed);
    QVERIFY(failed);
    QCOMPARE(int(failed->failure), int(TransferFacts::Failure::FileExists));
    QCOMPARE(log.count(EventKind::Connected), 0); // refused before connecting
    QFile kept(existing);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("mine\n"));
    kept.close();

    config.overwrite = true;
    client.download(config);
    QTRY_VERIFY(lastTransfer(log, TransferFacts::Phase::Finished));
    QCOMPARE(sha256Of(existing), QCryptographicHash::hash(m_small, QCryptographicHash::Sha256).toHex());
}

void FileTransferTest::stalledReaderKeepsServerMemoryBounded()
{
    FileServerSession server;
    EventLog log(&server);
    startServer(server);
    QTcpSocket stalled; // asks for 1 GiB, then reads nothing
    stalled.setReadBufferSize(1); // Qt reads (almost) nothing: the kernel's buffers fill up
    stalled.connectToHost(QHostAddress::LocalHost, server.listeningOn().port);
    QVERIFY(stalled.waitForConnected(3000));
    stalled.write(QByteArray("big.bin\0", 8));
    QTRY_VERIFY(lastTransfer(log, TransferFacts::Phase::Started));
    qint64 largest = 0;
    for (int i = 0; i < 20; ++i) {
        QTest::qWait(50);
        largest = qMax(largest, server.largestQueue());
    }
    QVERIFY2(largest <= FileTransferSender::kMaxQueuedBytes, QByteArray::number(largest));
    // Meanwhile, another client is served at once.
    FileClientSession other;
    EventLog otherLog(&other);
    FileClientConfig config = request(server.listeningOn().port, QStringLiteral("small.bin"), m_dir.filePath(QStringLiteral("beside-stalled.bin")));
    other.download(config);
    QTRY_VERIFY(lastTransfer(otherLog, TransferFacts::Phase::Finished));
    QVERIFY(!lastTransfer(log, TransferFacts::Phase::Failed)); // the stalled one waits, unharmed
}

void FileTransferTest::clientClosingEarlyIsReported()
{
    FileServerSession server;
    EventLog log(&server);
    startServer(server);
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server.listeningOn().port);
    QVERIFY(client.waitForConnected(3000));
    client.write(QByteArray("big.bin\0", 8));
    QTRY_VERIFY(client.bytesAvailable() > 100000);
    client.abort();
    QTRY_VERIFY(lastTransfer(log, TransferFacts::Phase::Failed));
    const TransferFactsPointer failed = lastTransfer(log, TransferFacts::Phase::Failed);
    QCOMPARE(int(failed->failure), int(TransferFacts::Failure::PeerClosedEarly));
    QVERIFY(failed->bytes > 0);
    QVERIFY(failed->bytes < (qint64(1) << 30));
    QTRY_COMPARE(server.openConnectionCount(), 0);
}

void FileTransferTest::serverClosingEarlyLeavesNoFile()
{
    FileServerSession server;
    startServer(server);
    FileClientSession client;
    EventLog log(&client);
    FileClientConfig config = request(server.listeningOn().port, QStringLiteral("big.bin"), m_dir.filePath(QStringLiteral("cut.bin")));
    client.download(config);
    QTRY_VERIFY(lastTransfer(log, TransferFacts::Phase::Progress));
    server.stop(); // RST: the connection is cut mid-file
    QTRY_VERIFY(!client.isBusy());
    const TransferFactsPointer failed = lastTransfer(log, TransferFacts::Phase::Failed);
    QVERIFY2(failed, "a cut stream was taken for a whole file");
    QVERIFY(failed->bytes > 0);
    QVERIFY(!QFile::exists(config.outputPath));
    QCOMPARE(QDir(m_dir.path()).entryList({ QStringLiteral("cut.bin*") }), QStringList()); // no temporary left
}

void FileTransferTest::oneGibibyteInBoundedMemory()
{
    QProcess server;
    const quint16 port = freePort();
    server.start(QStringLiteral(SOCKETLAB_BINARY), { QStringLiteral("--headless"), QStringLiteral("--json"),
                                                     QStringLiteral("--mode"), QStringLiteral("file-server"),
                                                     QStringLiteral("--root"), m_root, QStringLiteral("--bind"),
                                                     QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                                                     QString::number(port) });
    QByteArray printed;
    QTRY_VERIFY((printed += server.readAllStandardOutput()).contains("\"listening\""));
    QProcess client;
    const QString output = m_dir.filePath(QStringLiteral("big-copy.bin"));
    client.start(QStringLiteral(SOCKETLAB_BINARY), { QStringLiteral("--headless"), QStringLiteral("--json"),
                                                     QStringLiteral("--mode"), QStringLiteral("file-client"),
                                                     QStringLiteral("--port"), QString::number(port),
                                                     QStringLiteral("--get"), QStringLiteral("big.bin"),
                                                     QStringLiteral("--output"), output });
    QVERIFY(client.waitForStarted());
    qint64 clientPeak = 0;
    QByteArray clientOutput;
    while (client.state() != QProcess::NotRunning) {
        clientOutput += client.readAllStandardOutput();
        clientPeak = qMax(clientPeak, processMemory(client.processId(), "VmHWM"));
        QTest::qWait(50);
    }
    clientOutput += client.readAllStandardOutput();
    QCOMPARE(client.exitCode(), 0);
    const qint64 serverPeak = processMemory(server.processId(), "VmHWM");
    server.terminate();
    server.waitForFinished();
    QJsonObject received;
    for (const QByteArray &line : clientOutput.split('\n')) {
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        if (object.value(QStringLiteral("event")) == QStringLiteral("transfer")
            && object.value(QStringLiteral("phase")) == QStringLiteral("finished"))
            received = object;
    }
    QCOMPARE(received.value(QStringLiteral("bytes")).toDouble(), double(qint64(1) << 30));
    QVERIFY(received.value(QStringLiteral("recvCalls")).toInteger() > 0);
    QVERIFY(received.value(QStringLiteral("seconds")).toDouble() > 0);
    // SHA-256 of 1 GiB of zeros.
    QCOMPARE(received.value(QStringLiteral("sha256")).toString(),
             QStringLiteral("49bc20df15e412a64472421e13fe86ff1c5165e18b2afccf160d4dc19fe68a14"));
    QCOMPARE(QFileInfo(output).size(), qint64(1) << 30);
    QFile::remove(output);
    qInfo("peak resident memory: client %lld MB, server %lld MB, %.2f s",
          clientPeak >> 20, serverPeak >> 20, received.value(QStringLiteral("seconds")).toDouble());
    if (!kMemoryIsMeasurable)
        QSKIP("AddressSanitizer's quarantine and shadow memory make resident sizes meaningless: the bound is checked in the normal build.");
    QVERIFY2(clientPeak > 0 && clientPeak < 100 * 1024 * 1024, QByteArray::number(clientPeak));
    QVERIFY2(serverPeak > 0 && serverPeak < 100 * 1024 * 1024, QByteArray::number(serverPeak));
}

QTEST_GUILESS_MAIN(FileTransferTest)
#include "tst_filetransfer.moc"
