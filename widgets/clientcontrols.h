#pragma once

#include "network/labevent.h"
#include "network/sessionsettings.h"

#include <QWidget>

#include <optional>

class ErrorLabel;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

// Where a client goes (host, port), how many connections (TCP), and the button that opens or
// closes them. Validates what the user typed and says what is wrong next to the control.
class ClientControls : public QWidget
{
    Q_OBJECT
public:
    explicit ClientControls(Transport transport, QWidget *parent = nullptr);

    void setSettings(const ClientSettings &settings);
    // The file client opens one connection per download, with its own button.
    void setConnectionControlsShown(bool shown);
    std::optional<ClientSettings> validatedSettings();
    ClientSettings lastSettings() const { return m_settings; }

    // TCP: some connections are open (the second button closes them all). UDP: the socket is open.
    void setActive(bool active);
    bool isActive() const { return m_active; }
    void showError(const QString &message);
    void clearError();
    QString errorText() const;

    QLineEdit *hostEdit() const { return m_hostEdit; }
    QLineEdit *portEdit() const { return m_portEdit; }
    QSpinBox *countBox() const { return m_countBox; }
    QPushButton *connectButton() const { return m_connectButton; }
    QPushButton *closeButton() const { return m_closeButton; }

Q_SIGNALS:
    // TCP: open settings.connections more connections. UDP: open the socket.
    void openRequested(const ClientSettings &settings);
    // TCP: close every connection. UDP: close the socket.
    void closeRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void requestOpen();

    Transport m_transport;
    ClientSettings m_settings;
    bool m_active = false;
    QLabel *m_hostLabel;
    QLineEdit *m_hostEdit;
    QLabel *m_portLabel;
    QLineEdit *m_portEdit;
    QLabel *m_countLabel;
    QSpinBox *m_countBox;
    QPushButton *m_connectButton;
    QPushButton *m_closeButton;
    ErrorLabel *m_errorLabel;
};
