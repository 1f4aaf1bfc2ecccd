#include "app/serverpage.h"

#include "app/pagesettings.h"
#include "model/eventtext.h"
#include "network/localaddresses.h"

#include <QLabel>
#include <QPushButton>

ServerPage::ServerPage(LabMode mode, Transport transport, QWidget *parent)
    : LabPage(mode, transport, parent)
    , m_controls(new ServerControls(transport, this))
    , m_transport(transport)
{
    addControls(m_controls);
    m_controls->setBindChoices(localAddresses());
    m_controls->setSettings(loadServerSettings(mode));
    connect(m_controls, &ServerControls::startRequested, this, &ServerPage::requestStart);
    connect(m_controls, &ServerControls::stopRequested, this, &ServerPage::stop);
}

void ServerPage::startWith(const ServerSettings &settings)
{
    m_controls->setSettings(settings);
    if (const auto validated = m_controls->validatedSettings())
        requestStart(*validated);
}

void ServerPage::requestStart(const ServerSettings &settings)
{
    m_starting = true;
    m_controls->clearError();
    m_controls->startButton()->setEnabled(false);
    // The capture first, so that the first client's SYN is in it.
    setStatesPort(settings.port);
    setCaptureAddresses({ settings.bindAddress });
    whenCapturing([this, settings] { startSession(settings); });
}

void ServerPage::stop()
{
    stopSession();
}

void ServerPage::saveSettings()
{
    saveServerSettings(mode(), m_controls->lastSettings());
}

void ServerPage::applyServerEvents(const LabEventBatch &batch)
{
    for (const LabEvent &event : batch) {
        switch (event.kind) {
        case EventKind::Listening:
            m_listeningOn = event.local;
            setStatesPort(event.local.port);
            m_starting = false;
            saveSettings();
            setRunning(true);
            break;
        case EventKind::Stopped:
            setRunning(false);
            break;
        case EventKind::Error:
            // Only the server's own error fails the start; one connection's or one peer's
            // (a UDP reply that bounced, say) is shown in the log and the server goes on.
            if (event.connectionId == 0 && m_starting) {
                m_starting = false;
                m_controls->showError(EventText::describe(event));
                setRunning(false);
                setPageRunning(false); // the capture started for it stops too
            }
            break;
        default:
            break;
        }
    }
}

void ServerPage::setRunning(bool running)
{
    m_controls->startButton()->setEnabled(true);
    if (running == m_running)
        return;
    m_running = running;
    setPageRunning(running);
    m_controls->setRunning(running);
    updateInfo();
    updateStatus();
}

void ServerPage::updateInfo()
{
    if (m_running)
        infoLabel()->setText(reachableText(m_listeningOn, m_transport));
    else if (m_transport == Transport::Tcp)
        infoLabel()->setText(tr("The server is stopped. Press Start: SocketLab creates the socket, binds it to the address and port, and listens."));
    else
        infoLabel()->setText(tr("The server is stopped. Press Start: SocketLab creates a UDP socket and binds it to the address and port."));
}
