#pragma once

#include "model/messagelogmodel.h"
#include "model/packetlistmodel.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QDateTime>
#include <QImage>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// What goes into a lab report. Null models and empty lists leave their section out.
struct LabReportInput
{
    QString title;                             // "SocketLab — Servidor TCP multicliente"
    QDateTime when;
    QString mode;                              // the page's title, translated by the caller
    QList<QPair<QString, QString>> settings;   // ("Porta", "65432"), ("Resposta", "Maiúsculas")...
    QStringList addresses;                     // this machine's addresses
    const QAbstractItemModel *table = nullptr; // connections or peers: all columns, header from headerData
    QString tableTitle;                        // the table's heading; empty: "Connections"
    const MessageLogModel *log = nullptr;
    int lastMessages = 50;
    const PacketListModel *packets = nullptr;
    int lastPackets = 100;
    const QAbstractItemModel *socketStates = nullptr;
    QList<QPair<QString, QImage>> images;      // (caption, image): the window, the ladder diagram...
};

// The lab report as a GitHub README: Markdown that renders the same on GitHub and anywhere
// else, with the images beside it. Peer data is text, never markup: everything taken from a
// model or from the user goes through escapeCell()/escapeInline() or a codeBlock().
class LabReport
{
    Q_DECLARE_TR_FUNCTIONS(LabReport)
public:
    // Writes <dir>/README.md and its images (<dir>/images/NN-slug.png). Never overwrites:
    // returns false with *error set when README.md (or one of the images) already exists and
    // overwrite is false, or when something cannot be written.
    static bool write(const QString &dir, const LabReportInput &input, bool overwrite, QString *error,
                      QString *markdownPath = nullptr);
    // The README's text; imagePaths[i] (relative to the README) is where input.images[i] is.
    static QString markdown(const LabReportInput &input, const QStringList &imagePaths);
    // "images/01-janela.png" for the index-th image (0-based) and its caption.
    static QString imagePath(int index, const QString &caption);

    // Text as literal Markdown: newlines (\r\n, \n, \r) become a visible "⏎", Markdown's
    // punctuation is backslash-escaped, and URLs, "www." and e-mail addresses are broken up so
    // that no link, image, HTML, heading or table cell can come out of it.
    static QString escapeCell(const QString &text);
    static QString escapeInline(const QString &text);
    // A fenced code block whose fence is longer than any run of backticks inside.
    static QString codeBlock(const QString &text);

    // Building blocks, shared with the whole-lab report (WholeLabReport):
    // a PNG, and a text file saved whole or not at all; false with *error saying why.
    static bool writePng(const QString &path, const QImage &image, QString *error);
    static bool writeText(const QString &path, const QString &text, QString *error);
    // one GFM table row, every cell escaped; the row under the header.
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
