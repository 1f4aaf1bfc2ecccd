#include "network/capture/capturesession.h"

#include "network/capture/captureinterfaces.h"

#include <QLoggingCategory>
#include <QSocketNotifier>

#include <pcap/pcap.h>

#include <cerrno>

namespace {

// Quiet unless asked for (QT_LOGGING_RULES="socketlab.capture.debug=true").
Q_LOGGING_CATEGORY(lcCapture, "socketlab.capture", QtInfoMsg)

// errnoAfter: errno as pcap_activate() or pcap_dispatch() left it (cleared before the call),
// because on some systems libpcap reports a missing privilege as a generic PCAP_ERROR.
CaptureError errorFor(int status, int errnoAfter)
{
    switch (status) {
    case PCAP_ERROR_PERM_DENIED:
    case PCAP_ERROR_PROMISC_PERM_DENIED:
        return CaptureError::PermissionDenied;
    case PCAP_ERROR_NO_SUCH_DEVICE:
        return CaptureError::NoSuchInterface;
    case PCAP_ERROR_IFACE_NOT_UP:
        return CaptureError::InterfaceDown;
    case PCAP_ERROR:
        if (errnoAfter == EPERM || errnoAfter == EACCES)
            return CaptureError::PermissionDenied;
        return CaptureError::Other;
    default:
        return CaptureError::Other;
    }
}

// libpcap fills pcap_geterr() only for some statuses (pcap_activate(3PCAP)); for the others
// its text may be stale, so the status's own description is used.
QString messageFor(pcap_t *handle, int status)
{
    switch (status) {
    case PCAP_ERROR:
    case PCAP_ERROR_NO_SUCH_DEVICE:
    case PCAP_ERROR_PERM_DENIED:
    case PCAP_ERROR_PROMISC_PERM_DENIED: {
        const QString text = QString::fromLocal8Bit(pcap_geterr(handle));
        if (!text.isEmpty())
            return text;
        break;
    }
    default:
        break;
    }
    return QString::fromLocal8Bit(pcap_statustostr(status));
}

// A live handle with SocketLab's settings, not yet activated (nullptr: see errbuf).
pcap_t *createHandle(const QString &interfaceName, char *errbuf)
{
    const QByteArray device = interfaceName.toLocal8Bit();
    pcap_t *handle = pcap_create(device.constData(), errbuf);
    if (!handle)
        return nullptr;
    // Setters on a handle not yet activated only fail for values out of range.
    pcap_set_snaplen(handle, CaptureSession::kSnapLength);
    pcap_set_promisc(handle, 0); // the lab's traffic is ours; never snoop the LAN
    // Without immediate mode, Linux's TPACKET_V3 hands packets over a ring block at a time,
    // when the block fills or the timeout retires it: on a quiet loopback a SYN showed up
    // 94 ms late here, and with a socket notifier a block's last packets (a FIN) could stay
    // unreported until more traffic came.
    pcap_set_immediate_mode(handle, 1);
    pcap_set_timeout(handle, CaptureSession::kReadTimeoutMs);
    pcap_set_buffer_size(handle, CaptureSession::kBufferBytes);
    pcap_set_tstamp_precision(handle, PCAP_TSTAMP_PRECISION_MICRO);
    return handle;
}

// Compiles and installs the filter (none if empty); false, with the error, if that failed.
bool applyFilter(pcap_t *handle, const QString &filter, CaptureError *error, QString *message)
{
    if (filter.trimmed().isEmpty())
        return true;
    bpf_program program;
    const QByteArray expression = filter.toUtf8();
    if (pcap_compile(handle, &program, expression.constData(), 1, PCAP_NETMASK_UNKNOWN) != 0) {
        *error = CaptureError::InvalidFilter;
        *message = QString::fromLocal8Bit(pcap_geterr(handle));
        return false;
    }
    // On Linux the filter runs in the kernel. Frames already in the ring are filtered by
    // libpcap itself, and so is the first one after this call (libpcap plays safe with a
    // race). That is why "inbound", which would keep lo's sent copies out of the ring, is not
    // used: libpcap cannot evaluate it in user space and silently loses that first packet.
    const int result = pcap_setfilter(handle, &program);
    pcap_freecode(&program);
    if (result != 0) {
        *error = CaptureError::Other;
        *message = QString::fromLocal8Bit(pcap_geterr(handle));
        return false;
    }
    return true;
}

constexpr int kProbeSnapLength = 64;
constexpr int kProbeBufferBytes = 64 * 1024;

} // namespace

CaptureSession::CaptureSession(QObject *parent)
    : CaptureSource(parent)
    , m_flushTimer(this) // children, so moveToThread() takes the timers along
    , m_pollTimer(this)
{
    qRegisterMetaType<CaptureConfig>();
    qRegisterMetaType<CaptureError>();
    qRegisterMetaType<CapturedPacketBatch>();

    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(kFlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &CaptureSession::flush);
    connect(&m_pollTimer, &QTimer::timeout, this, &CaptureSession::readPackets);
}

CaptureSession::~CaptureSession()
{
    // Destroyed while capturing (the application quits): release the device, say nothing.
    closeHandle();
}

bool CaptureSession::validateFilter(const QString &filter, int linkType, QString *error)
{
    if (error)
        error->clear();
    if (filter.trimmed().isEmpty())
        return true;

    pcap_t *dead = pcap_open_dead(linkType, kSnapLength);
    if (!dead) {
        if (error)
            *error = QString::fromLocal8Bit(pcap_statustostr(PCAP_ERROR));
        return false;
    }
    // pcap_compile() is reentrant since libpcap 1.8, so the GUI thread may call this while
    // the worker compiles its own filter.
    bpf_program program;
    const QByteArray expression = filter.toUtf8();
    const bool ok = pcap_compile(dead, &program, expression.constData(), 1,
                                 PCAP_NETMASK_UNKNOWN) == 0;
    if (ok)
        pcap_freecode(&program);
    else if (error)
        *error = QString::fromLocal8Bit(pcap_geterr(dead));
    pcap_close(dead);
    return ok;
}

CapturePermission CaptureSession::capturePermission()
{
    char errbuf[PCAP_ERRBUF_SIZE] = {};
    const QByteArray device = defaultCaptureInterface().toLocal8Bit();
    pcap_t *handle = pcap_create(device.constData(), errbuf);
    if (!handle) // out of memory, not a question of permission
        return CapturePermission::Allowed;
    // The smallest ring will do. Still, opening and closing a packet socket waits for the
    // kernel (RCU): about 30-45 ms here when allowed, 0.1 ms when denied.
    pcap_set_snaplen(handle, kProbeSnapLength);
    pcap_set_buffer_size(handle, kProbeBufferBytes);
    errno = 0;
    const int status = pcap_activate(handle);
    const int errnoAfter = errno;
    if (status < 0) {
        qCDebug(lcCapture) << "permission probe:" << pcap_statustostr(status)
                           << messageFor(handle, status);
    }
    pcap_close(handle);
    return status < 0 && errorFor(status, errnoAfter) == CaptureError::PermissionDenied
            ? CapturePermission::Denied
            : CapturePermission::Allowed;
}

void CaptureSession::start(const CaptureConfig &config)
{
    stop();

    char errbuf[PCAP_ERRBUF_SIZE] = {};
    pcap_t *handle = createHandle(config.interfaceName, errbuf);
    if (!handle) {
        Q_EMIT failed(CaptureError::Other, QString::fromLocal8Bit(errbuf));
        return;
    }

    errno = 0;
    const int status = pcap_activate(handle);
    const int errnoAfter = errno;
    if (status < 0) {
        const CaptureError error = errorFor(status, errnoAfter);
        const QString message = messageFor(handle, status);
        pcap_close(handle);
        Q_EMIT failed(error, message);
        return;
    }
    if (status > 0) { // a warning, e.g. the time stamp type: capture works anyway
        qCDebug(lcCapture) << "pcap_activate:" << pcap_statustostr(status)
                           << pcap_geterr(handle);
    }

    // The socket notifier says when to read; a read must then never block the worker.
    if (pcap_setnonblock(handle, 1, errbuf) != 0) {
        pcap_close(handle);
        Q_EMIT failed(CaptureError::Other, QString::fromLocal8Bit(errbuf));
        return;
    }

    CaptureError filterError = CaptureError::Other;
    QString filterMessage;
    if (!applyFilter(handle, config.filter, &filterError, &filterMessage)) {
        pcap_close(handle);
        Q_EMIT failed(filterError, filterMessage);
        return;
    }

    const int fd = pcap_get_selectable_fd(handle);
    if (fd < 0) { // not on Linux or macOS; Windows (Npcap) would need its event handle instead
        pcap_close(handle);
        Q_EMIT failed(CaptureError::Other, QStringLiteral("pcap_get_selectable_fd"));
        return;
    }

    m_handle = handle;
    m_linkType = pcap_datalink(handle);
    m_interfaceName = config.interfaceName;
    m_packetCount = 0;
    m_notifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &CaptureSession::readPackets);
    followRequiredPolling();
    qCDebug(lcCapture) << "capturing on" << m_interfaceName << "link type" << m_linkType
                       << "filter" << config.filter;
    Q_EMIT started(m_interfaceName, m_linkType);
}

void CaptureSession::readPackets()
{
    if (!m_handle)
        return;
    const int room = kMaxPendingPackets - int(m_pending.size());
    if (room <= 0 || m_pendingBytes >= kMaxPendingBytes) {
        // Full: leave the rest in the kernel buffer until the next flush re-enables reading.
        m_notifier->setEnabled(false);
        return;
    }

    // A lambda in a member function, so libpcap's C callback may fill the private batch.
    const auto onPacket = [](u_char *user, const pcap_pkthdr *header, const u_char *bytes) {
        auto *self = reinterpret_cast<CaptureSession *>(user);
        CapturedPacket packet;
        packet.timestampUs = qint64(header->ts.tv_sec) * 1000000 + header->ts.tv_usec;
        packet.linkType = self->m_linkType;
        packet.originalLength = header->len;
        packet.data = QByteArray(reinterpret_cast<const char *>(bytes), int(header->caplen));
        self->m_pendingBytes += packet.data.size();
        self->m_pending.append(std::move(packet));
        ++self->m_packetCount;
        if (!self->m_flushTimer.isActive())
            self->m_flushTimer.start();
    };

    errno = 0;
    const int count = pcap_dispatch(m_handle, room, onPacket, reinterpret_cast<u_char *>(this));
    const int errnoAfter = errno;
    if (count < 0 && count != PCAP_ERROR_BREAK) {
        // The device went away or down under us (Linux: ENETDOWN, ENXIO).
        finish(errorFor(count, errnoAfter), messageFor(m_handle, count));
        return;
    }
    if (m_pending.size() >= kMaxPendingPackets || m_pendingBytes >= kMaxPendingBytes)
        m_notifier->setEnabled(false);
    followRequiredPolling();
}

void CaptureSession::followRequiredPolling()
{
    // Where the descriptor cannot wake us for everything, libpcap names the longest a poll
    // may wait: some platforms always, Linux after ENETDOWN while it finds out whether the
    // interface went down or away (it asks for 1 ms then, and drops the request once it knows).
    const timeval *timeout = pcap_get_required_select_timeout(m_handle);
    if (!timeout) {
        m_pollTimer.stop();
        return;
    }
    const int ms = qMax(1, int(timeout->tv_sec * 1000 + timeout->tv_usec / 1000));
    if (!m_pollTimer.isActive() || m_pollTimer.interval() != ms)
        m_pollTimer.start(ms);
}

void CaptureSession::flush()
{
    m_flushTimer.stop();
    if (!m_pending.isEmpty()) {
        CapturedPacketBatch batch;
        batch.swap(m_pending);
        m_pendingBytes = 0;
        Q_EMIT packetsReady(batch);
    }
    if (m_notifier && !m_notifier->isEnabled())
        m_notifier->setEnabled(true);
}

void CaptureSession::stop()
{
    if (!m_handle)
        return;
    // What the kernel already holds was captured before stop(): hand it over too (up to
    // one batch; a flood's remainder goes with the handle).
    const int room = kMaxPendingPackets - int(m_pending.size());
    if (room > 0)
        readPackets();
    if (!m_handle) // reading failed and ended the capture
        return;
    finish();
}

void CaptureSession::finish(std::optional<CaptureError> error, const QString &message)
{
    qint64 dropped = 0;
    pcap_stat stats = {};
    if (pcap_stats(m_handle, &stats) == 0)
        dropped = stats.ps_drop;
    const qint64 packets = m_packetCount;
    // Closed before anything is emitted, so a receiver that calls stop() from one of these
    // signals finds the session idle.
    closeHandle();
    flush();
    if (error) {
        qCDebug(lcCapture) << "capture failed:" << message;
        Q_EMIT failed(*error, message);
    }
    Q_EMIT stopped(packets, dropped);
}

void CaptureSession::closeHandle()
{
    m_pollTimer.stop();
    if (m_notifier) {
        // Unregistered before pcap_close() closes the descriptor it watches; deleted later
        // because this may run inside its own activated() signal.
        m_notifier->setEnabled(false);
        m_notifier->deleteLater();
        m_notifier = nullptr;
    }
    if (m_handle) {
        pcap_close(m_handle);
        m_handle = nullptr;
    }
}
