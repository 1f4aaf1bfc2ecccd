#pragma once

#include "model/labmode.h"
#include "model/thismachine.h"
#include "network/capture/capturedpacket.h"
#include "network/labevent.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QSet>

#include <array>

// The course's four guided exercises as a checklist tree: one top-level row per exercise, its
// steps as children. Steps tick themselves from the real events the pages see (applyBatch), the
// packets they capture (applyPackets) and two facts no session reports (addressesShown,
// portChecked). Ticks never go back, except with reset(). Exercise 4 has a step list per role
// (who serves, who connects): it is done when the common steps and one role's are.
class GuidedExercises : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Exercise {
        SimpleTcpExercise,
        UdpServerExercise,
        MultiTcpExercise,
        AnotherMachineExercise,
        FileTransferExercise,
        ExerciseCount
    };
    enum Step {
        SimpleStart,
        SimpleConnect,
        SimpleEcho,
        SimpleServedFromBacklog,
        UdpStart,
        UdpDatagram,
        UdpUpperCaseReply,
        UdpBurst,
        MultiStart,
        MultiThreeClients,
        MultiComparePorts,
        MultiSendToAll,
        MachineAddresses,          // both roles
        MachineAllInterfaces,      // who serves
        MachineClassmateConnected, // who serves
        MachinePortCheck,          // who connects
        MachineConnectToClassmate, // who connects
        MachineCaptured,           // both roles
        FileServerStart,
        FileDownloaded,
        FileNameRefused,
        StepCount
    };
    enum Role {
        DoneRole = Qt::UserRole, // bool: the step (or every step of the exercise) is done
        StepRole,                // int: the Step of a step row, -1 on an exercise row
        ExerciseRole             // int: the Exercise the row belongs to
    };

    // Simple server: a client that waited in the backlog is accepted as soon as the first one
    // leaves (milliseconds). An Accepted this long after the Closed is a client that came later.
    static constexpr qint64 kServedFromBacklogWindowMs = 2000;
    // "Connect three clients": simultaneous open connections on the multi-client server.
    static constexpr int kMultiClientTarget = 3;

    explicit GuidedExercises(QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QModelIndex indexOf(Step step) const;
    bool isDone(Step step) const { return m_done[step]; }
    bool isExerciseDone(Exercise exercise) const;
    // Steps done and steps to do, counting in exercise 4 only the role taken (the one further on).
    int doneCount() const;
    int totalCount() const;

    // What counts as this machine: the rest is a classmate's (exercise 4).
    void setThisMachine(const ThisMachine &machine) { m_machine = machine; }
    void applyBatch(LabMode mode, const LabEventBatch &batch);
    void applyPackets(LabMode mode, const CapturedPacketBatch &packets);
    void addressesShown();            // the "Another machine" page was shown
    void portChecked(bool anyOpen);   // a port check finished (open or not: the step is the check)
    void reset();                     // every step unticked, tracking forgotten
    void retranslate();

    static QString exerciseText(Exercise exercise);
    static QString stepText(Step step);
    static Exercise exerciseOf(Step step);

Q_SIGNALS:
    void progressChanged(int done, int total);

private:
    // The last event each page saw: a Sent right after a Received on the same connection (or
    // UDP peer) is the server's automatic reply, posted in the same turn as the Received.
    struct LastEvent
    {
        EventKind kind = EventKind::Note;
        int connectionId = -1;
        QByteArray payload;
    };

    void applyEvent(LabMode mode, const LabEvent &event);
    void applyMachineEvent(LabMode mode, const LabEvent &event);
    void applyFileEvent(const LabEvent &event);
    void tick(Step step);
    // Exercise 4: the steps of the role not taken (the one with fewer ticks) do not count.
    bool counts(Step step) const;
    static int firstStep(int exercise);
    static int stepCountOf(int exercise);

    ThisMachine m_machine;
    std::array<bool, StepCount> m_done {};
    std::array<LastEvent, kLabModeCount> m_last {}; // indexed by LabMode
    QDateTime m_simpleLastClosedAt;     // simple server: when its last client left
    int m_simpleLastClosedId = -1;
    QSet<int> m_multiOpen;              // multi-client server: open connections
    QByteArray m_sendToAllPayload;      // multi-client server: the user's send being followed
    QSet<int> m_sendToAllIds;           // ... and the connections it reached so far
};
