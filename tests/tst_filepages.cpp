// Servidor de arquivos and Cliente de arquivos as students use them, in one window: one shares a
// folder, the other downloads by name through the controls. Offscreen, loopback only.
#include "app/fileclientpage.h"
#include "app/fileserverpage.h"
#include "app/languagemanager.h"
#include "app/mainwindow.h"
#include "model/connectiontablemodel.h"
#include "widgets/folderfield.h"
#include "widgets/clientcontrols.h"
#include "widgets/servercontrols.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

class tst_FilePages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void downloadThroughThePages();
    void refusedNameSavesNothing();
    void commandLinePortReachesTheWaitingClient();

private:
    quint16 startFileServer();

    QTemporaryDir m_dir;
    QByteArray m_bytes;
    LanguageManager *m_languages = nullptr;
    MainWindow *m_window = nullptr;
};

void tst_FilePages::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    QCoreApplication::setOrganizationName(QStringLiteral("SocketLabTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_filepages"));
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("shared"))));
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("downloads"))));
    m_bytes = QByteArray(300000, 'a');
    for (int i = 0; i < m_bytes.size(); ++i)
        m_bytes[i] = char(i * 31);
    QFile file(m_dir.filePath(QStringLiteral("shared/notes.bin")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(m_bytes);
}

void tst_FilePages::init()
{
    m_languages = new LanguageManager;
    m_languages->setLanguage(QStringLiteral("en"));
    m_window = new MainWindow(m_languages);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void tst_FilePages::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_languages;
    m_languages = nullptr;
    QSettings().clear();
}

quint16 tst_FilePages::startFileServer()
{
    auto *server = static_cast<FileServerPage *>(m_window->page(LabMode::FileServer));
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    server->setSharedFolder(m_dir.filePath(QStringLiteral("shared")));
    server->controls()->addressBox()->setCurrentIndex(1); // 127.0.0.1
    server->controls()->portEdit()->setText(QString::number(port));
    QTest::mouseClick(server->controls()->startButton(), Qt::LeftButton);
    if (!QTest::qWaitFor([server] { return server->controls()->isRunning(); }, 15000))
        return 0;
    return port;
}

void tst_FilePages::downloadThroughThePages()
{
    const quint16 port = startFileServer();
    QVERIFY(port);
    auto *server = static_cast<FileServerPage *>(m_window->page(LabMode::FileServer));
    // What is exposed, to whom, how to restrict it.
    QVERIFY(server->exposureLabel()->text().contains(QDir::toNativeSeparators(m_dir.filePath(QStringLiteral("shared")))));
    QVERIFY(server->exposureLabel()->text().contains(QStringLiteral("this computer only")));
    QVERIFY(server->exposureLabel()->text().contains(QStringLiteral("127.0.0.1")));

    auto *client = static_cast<FileClientPage *>(m_window->page(LabMode::FileClient));
    client->controls()->hostEdit()->setText(QStringLiteral("127.0.0.1"));
    client->controls()->portEdit()->setText(QString::number(port));
    client->setRequest(QStringLiteral("notes.bin"), m_dir.filePath(QStringLiteral("downloads/notes.bin")));
    QTest::mouseClick(client->downloadButton(), Qt::LeftButton);
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(m_bytes, QCryptographicHash::Sha256).toHex());
    QTRY_VERIFY_WITH_TIMEOUT(client->figuresLabel()->text().contains(sha), 10000);
    QVERIFY(client->figuresLabel()->text().contains(QStringLiteral("recv() calls")));
    QFile saved(m_dir.filePath(QStringLiteral("downloads/notes.bin")));
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), m_bytes);
    QVERIFY(client->downloadButton()->isEnabled());
    // One row on each side; the server's remote port is the client's local port.
    QTRY_COMPARE(server->connectionModel()->rowCount(), 1);
    QCOMPARE(client->connectionModel()->rowCount(), 1);
    QCOMPARE(server->connectionModel()->index(0, ConnectionTableModel::RemotePortColumn).data(ConnectionTableModel::RawValueRole),
             client->connectionModel()->index(0, ConnectionTableModel::LocalPortColumn).data(ConnectionTableModel::RawValueRole));
    QTRY_COMPARE(server->connectionModel()->index(0, ConnectionTableModel::BytesOutColumn).data(ConnectionTableModel::RawValueRole).toLongLong(),
                 qint64(m_bytes.size()));
}

void tst_FilePages::refusedNameSavesNothing()
{
    const quint16 port = startFileServer();
    QVERIFY(port);
    auto *client = static_cast<FileClientPage *>(m_window->page(LabMode::FileClient));
    client->controls()->hostEdit()->setText(QStringLiteral("127.0.0.1"));
    client->controls()->portEdit()->setText(QString::number(port));
    client->setRequest(QStringLiteral("../secret.txt"), m_dir.filePath(QStringLiteral("downloads/secret.txt")));
    QTest::mouseClick(client->downloadButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(client->figuresLabel()->text().contains(QStringLiteral("without sending a byte")), 10000);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("downloads/secret.txt"))));
    QCOMPARE(QDir(m_dir.filePath(QStringLiteral("downloads"))).entryList({ QStringLiteral("secret*") }), QStringList());
}

void tst_FilePages::commandLinePortReachesTheWaitingClient()
{
    // `socketlab --mode file-client --port 12399`: no --get yet, but the page shows that port.
    LaunchOptions options;
    options.mode = LabMode::FileClient;
    options.port = 12399;
    m_window->startFromCommandLine(options);
    auto *client = static_cast<FileClientPage *>(m_window->page(LabMode::FileClient));
    const auto settings = client->controls()->validatedSettings();
    QVERIFY(settings);
    QCOMPARE(settings->port, quint16(12399));
    QCOMPARE(settings->host, QStringLiteral("127.0.0.1"));
}

QTEST_MAIN(tst_FilePages)
#include "tst_filepages.moc"
