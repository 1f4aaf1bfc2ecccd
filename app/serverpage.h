#pragma once

#include "app/labpage.h"
#include "widgets/servercontrols.h"

// What the TCP and UDP server pages share: the server controls, start and stop, and how the
// page follows its server (listening, stopped, failed to start).
class ServerPage : public LabPage
{
    Q_OBJECT
public:
    // Fills the controls and starts the server (command line, tests).
    void startWith(const ServerSettings &settings);
    void stop();

    ServerControls *controls() const { return m_controls; }

protected:
    ServerPage(LabMode mode, Transport transport, QWidget *parent);

    // The page's session, on the network thread.
    virtual void startSession(const ServerSettings &settings) = 0;
    virtual void stopSession() = 0;
    // The status line, where the page has one; called whenever the server starts or stops.
    virtual void updateStatus() {}

    // The server's own events in batch: Listening, Stopped, and an error while starting.
    void applyServerEvents(const LabEventBatch &batch);
    void saveSettings();
    void updateInfo();
    bool isRunning() const { return m_running; }
    Endpoint listeningOn() const { return m_listeningOn; }

private:
    void requestStart(const ServerSettings &settings);
    void setRunning(bool running);

    ServerControls *m_controls;
    Transport m_transport;
    bool m_running = false;
    bool m_starting = false;
    Endpoint m_listeningOn;
};
