#pragma once

// Test support: an Ethernet frame with one UDP datagram from 127.0.0.1:50000 to
// 127.0.0.1:65495, as libpcap hands it over (DLT_EN10MB), with a valid IPv4 checksum.
#include <QByteArray>

inline QByteArray udpFrame(const QByteArray &payload)
{
    QByteArray frame = QByteArray::fromHex("000000000000" "000000000000" "0800");
    const int ipLength = 20 + 8 + int(payload.size());
    QByteArray ip = QByteArray::fromHex("4500");
    ip.append(char(ipLength >> 8)).append(char(ipLength & 0xff));
    ip.append(QByteArray::fromHex("00010000" "4011" "0000" "7f000001" "7f000001"));
    quint32 sum = 0;
    for (int i = 0; i < 20; i += 2)
        sum += (quint8(ip.at(i)) << 8) | quint8(ip.at(i + 1));
    while (sum >> 16)
        sum = (sum & 0xffff) + (sum >> 16);
    const quint16 checksum = quint16(~sum);
    ip[10] = char(checksum >> 8);
    ip[11] = char(checksum & 0xff);
    const int udpLength = 8 + int(payload.size());
    QByteArray udp = QByteArray::fromHex("c350" "ffd7");
    udp.append(char(udpLength >> 8)).append(char(udpLength & 0xff)).append(QByteArray::fromHex("0000"));
    return frame + ip + udp + payload;
}
