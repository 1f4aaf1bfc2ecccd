#include "network/sparedescriptor.h"

#include <QSocketNotifier>

#include <utility>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

SpareDescriptor::SpareDescriptor(QObject *parent)
    : QObject(parent)
{
}

SpareDescriptor::~SpareDescriptor()
{
    close();
}

void SpareDescriptor::keep(bool needed, qintptr socketDescriptor)
{
    if (m_takenOver)
        return;
#ifdef Q_OS_UNIX
    if (needed && m_descriptor < 0 && socketDescriptor >= 0)
        m_descriptor = ::fcntl(int(socketDescriptor), F_DUPFD_CLOEXEC, 0); // -1 (out of files): none kept
    else if (!needed)
        close();
#else
    Q_UNUSED(needed);
    Q_UNUSED(socketDescriptor);
#endif
}

void SpareDescriptor::noteWritten(const QByteArray &chunk, qint64 inQtBuffer)
{
    if (m_takenOver)
        return;
    if (inQtBuffer == 0) { // the usual case: the kernel took it all
        m_unsent.clear();
        return;
    }
    m_unsent.append(chunk);
    m_unsent.keepLast(inQtBuffer);
}

void SpareDescriptor::noteQtBuffer(qint64 inQtBuffer)
{
    if (!m_takenOver)
        m_unsent.keepLast(inQtBuffer);
}

bool SpareDescriptor::takeOver()
{
    if (m_descriptor < 0) {
        m_unsent.clear();
        return false;
    }
    if (!m_takenOver) {
        m_takenOver = true;
        sendWhatTheKernelTakes();
    }
    return true;
}

void SpareDescriptor::send(const QByteArray &data)
{
    if (!m_takenOver || m_descriptor < 0 || m_failedWith != 0)
        return;
    m_unsent.append(data);
    sendWhatTheKernelTakes();
}

void SpareDescriptor::closeWhenSent()
{
    m_closeWhenSent = true;
    if (m_failedWith != 0)
        finishWith(m_failedWith);
    else
        sendWhatTheKernelTakes();
}

void SpareDescriptor::close()
{
    if (m_writable) {
        // Later: this may run inside the notifier's own activated signal.
        m_writable->setEnabled(false);
        std::exchange(m_writable, nullptr)->deleteLater();
    }
    m_unsent.clear();
#ifdef Q_OS_UNIX
    if (m_descriptor >= 0)
        ::close(std::exchange(m_descriptor, -1));
#endif
}

void SpareDescriptor::sendWhatTheKernelTakes()
{
#ifdef Q_OS_UNIX
    if (!m_takenOver || m_descriptor < 0 || m_failedWith != 0)
        return;
    while (!m_unsent.isEmpty()) {
        const QByteArrayView bytes = m_unsent.front();
        const ssize_t sent = ::send(m_descriptor, bytes.data(), size_t(bytes.size()), MSG_NOSIGNAL | MSG_DONTWAIT);
        if (sent > 0) {
            m_unsent.consume(sent);
            continue;
        }
        if (sent < 0 && errno == EINTR)
            continue;
        if (sent < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            // The peer reads slowly: on when the kernel has room again.
            if (!m_writable) {
                m_writable = new QSocketNotifier(m_descriptor, QSocketNotifier::Write, this);
                connect(m_writable, &QSocketNotifier::activated, this, &SpareDescriptor::sendWhatTheKernelTakes);
            }
            m_writable->setEnabled(true);
            return;
        }
        m_failedWith = sent < 0 ? errno : EPIPE; // the peer reset, or the network failed
        m_unsent.clear();
        if (m_closeWhenSent)
            finishWith(m_failedWith);
        return;
    }
    if (m_writable)
        m_writable->setEnabled(false);
    if (m_closeWhenSent)
        finishWith(0);
#endif
}

void SpareDescriptor::finishWith(int errorNumber)
{
    close();
    m_closeWhenSent = false;
    Q_EMIT finished(errorNumber);
}
