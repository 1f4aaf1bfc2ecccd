#include "network/capture/dumpcapcapture.h"

#include "network/capture/captureinterfacechoice.h"
#include "network/capture/captureinterfaces.h"
#include "network/capture/dumpcapprogram.h"

#include <QProcess>


namespace {
// dumpcap's -i arguments for a capture on name: name itself, or what Windows's "any" joins.
QStringList dumpcapInterfaces(const QString &name)
{
    const QList<CaptureInterface> interfaces = captureInterfaces();
    const CaptureInterface *chosen = CaptureInterfaceChoice::find(interfaces, name);
    return chosen && !chosen->members.isEmpty() ? chosen->members : QStringList { name };
}
} // namespace

DumpcapCapture::DumpcapCapture(QObject *parent)
    : CaptureSource(parent)
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

void DumpcapCapture::start(const CaptureConfig &config)
{
    stop();
    m_interfaceName = config.interfaceName;
    m_buffer.clear();
    m_reader = CaptureStreamReader();
    m_started = false;
    m_stopping = false;
    m_packetCount = 0;
    QStringList arguments;
    const QStringList members = dumpcapInterfaces(config.interfaceName);
    for (const QString &member : members)
        arguments << QStringLiteral("-i") << member;
    if (members.size() == 1)
        arguments << QStringLiteral("-P"); // classic pcap; several interfaces need pcapng
    arguments << QStringLiteral("-q") << QStringLiteral("-w") << QStringLiteral("-");
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
    const bool wasStarted = m_reader.headerRead();
    CapturedPacketBatch packets;
    if (!m_reader.read(m_buffer, packets)) {
        m_stopping = true;
        m_process->kill();
        Q_EMIT failed(CaptureError::Other, QStringLiteral("dumpcap wrote something that is neither pcap nor pcapng"));
        return;
    }
    if (m_reader.headerRead() && !wasStarted) {
        m_started = true;
        Q_EMIT started(m_interfaceName, m_reader.linkType());
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
    m_reader.read(m_buffer, packets);
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
