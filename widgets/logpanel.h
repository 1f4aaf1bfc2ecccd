#pragma once

#include <QList>
#include <QWidget>

class ConnectionFilterProxyModel;
class MessageLogModel;
class MessageLogView;
class QCheckBox;
class QLabel;
class QPushButton;

// The chat log with its controls: text/hex, only the selected connection(s), copy, clear,
// and the note that appears when the log's cap dropped older messages.
class LogPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LogPanel(QWidget *parent = nullptr);

    void setModel(MessageLogModel *model);
    // The connections selected in the table (used when "only selected" is on).
    void setSelectedConnections(const QList<int> &connectionIds);
    MessageLogView *view() const { return m_view; }
    // The rows shown, as text (selected ones, or all when none is selected).
    QString textForCopy() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateFilter();
    void updateDroppedNote();
    void copyToClipboard();

    MessageLogModel *m_model = nullptr;
    ConnectionFilterProxyModel *m_proxy;
    MessageLogView *m_view;
    QCheckBox *m_hexBox;
    QCheckBox *m_onlySelectedBox;
    QPushButton *m_copyButton;
    QPushButton *m_clearButton;
    QLabel *m_droppedNote;
    QList<int> m_selected;
};
