#include "model/guidedexercises.h"

#include "network/capture/packetdecoder.h"

#include <QCoreApplication>
#include <algorithm>
#include <QHostAddress>

namespace {

// Top-level rows carry internalId 0; a step row carries its exercise + 1.
constexpr quintptr kExerciseRowId = 0;

const char *const kExerciseTexts[GuidedExercises::ExerciseCount] = {
    QT_TRANSLATE_NOOP("GuidedExercises", "1. Simple TCP server"),
    QT_TRANSLATE_NOOP("GuidedExercises", "2. Simple UDP server"),
    QT_TRANSLATE_NOOP("GuidedExercises", "3. Multi-client TCP server"),
    QT_TRANSLATE_NOOP("GuidedExercises", "4. A classmate's machine"),
    QT_TRANSLATE_NOOP("GuidedExercises", "5. File transfer"),
};

const char *const kStepTexts[GuidedExercises::StepCount] = {
    QT_TRANSLATE_NOOP("GuidedExercises", "Start the simple TCP server"),
    QT_TRANSLATE_NOOP("GuidedExercises", "Connect a client"),
    QT_TRANSLATE_NOOP("GuidedExercises", "Send a message and get the echo"),
    QT_TRANSLATE_NOOP("GuidedExercises", "A second client waits and is served when the first leaves"),
    QT_TRANSLATE_NOOP("GuidedExercises", "Start the UDP server"),
    QT_TRANSLATE_NOOP("GuidedExercises", "Send a datagram from a client"),
    QT_TRANSLATE_NOOP("GuidedExercises", "Get the reply (upper case)"),
    QT_TRANSLATE_NOOP("GuidedExercises", "Send a burst and see what was lost"),
    QT_TRANSLATE_NOOP("GuidedExercises", "Start the multi-client server"),
    QT_TRANSLATE_NOOP("GuidedExercises", "Connect three clients"),
    QT_TRANSLATE_NOOP("GuidedExercises", "Compare the ports: one server port, three client ports"),
    QT_TRANSLATE_NOOP("GuidedExercises", "Send to all clients"),
    QT_TRANSLATE_NOOP("GuidedExercises", "Both: see this machine's addresses (Network tools) and tell them to your classmate"),
    QT_TRANSLATE_NOOP("GuidedExercises", "Who serves: start a server on all interfaces (0.0.0.0)"),
    QT_TRANSLATE_NOOP("GuidedExercises", "Who serves: see the classmate's connection in the table (their address, their port)"),
    QT_TRANSLATE_NOOP("GuidedExercises", "Who connects: check the classmate's port (Network tools)"),
    QT_TRANSLATE_NOOP("GuidedExercises", "Who connects: connect to the classmate's server by its address"),
    QT_TRANSLATE_NOOP("GuidedExercises", "Both: see that connection in the capture (Packets)"),
    QT_TRANSLATE_NOOP("GuidedExercises", "Start the file server"),
    QT_TRANSLATE_NOOP("GuidedExercises", "Download a file and compare the SHA-256 on both sides"),
    QT_TRANSLATE_NOOP("GuidedExercises", "Ask for a name outside the folder (../) and see it refused"),
};

constexpr GuidedExercises::Step kServeSteps[] = { GuidedExercises::MachineAllInterfaces,
                                                  GuidedExercises::MachineClassmateConnected };
constexpr GuidedExercises::Step kConnectSteps[] = { GuidedExercises::MachinePortCheck,
                                                    GuidedExercises::MachineConnectToClassmate };

// The first step of each exercise, and one past the last.
constexpr int kFirstStep[GuidedExercises::ExerciseCount + 1] = {
    GuidedExercises::SimpleStart,
    GuidedExercises::UdpStart,
    GuidedExercises::MultiStart,
    GuidedExercises::MachineAddresses,
    GuidedExercises::FileServerStart,
    GuidedExercises::StepCount,
};

// A line-framed reply carries the newline the received line lost.
QByteArray withoutNewline(QByteArray bytes)
{
    while (bytes.endsWith('\n') || bytes.endsWith('\r'))
        bytes.chop(1);
    return bytes;
}

bool isAnyAddress(const QHostAddress &address)
{
    return address == QHostAddress::Any || address == QHostAddress::AnyIPv4 || address == QHostAddress::AnyIPv6;
}

} // namespace

GuidedExercises::GuidedExercises(QObject *parent)
    : QAbstractItemModel(parent)
{
}

int GuidedExercises::firstStep(int exercise)
{
    return kFirstStep[exercise];
}

int GuidedExercises::stepCountOf(int exercise)
{
    return kFirstStep[exercise + 1] - kFirstStep[exercise];
}

GuidedExercises::Exercise GuidedExercises::exerciseOf(Step step)
{
    int exercise = 0;
    while (step >= kFirstStep[exercise + 1])
        ++exercise;
    return Exercise(exercise);
}

QString GuidedExercises::exerciseText(Exercise exercise)
{
    return QCoreApplication::translate("GuidedExercises", kExerciseTexts[exercise]);
}

QString GuidedExercises::stepText(Step step)
{
    return QCoreApplication::translate("GuidedExercises", kStepTexts[step]);
}

QModelIndex GuidedExercises::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < ExerciseCount ? createIndex(row, 0, kExerciseRowId) : QModelIndex();
    if (parent.internalId() != kExerciseRowId || row >= stepCountOf(parent.row()))
        return {};
    return createIndex(row, 0, quintptr(parent.row() + 1));
}

QModelIndex GuidedExercises::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kExerciseRowId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kExerciseRowId);
}

int GuidedExercises::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return ExerciseCount;
    if (parent.column() != 0 || parent.internalId() != kExerciseRowId)
        return 0;
    return stepCountOf(parent.row());
}

int GuidedExercises::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant GuidedExercises::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kExerciseRowId) {
        const int first = firstStep(index.row());
        const int count = stepCountOf(index.row());
        int done = 0;
        for (int step = first; step < first + count; ++step)
            done += m_done[step] ? 1 : 0;
        Q_UNUSED(count)
        const bool exerciseDone = isExerciseDone(Exercise(index.row()));
        switch (role) {
        case Qt::DisplayRole:
            return exerciseText(Exercise(index.row()));
        case Qt::CheckStateRole:
            return exerciseDone ? Qt::Checked : done > 0 ? Qt::PartiallyChecked : Qt::Unchecked;
        case DoneRole:
            return exerciseDone;
        case StepRole:
            return -1;
        case ExerciseRole:
            return index.row();
        default:
            return {};
        }
    }
    const int exercise = int(index.internalId() - 1);
    const Step step = Step(firstStep(exercise) + index.row());
    switch (role) {
    case Qt::DisplayRole:
        return stepText(step);
    case Qt::CheckStateRole:
        return m_done[step] ? Qt::Checked : Qt::Unchecked;
    case DoneRole:
        return m_done[step];
    case StepRole:
        return int(step);
    case ExerciseRole:
        return exercise;
    default:
        return {};
    }
}

QVariant GuidedExercises::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section == 0 && role == Qt::DisplayRole)
        return tr("Guided exercises");
    return {};
}

Qt::ItemFlags GuidedExercises::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    // Ticked by what the student does, never by clicking the box.
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QModelIndex GuidedExercises::indexOf(Step step) const
{
    const Exercise exercise = exerciseOf(step);
    return createIndex(step - firstStep(exercise), 0, quintptr(exercise + 1));
}

bool GuidedExercises::isExerciseDone(Exercise exercise) const
{
    const auto allDone = [this](const auto &steps) {
        return std::all_of(std::begin(steps), std::end(steps), [this](Step step) { return m_done[step]; });
    };
    if (exercise == AnotherMachineExercise)
        return m_done[MachineAddresses] && m_done[MachineCaptured] && (allDone(kServeSteps) || allDone(kConnectSteps));
    for (int step = firstStep(exercise); step < firstStep(exercise + 1); ++step) {
        if (!m_done[step])
            return false;
    }
    return true;
}

bool GuidedExercises::counts(Step step) const
{
    const auto ticks = [this](const auto &steps) {
        return std::count_if(std::begin(steps), std::end(steps), [this](Step s) { return m_done[s]; });
    };
    const bool serves = ticks(kServeSteps) >= ticks(kConnectSteps);
    const auto &notTaken = serves ? kConnectSteps : kServeSteps;
    return std::find(std::begin(notTaken), std::end(notTaken), step) == std::end(notTaken);
}

int GuidedExercises::doneCount() const
{
    int done = 0;
    for (int step = 0; step < StepCount; ++step)
        done += m_done[step] && counts(Step(step)) ? 1 : 0;
    return done;
}

int GuidedExercises::totalCount() const
{
    int total = 0;
    for (int step = 0; step < StepCount; ++step)
        total += counts(Step(step)) ? 1 : 0;
    return total;
}

void GuidedExercises::tick(Step step)
{
    if (m_done[step])
        return;
    m_done[step] = true;
    const QModelIndex stepIndex = indexOf(step);
    const QList<int> roles { Qt::CheckStateRole, DoneRole };
    Q_EMIT dataChanged(stepIndex, stepIndex, roles);
    const QModelIndex exerciseIndex = stepIndex.parent();
    Q_EMIT dataChanged(exerciseIndex, exerciseIndex, roles);
    Q_EMIT progressChanged(doneCount(), totalCount());
}

void GuidedExercises::applyBatch(LabMode mode, const LabEventBatch &batch)
{
    for (const LabEvent &event : batch)
        applyEvent(mode, event);
}

void GuidedExercises::applyEvent(LabMode mode, const LabEvent &event)
{
    LastEvent &last = m_last[size_t(mode)];
    // The server's automatic reply: posted right after the Received it answers.
    const bool isReply = event.kind == EventKind::Sent && last.kind == EventKind::Received
        && last.connectionId == event.connectionId;
    const QByteArray answered = withoutNewline(last.payload);
    last = LastEvent { event.kind, event.connectionId, event.payload };

    applyMachineEvent(mode, event);

    switch (mode) {
    case LabMode::TcpSimple:
        switch (event.kind) {
        case EventKind::Listening:
            tick(SimpleStart);
            m_simpleLastClosedAt = {};
            break;
        case EventKind::Accepted:
            tick(SimpleConnect);
            // A client that waited in the backlog is accepted as the previous one leaves; one
            // that connects later, after a pause, did not wait and does not count.
            if (m_simpleLastClosedAt.isValid() && event.connectionId != m_simpleLastClosedId
                && m_simpleLastClosedAt.msecsTo(event.when) <= kServedFromBacklogWindowMs)
                tick(SimpleServedFromBacklog);
            break;
        case EventKind::Sent:
            // The echo: the reply carries what the client sent.
            if (isReply && withoutNewline(event.payload) == answered)
                tick(SimpleEcho);
            break;
        case EventKind::Closed:
            m_simpleLastClosedAt = event.when;
            m_simpleLastClosedId = event.connectionId;
            break;
        case EventKind::Stopped:
            m_simpleLastClosedAt = {};
            break;
        default:
            break;
        }
        break;

    case LabMode::UdpServer:
        switch (event.kind) {
        case EventKind::Listening:
            tick(UdpStart);
            break;
        case EventKind::Received:
            tick(UdpDatagram);
            break;
        case EventKind::Sent:
            // The reply in upper case (the UDP server's default reply mode).
            if (isReply && withoutNewline(event.payload) == answered.toUpper())
                tick(UdpUpperCaseReply);
            if (event.messageCount > 1)
                tick(UdpBurst);
            break;
        default:
            break;
        }
        break;

    case LabMode::UdpClient:
        // A burst: one Sent event for many datagrams.
        if (event.kind == EventKind::Sent && event.messageCount > 1)
            tick(UdpBurst);
        break;

    case LabMode::TcpMulti:
        switch (event.kind) {
        case EventKind::Listening:
        case EventKind::Stopped:
            m_multiOpen.clear();
            m_sendToAllIds.clear();
            if (event.kind == EventKind::Listening)
                tick(MultiStart);
            break;
        case EventKind::Accepted:
            m_multiOpen.insert(event.connectionId);
            // Three open at once: one server port, three client (ephemeral) ports in the table.
            if (m_multiOpen.size() >= kMultiClientTarget) {
                tick(MultiThreeClients);
                tick(MultiComparePorts);
            }
            break;
        case EventKind::Closed:
            m_multiOpen.remove(event.connectionId);
            break;
        case EventKind::Sent:
            if (isReply)
                break;
            // The user's send: one Sent per connection, with the same bytes, one after another.
            if (event.payload != m_sendToAllPayload || m_sendToAllIds.isEmpty()) {
                m_sendToAllPayload = event.payload;
                m_sendToAllIds.clear();
            }
            m_sendToAllIds.insert(event.connectionId);
            if (m_multiOpen.size() >= 2 && m_sendToAllIds.contains(m_multiOpen))
                tick(MultiSendToAll);
            return; // keep following this send
        default:
            break;
        }
        m_sendToAllIds.clear(); // anything else in between ends the send being followed
        break;

    case LabMode::TcpClient:
        break;

    case LabMode::FileServer:
    case LabMode::FileClient:
        applyFileEvent(event);
        break;
    }
}

void GuidedExercises::applyMachineEvent(LabMode mode, const LabEvent &event)
{
    // Who serves: any server bound to every interface (0.0.0.0, :: or dual-stack), and a
    // classmate's connection (or datagram) reaching it.
    if (event.kind == EventKind::Listening && isAnyAddress(event.local.address))
        tick(MachineAllInterfaces);
    const bool fromClassmate = m_machine.isAnotherMachine(event.remote.address);
    if (!fromClassmate)
        return;
    if (!isClientMode(mode) && (event.kind == EventKind::Accepted || event.kind == EventKind::Received))
        tick(MachineClassmateConnected);
    // Who connects: the handshake with the classmate's server completed, or its UDP reply came.
    if (isClientMode(mode) && (event.kind == EventKind::Connected || event.kind == EventKind::Received))
        tick(MachineConnectToClassmate);
}

void GuidedExercises::applyPackets(LabMode mode, const CapturedPacketBatch &packets)
{
    Q_UNUSED(mode) // either role's page: the capture is on both machines
    if (m_done[MachineCaptured])
        return;
    for (const CapturedPacket &packet : packets) {
        const DecodedPacket decoded = decodePacket(packet, DecodeDepth::SummaryOnly);
        if (m_machine.isAnotherMachine(decoded.source.address) || m_machine.isAnotherMachine(decoded.destination.address)) {
            tick(MachineCaptured);
            return;
        }
    }
}

void GuidedExercises::applyFileEvent(const LabEvent &event)
{
    if (event.kind == EventKind::Listening)
        tick(FileServerStart);
    if (event.kind != EventKind::Transfer || !event.transfer)
        return;
    if (event.transfer->phase == TransferFacts::Phase::Finished)
        tick(FileDownloaded);
    else if (event.transfer->phase == TransferFacts::Phase::Refused
             && event.transfer->refusal == RequestName::Refusal::ParentDirectory)
        tick(FileNameRefused);
}

void GuidedExercises::addressesShown()
{
    tick(MachineAddresses);
}

void GuidedExercises::portChecked(bool anyOpen)
{
    Q_UNUSED(anyOpen) // the step is doing the check; an open port is not required
    tick(MachinePortCheck);
}

void GuidedExercises::reset()
{
    const bool hadTicks = doneCount() > 0;
    m_done.fill(false);
    m_last.fill(LastEvent {});
    m_simpleLastClosedAt = {};
    m_simpleLastClosedId = -1;
    m_multiOpen.clear();
    m_sendToAllPayload.clear();
    m_sendToAllIds.clear();
    if (!hadTicks)
        return;
    const QList<int> roles { Qt::CheckStateRole, DoneRole };
    for (int exercise = 0; exercise < ExerciseCount; ++exercise) {
        const QModelIndex exerciseIndex = index(exercise, 0);
        Q_EMIT dataChanged(exerciseIndex, exerciseIndex, roles);
        Q_EMIT dataChanged(index(0, 0, exerciseIndex), index(stepCountOf(exercise) - 1, 0, exerciseIndex), roles);
    }
    Q_EMIT progressChanged(0, totalCount());
}

void GuidedExercises::retranslate()
{
    const QList<int> roles { Qt::DisplayRole };
    for (int exercise = 0; exercise < ExerciseCount; ++exercise) {
        const QModelIndex exerciseIndex = index(exercise, 0);
        Q_EMIT dataChanged(exerciseIndex, exerciseIndex, roles);
        Q_EMIT dataChanged(index(0, 0, exerciseIndex), index(stepCountOf(exercise) - 1, 0, exerciseIndex), roles);
    }
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, 0);
}
