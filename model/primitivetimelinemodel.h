#pragma once

#include "model/flattablemodel.h"
#include "network/labevent.h"

#include <QList>

#include <iterator>

// The Berkeley socket calls behind what happened, in order, as the course's table names them:
// SOCKET, BIND, LISTEN, ACCEPT, CONNECT, SEND, RECEIVE, CLOSE (SENDTO/RECVFROM for UDP), with
// their arguments, their result and Qt's socket state after each. Derived from the sessions'
// events: every call SocketLab's sockets make shows up here, per connection (filter on
// ConnectionIdRole) or for the whole session (connection 0: the listening socket).
class PrimitiveTimelineModel : public FlatTableModel
{
    Q_OBJECT
public:
    static constexpr int kMaxRows = 100000;

    enum Call {
        SocketCall,
        BindCall,
        ListenCall,
        AcceptCall,
        ConnectCall,
        SendCall,
        ReceiveCall,
        SendToCall,
        ReceiveFromCall,
        CloseCall
    };
    Q_ENUM(Call)

    enum Column {
        TimeColumn,
        ConnectionColumn,
        CallColumn,
        ArgumentsColumn,
        ResultColumn,
        QtStateColumn,
        ColumnCount
    };
    // The header's titles, in the order of Column.
    static constexpr ColumnTitle kColumnTitles[] = {
        QT_TRANSLATE_NOOP3("PrimitiveTimelineModel", "Time", ""),
        QT_TRANSLATE_NOOP3("PrimitiveTimelineModel", "#", "connection number column"),
        QT_TRANSLATE_NOOP3("PrimitiveTimelineModel", "Call", ""),
        QT_TRANSLATE_NOOP3("PrimitiveTimelineModel", "Arguments", ""),
        QT_TRANSLATE_NOOP3("PrimitiveTimelineModel", "Result", ""),
        QT_TRANSLATE_NOOP3("PrimitiveTimelineModel", "Qt socket state", ""),
    };
    static_assert(std::size(kColumnTitles) == ColumnCount, "one title per column");

    enum Role {
        RawValueRole = Qt::UserRole,
        ConnectionIdRole,
        CallRole,
        FailedRole
    };

    explicit PrimitiveTimelineModel(QObject *parent = nullptr);

    void applyBatch(const LabEventBatch &batch);
    void clear();

    // "SOCKET", "BIND"...: the names of the course's table (not translated).
    static QString callName(Call call);
    // What the call does, one or two sentences for a tooltip (translated).
    static QString explanation(Call call);
    // The calls of one connection, in order, as "SOCKET,CONNECT,SEND,RECEIVE,CLOSE" (tests, reports).
    QString callSequence(int connectionId) const;

private:
    qsizetype rowTotal() const override;
    QVariant cellData(int rowIndex, int column, int role) const override;
    struct Row
    {
        QDateTime when;
        int connectionId = 0;
        Call call = SocketCall;
        Transport transport = Transport::Tcp;
        Endpoint endpoint;     // the argument: where bound, connected, accepted from
        qint64 bytes = -1;     // SEND/RECEIVE: how many; LISTEN: the backlog
        qint64 messages = 1;   // a burst's SEND carries many
        bool countsCalls = false; // a file transfer's row: `messages` counts its calls
        LabError error = LabError::None;
        CloseReason reason = CloseReason::ClosedByUs;
        QString qtState;       // QAbstractSocket's state after the call
    };
    friend class QTypeInfo<Row>; // declared below
    void derive(const LabEvent &event, QList<Row> &rows) const;
    QString arguments(const Row &row) const;
    QString result(const Row &row) const;
    QString udpClientNote(const Row &row) const;

    QList<Row> m_rows;
    bool m_serverListening = false; // an Error at connection 0 before this is bind() failing
};

Q_DECLARE_TYPEINFO(PrimitiveTimelineModel::Row, Q_RELOCATABLE_TYPE); // as LabEvent (labevent.h)
