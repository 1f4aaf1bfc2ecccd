#pragma once

#include "network/portchecker.h"

#include <QWidget>

class QAbstractItemModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

// "Is the port open?": host, ports (one, a list or a range), TCP or UDP, Check / Cancel,
// progress, and the results table. Validates what the user typed and says what is wrong.
class PortCheckPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PortCheckPanel(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model);
    void setRunning(bool running);
    void setProgress(int done, int total);
    // A line under the controls: what is checked, the totals at the end, or what went wrong.
    void showStatus(const QString &text, bool isError = false);
    std::optional<PortCheckRequest> validatedRequest();

    QLineEdit *hostEdit() const { return m_hostEdit; }
    QLineEdit *portsEdit() const { return m_portsEdit; }
    QComboBox *protocolBox() const { return m_protocolBox; }
    QPushButton *checkButton() const { return m_checkButton; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    void checkRequested(const PortCheckRequest &request);
    void cancelRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void toggle();

    bool m_running = false;
    QLabel *m_title;
    QLabel *m_explanation;
    QLabel *m_hostLabel;
    QLineEdit *m_hostEdit;
    QLabel *m_portsLabel;
    QLineEdit *m_portsEdit;
    QComboBox *m_protocolBox;
    QPushButton *m_checkButton;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_udpNote;
    QTableView *m_view;
};
