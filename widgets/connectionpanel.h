#pragma once

#include <QList>
#include <QWidget>

class ConnectionTableView;
class QAbstractItemModel;
class QLabel;
class QPushButton;

// The connection table with the lesson above it and the per-connection actions below:
// Disconnect (graceful, FIN), Abort (RST) and Clear (forget closed rows).
class ConnectionPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionPanel(QWidget *parent = nullptr);

    // model: rows with ids in idRole; highlightedColumn: the column students should look at;
    // liveRole (if >= 0): true for rows the actions apply to (open or connecting), so Disconnect
    // and Abort are enabled only with such a row selected.
    void setModel(QAbstractItemModel *model, int idRole, int highlightedColumn, int liveRole = -1);
    void setExplanation(const QString &text);
    // UDP peers: no connection to close (Disconnect and Abort hidden); Clear empties the table.
    void setPeerMode(bool peers);
    ConnectionTableView *table() const { return m_table; }

Q_SIGNALS:
    void selectedConnectionsChanged(const QList<int> &connectionIds);
    void disconnectRequested(const QList<int> &connectionIds);
    void abortRequested(const QList<int> &connectionIds);
    void clearClosedRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();

    QLabel *m_explanation;
    ConnectionTableView *m_table;
    QPushButton *m_disconnectButton;
    QPushButton *m_abortButton;
    QPushButton *m_clearButton;
    bool m_peerMode = false;
    int m_liveRole = -1;
};
