#include "network/portchecker.h"

#include "network/nativesocket.h"
#include "network/portlist.h"
#include "network/socketerrors.h"

#include <QHostInfo>
#include <QNetworkDatagram>
#include <QNetworkProxy>
#include <QSet>
#include <QTcpSocket>
#include <QTimer>
#include <QUdpSocket>

#include <utility>


namespace {

// A reply only has to exist; its bytes are dropped. The size must be given: receiveDatagram()
// without one asks pendingDatagramSize() first, whose peek swallows the ICMP error.
constexpr qint64 kMaxReplyBytes = 65536;

// Closing with a zero linger time sends RST instead of FIN: an open port is left the moment the
// handshake completes, as nmap's connect scan does, and the server never sees a request.
void resetOnClose(QAbstractSocket *socket)
{
    NativeSocket::resetOnClose(socket->socketDescriptor());
}

} // namespace

PortChecker::PortChecker(QObject *parent)
    : QObject(parent)
{
}

PortChecker::~PortChecker()
{
    // Silently: whoever listens may be going away too.
    ++m_generation;
    m_running = false;
    abortProbes();
}

void PortChecker::start(const PortCheckRequest &request)
{
    cancel();

    PortCheckRequest run = request;
    run.host = run.host.trimmed();
    if (run.host.startsWith(QLatin1Char('[')) && run.host.endsWith(QLatin1Char(']')))
        run.host = run.host.mid(1, run.host.size() - 2);
    if (run.host.isEmpty()) {
        fail(LabError::InvalidAddress);
        return;
    }
    // The same bound as parsePortList(), for callers that did not use it (the command line).
    QList<quint16> ports;
    QSet<quint16> seen;
    for (const quint16 port : std::as_const(run.ports)) {
        if (port == 0) {
            fail(LabError::InvalidPort);
            return;
        }
        if (!seen.contains(port)) {
            seen.insert(port);
            ports.append(port);
        }
    }
    if (ports.isEmpty() || ports.size() > kMaxPortsPerCheck) {
        fail(LabError::InvalidPort);
        return;
    }
    run.ports = ports;
    if (run.timeoutMs <= 0)
        run.timeoutMs = PortCheckRequest::kDefaultTimeoutMs;
    run.parallel = qBound(1, run.parallel, PortCheckRequest::kMaxParallel);

    m_request = run;
    m_address.clear();
    m_nextPort = 0;
    m_done = 0;
    m_running = true;
    const int generation = ++m_generation;
    QHostInfo::lookupHost(run.host, this,
                          [this, generation](const QHostInfo &info) { onLookedUp(generation, info); });
}

void PortChecker::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    ++m_generation;
    abortProbes();
    Q_EMIT finished(true);
}

void PortChecker::onLookedUp(int generation, const QHostInfo &info)
{
    if (generation != m_generation || !m_running)
        return; // cancelled or restarted while the resolver worked
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
        fail(LabError::HostNotFound);
        return;
    }
    // One host, one address: trying the others too would check more than the user asked for.
    const QHostAddress address = info.addresses().constFirst();
    // A broadcast or multicast "host" would be many hosts: a sweep in disguise.
    if (address.isBroadcast() || address.isMulticast()) {
        fail(LabError::InvalidAddress);
        return;
    }
    m_address = address;
    Q_EMIT resolved(address);
    if (generation != m_generation)
        return; // a slot cancelled
    launchProbes();
}

void PortChecker::launchProbes()
{
    // A connect can fail inside connectToHost() (UDP: always connected at once), finish its
    // probe and ask for the next one: the loop below is already doing that, so the nested
    // call returns instead of recursing.
    if (m_launching)
        return;
    m_launching = true;
    const int generation = m_generation;
    int started = 0;
    while (generation == m_generation && m_probes.size() < m_request.parallel
           && m_nextPort < m_request.ports.size()) {
        if (started == m_request.parallel) {
            // Probes are finishing inside connectToHost() (no route: ENETUNREACH at once), so
            // this loop alone would check every port without returning to the event loop,
            // deaf to a cancel() queued from the GUI thread. The next window after pending events.
            QMetaObject::invokeMethod(this, [this, generation] {
                if (generation == m_generation)
                    launchProbes();
            }, Qt::QueuedConnection);
            break;
        }
        startProbe(m_request.ports.at(m_nextPort++));
        ++started;
    }
    m_launching = false;
}

void PortChecker::startProbe(quint16 port)
{
    const bool tcp = m_request.transport == Transport::Tcp;
    QAbstractSocket *socket = tcp ? static_cast<QAbstractSocket *>(new QTcpSocket(this))
                                  : static_cast<QAbstractSocket *>(new QUdpSocket(this));
    // Straight to the host: through an application-wide proxy the proxy's ports would be checked.
    socket->setProxy(QNetworkProxy::NoProxy);
    auto *timer = new QTimer(socket);
    timer->setSingleShot(true);
    // A coarse timer may fire up to 5% early: "no answer after 285 ms" for a 300 ms timeout.
    timer->setTimerType(Qt::PreciseTimer);

    Probe probe;
    probe.socket = socket;
    probe.timer = timer;
    probe.clock.start();
    m_probes.insert(port, probe);

    connect(socket, &QAbstractSocket::errorOccurred, this,
            [this, port, socket](QAbstractSocket::SocketError error) { onSocketError(port, socket, error); });
    connect(socket, &QAbstractSocket::connected, this, [this, port, socket] { onConnected(port, socket); });
    if (!tcp)
        connect(socket, &QAbstractSocket::readyRead, this, [this, port, socket] { onUdpReadyRead(port, socket); });
    connect(timer, &QTimer::timeout, this, [this, port, socket, tcp] {
        if (isCurrent(port, socket))
            finishProbe(port, tcp ? PortStatus::Filtered : PortStatus::OpenOrFiltered, LabError::Timeout);
    });
    timer->start(m_request.timeoutMs);
    // TCP: SYN now, connected() or an error later. UDP: connect() only fixes the peer, at once,
    // so that the kernel hands this socket the ICMP error about it; the datagram goes on connected().
    socket->connectToHost(m_address, port);
}

bool PortChecker::isCurrent(quint16 port, const QAbstractSocket *socket) const
{
    const auto it = m_probes.constFind(port);
    return it != m_probes.cend() && it->socket == socket;
}

void PortChecker::onConnected(quint16 port, QAbstractSocket *socket)
{
    if (!isCurrent(port, socket))
        return;
    if (m_request.transport == Transport::Tcp) {
        resetOnClose(socket);
        // Checking a loopback port in the ephemeral range, the kernel may give the probe that
        // very port as its own: TCP's simultaneous open then connects the socket to itself.
        // Nothing listens there (a listener would hold the port), so it is closed.
        if (socket->localPort() == port && socket->localAddress() == socket->peerAddress()) {
            finishProbe(port, PortStatus::Closed, LabError::ConnectionRefused);
            return;
        }
        finishProbe(port, PortStatus::Open, LabError::None);
        return;
    }
    // UDP has no handshake: one empty datagram, like nmap's default UDP probe.
    socket->write(QByteArray());
}

void PortChecker::onUdpReadyRead(quint16 port, QAbstractSocket *socket)
{
    if (!isCurrent(port, socket))
        return;
    // Read first, never hasPendingDatagrams() first: its peek would swallow a pending ICMP
    // "port unreachable", which this read reports through errorOccurred(ConnectionRefused).
    const QNetworkDatagram reply = static_cast<QUdpSocket *>(socket)->receiveDatagram(kMaxReplyBytes);
    if (reply.isValid() && isCurrent(port, socket))
        finishProbe(port, PortStatus::Open, LabError::None);
}

void PortChecker::onSocketError(quint16 port, QAbstractSocket *socket, QAbstractSocket::SocketError socketError)
{
    if (!isCurrent(port, socket))
        return;
    const bool tcp = m_request.transport == Transport::Tcp;
    switch (socketError) {
    case QAbstractSocket::ConnectionRefusedError:
        finishProbe(port, PortStatus::Closed, tcp ? LabError::ConnectionRefused : LabError::PortUnreachable);
        return;
    case QAbstractSocket::NetworkError:   // network or host unreachable: an ICMP error or no route
    case QAbstractSocket::SocketAccessError: // a local firewall rule (EPERM), or a broadcast address
    case QAbstractSocket::SocketTimeoutError:
        finishProbe(port, PortStatus::Filtered, labErrorFrom(socketError));
        return;
    case QAbstractSocket::TemporaryError:
    case QAbstractSocket::UnknownSocketError:
        if (!tcp)
            return; // a UDP read that found nothing after all (EAGAIN): keep waiting
        break;
    default:
        break;
    }
    // Anything else is about this machine, not the port (out of file descriptors or of
    // ephemeral ports): the next ports would fail the same way, so the run stops and says why.
    fail(labErrorFrom(socketError));
}

void PortChecker::finishProbe(quint16 port, PortStatus status, LabError error)
{
    const auto it = m_probes.find(port);
    if (it == m_probes.end())
        return;
    const Probe probe = *it;
    m_probes.erase(it);
    const PortCheckResult result { port, status, int(probe.clock.elapsed()), error };
    releaseProbe(probe);
    ++m_done;

    // Every emit may run a slot that cancels or restarts: after each, this run may be over.
    const int generation = m_generation;
    Q_EMIT resultReady(result);
    if (generation != m_generation)
        return;
    Q_EMIT progressed(m_done, int(m_request.ports.size()));
    if (generation != m_generation)
        return;
    if (m_done == m_request.ports.size()) {
        m_running = false;
        ++m_generation;
        Q_EMIT finished(false);
        return;
    }
    launchProbes();
}

void PortChecker::releaseProbe(const Probe &probe)
{
    probe.timer->stop();
    probe.socket->disconnect(this);
    probe.socket->abort();
    // Possibly inside one of its own signals: deleted once back in the event loop (the timer,
    // its child, with it).
    probe.socket->deleteLater();
}

void PortChecker::abortProbes()
{
    const QHash<quint16, Probe> probes = std::exchange(m_probes, {});
    for (const Probe &probe : probes)
        releaseProbe(probe);
}

void PortChecker::fail(LabError error)
{
    m_running = false;
    ++m_generation;
    abortProbes();
    Q_EMIT failed(error);
}
