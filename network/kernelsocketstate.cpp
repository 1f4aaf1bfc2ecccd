#include "network/kernelsocketstate.h"

QString kernelSocketStateName(KernelSocketState state)
{
    switch (state) {
    case KernelSocketState::Unknown: break;
    case KernelSocketState::Listen: return QStringLiteral("LISTEN");
    case KernelSocketState::SynSent: return QStringLiteral("SYN-SENT");
    case KernelSocketState::SynReceived: return QStringLiteral("SYN-RECV");
    case KernelSocketState::Established: return QStringLiteral("ESTABLISHED");
    case KernelSocketState::FinWait1: return QStringLiteral("FIN-WAIT-1");
    case KernelSocketState::FinWait2: return QStringLiteral("FIN-WAIT-2");
    case KernelSocketState::CloseWait: return QStringLiteral("CLOSE-WAIT");
    case KernelSocketState::Closing: return QStringLiteral("CLOSING");
    case KernelSocketState::LastAck: return QStringLiteral("LAST-ACK");
    case KernelSocketState::TimeWait: return QStringLiteral("TIME-WAIT");
    case KernelSocketState::Closed: return QStringLiteral("CLOSED");
    case KernelSocketState::UdpUnconnected: return QStringLiteral("UNCONN");
    case KernelSocketState::UdpConnected: return QStringLiteral("ESTAB");
    }
    return QStringLiteral("UNKNOWN");
}
