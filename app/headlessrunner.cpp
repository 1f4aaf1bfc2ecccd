#include "app/headlessrunner.h"

#include "app/eventlines.h"
#include "model/eventtext.h"
#include "network/tcpserversession.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace {
// The self-pipe: a signal handler may only write a byte; the event loop reads it.
int g_signalPipe[2] = { -1, -1 };

void onTerminationSignal(int)
{
#ifdef Q_OS_UNIX
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
#endif
}

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
    , m_session(new TcpServerSession(this))
{
    connect(m_session, &TcpServerSession::eventsReady, this, &HeadlessRunner::printBatch);
    installSignalHandlers();
}

HeadlessRunner::~HeadlessRunner()
{
#ifdef Q_OS_UNIX
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
#endif
}

void HeadlessRunner::installSignalHandlers()
{
#ifdef Q_OS_UNIX
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    m_signalNotifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, this);
    connect(m_signalNotifier, &QSocketNotifier::activated, this, &HeadlessRunner::stopOnSignal);
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
#endif
}

void HeadlessRunner::start()
{
    // Queued, so that a failure to start is printed once the event loop (and exit()) works.
    QMetaObject::invokeMethod(this, [this] { m_session->start(m_options.serverConfig()); },
                              Qt::QueuedConnection);
}

void HeadlessRunner::stopOnSignal()
{
#ifdef Q_OS_UNIX
    char byte = 0;
    [[maybe_unused]] const auto readBytes = ::read(g_signalPipe[0], &byte, 1);
#endif
    if (m_stopping)
        return;
    m_stopping = true;
    m_session->stop(); // posts and flushes the last events synchronously
    QCoreApplication::exit(CommandLine::kExitOk);
}

void HeadlessRunner::printBatch(const LabEventBatch &batch)
{
    for (const LabEvent &event : batch) {
        if (event.kind == EventKind::Listening)
            m_listening = true;
        writeLine(stdout, m_options.json ? EventLines::json(event) : EventLines::text(event).toUtf8());
        // A server that could not start is a fatal error: the reason on stderr, exit 1.
        if (event.kind == EventKind::Error && event.connectionId == 0 && !m_listening && !m_stopping) {
            m_stopping = true;
            writeLine(stderr, EventText::describe(event).toUtf8());
            QCoreApplication::exit(CommandLine::kExitRuntimeError);
        }
    }
}
