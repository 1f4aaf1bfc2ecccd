#include "model/eventtext.h"

#include "model/transfertext.h"

#include "network/addressparsing.h"
#include "network/lineframer.h"
#include "network/tcpserversession.h"
#include "network/udpsession.h"

#include <QLocale>

QString EventText::errorMessage(LabError error, quint16 port)
{
    switch (error) {
    case LabError::None:
        return {};
    case LabError::InvalidPort:
        return tr("Invalid port: type a whole number from %1 to %2 (the course uses %3 for TCP and %4 for UDP).")
            .arg(kLowestPort)
            .arg(kHighestPort)
            .arg(TcpServerConfig::kDefaultPort)
            .arg(UdpConfig::kDefaultPort);
    case LabError::InvalidAddress:
        return tr("Invalid address: type an IPv4 address such as 127.0.0.1 or an IPv6 address such as ::1.");
    case LabError::AddressInUse:
        return tr("Error: port %1 is already in use by another program (or another SocketLab page). Stop that one, or choose another port.").arg(port);
    case LabError::AddressNotAvailable:
        return tr("This address does not belong to this machine, so the server cannot listen on it. Choose \"All interfaces\" or one of this machine's addresses.");
    case LabError::PermissionDenied:
        return tr("Permission denied for port %1: ports below %2 are reserved for the system administrator. Use a port from %2 to %3, such as %4.")
            .arg(port)
            .arg(kFirstUnprivilegedPort)
            .arg(kHighestPort)
            .arg(TcpServerConfig::kDefaultPort);
    case LabError::ConnectionRefused:
        return tr("Error: connection refused. That machine's TCP answered with RST: nothing listens on port %1 there (no server). Is the server started, on this port?").arg(port);
    case LabError::HostNotFound:
        return tr("Error: host not found. Check the name or type the IP address.");
    case LabError::Timeout:
        return tr("No answer in time. The usual causes: a firewall, a machine on another network, or a wrong IP address.");
    case LabError::NetworkUnreachable:
        return tr("The network is unreachable from this machine: check the cable or Wi-Fi and the address.");
    case LabError::ConnectionReset:
        return tr("The connection was reset by the other side (RST).");
    case LabError::PortUnreachable:
        return tr("Nothing is listening on port %1 there: the machine answered with ICMP \"port unreachable\". Is the UDP server started, and on this port?").arg(port);
    case LabError::DatagramTooLarge:
        return tr("A UDP datagram carries at most 65,507 bytes of data: this message is too large to send.");
    case LabError::TooManyOpenFiles:
        return tr("The system ran out of resources (too many open files or connections). Close some connections; SocketLab keeps trying.");
    case LabError::Other:
        break;
    }
    return tr("Network error.");
}

QString EventText::closeReason(CloseReason reason)
{
    switch (reason) {
    case CloseReason::ClosedByPeer:
        return tr("closed by the peer (FIN)");
    case CloseReason::ResetByPeer:
        return tr("reset by the peer (RST)");
    case CloseReason::CancelledByUs:
        return tr("given up by us while connecting (SYN-SENT)");
    case CloseReason::ClosedByUs:
        return tr("closed by us (FIN)");
    case CloseReason::AbortedByUs:
        return tr("aborted by us (RST)");
    case CloseReason::ClosedAfterError:
        return tr("closed after an error");
    case CloseReason::ServerStopped:
        return tr("closed because the server stopped");
    }
    return {};
}

QString EventText::closedState(CloseReason reason)
{
    switch (reason) {
    case CloseReason::ClosedByPeer:
        return tr("Closed by the peer (FIN)");
    case CloseReason::ResetByPeer:
        return tr("Reset by the peer (RST)");
    case CloseReason::CancelledByUs:
        return tr("Cancelled while connecting");
    case CloseReason::ClosedByUs:
        return tr("Closed by us");
    case CloseReason::AbortedByUs:
        return tr("Aborted (RST)");
    case CloseReason::ClosedAfterError:
        return tr("Closed after an error");
    case CloseReason::ServerStopped:
        return tr("Server stopped");
    }
    return {};
}

QString EventText::byteCount(qint64 bytes)
{
    return tr("%n byte(s)", nullptr, int(qMin<qint64>(bytes, INT_MAX)));
}

QString EventText::shortError(LabError error)
{
    switch (error) {
    case LabError::ConnectionRefused:
        return tr("connection refused");
    case LabError::Timeout:
        return tr("no answer in time");
    case LabError::NetworkUnreachable:
        return tr("network unreachable");
    case LabError::PortUnreachable:
        return tr("port unreachable");
    default:
        return tr("error");
    }
}

QString EventText::burstSummary(const Endpoint &sender, bool udp, qint64 total, qint64 received, qint64 missing,
                                qint64 duplicates, qint64 outOfOrder, bool finished)
{
    const QLocale locale;
    const QString counts = tr("%1 of %2 received · %3 missing · %4 duplicated · %5 out of order")
                               .arg(locale.toString(received), locale.toString(total), locale.toString(missing),
                                    locale.toString(duplicates), locale.toString(outOfOrder));
    const QString protocol = udp ? QStringLiteral("UDP") : QStringLiteral("TCP");
    return finished ? tr("Burst from %1 (%2) finished: %3").arg(sender.toString(), protocol, counts)
                    : tr("Burst from %1 (%2) arriving: %3").arg(sender.toString(), protocol, counts);
}

QString EventText::transfer(EventKind kind, qint64 bytes, const Endpoint &remote)
{
    return kind == EventKind::Sent ? tr("Sent %1 to %2.").arg(byteCount(bytes), remote.toString())
                                   : tr("Received %1 from %2.").arg(byteCount(bytes), remote.toString());
}

QString EventText::describe(const LabEvent &event)
{
    switch (event.kind) {
    case EventKind::Listening:
        if (event.transport == Transport::Udp)
            return tr("UDP socket bound to %1: waiting for datagrams (socket, bind; UDP has no listen and no accept).")
                .arg(event.local.toString());
        return tr("Listening on %1: waiting for clients (socket, bind, listen).").arg(event.local.toString());
    case EventKind::Stopped:
        if (event.transport == Transport::Udp && !event.remote.isNull())
            return tr("UDP socket closed: local port %1 is free again.").arg(event.local.port);
        return tr("Server stopped: port %1 is free again.").arg(event.local.port);
    case EventKind::Resolving:
        return tr("Looking up \"%1\"…").arg(event.detail);
    case EventKind::Connecting:
        return tr("Connection #%1: connecting to %2 (connect: SYN sent)…").arg(event.connectionId).arg(event.remote.toString());
    case EventKind::Connected:
        return tr("Connection #%1 established with %2 from local port %3 (ephemeral, chosen by the system): three-way handshake done.")
            .arg(event.connectionId)
            .arg(event.remote.toString())
            .arg(event.local.port);
    case EventKind::Bound:
        return tr("UDP socket on local port %1 (ephemeral, chosen by the system). connect() to %2 sent no packet and made no connection (UDP has none): it only fixed the destination, so the kernel can report an ICMP port unreachable to this socket.")
            .arg(event.local.port)
            .arg(event.remote.toString());
    case EventKind::Accepted:
        return tr("Connection #%1 accepted: client %2 → server %3.")
            .arg(event.connectionId)
            .arg(event.remote.toString(), event.local.toString());
    case EventKind::Received:
    case EventKind::Sent:
        return transfer(event.kind, event.payload.size(), event.remote);
    case EventKind::Closed:
        return tr("Connection #%1 with %2 %3.")
            .arg(event.connectionId)
            .arg(event.remote.toString(), closeReason(event.reason));
    case EventKind::Error: {
        if (event.error == LabError::HostNotFound && !event.detail.isEmpty())
            return tr("Error: host not found: \"%1\". Check the name, or type the IP address.").arg(event.detail);
        // A server's errors are about its own port; a client's about the port it went to.
        const bool aboutRemote = event.error == LabError::PortUnreachable || event.error == LabError::ConnectionRefused;
        QString text = errorMessage(event.error, aboutRemote || !event.local.port ? event.remote.port : event.local.port);
        if (event.connectionId > 0 && !event.remote.address.isNull() && event.transport == Transport::Tcp)
            text = tr("Connection #%1 to %2: %3").arg(event.connectionId).arg(event.remote.toString(), text);
        if (event.error == LabError::Other && !event.detail.isEmpty())
            text += QLatin1Char(' ') + event.detail;
        return text;
    }
    case EventKind::Note:
        switch (event.note) {
        case NoteKind::LineTruncated:
            return tr("A line from %1 was longer than the limit of %2: its rest (%3) was counted but not kept. The connection goes on.")
                .arg(event.remote.toString(), byteCount(LineFramer::kDefaultMaxLineBytes), byteCount(event.byteCount));
        case NoteKind::AddressFailed:
            return tr("No server answered at %1 (%2); trying the next address of the host.")
                .arg(event.remote.toString(), shortError(event.error));
        case NoteKind::SwitchedAddress:
            return tr("Now sending to %1, the host's next address.").arg(event.remote.toString());
        case NoteKind::PeerNotReading:
            return tr("%1 is not reading what this side sends: %2 wait to be sent. Reading from it stops until it catches up (TCP flow control holds it back too); nothing is lost.")
                .arg(event.remote.toString(), byteCount(event.byteCount));
        case NoteKind::NotSentPeerNotReading:
            return tr("Not sent to %1: %2 wait for it already, and it is not reading. Send again once it reads.")
                .arg(event.remote.toString(), byteCount(event.byteCount));
        case NoteKind::PeerReadingAgain:
            return tr("%1 is reading again: what waited was sent, and reading from it goes on.").arg(event.remote.toString());
        case NoteKind::ClientLimitReached:
            return tr("%1 was closed at once: the server already has %n client(s), its limit (Max. clients).", nullptr, event.clientLimit)
                .arg(event.remote.toString());
        case NoteKind::AcceptingAgain:
            return tr("File descriptors are free again: the server accepts new clients.");
        case NoteKind::ServingOneClient:
            return tr("Serving %1 only: clients who connect now complete the handshake but wait in the listen backlog until this one leaves.")
                .arg(event.remote.toString());
        }
        break;
    case EventKind::Transfer:
        return TransferText::describe(event);
    }
    return {};
}
