#include "network/socketerrors.h"

LabError labErrorFrom(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::AddressInUseError:
        return LabError::AddressInUse;
    case QAbstractSocket::SocketAddressNotAvailableError:
        return LabError::AddressNotAvailable;
    case QAbstractSocket::SocketAccessError:
        return LabError::PermissionDenied;
    case QAbstractSocket::ConnectionRefusedError:
        return LabError::ConnectionRefused;
    case QAbstractSocket::HostNotFoundError:
        return LabError::HostNotFound;
    case QAbstractSocket::SocketTimeoutError:
        return LabError::Timeout;
    case QAbstractSocket::NetworkError:
        return LabError::NetworkUnreachable;
    case QAbstractSocket::SocketResourceError:
        return LabError::TooManyOpenFiles;
    default:
        return LabError::Other;
    }
}
