#include "app/clientpage.h"

#include "app/pagesettings.h"
#include "widgets/burstcontrols.h"

ClientPage::ClientPage(LabMode mode, Transport transport, QWidget *parent)
    : LabPage(mode, transport, parent)
    , m_controls(new ClientControls(transport, this))
    , m_burstControls(new BurstControls(this))
{
    addControls(m_controls);
    addControls(m_burstControls);
    m_controls->setSettings(loadClientSettings(mode));
    connect(m_controls, &ClientControls::openRequested, this, &ClientPage::requestOpen);
    connect(m_controls, &ClientControls::closeRequested, this, &ClientPage::closeSession);
    connect(m_burstControls, &BurstControls::burstRequested, this, &ClientPage::sendBurst);
}

void ClientPage::openWith(const ClientSettings &settings, const FirstActions &first)
{
    m_first = first;
    m_controls->setSettings(settings);
    if (const auto validated = m_controls->validatedSettings())
        requestOpen(*validated);
}

void ClientPage::requestOpen(const ClientSettings &settings)
{
    saveClientSettings(mode(), settings);
    setStatesPort(settings.port);
    if (const QHostAddress server(settings.host); !server.isNull())
        setCaptureAddresses({ server });
    whenCapturing([this, settings] { openSession(settings); });
}
