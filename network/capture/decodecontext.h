#pragma once

#include "network/capture/capturedpacket.h"
#include "network/capture/decodedpacket.h"
#include "network/capture/packetdecoder.h"

#include <QString>
#include <QtEndian>

// What the dissectors of one frame share (dissectors.h): the bytes, how far each enclosing
// protocol says its data reaches, the packet being filled, and the bounds checks every read
// goes through. Reads that would pass the end of the enclosing protocol's data (as its length
// field says) count as malformed, reads past the end of the capture as truncated: Wireshark's
// distinction between a ReportedBoundsError and a BoundsError.
//
// Field names and value formats are Wireshark's (4.0, what Debian 12 ships), so a student can
// put SocketLab's details pane next to Wireshark's and find the same words. They are protocol
// vocabulary, not UI text: never translated.
namespace PacketDissection {

constexpr quint16 kEtherTypeIPv4 = 0x0800;
constexpr quint16 kEtherTypeArp = 0x0806;
constexpr quint16 kEtherTypeVlan = 0x8100;
constexpr quint16 kEtherTypeIPv6 = 0x86dd;

QString hex(quint32 value, int digits);
// Wireshark's "Name (number)" for a value with a name, "Unknown (number)" otherwise.
QString named(const QString &name, quint32 value);
QString namedHex(const QString &name, quint32 value, int digits);
QString etherTypeText(quint16 type);

class DecodeContext
{
public:
    enum class Fit {
        Whole,
        CutByCapture,  // the snapshot length cut it: truncated
        PastTheEnd     // the enclosing length field says it cannot be there: malformed
    };

    DecodeContext(const CapturedPacket &packet, DecodeDepth depth);

    Fit fit(qint64 offset, qint64 length) const;
    // True when [offset, offset + length) can be read; otherwise says why the header stops here.
    bool need(qint64 offset, qint64 length, const char *header);
    // How many of the bytes [offset, offset + length) were captured.
    int captured(qint64 offset, qint64 length) const;

    quint8 u8(int offset) const { return bytes[offset]; }
    quint16 be16(int offset) const { return qFromBigEndian<quint16>(bytes + offset); }
    quint32 be32(int offset) const { return qFromBigEndian<quint32>(bytes + offset); }
    quint32 le32(int offset) const { return qFromLittleEndian<quint32>(bytes + offset); }
    QString macText(int offset, int length) const;
    QString hexText(int offset, int length) const;

    void markTruncated(const char *header);
    void markMalformed(const QString &problem);
    // For the problems Wireshark reports by replacing the Info column with a sentence.
    void setInfoToProblem(const QString &problem);

    // The reference is valid only until the next layer begins (appending may move the list).
    DecodedLayer &beginLayer(DecodedLayer::Kind kind, const QString &name, qint64 offset,
                             qint64 length);
    // The value is made only when fields are wanted: formatting them is most of the work.
    template<typename MakeValue>
    void addField(DecodedLayer &layer, const QString &name, MakeValue makeValue, int offset, int length)
    {
        if (withFields)
            layer.fields.append(DecodedField { name, makeValue(), offset, length });
    }
    // TCP's and UDP's start: the Protocol column (header: "TCP", "UDP"), their layer, and the
    // ports in the first four bytes. Null when the header stops before the ports end; the
    // pointer is valid only until the next layer begins, as beginLayer()'s reference.
    DecodedLayer *beginTransport(const char *header, const QString &layerName, int offset,
                                 int minHeaderBytes);
    // TCP's or UDP's fixed header is whole: Info will be the protocol's summary, not bare ports.
    void setTransport(DecodedPacket::Transport transport);
    // Wireshark's "Data" item: the bytes no dissector claimed.
    void addData(qint64 offset, qint64 wireLength);
    QString portsText() const;

    const CapturedPacket &packet;
    const bool withFields;
    const uchar *bytes;
    qint64 size;                   // bytes captured
    qint64 wire;                   // bytes on the wire (at least what was captured)
    qint64 end;                    // where the innermost protocol seen so far says its data ends
    qint64 networkEnd = -1;        // where the IP packet or ARP message ends (Ethernet pads after it)
    bool infoStatesProblem = false; // info already is Wireshark's sentence for the problem
    bool infoIsPorts = false;      // info is "source → destination" (a cut TCP/UDP header),
                                   // written at the end: most headers are whole
    DecodedPacket result;
};

} // namespace PacketDissection
