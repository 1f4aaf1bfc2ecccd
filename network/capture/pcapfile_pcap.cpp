#include "network/capture/pcapfile.h"

#include "network/capture/pcapheader.h"

#include <QFile>

#include <pcap/pcap.h>

// Linux: libpcap reads .pcap and .pcapng files alike.

std::optional<QList<CapturedPacket>> openPcap(const QString &path, QString *error,
                                              PcapFileError *reason)
{
    reportPcapError(error, reason, PcapFileError::None, QString());

    char errbuf[PCAP_ERRBUF_SIZE] = {};
    const QByteArray fileName = QFile::encodeName(path);
    pcap_t *handle = pcap_open_offline_with_tstamp_precision(fileName.constData(),
                                                             PCAP_TSTAMP_PRECISION_MICRO, errbuf);
    if (!handle) {
        reportPcapError(error, reason, PcapFileError::CannotOpen, QString::fromLocal8Bit(errbuf));
        return std::nullopt;
    }

    const int linkType = pcap_datalink(handle);
    QList<CapturedPacket> packets;
    for (;;) {
        pcap_pkthdr *header = nullptr;
        const u_char *bytes = nullptr;
        const int status = pcap_next_ex(handle, &header, &bytes);
        if (status == PCAP_ERROR_BREAK) // end of file
            break;
        if (status != 1) {
            reportPcapError(error, reason, PcapFileError::CannotRead,
                   QString::fromLocal8Bit(pcap_geterr(handle)));
            pcap_close(handle);
            return std::nullopt;
        }
        CapturedPacket packet;
        packet.timestampUs = qint64(header->ts.tv_sec) * 1000000 + header->ts.tv_usec;
        packet.linkType = linkType;
        packet.originalLength = header->len;
        packet.data = QByteArray(reinterpret_cast<const char *>(bytes), int(header->caplen));
        packets.append(std::move(packet));
    }
    pcap_close(handle);
    return packets;
}
