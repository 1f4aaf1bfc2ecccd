#include "app/eventprinter.h"

#include "app/eventlines.h"

#include <cstdio>

namespace {
void writeLine(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
}
} // namespace

EventPrinter::EventPrinter(bool json, QObject *parent)
    : QObject(parent)
    , m_writer(new QObject)
    , m_json(json)
{
    m_thread.setObjectName(QStringLiteral("printer"));
    m_writer->moveToThread(&m_thread);
    m_thread.start();
}

EventPrinter::~EventPrinter()
{
    drain();
    m_thread.quit();
    m_thread.wait();
    delete m_writer;
}

void EventPrinter::printBatch(const LabEventBatch &batch)
{
    QMetaObject::invokeMethod(m_writer, [batch, json = m_json] {
        for (const LabEvent &event : batch)
            writeLine(json ? EventLines::json(event) : EventLines::text(event).toUtf8());
        std::fflush(stdout); // a batch at a time (30 a second): `tail -f` and pipes see it at once
    }, Qt::QueuedConnection);
}

void EventPrinter::printLine(const QByteArray &line)
{
    QMetaObject::invokeMethod(m_writer, [line] {
        writeLine(line);
        std::fflush(stdout);
    }, Qt::QueuedConnection);
}

void EventPrinter::drain()
{
    if (m_thread.isRunning())
        QMetaObject::invokeMethod(m_writer, [] { std::fflush(stdout); }, Qt::BlockingQueuedConnection);
}
