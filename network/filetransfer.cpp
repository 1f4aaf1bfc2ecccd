#include "network/filetransfer.h"

int TransferFacts::bucketOf(qint64 size)
{
    int bucket = 0;
    while (bucket + 1 < kSizeBuckets && size >= bucketLow(bucket + 1))
        ++bucket;
    return bucket;
}

void TransferMeter::start(const QString &name, bool sending)
{
    m_facts = TransferFacts();
    m_facts.name = name;
    m_facts.sending = sending;
    m_hash.reset();
    m_clock.start();
    m_nextProgressMs = kProgressIntervalMs;
}

void TransferMeter::count(const char *data, qint64 size)
{
    if (size <= 0)
        return;
    m_hash.addData(QByteArrayView(data, size));
    m_facts.bytes += size;
    ++m_facts.calls;
    ++m_facts.sizeBuckets[size_t(TransferFacts::bucketOf(size))];
}

bool TransferMeter::progressDue()
{
    if (m_clock.elapsed() < m_nextProgressMs)
        return false;
    m_nextProgressMs = m_clock.elapsed() + kProgressIntervalMs;
    return true;
}

TransferFactsPointer TransferMeter::facts(TransferFacts::Phase phase, TransferFacts::Failure failure)
{
    TransferFacts facts = m_facts;
    facts.phase = phase;
    facts.failure = failure;
    facts.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    if (phase == TransferFacts::Phase::Finished || phase == TransferFacts::Phase::Failed)
        facts.sha256 = m_hash.result().toHex(); // result() leaves the hash usable
    return TransferFactsPointer::create(std::move(facts));
}
