#pragma once

// Test support: a packet capture on loopback (where traffic to this machine's own addresses
// flows too), on its own thread as app/ runs it, every batch handed to sink on the test's thread.
#include "network/capture/capturesession.h"

#include <QObject>
#include <QTest>
#include <QThread>

#include <functional>

class LoopbackCapture
{
public:
    LoopbackCapture(QObject *context, const QString &filter, std::function<void(const CapturedPacketBatch &)> sink)
        : m_session(new CaptureSession)
    {
        m_session->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_session, &QObject::deleteLater);
        QObject::connect(m_session, &CaptureSession::packetsReady, context, std::move(sink));
        QObject::connect(m_session, &CaptureSession::started, context, [this] { m_started = true; });
        m_thread.start();
        const CaptureConfig config { QStringLiteral("lo"), filter };
        QMetaObject::invokeMethod(m_session, [s = m_session, config] { s->start(config); });
    }
    ~LoopbackCapture()
    {
        QMetaObject::invokeMethod(m_session, [s = m_session] { s->stop(); });
        m_thread.quit();
        m_thread.wait();
    }
    bool waitStarted() { return QTest::qWaitFor([this] { return m_started; }, 5000); }
    // Why a test cannot capture here, or empty.
    static QString missingPermission()
    {
        return CaptureSession::capturePermission() == CapturePermission::Allowed
            ? QString()
            : QStringLiteral("No capture permission here (run as root or give the test binary cap_net_raw).");
    }

private:
    QThread m_thread;
    CaptureSession *m_session;
    bool m_started = false;
};
