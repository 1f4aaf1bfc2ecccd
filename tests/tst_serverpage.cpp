// The server pages as a student uses them: controls, table, log, composer, language switch.
// Offscreen, with real sockets on loopback.
#include "app/languagemanager.h"
#include "app/mainwindow.h"
#include "app/tcpserverpage.h"
#include "app/udpserverpage.h"
#include "model/connectiontablemodel.h"
#include "model/messagelogmodel.h"
#include "model/primitivetimelinemodel.h"
#include "model/socketstatemodel.h"
#include "widgets/tcpstatediagram.h"
#include "widgets/primitivespanel.h"
#include "widgets/socketstatespanel.h"
#include "widgets/connectionpanel.h"
#include "widgets/connectiontableview.h"
#include "widgets/messagecomposer.h"
#include "widgets/servercontrols.h"

#include "app/commandline.h"
#include "app/screenshotter.h"
#include "app/zoomcontroller.h"
#include "app/networktoolspage.h"
#include "model/guidedexercises.h"
#include "widgets/helppanel.h"

#include <QDockWidget>

#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QImageReader>

#include <QAction>
#include <QComboBox>
#include <QMenuBar>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class tst_ServerPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void multiServerThreeClients();
    void simpleServerSaysItIsBusy();
    void invalidPortIsExplained_data();
    void invalidPortIsExplained();
    void portInUseIsExplained();
    void onlyTheServersOwnErrorFailsTheStart_data();
    void udpPagesExplainUdpStates();
    void onlyTheServersOwnErrorFailsTheStart();
    void languageSwitchesAtRunTime();
    void settingsSurviveRestart();
    void commandLineStartsTheMode();
    void languageMenuIsRemembered();
    void kernelStatesAndDiagramFollowTheConnection();
    void callsAndStatesViewsAreBuiltWhenOpened();
    void simpleServerCountsItsBacklog();
    void zoomIsRememberedAndScreenshotsAreSaved();
    void labReportOfAServerWithThreeClients();
    void helpFollowsThePageAndExercisesTick();
    void toolsPageAndHelpAreBuiltWhenNeeded();

private:
    static quint16 freePort();
    TcpServerPage *startPage(TcpServerKind kind, quint16 port);

    QTemporaryDir m_settingsDir;
    LanguageManager *m_languages = nullptr;
    MainWindow *m_window = nullptr;
};

void tst_ServerPage::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("SocketLabTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_serverpage"));
}

void tst_ServerPage::init()
{
    m_languages = new LanguageManager;
    m_languages->setLanguage(QStringLiteral("en"));
    m_window = new MainWindow(m_languages);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void tst_ServerPage::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_languages;
    m_languages = nullptr;
    QSettings().clear();
}

quint16 tst_ServerPage::freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

TcpServerPage *tst_ServerPage::startPage(TcpServerKind kind, quint16 port)
{
    TcpServerPage *page = m_window->serverPage(kind);
    m_window->tabs()->setCurrentWidget(page);
    ServerControls *controls = page->controls();
    controls->addressBox()->setCurrentIndex(1); // 127.0.0.1
    controls->portEdit()->setText(QString::number(port));
    QTest::mouseClick(controls->startButton(), Qt::LeftButton);
    return page;
}

void tst_ServerPage::multiServerThreeClients()
{
    const quint16 port = freePort();
    TcpServerPage *page = startPage(TcpServerKind::Multi, port);
    QTRY_VERIFY(page->controls()->isRunning());
    QCOMPARE(page->controls()->startButton()->text(), QStringLiteral("&Stop"));

    QTcpSocket clients[3];
    QSet<quint16> clientPorts;
    for (QTcpSocket &client : clients) {
        client.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(client.waitForConnected(5000));
        clientPorts.insert(client.localPort());
    }
    QCOMPARE(clientPorts.size(), 3);

    ConnectionTableModel *model = page->connectionModel();
    QTRY_COMPARE(model->rowCount(), 3);
    QSet<quint16> remotePorts;
    for (int row = 0; row < 3; ++row) {
        remotePorts.insert(quint16(model->index(row, ConnectionTableModel::RemotePortColumn)
                                       .data(ConnectionTableModel::RawValueRole).toUInt()));
        QCOMPARE(model->index(row, ConnectionTableModel::LocalPortColumn).data(ConnectionTableModel::RawValueRole).toUInt(),
                 uint(port));
        QCOMPARE(model->index(row, ConnectionTableModel::RemoteAddressColumn).data().toString(),
                 QStringLiteral("127.0.0.1"));
    }
    QCOMPARE(remotePorts, clientPorts);
    // The view shows the same three rows.
    QCOMPARE(page->connectionPanel()->table()->model()->rowCount(), 3);

    // The default reply of the multi-client server: upper case.
    clients[1].write("olá");
    QTRY_COMPARE(clients[1].bytesAvailable(), qint64(4));
    QCOMPARE(clients[1].readAll(), QByteArray("OLÁ"));

    // The Reply choice reaches the running server (queued to its thread, then to the connection's).
    Q_EMIT page->controls()->replyModeChanged(ReplyMode::Echo);
    QTest::qWait(200);
    clients[1].write("olá");
    QTRY_COMPARE(clients[1].bytesAvailable(), qint64(4));
    QCOMPARE(clients[1].readAll(), QByteArray("olá"));

    // The composer sends to every client.
    page->composer()->input()->setText(QStringLiteral("aviso"));
    QTest::keyClick(page->composer()->input(), Qt::Key_Return);
    for (QTcpSocket &client : clients) {
        QTRY_COMPARE(client.bytesAvailable(), qint64(6));
        QCOMPARE(client.readAll(), QByteArray("aviso\n"));
    }

    // A client leaves: its row stays, closed, until "Clear closed".
    clients[0].disconnectFromHost();
    QTRY_COMPARE(model->openCount(), 2);
    QCOMPARE(model->rowCount(), 3);
    QTRY_VERIFY(page->logModel()->rowCount() >= 9);
    Q_EMIT page->connectionPanel()->clearClosedRequested();
    QCOMPARE(model->rowCount(), 2);

    const QImage shot = m_window->grab().toImage();
    QVERIFY(!shot.isNull());
    QVERIFY(shot.width() >= 640); // the window within the offscreen screen (800 wide), at least its minimum
}

void tst_ServerPage::simpleServerSaysItIsBusy()
{
    const quint16 port = freePort();
    TcpServerPage *page = startPage(TcpServerKind::Simple, port);
    QTRY_VERIFY(page->controls()->isRunning());
    QTcpSocket first;
    first.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(first.waitForConnected(5000));
    QTRY_COMPARE(page->connectionModel()->openCount(), 1);
    const auto status = page->findChildren<QLabel *>();
    const bool saysBusy = std::any_of(status.cbegin(), status.cend(), [](const QLabel *label) {
        return label->text().contains(QStringLiteral("wait in the listen backlog"));
    });
    QVERIFY(saysBusy);

    QTcpSocket second;
    second.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(second.waitForConnected(5000)); // the kernel completes the handshake
    second.write("second");
    QTest::qWait(300);
    QCOMPARE(page->connectionModel()->rowCount(), 1);
    QCOMPARE(second.bytesAvailable(), 0);
    first.disconnectFromHost();
    QTRY_COMPARE(second.bytesAvailable(), qint64(6)); // served now
    QCOMPARE(second.readAll(), QByteArray("second"));  // the simple server echoes
    QTRY_COMPARE(page->connectionModel()->rowCount(), 2); // the table hears of it with the next batch
}

void tst_ServerPage::invalidPortIsExplained_data()
{
    QTest::addColumn<QString>("port");
    for (const char *bad : { "", " ", "abc", "0", "65536", "-1", "80.5" })
        QTest::newRow(bad) << QString::fromLatin1(bad);
}

void tst_ServerPage::invalidPortIsExplained()
{
    QFETCH(QString, port);
    TcpServerPage *page = m_window->serverPage(TcpServerKind::Multi);
    page->controls()->portEdit()->setText(port);
    QTest::mouseClick(page->controls()->startButton(), Qt::LeftButton);
    QVERIFY(page->controls()->errorText().startsWith(QStringLiteral("Invalid port")));
    QTest::qWait(100);
    QVERIFY(!page->controls()->isRunning());
    // Typing again clears the message.
    QTest::keyClick(page->controls()->portEdit(), Qt::Key_1);
    QVERIFY(page->controls()->errorText().isEmpty());
}

void tst_ServerPage::portInUseIsExplained()
{
    QTcpServer occupant;
    QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
    TcpServerPage *page = startPage(TcpServerKind::Simple, occupant.serverPort());
    QTRY_VERIFY(!page->controls()->errorText().isEmpty());
    QVERIFY2(page->controls()->errorText().contains(QStringLiteral("port %1 is already in use").arg(occupant.serverPort())),
             qPrintable(page->controls()->errorText()));
    QVERIFY(!page->controls()->isRunning());
    QVERIFY(page->controls()->startButton()->isEnabled());
    // The other page is unaffected and starts.
    TcpServerPage *other = startPage(TcpServerKind::Multi, freePort());
    QTRY_VERIFY(other->controls()->isRunning());
}

// UDP has no LISTEN, ESTABLISHED or TIME-WAIT: a UDP page's Estados explains UNCONN and ESTAB.
void tst_ServerPage::udpPagesExplainUdpStates()
{
    UdpSession session;
    UdpServerPage page(&session);
    page.statesPanel()->setPort(65431);
    const auto hint = [&page] {
        QStringList texts;
        for (const QLabel *label : page.statesPanel()->findChildren<QLabel *>())
            texts << label->text();
        return texts.join(QLatin1Char('\n'));
    };
    page.statesPanel()->view(); // built
    QVERIFY2(hint().contains(QStringLiteral("UNCONN")) && hint().contains(QStringLiteral("ESTAB is a socket after connect()")),
             qPrintable(hint()));
    QVERIFY2(!hint().contains(QStringLiteral("TIME-WAIT on the side")), qPrintable(hint()));
    QVERIFY(hint().contains(QStringLiteral("-uanp")) || hint().contains(QStringLiteral("UDP")));

    TcpServerSession tcpSession;
    TcpServerPage tcpPage(TcpServerKind::Multi, &tcpSession);
    tcpPage.statesPanel()->setPort(65432);
    tcpPage.statesPanel()->view();
    QStringList tcpTexts;
    for (const QLabel *label : tcpPage.statesPanel()->findChildren<QLabel *>())
        tcpTexts << label->text();
    QVERIFY(tcpTexts.join(QLatin1Char('\n')).contains(QStringLiteral("LISTEN on the server")));
}

void tst_ServerPage::onlyTheServersOwnErrorFailsTheStart_data()
{
    QTest::addColumn<bool>("udp");
    QTest::newRow("tcp") << false;
    QTest::newRow("udp") << true;
}

void tst_ServerPage::onlyTheServersOwnErrorFailsTheStart()
{
    // While a server starts, an error on one connection or peer (id > 0) is that connection's;
    // only the server's own (id 0) means the start failed. The session is never run here: its
    // events are handed to the page as the network thread would.
    QFETCH(bool, udp);
    TcpServerSession tcpSession;
    UdpSession udpSession;
    std::unique_ptr<ServerPage> page;
    if (udp)
        page = std::make_unique<UdpServerPage>(&udpSession);
    else
        page = std::make_unique<TcpServerPage>(TcpServerKind::Multi, &tcpSession);
    const auto deliver = [&](const LabEvent &event) {
        if (udp)
            Q_EMIT udpSession.eventsReady({ event });
        else
            Q_EMIT tcpSession.eventsReady({ event });
    };
    page->startWith(page->controls()->lastSettings());
    QVERIFY(!page->controls()->startButton()->isEnabled()); // starting

    LabEvent peerError = LabEvent::make(EventKind::Error, 3);
    peerError.error = LabError::ConnectionReset;
    deliver(peerError);
    QVERIFY(page->controls()->errorText().isEmpty());
    QVERIFY(!page->controls()->startButton()->isEnabled()); // still starting

    LabEvent ownError = LabEvent::make(EventKind::Error);
    ownError.error = LabError::AddressInUse;
    deliver(ownError);
    QVERIFY(!page->controls()->errorText().isEmpty());
    QVERIFY(page->controls()->startButton()->isEnabled());
    QVERIFY(!page->controls()->isRunning());
    page.reset(); // before its sessions
}

void tst_ServerPage::languageSwitchesAtRunTime()
{
    TcpServerPage *page = m_window->serverPage(TcpServerKind::Multi);
    const auto header = [page] {
        return page->connectionModel()->headerData(ConnectionTableModel::RemotePortColumn, Qt::Horizontal).toString();
    };
    QCOMPARE(header(), QStringLiteral("Remote port"));
    m_languages->setLanguage(QStringLiteral("pt_BR"));
    QCOMPARE(header(), QStringLiteral("Porta remota"));
    // Widgets re-word themselves on the LanguageChange event that Qt posts.
    QTRY_COMPARE(m_window->tabs()->tabText(1), QStringLiteral("Servidor TCP multicliente"));
    QTRY_COMPARE(page->controls()->startButton()->text().remove(QLatin1Char('&')), QStringLiteral("Iniciar"));
    m_languages->setLanguage(QStringLiteral("en"));
    QCOMPARE(header(), QStringLiteral("Remote port"));
    QTRY_COMPARE(page->controls()->startButton()->text(), QStringLiteral("&Start"));
}

void tst_ServerPage::settingsSurviveRestart()
{
    const quint16 port = freePort();
    TcpServerPage *page = startPage(TcpServerKind::Multi, port);
    QTRY_VERIFY(page->controls()->isRunning());
    delete m_window;
    m_window = new MainWindow(m_languages);
    page = m_window->serverPage(TcpServerKind::Multi);
    QCOMPARE(page->controls()->portEdit()->text(), QString::number(port));
    QCOMPARE(page->controls()->addressBox()->currentIndex(), 1);
}

void tst_ServerPage::commandLineStartsTheMode()
{
    const quint16 port = freePort();
    const CommandLineResult result = CommandLine::parse({ QStringLiteral("socketlab"), QStringLiteral("--mode"),
                                                          QStringLiteral("tcp-simple"), QStringLiteral("--bind"),
                                                          QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                                                          QString::number(port), QStringLiteral("--reply"),
                                                          QStringLiteral("upper") });
    QCOMPARE(result.status, CommandLineResult::Ok);
    m_window->startFromCommandLine(result.options);
    TcpServerPage *page = m_window->serverPage(TcpServerKind::Simple);
    QCOMPARE(m_window->tabs()->currentWidget(), page);
    QTRY_VERIFY(page->controls()->isRunning());
    QCOMPARE(page->controls()->portEdit()->text(), QString::number(port));
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(client.waitForConnected(5000));
    client.write("abc");
    QTRY_COMPARE(client.bytesAvailable(), qint64(3));
    QCOMPARE(client.readAll(), QByteArray("ABC"));
}

void tst_ServerPage::languageMenuIsRemembered()
{
    QAction *portuguese = nullptr;
    const auto actions = m_window->menuBar()->findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->text() == QStringLiteral("Português (Brasil)"))
            portuguese = action;
    }
    QVERIFY(portuguese);
    portuguese->trigger();
    QCOMPARE(m_languages->language(), QStringLiteral("pt_BR"));
    QCOMPARE(LanguageManager::savedOrSystemLanguage(), QStringLiteral("pt_BR"));
    // The page's name, in Portuguese; Qt adds the application's name itself.
    m_window->tabs()->setCurrentWidget(m_window->serverPage(TcpServerKind::Simple));
    QTRY_COMPARE(m_window->windowTitle(), QStringLiteral("Servidor TCP simples"));
}

void tst_ServerPage::kernelStatesAndDiagramFollowTheConnection()
{
    const quint16 port = freePort();
    TcpServerPage *page = startPage(TcpServerKind::Multi, port);
    QTRY_VERIFY(page->controls()->isRunning());
    page->views()->setCurrentWidget(page->views()->widget(2)); // the kernel states: polled while visible
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(client.waitForConnected(5000));
    const quint16 clientPort = client.localPort();

    SocketStateModel *states = page->socketStates();
    auto stateOf = [states](quint16 localPort, quint16 remotePort) {
        for (int row = 0; row < states->rowCount(); ++row) {
            const KernelSocket socket = states->socketAt(row);
            if (socket.transport == Transport::Tcp && socket.local.port == localPort && socket.remote.port == remotePort)
                return socket.state;
        }
        return KernelSocketState::Unknown;
    };
    QTRY_COMPARE(stateOf(port, 0), KernelSocketState::Listen);
    QTRY_COMPARE(stateOf(port, clientPort), KernelSocketState::Established);
    QTRY_COMPARE(stateOf(clientPort, port), KernelSocketState::Established);
    // The client closes first: TIME-WAIT on its side; the server's path ends in a passive close.
    client.disconnectFromHost();
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(clientPort, port), KernelSocketState::TimeWait, 5000);
    QTRY_COMPARE(page->stateDiagram()->path().constLast(), KernelSocketState::Closed);
    QCOMPARE(page->stateDiagram()->path().mid(0, 3),
             (QList<KernelSocketState> { KernelSocketState::Listen, KernelSocketState::SynReceived, KernelSocketState::Established }));
    QVERIFY(page->primitivesModel()->callSequence(1).startsWith(QStringLiteral("ACCEPT")));
}

void tst_ServerPage::callsAndStatesViewsAreBuiltWhenOpened()
{
    const quint16 port = freePort();
    // The simple server reads the kernel table while it serves a client (to count its
    // backlog), so the states model fills although its view is closed.
    TcpServerPage *page = startPage(TcpServerKind::Simple, port);
    QTRY_VERIFY(page->controls()->isRunning());
    QCOMPARE(page->views()->currentIndex(), 0); // the log
    QTcpSocket first;
    first.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(first.waitForConnected(5000));
    QTRY_COMPARE(page->connectionModel()->openCount(), 1);
    first.disconnectFromHost();
    QTRY_COMPARE(page->connectionModel()->openCount(), 0);
    QTcpSocket second;
    second.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(second.waitForConnected(5000));
    QTRY_COMPARE(page->connectionModel()->rowCount(), 2);
    QTRY_VERIFY(!page->primitivesModel()->callSequence(2).isEmpty());
    QTRY_VERIFY(page->socketStates()->rowCount() >= 3); // LISTEN and both ends of the second
    // Closed tabs: no table yet, however much came.
    QVERIFY(!page->primitivesPanel()->isBuilt());
    QVERIFY(!page->statesPanel()->isBuilt());

    // The first connection chosen while the calls are out of sight...
    page->connectionPanel()->table()->selectRow(0);
    const int chosenId = page->connectionPanel()->table()->model()->index(0, 0).data(ConnectionTableModel::ConnectionIdRole).toInt();
    QVERIFY(chosenId > 0);
    // ...then the tab opened: every call made meanwhile, filtered by that choice.
    page->views()->setCurrentWidget(page->primitivesPanel());
    QVERIFY(page->primitivesPanel()->isBuilt());
    QAbstractItemModel *calls = page->primitivesPanel()->view()->model();
    QVERIFY(calls->rowCount() > 0);
    QVERIFY(calls->rowCount() < page->primitivesModel()->rowCount());
    QSet<int> shownIds;
    for (int row = 0; row < calls->rowCount(); ++row)
        shownIds.insert(calls->index(row, 0).data(PrimitiveTimelineModel::ConnectionIdRole).toInt());
    shownIds.remove(0); // the listening socket's own calls stay
    QCOMPARE(shownIds, QSet<int> { chosenId });
    // Nothing chosen: every call again.
    page->connectionPanel()->table()->clearSelection();
    QTRY_COMPARE(calls->rowCount(), page->primitivesModel()->rowCount());

    page->views()->setCurrentWidget(page->statesPanel());
    QVERIFY(page->statesPanel()->isBuilt());
    QTableView *states = page->statesPanel()->view();
    QCOMPARE(states->model()->rowCount(), page->socketStates()->rowCount());
    QCOMPARE(states->horizontalHeader()->logicalIndex(0), int(SocketStateModel::StateColumn)); // first, as ss shows it
    QVERIFY(!states->accessibleName().isEmpty());
}

void tst_ServerPage::simpleServerCountsItsBacklog()
{
#ifdef Q_OS_WIN
    QSKIP("Windows's GetExtendedTcpTable does not tell a connection waiting for accept() from an "
          "accepted one (Linux: no inode yet), and under Wine it lists the Linux host's sockets: "
          "the backlog count is a Linux feature (README, Windows)");
#endif
    const quint16 port = freePort();
    TcpServerPage *page = startPage(TcpServerKind::Simple, port);
    QTRY_VERIFY(page->controls()->isRunning());
    QTcpSocket served;
    QTcpSocket waiting[2];
    served.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(served.waitForConnected(5000));
    QTRY_COMPARE(page->connectionModel()->openCount(), 1);
    for (QTcpSocket &socket : waiting) {
        socket.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(socket.waitForConnected(5000));
    }
    QTRY_VERIFY_WITH_TIMEOUT(page->statusLabel()->text().contains(QStringLiteral("Waiting in the backlog now: 2.")), 5000);
    served.disconnectFromHost();
    QTRY_VERIFY_WITH_TIMEOUT(page->statusLabel()->text().contains(QStringLiteral("Waiting in the backlog now: 1.")), 5000);
}

void tst_ServerPage::zoomIsRememberedAndScreenshotsAreSaved()
{
    const qreal base = ZoomController::baseFontSize();
    m_window->zoom()->zoomIn();
    m_window->zoom()->zoomIn();
    QCOMPARE(m_window->zoom()->percent(), 120);
    QCOMPARE(QApplication::font().pointSizeF(), base * 1.2);
    // A new window (the next run) starts at the same zoom.
    delete m_window;
    m_window = new MainWindow(m_languages);
    QCOMPARE(m_window->zoom()->percent(), 120);
    QCOMPARE(QApplication::font().pointSizeF(), base * 1.2);
    m_window->zoom()->reset();
    QCOMPARE(QApplication::font().pointSizeF(), base);

    QTemporaryDir shots;
    QVERIFY(shots.isValid());
    Screenshotter::setFolder(shots.path());
    m_window->resize(1100, 700);
    m_window->takeScreenshot(true);
    m_window->takeScreenshot(false);
    const QStringList files = QDir(shots.path()).entryList({ QStringLiteral("*.png") });
    QCOMPARE(files.size(), 2);
    QImageReader whole(QDir(shots.path()).filePath(files.at(0)));
    QVERIFY(files.at(0).startsWith(modeName(LabMode::TcpSimple)) || files.at(0).startsWith(QStringLiteral("tcp-")));
    const QSize first = whole.size();
    const QSize second = QImageReader(QDir(shots.path()).filePath(files.at(1))).size();
    // One is the whole window, the other the current view (smaller).
    QVERIFY2(first == m_window->size() || second == m_window->size(), qPrintable(QStringLiteral("%1x%2").arg(first.width()).arg(first.height())));
    QVERIFY(first.isValid() && second.isValid() && first != second);
    QVERIFY(!QApplication::clipboard()->pixmap().isNull());
    // Never overwritten: shots within the same second get "-2", "-3"...
    for (int i = 0; i < 3; ++i)
        m_window->takeScreenshot(true);
    QCOMPARE(QDir(shots.path()).entryList({ QStringLiteral("*.png") }).size(), 5);
}

void tst_ServerPage::labReportOfAServerWithThreeClients()
{
    const quint16 port = freePort();
    TcpServerPage *page = startPage(TcpServerKind::Multi, port);
    QTRY_VERIFY(page->controls()->isRunning());
    QTcpSocket clients[3];
    QStringList clientPorts;
    for (QTcpSocket &client : clients) {
        client.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(client.waitForConnected(5000));
        clientPorts.append(QString::number(client.localPort()));
        client.write("a|b <b>x</b>");
    }
    QTRY_COMPARE(page->logModel()->rowCount() >= 9, true);
    QTemporaryDir reports;
    QString error;
    const QString path = m_window->writeReport(reports.path(), &error);
    QVERIFY2(!path.isEmpty(), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString markdown = QString::fromUtf8(file.readAll());
    for (const QString &clientPort : std::as_const(clientPorts))
        QVERIFY2(markdown.contains(QStringLiteral("| ") + clientPort + QStringLiteral(" |")), qPrintable(clientPort));
    QVERIFY(markdown.contains(QStringLiteral("a\\|b \\<b\\>x\\</b\\>")));
    QVERIFY(!markdown.contains(QStringLiteral("<b>x</b>")));
    QVERIFY(QFileInfo(path).dir().entryList({ QStringLiteral("*.png") }, QDir::Files).isEmpty()); // images sit in images/
    QVERIFY(!QDir(QFileInfo(path).dir().filePath(QStringLiteral("images"))).entryList({ QStringLiteral("*.png") }).isEmpty());
    // A second report goes into a folder of its own: nothing overwritten.
    QTest::qWait(1100);
    const QString second = m_window->writeReport(reports.path(), &error);
    QVERIFY(!second.isEmpty() && second != path);
}

void tst_ServerPage::helpFollowsThePageAndExercisesTick()
{
    m_window->tabs()->setCurrentIndex(0);
    QCOMPARE(m_window->helpPanel()->topic(), QStringLiteral("tcp-simple"));
    m_window->tabs()->setCurrentWidget(m_window->toolsPage());
    QCOMPARE(m_window->helpPanel()->topic(), QStringLiteral("another-machine"));
    QVERIFY(m_window->exercises()->isDone(GuidedExercises::MachineAddresses));

    // Exercise 3: three clients at once on the multi-client server tick "Connect three clients".
    QVERIFY(!m_window->exercises()->isDone(GuidedExercises::MultiThreeClients));
    const quint16 port = freePort();
    TcpServerPage *page = startPage(TcpServerKind::Multi, port);
    QTRY_VERIFY(page->controls()->isRunning());
    QTcpSocket clients[3];
    for (QTcpSocket &client : clients) {
        client.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(client.waitForConnected(5000));
    }
    QTRY_VERIFY(m_window->exercises()->isDone(GuidedExercises::MultiThreeClients));
    QCOMPARE(m_window->helpPanel()->topic(), QStringLiteral("tcp-multi"));
    // F1 shows and hides the dock.
    m_window->helpDock()->hide();
    m_window->helpDock()->toggleViewAction()->trigger();
    QVERIFY(m_window->helpDock()->isVisible());
}

void tst_ServerPage::toolsPageAndHelpAreBuiltWhenNeeded()
{
    // Not shown yet: no page is built. Shown: only the page on screen, before the first frame
    // (and laid out once, at the window's size), so that frame comes sooner.
    QSettings().setValue(QStringLiteral("ui/page"), 0);
    QSettings().setValue(QStringLiteral("ui/helpVisible"), false);
    MainWindow window(m_languages);
    QCOMPARE(window.findChildren<LabPage *>().size(), 0);
    window.show();
    QCOMPARE(window.findChildren<LabPage *>().size(), 1);
    auto *first = qobject_cast<LabPage *>(window.tabs()->currentWidget());
    QVERIFY(first);
    QCOMPARE(first->size(), window.tabs()->currentWidget()->parentWidget()->size()); // the stack's
    QVERIFY(!window.findChild<NetworkToolsPage *>());
    QVERIFY(!window.findChild<HelpPanel *>());
    const int toolsIndex = window.tabs()->count() - 1;
    QCOMPARE(window.tabs()->tabText(toolsIndex), QStringLiteral("Another machine"));

    // The tab opened: its page is built at once, and counts for the exercise.
    window.tabs()->setCurrentIndex(toolsIndex);
    QVERIFY(qobject_cast<NetworkToolsPage *>(window.tabs()->currentWidget()));
    QVERIFY(window.exercises()->isDone(GuidedExercises::MachineAddresses));
    // The help, opened with the window (before its first frame): built then, on the page's topic.
    window.helpDock()->show();
    auto *help = window.findChild<HelpPanel *>();
    QVERIFY(help);
    QCOMPARE(help->topic(), QStringLiteral("another-machine"));
    QCOMPARE(window.helpDock()->widget(), help);

    // Shown: everything else is built right after.
    MainWindow shown(m_languages);
    shown.show();
    QVERIFY(QTest::qWaitForWindowExposed(&shown));
    QTRY_COMPARE(shown.findChildren<LabPage *>().size(), 7); // every mode, the file pages included
    QVERIFY(!shown.windowIcon().isNull()); // the application's
    QTRY_VERIFY(shown.findChild<NetworkToolsPage *>());
    QTRY_VERIFY(shown.findChild<HelpPanel *>());
    QCOMPARE(shown.tabs()->tabText(toolsIndex), QStringLiteral("Another machine"));
}

QTEST_MAIN(tst_ServerPage)
#include "tst_serverpage.moc"
