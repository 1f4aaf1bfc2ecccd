#include "model/wholelabreport.h"

#include "model/connectiontablemodel.h"
#include "model/conversationmodel.h"
#include "model/labreport.h"
#include "model/messagelogmodel.h"
#include "model/packetlistmodel.h"
#include "model/peertablemodel.h"
#include "model/primitivetimelinemodel.h"
#include "model/reportpdf.h"
#include "model/socketstatemodel.h"
#include "model/timeformat.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace {

using Exercise = GuidedExercises::Exercise;

const char *const kQuestions[GuidedExercises::ExerciseCount][4] = {
    { QT_TRANSLATE_NOOP("WholeLabReport", "Which Berkeley primitives did the server and the client call, and in what order?"),
      QT_TRANSLATE_NOOP("WholeLabReport", "Which socket states did the kernel show (LISTEN, ESTABLISHED, TIME-WAIT...) and when?"),
      QT_TRANSLATE_NOOP("WholeLabReport", "Where are SYN, SYN-ACK, ACK, PSH and FIN in the capture (Wireshark filter tcp.port == 65432)?"),
      QT_TRANSLATE_NOOP("WholeLabReport", "What does TCP do here that UDP does not?") },
    { QT_TRANSLATE_NOOP("WholeLabReport", "Why is there no connection and no handshake before the first datagram?"),
      QT_TRANSLATE_NOOP("WholeLabReport", "What does each datagram carry, and what happens when nobody listens on the port?"),
      QT_TRANSLATE_NOOP("WholeLabReport", "What did the burst show about datagrams lost or out of order?"),
      nullptr },
    { QT_TRANSLATE_NOOP("WholeLabReport", "Why does the port seem to \"change\"? Explain with the 4-tuple."),
      QT_TRANSLATE_NOOP("WholeLabReport", "Which port does the server use for every connection, and which ports do the clients use?"),
      QT_TRANSLATE_NOOP("WholeLabReport", "How does the server tell its clients apart?"),
      nullptr },
    { QT_TRANSLATE_NOOP("WholeLabReport", "Which addresses does this machine have, and which one did your classmate use?"),
      QT_TRANSLATE_NOOP("WholeLabReport", "Was the port open? How did you check it?"),
      QT_TRANSLATE_NOOP("WholeLabReport", "What did the capture filtered by the port show on each machine?"),
      nullptr },
    { QT_TRANSLATE_NOOP("WholeLabReport", "How many recv() calls delivered the file, and why do their sizes differ from the server's 4096-byte blocks?"),
      QT_TRANSLATE_NOOP("WholeLabReport", "How does the client know that the file has ended?"),
      QT_TRANSLATE_NOOP("WholeLabReport", "Do the SHA-256 sums on both sides match, and what does that show?"),
      nullptr },
};

QString esc(const QString &text)
{
    return LabReport::escapeInline(text);
}

QString heading(int level, const QString &text)
{
    return QLatin1Char('\n') + QString(level, QLatin1Char('#')) + QLatin1Char(' ') + esc(text) + QLatin1String("\n\n");
}

// Asterisks, not underscores: QTextDocument's GitHub dialect underlines _text_.
QString italicLine(const QString &text)
{
    return QLatin1Char('*') + esc(text) + QLatin1String("*\n\n");
}

QString timeText(const QDateTime &when)
{
    return QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat) + QLatin1Char(' ') + clockText(when);
}

QString pageTitleOf(const WholeLabReportInput &input, LabMode mode)
{
    return input.pageTitle ? input.pageTitle(mode) : modeName(mode);
}

QString leftOutNote(qint64 count)
{
    return count > 0 ? italicLine(WholeLabReport::tr("%n event(s) in the middle of the session were left out "
                                                     "(the journal keeps the first and the last).", nullptr, int(count)))
                     : QString();
}

// The servers and clients used: what the page listened on or connected to.
QString pagesUsedTable(const WholeLabReportInput &input, const LabJournal::ExerciseRecord &record)
{
    QString md = LabReport::tableRow({ WholeLabReport::tr("Page"), WholeLabReport::tr("Role"), WholeLabReport::tr("Address"),
                                       WholeLabReport::tr("Port"), WholeLabReport::tr("Since") })
        + LabReport::separatorRow(5);
    for (const LabJournal::PageRecord &page : record.pages) {
        const bool client = isClientMode(page.mode);
        Endpoint endpoint;
        QDateTime since;
        for (const LabEvent &event : page.events.head()) {
            const bool defines = client ? (event.kind == EventKind::Connecting || event.kind == EventKind::Bound)
                                        : event.kind == EventKind::Listening;
            if (!since.isValid())
                since = event.when;
            if (defines) {
                endpoint = client ? event.remote : event.local;
                break;
            }
        }
        md += LabReport::tableRow({ pageTitleOf(input, page.mode),
                                    client ? WholeLabReport::tr("client (connects to)") : WholeLabReport::tr("server (listens on)"),
                                    endpoint.isNull() ? QString() : endpoint.addressText(),
                                    endpoint.port ? QString::number(endpoint.port) : QString(), timeText(since) });
    }
    return md;
}

// One page's evidence, its events replayed into the models the page itself shows.
QString pageSection(const WholeLabReportInput &input, const LabJournal::PageRecord &page)
{
    const LabEventBatch events = page.events.items();
    QString md = heading(3, pageTitleOf(input, page.mode)) + leftOutNote(page.events.dropped());
    const bool udp = page.mode == LabMode::UdpServer || page.mode == LabMode::UdpClient;
    if (udp) {
        PeerTableModel peers;
        peers.applyBatch(events);
        md += heading(4, WholeLabReport::tr("Peers")) + LabReport::modelTable(&peers, 0, WholeLabReport::kReportConnections);
    } else {
        ConnectionTableModel connections;
        connections.applyBatch(events);
        md += heading(4, WholeLabReport::tr("Connections")) + LabReport::modelTable(&connections, 0, WholeLabReport::kReportConnections);
    }
    MessageLogModel log;
    log.applyBatch(events);
    const int first = qMax(0, log.rowCount() - WholeLabReport::kReportMessages);
    md += heading(4, WholeLabReport::tr("Message log"));
    if (first > 0)
        md += italicLine(WholeLabReport::tr("The last %n row(s) of %1.", nullptr, log.rowCount() - first)
                             .arg(QLocale().toString(log.rowCount())));
    md += LabReport::messagesTable(&log, first);
    PrimitiveTimelineModel calls;
    calls.applyBatch(events);
    if (calls.rowCount() > 0) {
        md += heading(4, WholeLabReport::tr("Socket calls"));
        if (calls.rowCount() > WholeLabReport::kReportCalls)
            md += italicLine(WholeLabReport::tr("The first %n call(s) of %1.", nullptr, WholeLabReport::kReportCalls)
                                 .arg(QLocale().toString(calls.rowCount())));
        md += LabReport::modelTable(&calls, 0, WholeLabReport::kReportCalls);
    }
    return md;
}

QString statesSection(const WholeLabReportInput &input, const LabJournal::ExerciseRecord &record)
{
    if (record.snapshots.isEmpty())
        return {};
    QString md = heading(3, WholeLabReport::tr("Socket states (kernel)"));
    if (record.droppedSnapshots > 0)
        md += italicLine(WholeLabReport::tr("%n reading(s) in between were left out.", nullptr, int(record.droppedSnapshots)));
    for (const LabJournal::Snapshot &snapshot : record.snapshots) {
        md += QLatin1String("**") + esc(WholeLabReport::tr("%1 — %2 (%3)")
                                            .arg(timeText(snapshot.when), snapshot.moment, pageTitleOf(input, snapshot.mode)))
            + QLatin1String("**\n\n");
        if (snapshot.sockets.isEmpty()) {
            md += italicLine(WholeLabReport::tr("No socket on the lab's port."));
            continue;
        }
        SocketStateModel states;
        states.applySnapshot(snapshot.sockets);
        md += LabReport::modelTable(&states) + QLatin1Char('\n');
    }
    return md;
}

// "Server port: 65432 · client ports: 50001, 50002, 50003" from the conversations.
QString portsSentence(const ConversationModel &conversations)
{
    QList<int> clientPorts;
    QList<int> serverPorts;
    for (int row = 0; row < conversations.rowCount(); ++row) {
        const int a = conversations.index(row, ConversationModel::PortAColumn).data(ConversationModel::RawValueRole).toInt();
        const int b = conversations.index(row, ConversationModel::PortBColumn).data(ConversationModel::RawValueRole).toInt();
        if (!clientPorts.contains(a))
            clientPorts << a;
        if (!serverPorts.contains(b))
            serverPorts << b;
    }
    const auto join = [](const QList<int> &ports) {
        QStringList texts;
        for (int port : ports)
            texts << QString::number(port);
        return texts.join(QLatin1String(", "));
    };
    return WholeLabReport::tr("%n conversation(s). Ports of the side that spoke first (the clients): %1. "
                              "Ports of the other side (the server): %2.", nullptr, conversations.rowCount())
        .arg(join(clientPorts), join(serverPorts));
}

QString packetsSection(const LabJournal::ExerciseRecord &record)
{
    QString md = heading(3, WholeLabReport::tr("Packets"));
    if (record.packets.isEmpty())
        return md + italicLine(WholeLabReport::tr("No packet was captured for this exercise: the capture was not on "
                                                  "while it ran."));
    const QList<CapturedPacket> kept = record.packets.items();
    PacketListModel firstPackets;
    firstPackets.appendPackets(kept.mid(0, WholeLabReport::kReportPackets));
    const qint64 total = kept.size() + record.packets.dropped();
    if (total > firstPackets.rowCount())
        md += italicLine(WholeLabReport::tr("The first %n packet(s) of %1: the handshake is at the start.", nullptr,
                                            firstPackets.rowCount())
                             .arg(QLocale().toString(total)));
    md += LabReport::packetBlock(&firstPackets, 0);
    PacketListModel all;
    all.appendPackets(kept);
    ConversationModel conversations;
    conversations.addPackets(&all, 0, all.rowCount() - 1);
    md += heading(3, WholeLabReport::tr("Conversations")) + italicLine(portsSentence(conversations))
        + LabReport::modelTable(&conversations);
    return md;
}

QString altText(const QString &caption)
{
    QString alt;
    for (const QChar c : caption)
        alt += c.isLetterOrNumber() || c == QLatin1Char(',') || c == QLatin1Char(':') ? c : QLatin1Char(' ');
    return alt.simplified();
}

QString imagesOf(const WholeLabReportInput &input, int exercise)
{
    QString md;
    for (const ReportImage &image : input.images) {
        if (image.exercise != exercise || image.image.isNull())
            continue;
        // The file name is ours (ASCII letters, digits, '-' and '.'); the caption goes under
        // the image as text, and the alternative text keeps only what needs no escaping
        // (QTextDocument's Markdown reader makes an image of each escaped piece of it).
        md += QLatin1String("![") + altText(image.caption) + QLatin1String("](") + image.fileName + QLatin1String(")\n\n")
            + italicLine(image.caption);
    }
    return md.isEmpty() ? md : heading(3, WholeLabReport::tr("Ladder diagram and screenshots")) + md;
}

QString questionsSection(Exercise exercise)
{
    QString md = heading(3, WholeLabReport::tr("Questions"));
    int number = 1;
    for (const QString &question : WholeLabReport::questions(exercise)) {
        md += heading(4, QStringLiteral("%1. %2").arg(number++).arg(question));
        md += QLatin1String("> **") + esc(WholeLabReport::tr("Answer:")) + QLatin1String("** *")
            + esc(WholeLabReport::tr("write your answer here, citing the evidence above.")) + QLatin1String("*\n");
    }
    return md;
}

QString exerciseSection(const WholeLabReportInput &input, Exercise exercise)
{
    const LabJournal::ExerciseRecord &record = input.journal->exercise(exercise);
    QString md = heading(2, GuidedExercises::exerciseText(exercise));
    if (!input.journal->isUsed(exercise))
        return md + italicLine(WholeLabReport::tr("Not done in this session: nothing was recorded for this exercise."))
            + questionsSection(exercise);
    md += italicLine(WholeLabReport::tr("Taken at export, %1. Activity from %2 to %3.")
                         .arg(timeText(input.when), timeText(record.firstActivity), timeText(record.lastActivity)));
    if (!record.pages.isEmpty())
        md += heading(3, WholeLabReport::tr("Servers and clients used")) + pagesUsedTable(input, record);
    for (const LabJournal::PageRecord &page : record.pages)
        md += pageSection(input, page);
    md += statesSection(input, record) + packetsSection(record) + imagesOf(input, exercise) + questionsSection(exercise);
    return md;
}

QString titleSection(const WholeLabReportInput &input)
{
    QString md = QLatin1String("# ") + esc(WholeLabReport::tr("Sockets lab report")) + QLatin1String("\n\n");
    md += QLatin1String("> **") + esc(WholeLabReport::tr("Student:")) + QLatin1String("** *")
        + esc(WholeLabReport::tr("your name")) + QLatin1String("*\n\n");
    md += QLatin1String("- **") + esc(WholeLabReport::tr("Exported:")) + QLatin1String("** ") + esc(timeText(input.when))
        + QLatin1Char('\n');
    md += QLatin1String("- **") + esc(WholeLabReport::tr("This machine's addresses:")) + QLatin1String("** ")
        + esc(input.addresses.join(QLatin1String(", "))) + QLatin1String("\n");
    md += heading(2, WholeLabReport::tr("Summary"))
        + LabReport::tableRow({ WholeLabReport::tr("Exercise"), WholeLabReport::tr("Done in this session") })
        + LabReport::separatorRow(2);
    for (int exercise = 0; exercise < GuidedExercises::ExerciseCount; ++exercise)
        md += LabReport::tableRow({ GuidedExercises::exerciseText(Exercise(exercise)),
                                    input.journal->isUsed(Exercise(exercise)) ? WholeLabReport::tr("yes")
                                                                             : WholeLabReport::tr("no") });
    return md;
}

} // namespace

QStringList WholeLabReport::questions(GuidedExercises::Exercise exercise)
{
    QStringList texts;
    for (const char *question : kQuestions[exercise]) {
        if (question)
            texts << QCoreApplication::translate("WholeLabReport", question);
    }
    return texts;
}

QString WholeLabReport::imageFileName(int exercise, const QString &what)
{
    return QStringLiteral("images/ex%1-%2.png").arg(exercise + 1).arg(what);
}

QString WholeLabReport::markdown(const WholeLabReportInput &input)
{
    Q_ASSERT(input.journal);
    QString md = titleSection(input);
    for (int exercise = 0; exercise < GuidedExercises::ExerciseCount; ++exercise)
        md += exerciseSection(input, Exercise(exercise));
    while (md.endsWith(QLatin1String("\n\n")))
        md.chop(1);
    return md;
}

bool WholeLabReport::write(const QString &dir, const WholeLabReportInput &input, bool withPdf, QString *error,
                           QString *markdownPath)
{
    const QDir base(dir);
    const QString readme = base.filePath(QStringLiteral("README.md"));
    // Nothing of an earlier report is written over: not its text, its PDF or its pictures.
    QStringList targets { readme };
    if (withPdf)
        targets << base.filePath(QStringLiteral("report.pdf"));
    for (const ReportImage &image : input.images)
        targets << base.filePath(image.fileName);
    for (const QString &target : std::as_const(targets)) {
        if (QFileInfo::exists(target)) {
            *error = LabReport::tr("%1 already exists.").arg(QDir::toNativeSeparators(target));
            return false;
        }
    }
    if (!base.mkpath(QStringLiteral(".")) || (!input.images.isEmpty() && !base.mkpath(QStringLiteral("images")))) {
        *error = LabReport::tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(dir));
        return false;
    }
    for (const ReportImage &image : input.images) {
        if (!image.image.isNull() && !LabReport::writePng(base.filePath(image.fileName), image.image, error))
            return false;
    }
    const QString text = markdown(input);
    if (!LabReport::writeText(readme, text, error))
        return false;
    if (withPdf && !ReportPdf::write(text, dir, base.filePath(QStringLiteral("report.pdf")), error))
        return false;
    if (markdownPath)
        *markdownPath = readme;
    return true;
}
