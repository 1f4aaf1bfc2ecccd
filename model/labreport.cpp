#include "model/labreport.h"

#include <QDir>
#include <QImageWriter>
#include <QSaveFile>

namespace {

const QChar kNewlineMark(0x23ce); // ⏎

// Control characters left in text (outside what PayloadText already escaped) as "\xNN".
QString visibleControls(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const ushort u = c.unicode();
        if ((u < 0x20 && u != '\t' && u != '\n') || u == 0x7f || (u >= 0x80 && u < 0xa0))
            out += QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

QString oneLine(QString text)
{
    text.replace(QLatin1String("\r\n"), QString(kNewlineMark));
    text.replace(QLatin1Char('\n'), kNewlineMark);
    text.replace(QLatin1Char('\r'), kNewlineMark);
    return text;
}

} // namespace

QString LabReport::tableRow(const QStringList &cells)
{
    QStringList escaped;
    for (const QString &cell : cells)
        escaped << LabReport::escapeCell(cell);
    return QLatin1String("| ") + escaped.join(QLatin1String(" | ")) + QLatin1String(" |\n");
}

QString LabReport::separatorRow(int columns)
{
    QStringList cells;
    for (int i = 0; i < columns; ++i)
        cells << QStringLiteral("---");
    return QLatin1String("| ") + cells.join(QLatin1String(" | ")) + QLatin1String(" |\n");
}

QString LabReport::modelTable(const QAbstractItemModel *model, int firstRow, int maxRows)
{
    const int columns = model->columnCount();
    QStringList header;
    for (int column = 0; column < columns; ++column)
        header << model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    QString out = tableRow(header) + separatorRow(columns);
    const int end = maxRows < 0 ? model->rowCount() : qMin(model->rowCount(), qMax(0, firstRow) + maxRows);
    for (int row = qMax(0, firstRow); row < end; ++row) {
        QStringList cells;
        for (int column = 0; column < columns; ++column)
            cells << model->index(row, column).data(Qt::DisplayRole).toString();
        out += tableRow(cells);
    }
    return out;
}

QString LabReport::escapeInline(const QString &text)
{
    const QString line = visibleControls(oneLine(text));
    QString out;
    out.reserve(line.size() * 2);
    static const QString kPunctuation = QStringLiteral("\\`*_[]<>#|!$~&{}()");
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        bool escape = kPunctuation.contains(c);
        // Autolinks: "http://x" (the ':' of "://"), "www.x" (its '.') and "a@b.c" (the '@').
        if (c == QLatin1Char(':') && line.mid(i + 1, 2) == QLatin1String("//"))
            escape = true;
        if (c == QLatin1Char('.') && i >= 3 && line.mid(i - 3, 3).compare(QLatin1String("www"), Qt::CaseInsensitive) == 0)
            escape = true;
        if (c == QLatin1Char('@'))
            escape = true;
        // Block markers at the start: "- x", "+ x", "1. x", "1) x", "=".
        if (i == 0 && (c == QLatin1Char('-') || c == QLatin1Char('+') || c == QLatin1Char('=')))
            escape = true;
        const bool markerEnd = i + 1 == line.size() || line.at(i + 1) == QLatin1Char(' ') || line.at(i + 1) == QLatin1Char('\t');
        if ((c == QLatin1Char('.') || c == QLatin1Char(')')) && i > 0 && markerEnd) {
            qsizetype digits = 0;
            while (digits < i && line.at(digits).isDigit())
                ++digits;
            if (digits == i)
                escape = true;
        }
        if (escape)
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QString LabReport::escapeCell(const QString &text)
{
    return escapeInline(text);
}

QString LabReport::codeBlock(const QString &text)
{
    QString body = text;
    body.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    body.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    int longest = 0;
    int run = 0;
    for (const QChar c : body) {
        run = c == QLatin1Char('`') ? run + 1 : 0;
        longest = qMax(longest, run);
    }
    const QString fence(qMax(3, longest + 1), QLatin1Char('`'));
    if (!body.isEmpty() && !body.endsWith(QLatin1Char('\n')))
        body += QLatin1Char('\n');
    return fence + QLatin1Char('\n') + body + fence + QLatin1Char('\n');
}

namespace {

QString directionText(int direction)
{
    switch (direction) {
    case MessageLogModel::ReceivedDirection:
        return QStringLiteral("←");
    case MessageLogModel::SentDirection:
        return QStringLiteral("→");
    default:
        return LabReport::tr("system");
    }
}

} // namespace

QString LabReport::messagesTable(const MessageLogModel *log, int firstRow)
{
    QString md = tableRow({ tr("Time"), tr("Direction"), tr("Peer"), tr("Text") }) + separatorRow(4);
    for (int row = qMax(0, firstRow); row < log->rowCount(); ++row) {
        const QModelIndex index = log->index(row, 0);
        // DisplayRole is PayloadText::display() (or hex) for messages: controls already visible.
        md += tableRow({ index.data(MessageLogModel::TimeTextRole).toString(),
                         directionText(index.data(MessageLogModel::DirectionRole).toInt()),
                         index.data(MessageLogModel::PeerRole).toString(),
                         visibleControls(index.data(Qt::DisplayRole).toString()) });
    }
    return md;
}

namespace {

// The packet list as aligned plain text, the way Wireshark prints it ("1 0.000 a → b TCP ...").
QString packetLines(const PacketListModel *packets, int first)
{
    QList<QStringList> lines;
    QStringList header;
    for (int column = 0; column < PacketListModel::ColumnCount; ++column)
        header << packets->headerData(column, Qt::Horizontal).toString();
    lines << header;
    for (int row = first; row < packets->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < PacketListModel::ColumnCount; ++column)
            cells << oneLine(visibleControls(packets->index(row, column).data(Qt::DisplayRole).toString()));
        lines << cells;
    }
    QList<int> widths(PacketListModel::ColumnCount, 0);
    for (const QStringList &cells : lines)
        for (int column = 0; column < PacketListModel::InfoColumn; ++column)
            widths[column] = qMax(widths[column], int(cells.at(column).size()));
    const auto right = [&widths](const QStringList &cells, int column) {
        return cells.at(column).rightJustified(widths[column]) + QLatin1Char(' ');
    };
    const auto left = [&widths](const QStringList &cells, int column) {
        return cells.at(column).leftJustified(widths[column]) + QLatin1Char(' ');
    };
    QString text;
    for (int i = 0; i < lines.size(); ++i) {
        const QStringList &cells = lines.at(i);
        const QString arrow = i == 0 ? QStringLiteral("  ") : QStringLiteral("→ ");
        QString line = right(cells, PacketListModel::NumberColumn) + right(cells, PacketListModel::TimeColumn)
            + left(cells, PacketListModel::SourceColumn) + arrow + left(cells, PacketListModel::DestinationColumn)
            + left(cells, PacketListModel::ProtocolColumn) + right(cells, PacketListModel::LengthColumn)
            + cells.at(PacketListModel::InfoColumn);
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        text += line + QLatin1Char('\n');
    }
    return text;
}

} // namespace

QString LabReport::packetBlock(const PacketListModel *packets, int firstRow)
{
    return codeBlock(packetLines(packets, qMax(0, firstRow)));
}

bool LabReport::writePng(const QString &path, const QImage &image, QString *error)
{
    QImageWriter writer(path, "png");
    if (writer.write(image))
        return true;
    if (error)
        *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), writer.errorString());
    return false;
}

bool LabReport::writeText(const QString &path, const QString &text, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(text.toUtf8());
        if (file.commit())
            return true;
    }
    if (error)
        *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return false;
}
