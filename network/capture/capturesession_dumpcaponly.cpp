#include "network/capture/capturesession.h"

// Windows: SocketLab does not open capture devices itself (that would need the Npcap SDK);
// Wireshark's dumpcap.exe captures for it (DumpcapCapture). This session only says so.

CaptureSession::CaptureSession(QObject *parent)
    : CaptureSource(parent)
    , m_flushTimer(this)
    , m_pollTimer(this)
{
}

CaptureSession::~CaptureSession() = default;

bool CaptureSession::validateFilter(const QString &filter, int linkType, QString *error)
{
    // dumpcap checks the filter when it starts, and says what is wrong with it.
    Q_UNUSED(filter);
    Q_UNUSED(linkType);
    if (error)
        error->clear();
    return true;
}

CapturePermission CaptureSession::capturePermission()
{
    return CapturePermission::Denied; // only through dumpcap
}

void CaptureSession::start(const CaptureConfig &config)
{
    Q_UNUSED(config);
    Q_EMIT failed(CaptureError::PermissionDenied, QStringLiteral("Wireshark's dumpcap.exe was not found"));
}

void CaptureSession::stop()
{
}

void CaptureSession::readPackets()
{
}

void CaptureSession::followRequiredPolling()
{
}

void CaptureSession::flush()
{
}

void CaptureSession::finish(std::optional<CaptureError> error, const QString &message)
{
    Q_UNUSED(error);
    Q_UNUSED(message);
}

void CaptureSession::closeHandle()
{
}
