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
    // Who "all" and "selected" are: the words, and whether there is a choice at all.
    enum Audience {
        Clients,     // a server's connections
        Peers,       // a UDP server's peers
        Connections, // a client page's connections
        SingleTarget // a UDP client: one destination, no choice
    };

    // QLineEdit's own limit (32,767) would silently cut a pasted 64 KiB line; this one leaves
    // room for it several times over and is said in the Send button's tooltip when reached.
    static constexpr int kMaxMessageChars = 256 * 1024;

    explicit MessageComposer(QWidget *parent = nullptr);

    void setAudience(Audience audience);
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
    Audience m_audience = Clients;
    int m_open = 0;
    int m_selected = 0;
};
