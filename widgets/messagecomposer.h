#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;

// The input box: type a message and send it to the selected connection(s) or to all.
class MessageComposer : public QWidget
{
    Q_OBJECT
public:
    explicit MessageComposer(QWidget *parent = nullptr);

    // How many connections are open and how many are selected: decides what Send can do.
    void setConnectionCounts(int open, int selected);
    QLineEdit *input() const { return m_input; }

Q_SIGNALS:
    // toAll: every open connection; otherwise the selected ones.
    void sendRequested(const QByteArray &data, bool toAll);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateSendButton();
    void send();

    QLineEdit *m_input;
    QComboBox *m_target;
    QCheckBox *m_newline;
    QPushButton *m_sendButton;
    int m_open = 0;
    int m_selected = 0;
};
