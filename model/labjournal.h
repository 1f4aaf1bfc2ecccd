#pragma once

#include "model/guidedexercises.h"
#include "model/headtaillist.h"
#include "model/labmode.h"
#include "model/ladder.h"
#include "model/thismachine.h"
#include "network/capture/capturedpacket.h"
#include "network/kernelsockettable.h"
#include "network/labevent.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <array>
#include <optional>

// The lab's journal: what happened in the session, per course exercise, for the whole-lab
// report. Fed by the same event batches the pages show, the packets they capture and kernel
// socket readings taken at the interesting moments (a connection accepted, connected, closed),
// so a page restarted or cleared since still has its part in the report. Bounded: past the
// caps below only a count is kept ("N left out").
class LabJournal : public QObject
{
    Q_OBJECT
public:
    using Exercise = GuidedExercises::Exercise;
    static constexpr int kHeadEvents = 600;   // per page and exercise: the first events...
    static constexpr int kTailEvents = 400;   // ... and the last
    static constexpr int kHeadPackets = 300;  // per exercise: the first packets (handshakes)...
    static constexpr int kTailPackets = 100;  // ... and the last (teardowns)
    static constexpr int kMaxSnapshots = 8;   // kernel socket readings per exercise

    // One kernel socket table reading and what had just happened.
    struct Snapshot
    {
        QDateTime when;
        LabMode mode = LabMode::TcpSimple;
        QString moment; // "Connection 2 accepted", "At export"
        QList<KernelSocket> sockets;
        bool atExport = false;
    };
    // One page as used in one exercise: its events in order.
    struct PageRecord
    {
        LabMode mode = LabMode::TcpSimple;
        HeadTailList<LabEvent> events { kHeadEvents, kTailEvents };
    };
    struct ExerciseRecord
    {
        QList<PageRecord> pages; // in order of first use
        HeadTailList<CapturedPacket> packets { kHeadPackets, kTailPackets };
        QList<Snapshot> snapshots;
        qint64 droppedSnapshots = 0;
        QDateTime firstActivity;
        QDateTime lastActivity;
    };

    explicit LabJournal(QObject *parent = nullptr);

    // What counts as this machine (the rest is "another machine": exercise 4).
    void setThisMachine(const ThisMachine &machine) { m_machine = machine; }

    void applyBatch(LabMode mode, const LabEventBatch &batch);
    void applyPackets(LabMode mode, const CapturedPacketBatch &packets);
    // A reading of the kernel table for mode's port: kept when an interesting moment of that
    // page is waiting for one (momentPassed), dropped otherwise.
    void applySocketSnapshot(LabMode mode, const QList<KernelSocket> &sockets);
    // A reading taken at export, kept in every exercise mode was used in.
    void recordExportSnapshot(LabMode mode, const QList<KernelSocket> &sockets, const QDateTime &when);

    const ExerciseRecord &exercise(Exercise exercise) const { return m_exercises[size_t(exercise)]; }
    bool isUsed(Exercise exercise) const;
    // The pages used, each with the port of its traffic (server: its own; client: the server's);
    // a page whose port is not known yet is left out.
    QList<QPair<LabMode, quint16>> pagesUsed() const;
    // The ladder of the exercise's first TCP connection (its SYN), or of its first exchange.
    Ladder ladderOf(Exercise exercise) const;
    void clear();

Q_SIGNALS:
    // Something worth a kernel socket reading just happened on mode's page (connection
    // accepted, connected or closed): the reading goes to applySocketSnapshot().
    void momentPassed(LabMode mode);

private:
    Exercise exerciseOf(LabMode mode, const LabEvent &event);
    Exercise baseExercise(LabMode mode, quint16 port) const;
    void append(Exercise exercise, LabMode mode, const LabEvent &event);
    static QString momentText(const LabEvent &event);
    void keepSnapshot(Exercise exercise, Snapshot snapshot);

    ThisMachine m_machine;
    std::array<ExerciseRecord, GuidedExercises::ExerciseCount> m_exercises;
    QHash<QPair<int, int>, Exercise> m_connectionExercise; // (mode, connection id)
    std::array<std::optional<Exercise>, kLabModeCount> m_pageExercise;  // by LabMode: where its session events go
    std::array<quint16, kLabModeCount> m_pagePort {};                   // by LabMode
    std::array<std::optional<LabEvent>, kLabModeCount> m_lastListening; // copied into exercise 4 when it starts there
    std::array<QList<QPair<Exercise, QString>>, kLabModeCount> m_pendingMoments;
    QList<size_t> m_recentPackets; // hashes: the same packet captured by two pages counts once
};
