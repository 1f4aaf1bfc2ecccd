#include "network/capture/pcapfile.h"

#include "network/capture/pcapheader.h"
#include "network/capture/pcapngwriter.h"

#include "network/capture/capturesession.h"

#include <QFile>
#include <QSaveFile>

#include <pcap/pcap.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <unistd.h>

bool savePcap(const QString &path, const QList<CapturedPacket> &packets, QString *error,
              PcapFileError *reason)
{
    if (hasSeveralLinkTypes(packets))
        return savePcapng(path, packets, error, reason);
    reportPcapError(error, reason, PcapFileError::None, QString());
    const std::optional<PcapHeader> header = pcapHeaderFor(packets, error, reason);
    if (!header)
        return false;
    const int linkType = header->linkType;
    const int snapLength = header->snapLength;

    // QSaveFile writes beside the target and renames on commit(); without commit() the
    // temporary file is removed, so no half-written capture ever appears under `path`.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        reportPcapError(error, reason, PcapFileError::CannotWrite, file.errorString());
        return false;
    }
    // libpcap writes through stdio: give it its own descriptor for the temporary file.
    const int fd = ::dup(file.handle());
    FILE *stream = fd >= 0 ? ::fdopen(fd, "wb") : nullptr;
    if (!stream) {
        if (fd >= 0)
            ::close(fd);
        reportPcapError(error, reason, PcapFileError::CannotWrite, QString::fromLocal8Bit(strerror(errno)));
        file.cancelWriting();
        return false;
    }

    pcap_t *dead = pcap_open_dead_with_tstamp_precision(linkType, snapLength,
                                                        PCAP_TSTAMP_PRECISION_MICRO);
    pcap_dumper_t *dumper = dead ? pcap_dump_fopen(dead, stream) : nullptr;
    if (!dumper) {
        reportPcapError(error, reason, PcapFileError::CannotWrite,
               dead ? QString::fromLocal8Bit(pcap_geterr(dead))
                    : QString::fromLocal8Bit(pcap_statustostr(PCAP_ERROR)));
        fclose(stream);
        if (dead)
            pcap_close(dead);
        file.cancelWriting();
        return false;
    }

    for (const CapturedPacket &packet : packets) {
        pcap_pkthdr header = {};
        // Floor division, so a time stamp before 1970 still gets 0 <= tv_usec < 10^6.
        qint64 seconds = packet.timestampUs / 1000000;
        qint64 micros = packet.timestampUs % 1000000;
        if (micros < 0) {
            micros += 1000000;
            --seconds;
        }
        header.ts.tv_sec = decltype(header.ts.tv_sec)(seconds);
        header.ts.tv_usec = decltype(header.ts.tv_usec)(micros);
        header.caplen = bpf_u_int32(packet.data.size());
        header.len = qMax(packet.originalLength, header.caplen);
        pcap_dump(reinterpret_cast<u_char *>(dumper), &header,
                  reinterpret_cast<const u_char *>(packet.data.constData()));
    }
    // pcap_dump() cannot fail visibly and pcap_dump_close() returns nothing: flush first, as
    // that is where a full disk shows.
    const bool written = pcap_dump_flush(dumper) == 0 && !ferror(stream);
    const int savedErrno = errno;
    pcap_dump_close(dumper); // closes the stream (our duplicate descriptor)
    pcap_close(dead);
    if (!written) {
        reportPcapError(error, reason, PcapFileError::CannotWrite,
               QString::fromLocal8Bit(strerror(savedErrno)));
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        reportPcapError(error, reason, PcapFileError::CannotWrite, file.errorString());
        return false;
    }
    return true;
}

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
