#pragma once

#include "network/unsentbytes.h"

#include <QObject>

class QSocketNotifier;

// A second descriptor of a connected TCP socket, and the bytes still on their way out through it.
// Qt closes its own descriptor the moment it reads the peer's FIN, and drops its write buffer
// with it. A peer that half-closes while replies wait for it (it sends a request, then
// shutdown(SHUT_WR), then reads the answer) would lose them, and a line still waiting for its
// newline could not be answered. While this descriptor is open the kernel's socket stays
// open: what Qt left unwritten, and what is sent afterwards, goes out through it, then our FIN.
// TcpConnection keeps one only while something could still have to be written (keep()).
// Unix only (NativeSocket::duplicate): on Windows nothing is kept, and what Qt drops is lost.
class SpareDescriptor : public QObject
{
    Q_OBJECT
public:
    explicit SpareDescriptor(QObject *parent = nullptr);
    ~SpareDescriptor() override; // close()

    // While Qt's descriptor is open: duplicates socketDescriptor when needed, closes the
    // duplicate (without FIN: Qt's is still open) when not.
    void keep(bool needed, qintptr socketDescriptor);
    bool isHeld() const { return m_descriptor >= 0; }
    qintptr descriptor() const { return m_descriptor; }

    // While Qt writes: `chunk` went into Qt's write buffer, and `inQtBuffer` bytes
    // (QAbstractSocket::bytesToWrite()) wait there now. Called after every write and after every
    // bytesWritten signal, this keeps exactly the bytes the kernel has not taken yet.
    void noteWritten(const QByteArray &chunk, qint64 inQtBuffer);
    void noteQtBuffer(qint64 inQtBuffer);

    // Qt's descriptor is closed: from now on this one sends what Qt left, and whatever send()
    // adds, as fast as the kernel takes it. False when no descriptor is held.
    bool takeOver();
    bool hasTakenOver() const { return m_takenOver; }
    void send(const QByteArray &data);
    qint64 unsentBytes() const { return m_unsent.size(); }
    // After takeOver(): closes once everything is sent (our FIN), then finished(). It may be
    // emitted before this returns.
    void closeWhenSent();
    // Closes now, if held; what waits is dropped. The kernel sends FIN if this was the socket's
    // last descriptor (RST under SO_LINGER 0), nothing if Qt's is still open.
    void close();

Q_SIGNALS:
    // After closeWhenSent(): everything went out (errorNumber 0), or sending failed (its system error).
    void finished(int errorNumber);

private:
    void sendWhatTheKernelTakes();
    void finishWith(int errorNumber);

    qintptr m_descriptor = -1;
    UnsentBytes m_unsent;
    QSocketNotifier *m_writable = nullptr; // after takeOver(), while the kernel's buffer is full
    bool m_takenOver = false;
    bool m_closeWhenSent = false;
    int m_failedWith = 0; // system error of a failed send after takeOver()
};
