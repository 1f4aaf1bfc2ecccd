#include "network/endpoint.h"

namespace {
QHostAddress normalised(const QHostAddress &address)
{
    // Only ::ffff:0:0/96 is IPv4 in disguise (toIPv4Address() would also turn :: into 0.0.0.0).
    static const QPair<QHostAddress, int> mappedIPv4 = QHostAddress::parseSubnet(QStringLiteral("::ffff:0:0/96"));
    if (address.protocol() == QAbstractSocket::IPv6Protocol && address.isInSubnet(mappedIPv4))
        return QHostAddress(address.toIPv4Address());
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
