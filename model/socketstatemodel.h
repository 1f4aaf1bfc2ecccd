#pragma once

#include "model/flattablemodel.h"
#include "network/kernelsockettable.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <iterator>

// The kernel's sockets on the lab's port, one row each, as `ss -tanp` lists them, fed by
// snapshots from SocketStatePoller. Rows keep their place across snapshots (a socket is
// followed by its key), so a student watches one connection go ESTABLISHED -> FIN-WAIT-1 ->
// TIME-WAIT; a row that appeared or changed state is highlighted for kHighlightMs.
class SocketStateModel : public FlatTableModel
{
    Q_OBJECT
public:
    static constexpr int kHighlightMs = 1500;

    enum Column {
        ProtocolColumn,
        LocalAddressColumn,
        LocalPortColumn,
        RemoteAddressColumn,
        RemotePortColumn,
        StateColumn,
        ReceiveQueueColumn,
        SendQueueColumn,
        ProcessColumn,
        ColumnCount
    };
    // The header's titles, in the order of Column.
    static constexpr ColumnTitle kColumnTitles[] = {
        QT_TRANSLATE_NOOP3("SocketStateModel", "Protocol", ""),
        QT_TRANSLATE_NOOP3("SocketStateModel", "Local address", ""),
        QT_TRANSLATE_NOOP3("SocketStateModel", "Local port", ""),
        QT_TRANSLATE_NOOP3("SocketStateModel", "Remote address", ""),
        QT_TRANSLATE_NOOP3("SocketStateModel", "Remote port", ""),
        QT_TRANSLATE_NOOP3("SocketStateModel", "State", ""),
        QT_TRANSLATE_NOOP3("SocketStateModel", "Recv-Q", "ss column: receive queue"),
        QT_TRANSLATE_NOOP3("SocketStateModel", "Send-Q", "ss column: send queue"),
        QT_TRANSLATE_NOOP3("SocketStateModel", "Process", ""),
    };
    static_assert(std::size(kColumnTitles) == ColumnCount, "one title per column");

    enum Role {
        RawValueRole = Qt::UserRole, // numbers as numbers, for sorting and tests
        StateRole,                   // the ss state name ("TIME-WAIT"), untranslated
        ChangedAtRole,               // QDateTime: the row appeared or its state changed
        WaitingInBacklogRole,        // bool: completed by the kernel, not accepted yet
        IsListeningRole              // bool: a LISTEN socket
    };

    explicit SocketStateModel(QObject *parent = nullptr);

    // Makes the table match one reading: vanished rows are removed, changed ones updated,
    // new ones appended. Never resets.
    void applySnapshot(const QList<KernelSocket> &sockets);
    void clear();

    KernelSocket socketAt(int row) const { return m_rows.at(row).socket; }

protected:
    // The clock behind ChangedAtRole and the highlight; tests override it.
    virtual QDateTime currentTime() const;

private:
    qsizetype rowTotal() const override;
    QVariant cellData(int rowIndex, int column, int role) const override;
    QString columnToolTip(int column) const override;
    struct Row
    {
        QString key;
        KernelSocket socket;
        QDateTime changedAt;
    };

    QVariant rawValue(const Row &row, int column) const;
    QString stateText(const Row &row) const;
    QString stateExplanation(const KernelSocket &socket) const;
    bool isHighlighted(const Row &row, const QDateTime &now) const;
    void rebuildIndex();

    QList<Row> m_rows;
    QHash<QString, int> m_rowByKey;
    QDateTime m_lastSnapshotAt; // to tell which highlights faded since the previous snapshot
};
