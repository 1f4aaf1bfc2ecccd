#pragma once

#include "network/capture/capturedpacket.h"

#include <QByteArray>
#include <QList>

// Reads a capture file or stream piece by piece, as dumpcap writes it to its standard output:
// classic pcap (one interface, one link type) or pcapng (dumpcap's format when it captures on
// several interfaces at once; each interface has its own link type and time resolution).
// Either byte order. Used for dumpcap's live output and for opening files on Windows.
class CaptureStreamReader
{
public:
    // Appends the packets complete in buffer to packets and removes their bytes; a packet cut
    // at the end waits for the next call. False when the bytes are neither pcap nor pcapng, or
    // a block is malformed.
    bool read(QByteArray &buffer, CapturedPacketBatch &packets);

    // The file header (pcapng: the section header and a first interface) has been read.
    bool headerRead() const { return m_linkType >= 0; }
    // The link type of the first (pcap: the only) interface; -1 before the header.
    int linkType() const { return m_linkType; }

private:
    enum class Format { Unknown, Pcap, Pcapng };
    struct Interface
    {
        int linkType = 0;
        quint64 unitsPerSecond = 1000000; // pcapng's if_tsresol; microseconds by default
    };

    bool readPcap(QByteArray &buffer, qsizetype &position, CapturedPacketBatch &packets);
    bool readPcapng(QByteArray &buffer, qsizetype &position, CapturedPacketBatch &packets);
    bool readBlock(quint32 type, const char *body, quint32 length, CapturedPacketBatch &packets);
    bool readInterface(const char *body, quint32 length);
    bool readEnhancedPacket(const char *body, quint32 length, CapturedPacketBatch &packets);
    quint16 read16(const char *data) const;
    quint32 read32(const char *data) const;

    Format m_format = Format::Unknown;
    bool m_swapped = false;
    bool m_nanoseconds = false; // classic pcap's nanosecond variant
    int m_linkType = -1;
    QList<Interface> m_interfaces;
};
