#pragma once

#include "network/labevent.h"

#include <QAbstractSocket>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

class QHostInfo;
class QTimer;

// What one probe found, in nmap's words (exercise 4 compares the two).
enum class PortStatus {
    Open,           // TCP: the handshake completed. UDP: a datagram came back.
    Closed,         // TCP: RST (connection refused). UDP: ICMP port unreachable.
    Filtered,       // TCP: no answer before the timeout. Both: network or host unreachable, or a
                    // local firewall rule refused to send
    OpenOrFiltered  // UDP: nothing came back; an open port that does not answer looks the same
};

struct PortCheckRequest
{
    static constexpr int kDefaultTimeoutMs = 1500;
    static constexpr int kDefaultParallel = 32;
    // Each probe holds a socket (a file descriptor) while in flight.
    static constexpr int kMaxParallel = 256;

    QString host;            // a name or a literal address ("[::1]" too); only its first address is checked
    QList<quint16> ports;    // 1..65535, at most kMaxPortsPerCheck (network/portlist.h) distinct
    Transport transport = Transport::Tcp;
    int timeoutMs = kDefaultTimeoutMs;  // per port; <= 0 means the default
    int parallel = kDefaultParallel;    // probes in flight at once, clamped to 1..kMaxParallel
};

struct PortCheckResult
{
    quint16 port = 0;
    PortStatus status = PortStatus::Filtered;
    int elapsedMs = 0;  // from this port's connect (TCP) or datagram (UDP) to the answer or timeout
    // The cause: None (Open), ConnectionRefused (TCP Closed), PortUnreachable (UDP Closed),
    // Timeout (Filtered, OpenOrFiltered), NetworkUnreachable or PermissionDenied (Filtered).
    LabError error = LabError::None;
};

Q_DECLARE_METATYPE(PortStatus)
Q_DECLARE_METATYPE(PortCheckRequest)
Q_DECLARE_METATYPE(PortCheckResult)

// The port check of exercise 4 ("is the classmate's server port open?"), without being nmap:
// one host, the ports the user typed, no host discovery, no sweeps. TCP connects and resets at
// once (no data); UDP sends one empty datagram per port. Lives on the network thread; every
// probe is event-driven.
//
// A run is start() followed by exactly one of finished(cancelled) or failed(error). Between
// them: resolved() once, then for each port, in the order the answers come, resultReady()
// followed by progressed(). At most `parallel` probes are in flight at once.
class PortChecker : public QObject
{
    Q_OBJECT
public:
    explicit PortChecker(QObject *parent = nullptr);
    ~PortChecker() override;

    bool isRunning() const { return m_running; }

public Q_SLOTS:
    // Cancels a run still going (finished(true)), then checks request.ports on request.host.
    void start(const PortCheckRequest &request);
    // Aborts every probe in flight and emits finished(true); nothing more comes from this run.
    // Does nothing when no run is going.
    void cancel();

Q_SIGNALS:
    // The address being checked: the host's first address as the resolver gave it (for
    // "localhost" that may be ::1 or 127.0.0.1, so the user is told which).
    void resolved(const QHostAddress &address);
    void resultReady(const PortCheckResult &result);
    void progressed(int done, int total);
    void finished(bool cancelled);
    // The run could not start or go on: HostNotFound, InvalidAddress (empty, broadcast or
    // multicast), InvalidPort (no ports, port 0, too many), or a failure of this machine that
    // every further port would hit too (TooManyOpenFiles, AddressNotAvailable, Other).
    // Results already reported stand.
    void failed(LabError error);

private:
    struct Probe
    {
        QAbstractSocket *socket = nullptr;
        QTimer *timer = nullptr;
        QElapsedTimer clock;
    };

    void onLookedUp(int generation, const QHostInfo &info);
    void launchProbes();
    void startProbe(quint16 port);
    void onSocketError(quint16 port, QAbstractSocket *socket, QAbstractSocket::SocketError socketError);
    void onConnected(quint16 port, QAbstractSocket *socket);
    void onUdpReadyRead(quint16 port, QAbstractSocket *socket);
    bool isCurrent(quint16 port, const QAbstractSocket *socket) const;
    void finishProbe(quint16 port, PortStatus status, LabError error);
    void releaseProbe(const Probe &probe);
    void abortProbes();
    void fail(LabError error);

    PortCheckRequest m_request;
    QHostAddress m_address;
    QHash<quint16, Probe> m_probes;  // in flight, by port (ports are distinct)
    int m_nextPort = 0;              // index into m_request.ports
    int m_done = 0;
    int m_generation = 0;            // bumped when a run ends: late lookups and signals are ignored
    bool m_running = false;
    bool m_launching = false;        // launchProbes() is on the stack (a connect can fail synchronously)
};
