#include "network/capture/dumpcapcapture.h"

#include "network/capture/dumpcapprogram.h"

#include <QProcess>
#include <QtEndian>

namespace {
constexpr quint32 kMagicMicroseconds = 0xa1b2c3d4;
constexpr quint32 kMagicNanoseconds = 0xa1b23c4d;
constexpr int kFileHeaderBytes = 24;
constexpr int kRecordHeaderBytes = 16;
constexpr quint32 kMaxRecordBytes = 262144 * 4; // larger than any snaplen: a corrupt stream

quint32 read32(const char *data, bool swapped)
{
    const quint32 value = qFromLittleEndian<quint32>(data);
    return swapped ? qbswap(value) : value;
}
} // namespace

DumpcapCapture::DumpcapCapture(QObject *parent)
    : QObject(parent)
    , m_flushTimer(this)
{
    m_flushTimer.setInterval(kFlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &DumpcapCapture::flush);
}

DumpcapCapture::~DumpcapCapture()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(1000); // the worker is going away: do not leave a dumpcap behind
    }
}

bool DumpcapCapture::isAvailable()
{
    return !dumpcapProgram().isEmpty();
}

bool DumpcapCapture::parseStream(QByteArray &buffer, bool &headerRead, bool &swapped, bool &nanoseconds,
                                 int &linkType, CapturedPacketBatch &packets)
{
    qsizetype position = 0;
    if (!headerRead) {
        if (buffer.size() < kFileHeaderBytes)
            return true;
        const quint32 magic = qFromLittleEndian<quint32>(buffer.constData());
        if (magic == kMagicMicroseconds || magic == kMagicNanoseconds) {
            swapped = false;
        } else if (qbswap(magic) == kMagicMicroseconds || qbswap(magic) == kMagicNanoseconds) {
            swapped = true;
        } else {
            return false;
        }
        nanoseconds = read32(buffer.constData(), swapped) == kMagicNanoseconds;
        linkType = int(read32(buffer.constData() + 20, swapped) & 0x0fffffff);
        headerRead = true;
        position = kFileHeaderBytes;
    }
    while (buffer.size() - position >= kRecordHeaderBytes) {
        const char *header = buffer.constData() + position;
        const quint32 seconds = read32(header, swapped);
        const quint32 fraction = read32(header + 4, swapped);
        const quint32 captured = read32(header + 8, swapped);
        const quint32 original = read32(header + 12, swapped);
        if (captured > kMaxRecordBytes)
            return false;
        if (buffer.size() - position - kRecordHeaderBytes < qsizetype(captured))
            break; // the rest of this packet is still on its way
        CapturedPacket packet;
        packet.timestampUs = qint64(seconds) * 1000000 + (nanoseconds ? fraction / 1000 : fraction);
        packet.linkType = linkType;
        packet.originalLength = original;
        packet.data = buffer.mid(position + kRecordHeaderBytes, captured);
        packets.append(std::move(packet));
        position += kRecordHeaderBytes + captured;
    }
    buffer.remove(0, position);
    return true;
}

void DumpcapCapture::start(const CaptureConfig &config)
{
    stop();
    m_interfaceName = config.interfaceName;
    m_buffer.clear();
    m_headerRead = false;
    m_started = false;
    m_stopping = false;
    m_packetCount = 0;
    QStringList arguments { QStringLiteral("-i"), config.interfaceName, QStringLiteral("-P"), QStringLiteral("-q"),
                            QStringLiteral("-w"), QStringLiteral("-") };
    if (!config.filter.trimmed().isEmpty())
        arguments << QStringLiteral("-f") << config.filter;
    m_process = new QProcess(this);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &DumpcapCapture::readOutput);
    connect(m_process, &QProcess::finished, this, &DumpcapCapture::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            onFinished();
    });
    m_process->start(dumpcapProgram(), arguments);
    m_flushTimer.start();
}

void DumpcapCapture::readOutput()
{
    m_buffer += m_process->readAllStandardOutput();
    const bool wasStarted = m_headerRead;
    CapturedPacketBatch packets;
    if (!parseStream(m_buffer, m_headerRead, m_swapped, m_nanoseconds, m_linkType, packets)) {
        m_stopping = true;
        m_process->kill();
        Q_EMIT failed(CaptureError::Other, QStringLiteral("dumpcap wrote something that is not a pcap stream"));
        return;
    }
    if (m_headerRead && !wasStarted) {
        m_started = true;
        Q_EMIT started(m_interfaceName, m_linkType);
    }
    m_packetCount += packets.size();
    m_pending += packets;
}

void DumpcapCapture::flush()
{
    if (m_pending.isEmpty())
        return;
    CapturedPacketBatch batch;
    batch.swap(m_pending);
    Q_EMIT packetsReady(batch);
}

void DumpcapCapture::stop()
{
    if (!m_process)
        return;
    m_stopping = true;
    stopDumpcap(m_process); // onFinished() reports
}

void DumpcapCapture::onFinished()
{
    if (!m_process)
        return;
    QProcess *process = m_process;
    m_process = nullptr;
    m_buffer += process->readAllStandardOutput();
    CapturedPacketBatch packets;
    parseStream(m_buffer, m_headerRead, m_swapped, m_nanoseconds, m_linkType, packets);
    m_packetCount += packets.size();
    m_pending += packets;
    const QString errors = QString::fromLocal8Bit(process->readAllStandardError()).trimmed();
    const bool failedToRun = process->error() == QProcess::FailedToStart;
    process->deleteLater();
    m_flushTimer.stop();
    flush();
    if (!m_started) {
        // dumpcap never got going: say why, in its own words.
        const bool permission = errors.contains(QLatin1String("ermission")) || errors.contains(QLatin1String("not permitted"));
        Q_EMIT failed(permission ? CaptureError::PermissionDenied
                                 : errors.contains(QLatin1String("filter")) ? CaptureError::InvalidFilter : CaptureError::Other,
                      failedToRun ? QStringLiteral("dumpcap could not be started") : errors);
        return;
    }
    if (!m_stopping && !errors.isEmpty())
        Q_EMIT failed(CaptureError::Other, errors);
    Q_EMIT stopped(m_packetCount, 0);
}
