#include "app/networktoolspage.h"

#include "app/labpage.h"
#include "model/eventtext.h"
#include "model/localaddressmodel.h"
#include "model/portcheckmodel.h"
#include "network/localaddresses.h"
#include "widgets/addresspanel.h"
#include "widgets/portcheckpanel.h"
#include "widgets/wrappedlabel.h"

#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSplitter>
#include <QVBoxLayout>

NetworkToolsPage::NetworkToolsPage(PortChecker *checker, QWidget *parent)
    : QWidget(parent)
    , m_checker(checker)
    , m_addresses(new LocalAddressModel(this))
    , m_results(new PortCheckModel(this))
    , m_heading(new QLabel(this))
    , m_steps(new WrappedLabel(this))
    , m_addressPanel(new AddressPanel(this))
    , m_portCheckPanel(new PortCheckPanel(this))
{
    LabPage::makeHeading(m_heading);
    m_addressPanel->setModel(m_addresses, LocalAddressModel::AddressRole);
    m_portCheckPanel->setModel(m_results);
    QSettings settings;
    m_portCheckPanel->hostEdit()->setText(settings.value(QStringLiteral("pages/port-check/host"), QStringLiteral("127.0.0.1")).toString());
    m_portCheckPanel->portsEdit()->setText(settings.value(QStringLiteral("pages/port-check/ports"), QStringLiteral("65432")).toString());

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_addressPanel);
    splitter->addWidget(m_portCheckPanel);
    splitter->setSizes({ 2000, 3000 });
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_steps);
    layout->addWidget(splitter, 1);

    connect(m_addressPanel, &AddressPanel::refreshRequested, this, &NetworkToolsPage::refreshAddresses);
    connect(m_portCheckPanel, &PortCheckPanel::checkRequested, this, &NetworkToolsPage::startCheck);
    connect(m_portCheckPanel, &PortCheckPanel::cancelRequested, this, [this] {
        if (m_checker)
            QMetaObject::invokeMethod(m_checker.data(), &PortChecker::cancel, Qt::QueuedConnection);
    });
    connect(checker, &PortChecker::resolved, this, [this](const QHostAddress &address) {
        m_checking = address;
        m_portCheckPanel->showStatus(tr("Checking %n port(s) of %1…", nullptr, int(m_request.ports.size())).arg(address.toString()));
    });
    connect(checker, &PortChecker::resultReady, m_results, &PortCheckModel::addResult);
    connect(checker, &PortChecker::progressed, m_portCheckPanel, &PortCheckPanel::setProgress);
    connect(checker, &PortChecker::finished, this, &NetworkToolsPage::onFinished);
    connect(checker, &PortChecker::failed, this, [this](LabError error) {
        m_portCheckPanel->setRunning(false);
        m_portCheckPanel->showStatus(error == LabError::HostNotFound
                                         ? tr("Error: host not found: \"%1\". Check the name, or type the IP address.").arg(m_request.host)
                                         : EventText::errorMessage(error),
                                     true);
    });
    refreshAddresses();
    retranslate();
}

QString NetworkToolsPage::title()
{
    return tr("Another machine");
}

void NetworkToolsPage::refreshAddresses()
{
    m_addresses->setAddresses(localAddresses());
}

void NetworkToolsPage::startCheck(const PortCheckRequest &request)
{
    m_request = request;
    QSettings settings;
    settings.setValue(QStringLiteral("pages/port-check/host"), m_portCheckPanel->hostEdit()->text().trimmed());
    settings.setValue(QStringLiteral("pages/port-check/ports"), m_portCheckPanel->portsEdit()->text().trimmed());
    m_results->clear();
    m_portCheckPanel->setRunning(true);
    m_portCheckPanel->setProgress(0, int(request.ports.size()));
    m_portCheckPanel->showStatus(tr("Looking up \"%1\"…").arg(request.host));
    if (m_checker)
        QMetaObject::invokeMethod(m_checker.data(), [checker = m_checker, request] {
            if (checker)
                checker->start(request);
        }, Qt::QueuedConnection);
}

void NetworkToolsPage::onFinished(bool cancelled)
{
    m_portCheckPanel->setRunning(false);
    const QString totals = tr("%1: %2 open, %3 closed, %4 filtered, %5 open or filtered.")
                               .arg(m_checking.toString())
                               .arg(m_results->count(PortStatus::Open))
                               .arg(m_results->count(PortStatus::Closed))
                               .arg(m_results->count(PortStatus::Filtered))
                               .arg(m_results->count(PortStatus::OpenOrFiltered));
    m_portCheckPanel->showStatus(cancelled ? tr("Cancelled. %1").arg(totals) : totals);
    if (!cancelled)
        Q_EMIT portCheckFinished(m_results->count(PortStatus::Open) > 0);
}

void NetworkToolsPage::retranslate()
{
    m_heading->setText(tr("Another machine (a classmate's)"));
    m_steps->setText(tr("1. The one with the server starts it on \"All interfaces\" and reads its address on the left. "
                        "2. The other checks that the port is open (right), then connects with the client pages. "
                        "3. No answer at all? Same network? Firewall? The right IP? Wireshark's display filter tcp.port == 65432 shows what arrives."));
    m_addresses->retranslate();
    m_results->retranslate();
}

void NetworkToolsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::ApplicationFontChange)
        LabPage::makeHeading(m_heading);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
