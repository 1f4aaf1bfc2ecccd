#pragma once

// Test support: a TCP server session run the way the window runs it (MainWindow, LabPage,
// TcpServerPage): the session on its own network thread, commands sent to it as queued calls,
// its event batches applied on this thread to the page's connection table and message log.
// Payloads are tallied, not kept, so a suite can stream a gigabyte through it.
#include "model/connectiontablemodel.h"
#include "model/messagelogmodel.h"
#include "network/tcpserversession.h"

#include <QAbstractItemModelTester>
#include <QHash>
#include <QTest>
#include <QThread>

#include <functional>

// What the session reported, counted as it arrived.
struct EventTally
{
    qint64 events = 0;
    QHash<EventKind, qint64> kinds;
    QHash<int, qint64> receivedBytes;    // per connection: Received payloads
    QHash<int, qint64> receivedMessages; // per connection: Received events
    QHash<int, qint64> truncatedBytes;   // per connection: LineTruncated notes' amounts
    QList<LabEvent> notes;               // every Note, in order
    QList<LabEvent> errors;              // every Error, in order
    QList<LabEvent> closed;              // every Closed, in order
    QList<LabEvent> accepted;            // every Accepted, in order

    void add(const LabEventBatch &batch)
    {
        for (const LabEvent &event : batch) {
            ++events;
            ++kinds[event.kind];
            switch (event.kind) {
            case EventKind::Received:
                receivedBytes[event.connectionId] += event.payload.size();
                ++receivedMessages[event.connectionId];
                break;
            case EventKind::Note:
                if (event.note == NoteKind::LineTruncated)
                    truncatedBytes[event.connectionId] += event.byteCount;
                notes.append(event);
                break;
            case EventKind::Error:
                errors.append(event);
                break;
            case EventKind::Closed:
                closed.append(event);
                break;
            case EventKind::Accepted:
                accepted.append(event);
                break;
            default:
                break;
            }
        }
    }
    qint64 count(EventKind kind) const { return kinds.value(kind); }
    QList<LabEvent> notesOf(NoteKind kind, int connectionId = -1) const
    {
        QList<LabEvent> found;
        for (const LabEvent &note : notes) {
            if (note.note == kind && (connectionId < 0 || note.connectionId == connectionId))
                found.append(note);
        }
        return found;
    }
};

class ServerLab
{
public:
    // logCap: the message log's row limit (the window's default unless a test wants drops).
    explicit ServerLab(int logCap = MessageLogModel::kDefaultMaxEntries)
        : log(nullptr, logCap)
        , m_tableTester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest)
        , m_logTester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest)
    {
        session = new TcpServerSession;
        session->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, session, &QObject::deleteLater);
        // As TcpServerPage::applyBatch: the table first, then the log. Queued: other thread.
        QObject::connect(session, &TcpServerSession::eventsReady, &table, [this](const LabEventBatch &batch) {
            table.applyBatch(batch);
            log.applyBatch(batch);
            tally.add(batch);
            ++batches;
        });
        m_thread.start();
    }
    ServerLab(const ServerLab &) = delete;
    ServerLab &operator=(const ServerLab &) = delete;
    ~ServerLab()
    {
        call([](TcpServerSession *s) { s->stop(); });
        m_thread.quit();
        m_thread.wait();
    }

    // A command to the session, queued to its thread like LabPage::callSession.
    void call(const std::function<void(TcpServerSession *)> &command)
    {
        TcpServerSession *target = session;
        QMetaObject::invokeMethod(session, [target, command] { command(target); }, Qt::QueuedConnection);
    }
    // Something run on the network thread, waited for (a probe, not a command).
    template<typename Result>
    Result ask(const std::function<Result(TcpServerSession *)> &question)
    {
        Result result {};
        TcpServerSession *target = session;
        QMetaObject::invokeMethod(session, [&result, target, question] { result = question(target); },
                                  Qt::BlockingQueuedConnection);
        return result;
    }

    // Starts a server on 127.0.0.1, a port the kernel picks; returns the port (0: failed).
    quint16 start(TcpServerKind kind, ReplyMode reply, FramingMode framing = FramingMode::Raw)
    {
        TcpServerConfig config;
        config.kind = kind;
        config.reply = reply;
        config.framing = framing;
        config.bindAddress = QHostAddress(QHostAddress::LocalHost);
        config.port = 0;
        call([config](TcpServerSession *s) { s->start(config); });
        if (!QTest::qWaitFor([this] { return tally.count(EventKind::Listening) > 0; }, 5000))
            return 0;
        return ask<quint16>([](TcpServerSession *s) { return s->listeningOn().port; });
    }

    int openConnections() { return ask<int>([](TcpServerSession *s) { return s->openConnectionCount(); }); }

    // The table's value for a connection's column (RawValueRole); -1 when it has no row.
    qint64 tableValue(int connectionId, ConnectionTableModel::Column column) const
    {
        const int row = table.rowOfConnection(connectionId);
        if (row < 0)
            return -1;
        return table.index(row, column).data(ConnectionTableModel::RawValueRole).toLongLong();
    }
    // The connection whose remote port is port (the client's ephemeral port); 0 if none yet.
    int connectionFrom(quint16 port) const
    {
        for (const LabEvent &accepted : tally.accepted) {
            if (accepted.remote.port == port)
                return accepted.connectionId;
        }
        return 0;
    }
    // The log's rows of one direction (and connection: -1 any), as payload bytes.
    QByteArrayList logPayloads(MessageLogModel::Direction direction, int connectionId = -1) const
    {
        QByteArrayList found;
        for (int row = 0; row < log.rowCount(); ++row) {
            const QModelIndex index = log.index(row);
            if (index.data(MessageLogModel::DirectionRole).toInt() != direction)
                continue;
            if (connectionId >= 0 && index.data(MessageLogModel::ConnectionIdRole).toInt() != connectionId)
                continue;
            found.append(index.data(MessageLogModel::PayloadRole).toByteArray());
        }
        return found;
    }

    TcpServerSession *session = nullptr;
    ConnectionTableModel table;
    MessageLogModel log;
    EventTally tally;
    int batches = 0;

private:
    QThread m_thread;
    QAbstractItemModelTester m_tableTester;
    QAbstractItemModelTester m_logTester;
};
