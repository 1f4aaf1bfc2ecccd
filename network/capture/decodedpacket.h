#pragma once

#include "network/endpoint.h"

#include <QByteArray>
#include <QList>
#include <QString>

// A frame taken apart into its layers, with the fields Wireshark's packet list and details
// show. Pure data: decoding does no I/O and knows no widgets (see packetdecoder.h).
struct DecodedField
{
    QString name;   // Wireshark's English field name ("Source Port", "Flags", "Time to Live")
    QString value;  // as Wireshark shows it ("65432", "0x018 (PSH, ACK)", "64")
    int offset = 0; // where the field starts in the frame, bytes (for the hex dump), -1 if none
    int length = 0; // how many bytes it covers
};

struct DecodedLayer
{
    enum Kind {
        Link,        // Ethernet II, Linux cooked capture (SLL/SLL2), BSD loopback (Null)
        Network,     // IPv4, IPv6, ICMP, ICMPv6 (carried by IP, but part of the internet layer)
        Transport,   // TCP, UDP
        Application  // the payload ("Data")
    };
    Kind kind = Link;
    QString name;   // "Ethernet II", "Linux cooked capture v1", "Internet Protocol Version 4", "Transmission Control Protocol", "Data"
    int offset = 0; // the layer's bytes in the frame: [offset, offset + length)
    int length = 0;
    QList<DecodedField> fields;
};

struct DecodedPacket
{
    enum Transport {
        OtherTransport,
        Tcp,
        Udp
    };
    // TCP flag bits, as in the header's flags byte.
    enum TcpFlag : quint8 {
        Fin = 0x01,
        Syn = 0x02,
        Rst = 0x04,
        Psh = 0x08,
        Ack = 0x10,
        Urg = 0x20,
        Ece = 0x40,
        Cwr = 0x80
    };

    QList<DecodedLayer> layers;
    bool truncated = false;   // the capture cut the frame before a header ended
    bool malformed = false;   // a header contradicts itself (bad lengths, unknown version)
    QString problem;          // what was wrong, in English (shown as in Wireshark's expert info)

    // The summary the packet list needs.
    int ipVersion = 0;        // 4, 6, or 0 when there is no IP layer
    Endpoint source;          // IP address and port
    Endpoint destination;
    Transport transport = OtherTransport;
    QString protocolName;     // the Protocol column: "TCP", "UDP", "IPv4", "IPv6", "ARP"...
    quint32 wireLength = 0;   // the Length column: the frame's length on the wire

    // TCP.
    quint32 sequence = 0;     // absolute; the packet list makes them relative per connection
    quint32 acknowledgment = 0;
    quint8 flags = 0;         // TcpFlag bits
    quint16 window = 0;       // as in the header (not scaled)
    int mss = -1;             // options: -1 when absent
    int windowScale = -1;     // the shift count, -1 when absent
    bool sackPermitted = false;
    bool hasTimestamps = false;
    quint32 timestampValue = 0;
    quint32 timestampEcho = 0;

    // TCP and UDP.
    int payloadOffset = -1;   // where the application data starts in the frame
    int payloadLength = 0;    // TCP: segment data length (Len=); UDP: datagram data length

    // What the Info column needs beyond the summary above (see packetinfo.h).
    QString info;             // Info written by the decoder where the summary cannot say it:
                              // ARP, IP fragments, other protocols, bogus UDP lengths, cut
                              // headers. Empty for complete TCP and UDP headers.
    int tcpHeaderLength = -1; // bytes (data offset x 4); below 20 is bogus; -1 when not decoded
    quint16 urgentPointer = 0;
    QByteArray tcpOptionKinds; // option kinds in header order: Wireshark lists them in that order
    QList<quint32> sackEdges; // SACK blocks, absolute: left, right, left, right...

    // ICMP and ICMPv6: type and code (-1 when there is no ICMP header), and for an error the
    // datagram it quotes: its addresses, ports and transport ("port unreachable" about which port).
    int icmpType = -1;
    int icmpCode = -1;
    Endpoint quotedSource;
    Endpoint quotedDestination;
    Transport quotedTransport = OtherTransport;
};
