#include "labframes.h"

#include "network/capture/packetdecoder.h"

#include <QtEndian>

namespace {

constexpr quint8 kFin = 0x01;
constexpr quint8 kSyn = 0x02;
constexpr quint8 kPsh = 0x08;
constexpr quint8 kAck = 0x10;
constexpr int kDataSegmentsPerConversation = 10;
constexpr int kDatagramPairsPerExchange = 5;

void put16(QByteArray &bytes, quint16 value)
{
    char raw[2];
    qToBigEndian(value, raw);
    bytes.append(raw, 2);
}

void put32(QByteArray &bytes, quint32 value)
{
    char raw[4];
    qToBigEndian(value, raw);
    bytes.append(raw, 4);
}

// One side of a conversation: its address bytes (4 or 16) and port.
struct Side
{
    QByteArray address;
    quint16 port = 0;
};

QByteArray ipv4Loopback(quint8 last) { return QByteArray::fromHex("7f0000") + char(last); }
QByteArray ipv6Loopback() { return QByteArray(15, '\0') + '\x01'; }

QByteArray ip(const Side &from, const Side &to, quint8 protocol, const QByteArray &segment)
{
    QByteArray packet;
    if (from.address.size() == 4) {
        packet += QByteArray::fromHex("4500");
        put16(packet, quint16(20 + segment.size()));
        packet += QByteArray::fromHex("1c464000");    // identification, Don't fragment
        packet += char(64);                           // TTL
        packet += char(protocol);
        put16(packet, 0);                             // checksum
    } else {
        packet += QByteArray::fromHex("6000000a");    // flow label 10
        put16(packet, quint16(segment.size()));
        packet += char(protocol);
        packet += char(64);
    }
    packet += from.address;
    packet += to.address;
    return packet + segment;
}

QByteArray tcp(const Side &from, const Side &to, quint32 seq, quint32 ack, quint8 flags,
               quint32 tsValue, const QByteArray &payload)
{
    // SYN: MSS 65495, SACK_PERM, TS, NOP, WS 7 (what Linux sends); later segments: NOP NOP TS.
    QByteArray options = QByteArray::fromHex((flags & kSyn) ? "0204ffd70402080a" : "0101080a");
    put32(options, tsValue);
    put32(options, tsValue - 3);
    if (flags & kSyn)
        options += QByteArray::fromHex("01030307");

    QByteArray segment;
    put16(segment, from.port);
    put16(segment, to.port);
    put32(segment, seq);
    put32(segment, ack);
    segment += char(((20 + options.size()) / 4) << 4);
    segment += char(flags);
    put16(segment, 512);  // window
    put16(segment, 0);    // checksum
    put16(segment, 0);    // urgent pointer
    return segment + options + payload;
}

QByteArray udp(const Side &from, const Side &to, const QByteArray &payload)
{
    QByteArray datagram;
    put16(datagram, from.port);
    put16(datagram, to.port);
    put16(datagram, quint16(8 + payload.size()));
    put16(datagram, 0);
    return datagram + payload;
}

// Link layers: Ethernet II for a real interface, Linux cooked capture v1 for "any"/loopback.
CapturedPacket framed(int linkType, const QByteArray &ipPacket, bool ipv6, qint64 timestampUs)
{
    const quint16 etherType = ipv6 ? 0x86dd : 0x0800;
    QByteArray frame;
    if (linkType == LinkLayer::Ethernet) {
        frame = QByteArray::fromHex("020000000002020000000001");
    } else {
        frame = QByteArray::fromHex("000003040006000000000000");
        put16(frame, 0);
    }
    put16(frame, etherType);
    frame += ipPacket;
    CapturedPacket packet;
    packet.timestampUs = timestampUs;
    packet.linkType = linkType;
    packet.originalLength = quint32(frame.size());
    packet.data = frame;
    return packet;
}

class Recorder
{
public:
    void add(int linkType, const Side &from, const Side &to, quint8 protocol, const QByteArray &segment)
    {
        m_timestampUs += 137;
        m_frames.append(framed(linkType, ip(from, to, protocol, segment), from.address.size() == 16,
                               m_timestampUs));
    }
    CapturedPacketBatch &frames() { return m_frames; }

private:
    CapturedPacketBatch m_frames;
    qint64 m_timestampUs = 1714999445000000;
};

QByteArray chatPayload(int n)
{
    return "mensagem " + QByteArray::number(n) + QByteArray(n % 80, 'x') + '\n';
}

void tcpConversation(Recorder &recorder, int linkType, const Side &client, const Side &server, int n)
{
    quint32 c = 1000u + quint32(n) * 7919u;  // the client's next sequence number
    quint32 s = 50000u + quint32(n) * 104729u;
    quint32 ts = 100000u + quint32(n);
    recorder.add(linkType, client, server, 6, tcp(client, server, c, 0, kSyn, ts, {}));
    recorder.add(linkType, server, client, 6, tcp(server, client, s, c + 1, kSyn | kAck, ts + 1, {}));
    ++c;
    ++s;
    recorder.add(linkType, client, server, 6, tcp(client, server, c, s, kAck, ts + 2, {}));
    for (int i = 0; i < kDataSegmentsPerConversation; ++i) {
        const QByteArray payload = chatPayload(n + i);
        const bool fromClient = i % 2 == 0;
        const Side &from = fromClient ? client : server;
        const Side &to = fromClient ? server : client;
        quint32 &mine = fromClient ? c : s;
        const quint32 theirs = fromClient ? s : c;
        recorder.add(linkType, from, to, 6, tcp(from, to, mine, theirs, kPsh | kAck, ts + 3 + i, payload));
        mine += quint32(payload.size());
        recorder.add(linkType, to, from, 6, tcp(to, from, theirs, mine, kAck, ts + 3 + i, {}));
    }
    recorder.add(linkType, client, server, 6, tcp(client, server, c, s, kFin | kAck, ts + 20, {}));
    recorder.add(linkType, server, client, 6, tcp(server, client, s, c + 1, kFin | kAck, ts + 21, {}));
    recorder.add(linkType, client, server, 6, tcp(client, server, c + 1, s + 1, kAck, ts + 22, {}));
}

void udpExchange(Recorder &recorder, int linkType, const Side &client, const Side &server, int n)
{
    for (int i = 0; i < kDatagramPairsPerExchange; ++i) {
        const QByteArray payload = chatPayload(n + i);
        recorder.add(linkType, client, server, 17, udp(client, server, payload));
        recorder.add(linkType, server, client, 17, udp(server, client, payload.toUpper()));
    }
}

} // namespace

namespace LabFrames {

CapturedPacketBatch capture(int count)
{
    Recorder recorder;
    const Side server4 { ipv4Loopback(1), 5000 };
    const Side server6 { ipv6Loopback(), 5000 };
    for (int n = 0; recorder.frames().size() < count; ++n) {
        const quint16 port = quint16(40000 + n % 20000);
        // Of every five conversations: three IPv4 TCP (two on Ethernet, one on loopback),
        // one IPv6 TCP on loopback, one IPv4 UDP exchange.
        switch (n % 5) {
        case 0:
        case 1:
            tcpConversation(recorder, LinkLayer::Ethernet, { ipv4Loopback(2), port }, server4, n);
            break;
        case 2:
            tcpConversation(recorder, LinkLayer::LinuxSll, { ipv4Loopback(1), port }, server4, n);
            break;
        case 3:
            tcpConversation(recorder, LinkLayer::LinuxSll, { ipv6Loopback(), port }, server6, n);
            break;
        case 4:
            udpExchange(recorder, LinkLayer::Ethernet, { ipv4Loopback(2), port }, server4, n);
            break;
        }
    }
    return recorder.frames();
}

} // namespace LabFrames
