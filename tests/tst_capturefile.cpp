// `--capture FILE.pcap`, as a teacher scripts it over SSH: the real socketlab binary, headless
// and with its window, captures the page's traffic the default way and writes a .pcap at exit
// that the project's reader and tshark read; a path that cannot be written is refused before
// anything starts. Live capture needs CAP_NET_RAW (CI runs as root); skipped without it.
#include "model/packetlistmodel.h"
#include "network/capture/capturesession.h"
#include "network/capture/pcapfile.h"
#include "tests/support/socketlabprocess.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

class tst_CaptureFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badPathIsRefusedBeforeAnythingStarts_data();
    void badPathIsRefusedBeforeAnythingStarts();
    void headlessServerAndClientWriteTheirTraffic();
    void windowWritesItsTrafficAtExit();

private:
    QTemporaryDir m_dir;
};

using socketlabprocess::waitForOutput;

namespace {

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}


// The file read back with the project's own reader, as the packet list shows it.
QStringList infoColumn(const QString &path)
{
    QString error;
    const std::optional<QList<CapturedPacket>> packets = openPcap(path, &error);
    if (!packets) {
        qWarning("%s: %s", qPrintable(path), qPrintable(error));
        return {};
    }
    PacketListModel model;
    model.appendPackets(*packets);
    QStringList info;
    for (int row = 0; row < model.rowCount(); ++row)
        info.append(model.infoAt(row));
    return info;
}

bool containsStarting(const QStringList &lines, const QString &prefix)
{
    return std::any_of(lines.begin(), lines.end(), [&prefix](const QString &line) { return line.startsWith(prefix); });
}

// tshark, where installed, reads the file too: the .pcap is valid for Wireshark's tools.
void checkWithTshark(const QString &path, const QString &syn)
{
    const QString tshark = QStandardPaths::findExecutable(QStringLiteral("tshark"));
    if (tshark.isEmpty()) {
        qInfo("tshark is not installed: the file was checked with the project's reader only");
        return;
    }
    QProcess process;
    process.start(tshark, { QStringLiteral("-r"), path });
    QVERIFY(process.waitForFinished(30000));
    const QString output = QString::fromUtf8(process.readAllStandardOutput());
    QCOMPARE(process.exitCode(), 0);
    QVERIFY2(output.contains(syn), qPrintable(output));
}

} // namespace

void tst_CaptureFile::badPathIsRefusedBeforeAnythingStarts_data()
{
    QTest::addColumn<bool>("headless");
    QTest::addColumn<QString>("path");
    QVERIFY(m_dir.isValid());
    for (const bool headless : { true, false }) {
        const char *where = headless ? "headless" : "window";
        QTest::addRow("%s: no such folder", where) << headless << m_dir.filePath(QStringLiteral("missing/capture.pcap"));
        QTest::addRow("%s: a folder", where) << headless << m_dir.path();
        QTest::addRow("%s: empty", where) << headless << QString();
    }
}

void tst_CaptureFile::badPathIsRefusedBeforeAnythingStarts()
{
    QFETCH(bool, headless);
    QFETCH(QString, path);
    const quint16 port = freePort();
    QStringList arguments { QStringLiteral("--mode"), QStringLiteral("tcp-multi"), QStringLiteral("--port"), QString::number(port),
                            QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--capture"), path };
    if (headless)
        arguments.prepend(QStringLiteral("--headless"));
    QProcess process;
    QTemporaryDir settings;
    socketlabprocess::startWindow(process, arguments, settings.path()); // offscreen when it is the window
    QVERIFY(process.waitForFinished(15000));
    QCOMPARE(process.exitCode(), 2);
    const QString error = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(error.contains(QStringLiteral("--capture %1: not a file that can be written").arg(path)), qPrintable(error));
    QVERIFY(process.readAllStandardOutput().isEmpty()); // nothing started, nothing listened
}

void tst_CaptureFile::headlessServerAndClientWriteTheirTraffic()
{
    if (CaptureSession::capturePermission() != CapturePermission::Allowed)
        QSKIP("packet capture needs CAP_NET_RAW (run as root)");
    const QString serverPath = m_dir.filePath(QStringLiteral("server.pcap"));
    const QString clientPath = m_dir.filePath(QStringLiteral("client.pcap"));
    const QString port = QString::number(freePort());
    QProcess server;
    socketlabprocess::start(server, { QStringLiteral("--headless"), QStringLiteral("--mode"), QStringLiteral("tcp-multi"),
                                      QStringLiteral("--port"), port, QStringLiteral("--json"), QStringLiteral("--lang"),
                                      QStringLiteral("en"), QStringLiteral("--capture"), serverPath });
    QByteArray serverOutput;
    QVERIFY2(waitForOutput(server, "\"listening\"", serverOutput), serverOutput.constData());

    // A headless SocketLab client, capturing too: it says hello, reads the reply and leaves.
    QProcess client;
    socketlabprocess::start(client, { QStringLiteral("--headless"), QStringLiteral("--mode"), QStringLiteral("tcp-client"),
                                      QStringLiteral("--port"), port, QStringLiteral("--json"), QStringLiteral("--send"),
                                      QStringLiteral("Hello, world"), QStringLiteral("--capture"), clientPath });
    client.closeWriteChannel(); // no more input: it leaves after the reply
    QVERIFY(client.waitForFinished(15000));
    QCOMPARE(client.exitCode(), 0);
    const QByteArray clientOutput = client.readAllStandardOutput();
    QVERIFY2(clientOutput.contains("HELLO, WORLD"), clientOutput.constData());
    QVERIFY(waitForOutput(server, "\"closed\"", serverOutput));
    socketlabprocess::stop(server);
    QVERIFY(server.waitForFinished(10000));
    QCOMPARE(server.exitCode(), 0);
    const QString said = QString::fromUtf8(server.readAllStandardError());
    QVERIFY2(said.contains(QStringLiteral("Capturing on any for %1.").arg(serverPath)), qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral(" written to %1.").arg(serverPath)), qPrintable(said));

    // Both files hold the whole conversation, the client's SYN first.
    for (const QString &path : { serverPath, clientPath }) {
        const QStringList info = infoColumn(path);
        const QString shown = info.join(QLatin1Char('\n'));
        QVERIFY2(!info.isEmpty() && info.first().contains(QStringLiteral(" → %1 [SYN] Seq=0").arg(port)), qPrintable(shown));
        QVERIFY2(containsStarting(info, QStringLiteral("%1 → ").arg(port)), qPrintable(shown)); // the server's replies
        QVERIFY2(shown.contains(QStringLiteral(" → %1 [FIN, ACK]").arg(port)), qPrintable(shown));
        checkWithTshark(path, QStringLiteral(" → %1 [SYN]").arg(port));
    }
}

void tst_CaptureFile::windowWritesItsTrafficAtExit()
{
    if (CaptureSession::capturePermission() != CapturePermission::Allowed)
        QSKIP("packet capture needs CAP_NET_RAW (run as root)");
    if (socketlabprocess::underWine())
        QSKIP("the window's capture goes through dumpcap on Windows");
    const QString path = m_dir.filePath(QStringLiteral("window.pcap"));
    const quint16 port = freePort();
    QProcess window;
    socketlabprocess::startWindow(window, { QStringLiteral("--mode"), QStringLiteral("tcp-multi"), QStringLiteral("--port"),
                                            QString::number(port), QStringLiteral("--capture"), path },
                                  m_dir.filePath(QStringLiteral("window-settings")));
    QTcpSocket client;
    QVERIFY(socketlabprocess::connectWhenListening(client, port));
    const quint16 clientPort = client.localPort();
    client.write("Hello");
    QVERIFY(client.waitForReadyRead(5000));
    client.disconnectFromHost();
    QTest::qWait(300);
    socketlabprocess::stop(window);
    QVERIFY(window.waitForFinished(15000));
    QCOMPARE(window.exitCode(), 0);
    const QStringList info = infoColumn(path);
    QVERIFY2(containsStarting(info, QStringLiteral("%1 → %2 [SYN]").arg(clientPort).arg(port)), qPrintable(info.join(QLatin1Char('\n'))));
    checkWithTshark(path, QStringLiteral("%1 → %2 [SYN]").arg(clientPort).arg(port));
}

QTEST_GUILESS_MAIN(tst_CaptureFile)
#include "tst_capturefile.moc"
