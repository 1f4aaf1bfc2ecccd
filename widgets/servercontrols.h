#pragma once

#include "network/localaddresses.h"
#include "network/tcpserversession.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

// The settings of a TCP server and its Start/Stop button. Validates what the user typed and
// says what is wrong next to the control, in the user's language.
class ServerControls : public QWidget
{
    Q_OBJECT
public:
    explicit ServerControls(TcpServerKind kind, QWidget *parent = nullptr);

    void setBindChoices(const QList<LocalAddress> &addresses);
    // Fills the controls (for saved settings and the command line).
    void setConfig(const TcpServerConfig &config);
    // What the controls say now; nullopt (and an inline message) when something is invalid.
    std::optional<TcpServerConfig> validatedConfig();
    TcpServerConfig lastConfig() const { return m_config; }

    void setRunning(bool running);
    bool isRunning() const { return m_running; }
    void showError(const QString &message);
    void clearError();
    // The message shown next to the controls; empty when there is none.
    QString errorText() const;

    QPushButton *startButton() const { return m_startButton; }
    QLineEdit *portEdit() const { return m_portEdit; }
    QComboBox *addressBox() const { return m_addressBox; }

Q_SIGNALS:
    void startRequested(const TcpServerConfig &config);
    void stopRequested();
    void replyModeChanged(ReplyMode mode);
    void framingModeChanged(FramingMode framing);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void toggleRunning();
    std::optional<QHostAddress> chosenAddress() const;

    TcpServerKind m_kind;
    TcpServerConfig m_config;
    bool m_running = false;
    QLabel *m_addressLabel;
    QComboBox *m_addressBox;
    QLabel *m_portLabel;
    QLineEdit *m_portEdit;
    QLabel *m_replyLabel;
    QComboBox *m_replyBox;
    QLabel *m_framingLabel;
    QComboBox *m_framingBox;
    QPushButton *m_startButton;
    QLabel *m_errorLabel;
};
