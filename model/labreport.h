#pragma once

#include "model/messagelogmodel.h"
#include "model/packetlistmodel.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QImage>
#include <QString>
#include <QStringList>

// The Markdown building blocks of the lab report (WholeLabReport): escaping, code blocks,
// tables from models, the message log and the packet list, and writing the files. Peer data is
// text, never markup: everything taken from a model or from the user goes through
// escapeCell()/escapeInline() or a codeBlock().
class LabReport
{
    Q_DECLARE_TR_FUNCTIONS(LabReport)
public:
    // Text as literal Markdown: newlines (\r\n, \n, \r) become a visible "⏎", Markdown's
    // punctuation is backslash-escaped, and URLs, "www." and e-mail addresses are broken up so
    // that no link, image, HTML, heading or table cell can come out of it.
    static QString escapeCell(const QString &text);
    static QString escapeInline(const QString &text);
    // A fenced code block whose fence is longer than any run of backticks inside.
    static QString codeBlock(const QString &text);

    // A PNG, and a text file saved whole or not at all; false with *error saying why.
    static bool writePng(const QString &path, const QImage &image, QString *error);
    static bool writeText(const QString &path, const QString &text, QString *error);
    // One GFM table row, every cell escaped; the row under the header.
    static QString tableRow(const QStringList &cells);
    static QString separatorRow(int columns);
    // A model as a table (header from headerData), its rows from firstRow on (at most maxRows
    // of them, or all when maxRows < 0).
    static QString modelTable(const QAbstractItemModel *model, int firstRow = 0, int maxRows = -1);
    // The log's rows from firstRow on: time, direction, peer, text.
    static QString messagesTable(const MessageLogModel *log, int firstRow);
    // The packet list from firstRow on, aligned as Wireshark prints it, in a code block.
    static QString packetBlock(const PacketListModel *packets, int firstRow);
};
