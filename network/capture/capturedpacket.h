#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>

// One frame as libpcap delivered it: when, which link layer, how long it was on the wire, and
// the bytes captured (at most the snapshot length).
struct CapturedPacket
{
    qint64 timestampUs = 0;       // microseconds since the Unix epoch
    int linkType = 0;             // libpcap's DLT_* value (DLT_EN10MB, DLT_LINUX_SLL, DLT_NULL...)
    quint32 originalLength = 0;   // on the wire; data may be shorter (snaplen)
    QByteArray data;
};

using CapturedPacketBatch = QList<CapturedPacket>;

Q_DECLARE_METATYPE(CapturedPacket)
