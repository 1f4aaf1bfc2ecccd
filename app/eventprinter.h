#pragma once

#include "network/labevent.h"

#include <QObject>
#include <QThread>

// The headless run's standard output, written on a thread of its own: formatting a line per
// event (JSON) and writing it cost as much as serving the connection, so with two cores the
// sessions on the main thread and the printing run side by side.
// Lines keep the order in which they were handed over.
class EventPrinter : public QObject
{
    Q_OBJECT
public:
    explicit EventPrinter(bool json, QObject *parent = nullptr);
    ~EventPrinter() override; // writes everything handed over, then stops its thread

    void printBatch(const LabEventBatch &batch);
    void printLine(const QByteArray &line);
    // Returns once everything handed over so far is written and flushed.
    void drain();

private:
    QThread m_thread;
    QObject *m_writer; // lives on m_thread: the lambdas run there, in order
    bool m_json;
};
