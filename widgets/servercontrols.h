#pragma once

#include "network/labevent.h"
#include "network/localaddresses.h"
#include "network/sessionsettings.h"

#include <QHostAddress>
#include <QWidget>

#include <optional>

class ErrorLabel;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

// The settings of a server (TCP or UDP) and its Start/Stop button. Validates what the user
// typed and says what is wrong next to the control, in the user's language.
class ServerControls : public QWidget
{
    Q_OBJECT
public:
    explicit ServerControls(Transport transport, QWidget *parent = nullptr);

    void setBindChoices(const QList<LocalAddress> &addresses);
    // The multi-client TCP server limits its clients; the other servers have no such control.
    void setMaxClientsShown(bool shown);
    // The file server neither replies nor frames messages: it sends files.
    void setMessageOptionsShown(bool shown);
    // Fills the controls (for saved settings and the command line).
    void setSettings(const ServerSettings &settings);
    // What the controls say now; nullopt (and an inline message) when something is invalid.
    std::optional<ServerSettings> validatedSettings();
    ServerSettings lastSettings() const { return m_settings; }

    void setRunning(bool running);
    bool isRunning() const { return m_running; }
    void showError(const QString &message);
    void clearError();
    // The message shown next to the controls; empty when there is none.
    QString errorText() const;

    QPushButton *startButton() const { return m_startButton; }
    QLineEdit *portEdit() const { return m_portEdit; }
    QComboBox *addressBox() const { return m_addressBox; }
    QSpinBox *maxClientsBox() const { return m_maxClientsBox; }

Q_SIGNALS:
    void startRequested(const ServerSettings &settings);
    void stopRequested();
    void replyModeChanged(ReplyMode mode);
    void framingModeChanged(FramingMode framing);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void toggleRunning();
    std::optional<QHostAddress> chosenAddress() const;

    Transport m_transport;
    ServerSettings m_settings;
    bool m_running = false;
    QLabel *m_addressLabel;
    QComboBox *m_addressBox;
    QLabel *m_portLabel;
    QLineEdit *m_portEdit;
    QLabel *m_replyLabel;
    QComboBox *m_replyBox;
    QLabel *m_framingLabel;
    QComboBox *m_framingBox;
    QCheckBox *m_smallBufferBox;
    QLabel *m_maxClientsLabel;
    QSpinBox *m_maxClientsBox;
    QPushButton *m_startButton;
    ErrorLabel *m_errorLabel;
};
