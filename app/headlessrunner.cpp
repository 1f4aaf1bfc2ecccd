#include "app/headlessrunner.h"

#include "app/eventlines.h"
#include "app/eventprinter.h"
#include "app/filecapture.h"
#include "app/pagecapture.h"
#include "app/sessionconfigs.h"
#include "app/standardinput.h"
#include "app/labrecorder.h"
#include "app/terminationsignals.h"
#include "model/eventtext.h"
#include "model/labjournal.h"
#include "model/timeformat.h"
#include "model/wholelabreport.h"
#include "network/fileclientsession.h"
#include "network/fileserversession.h"
#include "network/kernelsockettable.h"
#include "network/localaddresses.h"
#include "network/tcpclientsession.h"
#include "network/tcpserversession.h"
#include "network/udpsession.h"

#include <QCoreApplication>
#include <QDir>
#include <QTimer>

#include <cstdio>
#include <utility>

#ifdef Q_OS_UNIX
#endif

namespace {
void writeLine(FILE *stream, const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}
} // namespace

HeadlessRunner::HeadlessRunner(const LaunchOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_graceTimer(new QTimer(this))
    , m_bursts(new BurstTracker(this))
    , m_journal(new LabJournal(this))
    , m_printer(new EventPrinter(options.json, this))
{
    // Whoever receives a burst says what arrived, once it is over (a teacher's loss figures).
    connect(m_bursts, &BurstTracker::finished, this, [this](const BurstTracker::Summary &burst) {
        m_printer->printLine(m_options.json ? EventLines::json(burst) : EventLines::text(burst).toUtf8());
    });
    m_graceTimer->setSingleShot(true);
    m_graceTimer->setInterval(kReplyGraceMs);
    connect(m_graceTimer, &QTimer::timeout, this, [this] {
        m_awaitingReply = false;
        finishIfDone();
    });
    connect(new TerminationSignals(this), &TerminationSignals::terminationRequested, this,
            [this] { finish(CommandLine::kExitOk); });
    // The report's socket states at each connection accepted, established or closed.
    m_journal->setThisMachine(LabRecorder::thisMachine());
    connect(m_journal, &LabJournal::momentPassed, this, [this](LabMode mode) {
        for (const auto &used : m_journal->pagesUsed()) {
            if (used.first == mode)
                m_journal->applySocketSnapshot(mode, KernelSocketTable::read(used.second));
        }
    });
}

HeadlessRunner::~HeadlessRunner() = default;

bool HeadlessRunner::isClient() const
{
    return m_options.mode && isClientMode(*m_options.mode);
}

void HeadlessRunner::start()
{
    if (m_options.captureFile.isEmpty())
        startSession();
    else
        startCapture();
}

void HeadlessRunner::startCapture()
{
    const LabMode mode = m_options.mode.value_or(LabMode::TcpMulti);
    const bool udp = mode == LabMode::UdpServer || mode == LabMode::UdpClient;
    const quint16 port = isClient() ? m_options.clientSettings().port : m_options.serverSettings().port;
    const QHostAddress address = isClient() ? QHostAddress(m_options.host) : m_options.serverSettings().bindAddress;
    m_capture = new FileCapture(this);
    connect(m_capture, &FileCapture::ready, this, [this](const QString &interfaceName) {
        writeLine(stderr, tr("Capturing on %1 for %2.").arg(interfaceName, m_options.captureFile).toUtf8());
        startSession();
    }, Qt::SingleShotConnection);
    connect(m_capture, &FileCapture::failed, this, [this](const QString &message) {
        writeLine(stderr, message.toUtf8());
        if (!m_session) // could not start: nothing else happens
            finish(CommandLine::kExitRuntimeError);
    });
    m_capture->start(PageCapture::trafficFilter(udp ? Transport::Udp : Transport::Tcp, port),
                     address.isNull() ? QList<QHostAddress>() : QList<QHostAddress> { address });
}

template<typename Session, typename Start>
void HeadlessRunner::run(Session *session, Start start)
{
    connect(session, &Session::eventsReady, this, &HeadlessRunner::printBatch);
    QMetaObject::invokeMethod(session, std::move(start), Qt::QueuedConnection);
    m_session = session;
}

void HeadlessRunner::startSession()
{
    const LabMode mode = m_options.mode.value_or(LabMode::TcpMulti);
    const ServerSettings server = m_options.serverSettings();
    const ClientSettings client = m_options.clientSettings();
    switch (mode) {
    case LabMode::TcpSimple:
    case LabMode::TcpMulti: {
        auto *session = new TcpServerSession(this);
        const TcpServerConfig config
            = tcpServerConfig(mode == LabMode::TcpSimple ? TcpServerKind::Simple : TcpServerKind::Multi, server);
        run(session, [session, config] { session->start(config); });
        break;
    }
    case LabMode::UdpServer: {
        auto *session = new UdpSession(this);
        UdpConfig config = udpServerConfig(server);
        config.receiveBufferBytes = m_options.receiveBuffer; // --rcvbuf names its size
        run(session, [session, config] { session->start(config); });
        break;
    }
    case LabMode::UdpClient: {
        auto *session = new UdpSession(this);
        const UdpConfig config = udpClientConfig(client);
        run(session, [session, config] { session->start(config); });
        break;
    }
    case LabMode::TcpClient: {
        auto *session = new TcpClientSession(this);
        const TcpClientConfig config = tcpClientConfig(client);
        const int count = client.connections;
        m_pendingConnections = count;
        run(session, [session, config, count] { session->connectClients(config, count); });
        break;
    }
    case LabMode::FileServer:
    case LabMode::FileClient:
        startFileTransfer(mode, server, client);
        break;
    }
    if (isClient() && mode != LabMode::FileClient) {
        auto *input = new StandardInput(this);
        connect(input, &StandardInput::received, this, &HeadlessRunner::onStandardInput);
        connect(input, &StandardInput::ended, this, &HeadlessRunner::onStandardInputEnded);
    }
}

void HeadlessRunner::startFileTransfer(LabMode mode, const ServerSettings &server, const ClientSettings &client)
{
    if (mode == LabMode::FileServer) {
        auto *session = new FileServerSession(this);
        const FileServerConfig config = fileServerConfig(server, m_options.root);
        run(session, [session, config] { session->start(config); });
        return;
    }
    auto *session = new FileClientSession(this);
    const FileClientConfig config = fileClientConfig(client, m_options.get, m_options.output, m_options.overwrite);
    run(session, [session, config] { session->download(config); });
}

// The file client leaves once its one transfer has ended: 0 when saved, 1 otherwise.
void HeadlessRunner::trackTransfer(const LabEvent &event)
{
    if (!isClient() || !event.transfer)
        return;
    if (event.transfer->phase == TransferFacts::Phase::Finished) {
        finish(CommandLine::kExitOk);
    } else if (event.transfer->phase == TransferFacts::Phase::Failed) {
        writeLine(stderr, EventText::describe(event).toUtf8());
        finish(CommandLine::kExitRuntimeError);
    }
}

void HeadlessRunner::printBatch(const LabEventBatch &batch)
{
    m_bursts->applyBatch(batch);
    if (!m_options.reportDir.isEmpty())
        m_journal->applyBatch(m_options.mode.value_or(LabMode::TcpMulti), batch);
    m_printer->printBatch(batch);
    if (!m_stopping) { // the last events, printed while stopping, decide nothing
        for (const LabEvent &event : batch)
            track(event);
    }
    finishIfDone();
}

void HeadlessRunner::track(const LabEvent &event)
{
    switch (event.kind) {
    case EventKind::Listening:
        m_running = true;
        break;
    case EventKind::Connected:
        m_running = true;
        ++m_openConnections;
        --m_pendingConnections;
        break;
    case EventKind::Bound:
        m_running = true;
        break;
    case EventKind::Closed:
        if (isClient() && event.reason != CloseReason::CancelledByUs) // an attempt never counted as open
            --m_openConnections;
        break;
    case EventKind::Sent:
        // A UDP burst's payload holds its datagrams joined by "\n": one join fewer than datagrams.
        m_bytesSent += event.payload.size()
            - (event.transport == Transport::Udp ? qMax<qint64>(0, event.messageCount - 1) : 0);
        m_sendNotSeen = false;
        m_awaitingReply = m_bytesReceived < m_bytesSent;
        break;
    case EventKind::Received:
        m_receivedAny = true;
        m_bytesReceived += event.payload.size();
        m_awaitingReply = m_sendNotSeen || m_bytesReceived < m_bytesSent;
        if (m_graceTimer->isActive())
            m_graceTimer->start(); // the grace counts from the last byte
        break;
    case EventKind::Transfer:
        trackTransfer(event);
        break;
    case EventKind::Error:
        m_lastError = event;
        if (!isClient()) {
            // A server that could not start is fatal: the reason on stderr, exit 1.
            if (event.connectionId == 0 && !m_running) {
                writeLine(stderr, EventText::describe(event).toUtf8());
                finish(CommandLine::kExitRuntimeError);
            }
        } else if (event.error == LabError::HostNotFound) {
            m_failed = true;
            m_pendingConnections = 0;
        } else if (event.error == LabError::PortUnreachable) {
            m_awaitingReply = false;
        } else if (event.connectionId > 0 && *m_options.mode == LabMode::TcpClient) {
            --m_pendingConnections; // this connection's every address failed
        }
        break;
    default:
        break;
    }
}

void HeadlessRunner::sendToAll(const QByteArray &data)
{
    m_awaitingReply = true;
    m_sendNotSeen = true;
    m_graceTimer->stop();
    if (auto *tcp = qobject_cast<TcpClientSession *>(m_session))
        tcp->send({}, data);
    else if (auto *udp = qobject_cast<UdpSession *>(m_session))
        udp->send({}, data);
}

void HeadlessRunner::sendBurst(int count)
{
    m_awaitingReply = true;
    m_sendNotSeen = true;
    m_graceTimer->stop();
    if (auto *tcp = qobject_cast<TcpClientSession *>(m_session))
        tcp->sendBurst({}, count);
    else if (auto *udp = qobject_cast<UdpSession *>(m_session))
        udp->sendBurst({}, count);
}

void HeadlessRunner::onStandardInputEnded()
{
    m_stdinOpen = false;
    // A last line without newline goes as it is (once the client is ready, if not yet).
    if (!m_stdinBuffer.isEmpty() && m_running) {
        sendToAll(m_stdinBuffer);
        m_stdinBuffer.clear();
    }
    finishIfDone();
}

void HeadlessRunner::onStandardInput(const QByteArray &bytes)
{
    m_stdinBuffer.append(bytes);
    // Lines are sent as they come, each with its newline, as nc does; before the client is
    // ready they wait here.
    if (!m_running)
        return;
    const qsizetype lastNewline = m_stdinBuffer.lastIndexOf('\n');
    if (lastNewline < 0)
        return;
    sendToAll(m_stdinBuffer.left(lastNewline + 1));
    m_stdinBuffer.remove(0, lastNewline + 1);
}

void HeadlessRunner::finishIfDone()
{
    if (m_stopping || !isClient() || *m_options.mode == LabMode::FileClient)
        return;
    const bool tcp = *m_options.mode == LabMode::TcpClient;
    const bool connecting = tcp ? m_pendingConnections > 0 : (!m_running && !m_failed);
    if (connecting)
        return;
    if (!m_running) {
        // Nothing to talk to: every connection failed, or the host was not found.
        if (m_lastError.kind == EventKind::Error)
            writeLine(stderr, EventText::describe(m_lastError).toUtf8());
        finish(CommandLine::kExitRuntimeError);
        return;
    }
    if (tcp && m_openConnections <= 0) {
        finish(CommandLine::kExitOk); // the server closed every connection: nothing more to say
        return;
    }
    if (!m_sentInitial) {
        m_sentInitial = true;
        if (m_options.send)
            sendToAll(m_options.send->toUtf8());
        if (!m_stdinBuffer.isEmpty()) {
            sendToAll(m_stdinBuffer);
            m_stdinBuffer.clear();
        }
        if (m_options.burst > 0)
            sendBurst(m_options.burst);
    }
    // A UDP burst goes out over many turns of the event loop: let it finish first.
    if (auto *udp = qobject_cast<UdpSession *>(m_session); udp && udp->isBursting()) {
        QTimer::singleShot(kBurstPollMs, this, &HeadlessRunner::finishIfDone);
        return;
    }
    if (m_stdinOpen)
        return;
    if (m_awaitingReply) {
        if (!m_graceTimer->isActive())
            m_graceTimer->start();
        return;
    }
    const bool unanswered = !m_receivedAny && m_lastError.error == LabError::PortUnreachable;
    finish(unanswered ? CommandLine::kExitRuntimeError : CommandLine::kExitOk);
}

void HeadlessRunner::finish(int exitCode)
{
    if (m_stopping)
        return;
    m_stopping = true;
    if (exitCode == CommandLine::kExitRuntimeError && isClient() && m_lastError.error == LabError::PortUnreachable)
        writeLine(stderr, EventText::describe(m_lastError).toUtf8());
    // Stopping posts and flushes the last events (closed, stopped) synchronously.
    if (auto *server = qobject_cast<TcpServerSession *>(m_session))
        server->stop();
    else if (auto *udp = qobject_cast<UdpSession *>(m_session))
        udp->stop();
    else if (auto *tcp = qobject_cast<TcpClientSession *>(m_session))
        tcp->disconnectAll();
    else if (auto *files = qobject_cast<FileServerSession *>(m_session))
        files->stop();
    else if (auto *download = qobject_cast<FileClientSession *>(m_session))
        download->cancel();
    writeReport();
    writeCapture(&exitCode);
    m_printer->drain(); // every line out before the exit code
    QCoreApplication::exit(exitCode);
}

void HeadlessRunner::writeCapture(int *exitCode)
{
    if (!m_capture || !m_session) // the capture never started: no file
        return;
    QString error;
    if (m_capture->stopAndWrite(m_options.captureFile, &error)) {
        writeLine(stderr, tr("%n packet(s) written to %1.", nullptr, int(m_capture->packetCount()))
                              .arg(m_options.captureFile).toUtf8());
    } else {
        writeLine(stderr, error.toUtf8());
        *exitCode = CommandLine::kExitRuntimeError;
    }
}

void HeadlessRunner::writeReport()
{
    if (m_options.reportDir.isEmpty())
        return;
    const LabMode mode = m_options.mode.value_or(LabMode::TcpMulti);
    const QDateTime when = QDateTime::currentDateTime();
    const WholeLabReportInput input = LabRecorder::reportInput(m_journal, when);
    const QString folder = QDir(m_options.reportDir).filePath(QStringLiteral("socketlab-%1-%2")
                                                                  .arg(modeName(mode), fileTimestamp(when)));
    QString error;
    QString path;
    // No PDF here: it needs fonts, and a teacher's server over SSH has no window.
    if (WholeLabReport::write(folder, input, false, &error, &path))
        writeLine(stderr, tr("Lab report written to %1.").arg(path).toUtf8());
    else
        writeLine(stderr, error.toUtf8());
}
