#pragma once

#include "network/filetransferfacts.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QString>

// Counts one side of a transfer as it happens: bytes, calls and their sizes, time, hash.
class TransferMeter
{
public:
    static constexpr int kProgressIntervalMs = 250;

    void start(const QString &name, bool sending);
    void count(const char *data, qint64 size); // one recv() or send() call's bytes
    // Due a progress report (every kProgressIntervalMs)? Then the next one is scheduled.
    bool progressDue();
    // The figures now; Finished and Failed add the hash of what went through.
    TransferFactsPointer facts(TransferFacts::Phase phase, TransferFacts::Failure failure = TransferFacts::Failure::None);

    TransferFacts &base() { return m_facts; }
    qint64 bytes() const { return m_facts.bytes; }

private:
    TransferFacts m_facts;
    QCryptographicHash m_hash { QCryptographicHash::Sha256 };
    QElapsedTimer m_clock;
    qint64 m_nextProgressMs = 0;
};
