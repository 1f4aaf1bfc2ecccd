#include "model/labjournal.h"

#include "model/packetlistmodel.h"
#include "network/capture/packetdecoder.h"

#include <QHashFunctions>

namespace {

// Hashes of the last packets recorded: a loopback packet seen by a server page and by a client
// page is one packet.
constexpr int kRecentPacketHashes = 1024;

bool isServerMode(LabMode mode)
{
    return !isClientMode(mode);
}

bool hasRemote(const LabEvent &event)
{
    return !event.remote.address.isNull() && event.remote.port != 0;
}

} // namespace

LabJournal::LabJournal(QObject *parent)
    : QObject(parent)
{
}

LabJournal::Exercise LabJournal::baseExercise(LabMode mode, quint16 port) const
{
    switch (mode) {
    case LabMode::TcpSimple:
        return GuidedExercises::SimpleTcpExercise;
    case LabMode::TcpMulti:
        return GuidedExercises::MultiTcpExercise;
    case LabMode::UdpServer:
    case LabMode::UdpClient:
        return GuidedExercises::UdpServerExercise;
    case LabMode::FileServer:
    case LabMode::FileClient:
        return GuidedExercises::FileTransferExercise;
    case LabMode::TcpClient:
        break;
    }
    // A TCP client belongs to the exercise of the server it reaches on this machine.
    const auto &multi = m_lastListening[size_t(LabMode::TcpMulti)];
    if (multi && port != 0 && multi->local.port == port)
        return GuidedExercises::MultiTcpExercise;
    return GuidedExercises::SimpleTcpExercise;
}

LabJournal::Exercise LabJournal::exerciseOf(LabMode mode, const LabEvent &event)
{
    const QPair<int, int> key(int(mode), event.connectionId);
    const bool opening = event.kind == EventKind::Accepted || event.kind == EventKind::Connecting
        || event.kind == EventKind::Bound;
    if (event.connectionId != 0 && !opening) {
        const auto known = m_connectionExercise.constFind(key);
        if (known != m_connectionExercise.constEnd())
            return *known;
    }
    if (event.kind == EventKind::Listening) {
        m_lastListening[size_t(mode)] = event;
        m_pagePort[size_t(mode)] = event.local.port;
        m_pageExercise[size_t(mode)] = baseExercise(mode, event.local.port);
        return *m_pageExercise[size_t(mode)];
    }
    if (hasRemote(event)) {
        const quint16 port = isClientMode(mode) ? event.remote.port : event.local.port;
        const Exercise exercise = m_machine.isAnotherMachine(event.remote.address)
            ? GuidedExercises::AnotherMachineExercise
            : baseExercise(mode, port);
        if (event.connectionId != 0)
            m_connectionExercise.insert(key, exercise);
        if (isClientMode(mode)) {
            m_pageExercise[size_t(mode)] = exercise;
            m_pagePort[size_t(mode)] = port;
        }
        return exercise;
    }
    return m_pageExercise[size_t(mode)].value_or(baseExercise(mode, m_pagePort[size_t(mode)]));
}

void LabJournal::append(Exercise exercise, LabMode mode, const LabEvent &event)
{
    ExerciseRecord &record = m_exercises[size_t(exercise)];
    auto page = std::find_if(record.pages.begin(), record.pages.end(),
                             [mode](const PageRecord &p) { return p.mode == mode; });
    if (page == record.pages.end()) {
        PageRecord added;
        added.mode = mode;
        record.pages.append(added);
        page = record.pages.end() - 1;
        // A server that a classmate reached: its section starts where it started listening.
        const auto &listening = m_lastListening[size_t(mode)];
        if (exercise == GuidedExercises::AnotherMachineExercise && listening && event.kind != EventKind::Listening)
            page->events.append(*listening);
    }
    page->events.append(event);
    if (!record.firstActivity.isValid())
        record.firstActivity = event.when;
    record.lastActivity = event.when;
}

QString LabJournal::momentText(const LabEvent &event)
{
    switch (event.kind) {
    case EventKind::Accepted:
        return tr("Connection %1 accepted (from %2)").arg(event.connectionId).arg(event.remote.toString());
    case EventKind::Connected:
        return tr("Connection %1 established (local port %2)").arg(event.connectionId).arg(event.local.port);
    case EventKind::Closed:
        return tr("Connection %1 closed").arg(event.connectionId);
    default:
        return {};
    }
}

void LabJournal::applyBatch(LabMode mode, const LabEventBatch &batch)
{
    bool moment = false;
    for (const LabEvent &event : batch) {
        const Exercise exercise = exerciseOf(mode, event);
        append(exercise, mode, event);
        // The server's stop ends its part in exercise 4 too.
        if (event.kind == EventKind::Stopped && isServerMode(mode) && exercise != GuidedExercises::AnotherMachineExercise) {
            const auto &pages = m_exercises[GuidedExercises::AnotherMachineExercise].pages;
            if (std::any_of(pages.begin(), pages.end(), [mode](const PageRecord &p) { return p.mode == mode; }))
                append(GuidedExercises::AnotherMachineExercise, mode, event);
        }
        if (event.kind == EventKind::Stopped && isServerMode(mode))
            m_lastListening[size_t(mode)].reset();
        const QString text = event.transport == Transport::Tcp ? momentText(event) : QString();
        if (!text.isEmpty()) {
            m_pendingMoments[size_t(mode)].append({ exercise, text });
            moment = true;
        }
    }
    if (moment)
        Q_EMIT momentPassed(mode);
}

void LabJournal::applyPackets(LabMode mode, const CapturedPacketBatch &packets)
{
    for (const CapturedPacket &packet : packets) {
        const size_t hash = qHashMulti(0, packet.timestampUs, packet.data);
        if (m_recentPackets.contains(hash))
            continue;
        m_recentPackets.append(hash);
        if (m_recentPackets.size() > kRecentPacketHashes)
            m_recentPackets.removeFirst();
        const DecodedPacket decoded = decodePacket(packet, DecodeDepth::SummaryOnly);
        const bool another = m_machine.isAnotherMachine(decoded.source.address)
            || m_machine.isAnotherMachine(decoded.destination.address);
        const Exercise exercise = another
            ? GuidedExercises::AnotherMachineExercise
            : m_pageExercise[size_t(mode)].value_or(baseExercise(mode, m_pagePort[size_t(mode)]));
        m_exercises[size_t(exercise)].packets.append(packet);
    }
}

void LabJournal::keepSnapshot(Exercise exercise, Snapshot snapshot)
{
    ExerciseRecord &record = m_exercises[size_t(exercise)];
    if (record.snapshots.size() < kMaxSnapshots) {
        record.snapshots.append(std::move(snapshot));
        return;
    }
    // Full: the first readings stay, the newest replaces the one before it.
    record.snapshots.last() = std::move(snapshot);
    ++record.droppedSnapshots;
}

void LabJournal::applySocketSnapshot(LabMode mode, const QList<KernelSocket> &sockets)
{
    auto &pending = m_pendingMoments[size_t(mode)];
    if (pending.isEmpty())
        return;
    const QDateTime now = QDateTime::currentDateTime();
    for (int exercise = 0; exercise < GuidedExercises::ExerciseCount; ++exercise) {
        QStringList moments;
        for (const auto &moment : std::as_const(pending)) {
            if (moment.first == exercise)
                moments << moment.second;
        }
        if (!moments.isEmpty())
            keepSnapshot(Exercise(exercise), Snapshot { now, mode, moments.join(QLatin1String("; ")), sockets, false });
    }
    pending.clear();
}

void LabJournal::recordExportSnapshot(LabMode mode, const QList<KernelSocket> &sockets, const QDateTime &when)
{
    for (auto &record : m_exercises) {
        if (std::none_of(record.pages.begin(), record.pages.end(), [mode](const PageRecord &p) { return p.mode == mode; }))
            continue;
        // One reading at export per page: an earlier export's goes.
        record.snapshots.erase(std::remove_if(record.snapshots.begin(), record.snapshots.end(),
                                              [mode](const Snapshot &s) { return s.atExport && s.mode == mode; }),
                               record.snapshots.end());
        record.snapshots.append(Snapshot { when, mode, tr("At export"), sockets, true });
    }
}

bool LabJournal::isUsed(Exercise exercise) const
{
    const ExerciseRecord &record = m_exercises[size_t(exercise)];
    return !record.pages.isEmpty() || !record.packets.isEmpty();
}

QList<QPair<LabMode, quint16>> LabJournal::pagesUsed() const
{
    QList<QPair<LabMode, quint16>> used;
    for (const ExerciseRecord &record : m_exercises) {
        for (const PageRecord &page : record.pages) {
            const QPair<LabMode, quint16> entry(page.mode, m_pagePort[size_t(page.mode)]);
            // Port 0 (a server that never listened) would read every socket of the machine.
            if (entry.second != 0 && !used.contains(entry))
                used.append(entry);
        }
    }
    return used;
}

Ladder LabJournal::ladderOf(Exercise exercise) const
{
    PacketListModel packets;
    packets.appendPackets(m_exercises[size_t(exercise)].packets.items());
    QString key;
    for (int row = 0; row < packets.rowCount() && key.isEmpty(); ++row) {
        const QModelIndex index = packets.index(row, 0);
        if (index.data(PacketListModel::KindRole).toInt() == PacketListModel::HandshakeKind)
            key = index.data(PacketListModel::ConversationRole).toString();
    }
    if (key.isEmpty() && packets.rowCount() > 0)
        key = packets.index(0, 0).data(PacketListModel::ConversationRole).toString();
    return Ladder::forConversation(packets, key);
}

void LabJournal::clear()
{
    m_exercises = {};
    m_connectionExercise.clear();
    m_pageExercise = {};
    m_pagePort = {};
    m_lastListening = {};
    m_pendingMoments = {};
    m_recentPackets.clear();
}
