#include "network/sparedescriptor.h"

#include <QSocketNotifier>

#include "network/nativesocket.h"

#include <utility>

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
    if (needed && m_descriptor < 0 && socketDescriptor >= 0)
        m_descriptor = NativeSocket::duplicate(socketDescriptor); // none (out of files, Windows): none kept
    else if (!needed)
        close();
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
    if (m_descriptor >= 0)
        NativeSocket::close(std::exchange(m_descriptor, NativeSocket::kNone));
}

void SpareDescriptor::sendWhatTheKernelTakes()
{
    if (!m_takenOver || m_descriptor < 0 || m_failedWith != 0)
        return;
    while (!m_unsent.isEmpty()) {
        const QByteArrayView bytes = m_unsent.front();
        qint64 sent = 0;
        NativeSocket::SystemError error = 0;
        const auto result = NativeSocket::sendSome(m_descriptor, bytes.data(), bytes.size(), &sent, &error);
        if (result == NativeSocket::SendResult::Sent && sent > 0) {
            m_unsent.consume(sent);
            continue;
        }
        if (result == NativeSocket::SendResult::WouldBlock) {
            // The peer reads slowly: on when the kernel has room again.
            if (!m_writable) {
                m_writable = new QSocketNotifier(m_descriptor, QSocketNotifier::Write, this);
                connect(m_writable, &QSocketNotifier::activated, this, &SpareDescriptor::sendWhatTheKernelTakes);
            }
            m_writable->setEnabled(true);
            return;
        }
        // The peer reset, or the network failed.
        m_failedWith = result == NativeSocket::SendResult::Failed ? error : NativeSocket::peerResetError();
        m_unsent.clear();
        if (m_closeWhenSent)
            finishWith(m_failedWith);
        return;
    }
    if (m_writable)
        m_writable->setEnabled(false);
    if (m_closeWhenSent)
        finishWith(0);
}

void SpareDescriptor::finishWith(int errorNumber)
{
    close();
    m_closeWhenSent = false;
    Q_EMIT finished(errorNumber);
}
