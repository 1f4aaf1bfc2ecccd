#include "app/filecapture.h"

#include "app/pagecapture.h"
#include "network/capture/captureinterfacechoice.h"
#include "network/capture/dumpcapcapture.h"
#include "network/capture/pcapfile.h"
#include "network/platformfacts.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

namespace {
// How long stopAndWrite() waits for the worker's last packets (dumpcap takes a moment to go).
constexpr int kLastPacketsWaitMs = 3000;
} // namespace

FileCapture::FileCapture(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("capture"));
    m_thread.start();
}

FileCapture::~FileCapture()
{
    if (m_worker) // deleted on its own thread, which releases the device
        QMetaObject::invokeMethod(m_worker.data(), &QObject::deleteLater, Qt::QueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void FileCapture::run(CaptureSource *capture, const CaptureConfig &config)
{
    capture->moveToThread(&m_thread);
    m_worker = capture;
    connect(capture, &CaptureSource::started, this, [this](const QString &interfaceName) {
        m_running = true;
        Q_EMIT ready(interfaceName);
    });
    connect(capture, &CaptureSource::packetsReady, this, [this](const CapturedPacketBatch &batch) { m_packets += batch; });
    connect(capture, &CaptureSource::stopped, this, [this] { m_running = false; });
    connect(capture, &CaptureSource::failed, this, [this, name = config.interfaceName](CaptureError error, const QString &message) {
        m_running = false;
        Q_EMIT failed(error == CaptureError::PermissionDenied
                          ? PlatformFacts::captureSetupHelp()
                          : tr("Could not capture on %1: %2").arg(name, message));
    });
    QMetaObject::invokeMethod(capture, [capture, config] { capture->start(config); }, Qt::QueuedConnection);
}

void FileCapture::start(const QString &filter, const QList<QHostAddress> &addresses)
{
    const CaptureConfig config { CaptureInterfaceChoice::defaultFor(captureInterfaces(), addresses), filter };
    if (CaptureSession::capturePermission() == CapturePermission::Allowed)
        run(new CaptureSession, config);
    else if (DumpcapCapture::isAvailable())
        run(new DumpcapCapture, config);
    else
        QTimer::singleShot(0, this, [this] { Q_EMIT failed(PlatformFacts::captureSetupHelp()); });
}

bool FileCapture::stopAndWrite(const QString &path, QString *error)
{
    if (m_worker && m_running) {
        // The worker hands over its last batch before stopped(): wait for it.
        QEventLoop loop;
        connect(this, &FileCapture::failed, &loop, &QEventLoop::quit);
        connect(m_worker, &CaptureSource::stopped, &loop, &QEventLoop::quit);
        QMetaObject::invokeMethod(m_worker, &CaptureSource::stop, Qt::QueuedConnection);
        QTimer::singleShot(kLastPacketsWaitMs, &loop, &QEventLoop::quit);
        loop.exec();
        // The last batch was posted before stopped(); this loop may have woken first.
        QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    }
    QString systemText;
    PcapFileError reason = PcapFileError::None;
    if (savePcap(path, m_packets, &systemText, &reason))
        return true;
    if (error)
        *error = PageCapture::fileProblem(reason, path, systemText);
    return false;
}
