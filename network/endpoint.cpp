#include "network/endpoint.h"

namespace {
QHostAddress normalised(const QHostAddress &address)
{
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        bool isMappedIPv4 = false;
        const quint32 ipv4 = address.toIPv4Address(&isMappedIPv4);
        if (isMappedIPv4)
            return QHostAddress(ipv4);
    }
    return address;
}
} // namespace

Endpoint::Endpoint(const QHostAddress &address, quint16 port)
    : address(normalised(address))
    , port(port)
{
}

QString Endpoint::addressText() const
{
    if (address == QHostAddress::Any || address == QHostAddress::AnyIPv6)
        return address.protocol() == QAbstractSocket::IPv4Protocol ? QStringLiteral("0.0.0.0")
                                                                    : QStringLiteral("::");
    QHostAddress plain = address;
    plain.setScopeId(QString());
    return plain.toString();
}

QString Endpoint::toString() const
{
    const QString host = addressText();
    if (address.protocol() == QAbstractSocket::IPv6Protocol || address == QHostAddress::Any)
        return QStringLiteral("[%1]:%2").arg(host).arg(port);
    return QStringLiteral("%1:%2").arg(host).arg(port);
}
