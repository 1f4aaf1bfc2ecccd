#include "widgets/clientcontrols.h"

#include "model/eventtext.h"
#include "model/hostproblemtext.h"
#include "network/addressparsing.h"
#include "network/clientlimits.h"
#include "widgets/errorlabel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

ClientControls::ClientControls(Transport transport, QWidget *parent)
    : QWidget(parent)
    , m_transport(transport)
    , m_hostLabel(new QLabel(this))
    , m_hostEdit(new QLineEdit(this))
    , m_portLabel(new QLabel(this))
    , m_portEdit(new QLineEdit(this))
    , m_countLabel(new QLabel(this))
    , m_countBox(new QSpinBox(this))
    , m_connectButton(new QPushButton(this))
    , m_closeButton(new QPushButton(this))
    , m_errorLabel(new ErrorLabel(this))
{
    m_hostEdit->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("192.168.100.100 xx")));
    m_hostEdit->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("fe80::1234:5678:9abc:def0 xxxx")));
    m_portEdit->setMaxLength(8);
    m_portEdit->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000000000")));
    m_countBox->setRange(1, ClientLimits::kMaxClientConnections);
    m_hostLabel->setBuddy(m_hostEdit);
    m_portLabel->setBuddy(m_portEdit);
    m_countLabel->setBuddy(m_countBox);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_hostLabel);
    row->addWidget(m_hostEdit, 2);
    row->addSpacing(8);
    row->addWidget(m_portLabel);
    row->addWidget(m_portEdit);
    row->addSpacing(8);
    row->addWidget(m_countLabel);
    row->addWidget(m_countBox);
    row->addSpacing(8);
    row->addWidget(m_connectButton);
    row->addWidget(m_closeButton);
    row->addStretch();
    // A UDP client has one socket and no connections to count.
    m_countLabel->setVisible(transport == Transport::Tcp);
    m_countBox->setVisible(transport == Transport::Tcp);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_errorLabel);

    connect(m_connectButton, &QPushButton::clicked, this, &ClientControls::requestOpen);
    connect(m_hostEdit, &QLineEdit::returnPressed, this, &ClientControls::requestOpen);
    connect(m_portEdit, &QLineEdit::returnPressed, this, &ClientControls::requestOpen);
    connect(m_closeButton, &QPushButton::clicked, this, &ClientControls::closeRequested);
    connect(m_hostEdit, &QLineEdit::textEdited, this, &ClientControls::clearError);
    connect(m_portEdit, &QLineEdit::textEdited, this, &ClientControls::clearError);
    retranslate();
    setActive(false);
}

void ClientControls::setConnectionControlsShown(bool shown)
{
    for (QWidget *widget : std::initializer_list<QWidget *> { m_countLabel, m_countBox, m_connectButton, m_closeButton })
        widget->setVisible(shown);
}

void ClientControls::setSettings(const ClientSettings &settings)
{
    m_settings = settings;
    m_hostEdit->setText(settings.host);
    m_portEdit->setText(settings.port ? QString::number(settings.port) : QString());
    m_countBox->setValue(settings.connections);
}

std::optional<ClientSettings> ClientControls::validatedSettings()
{
    HostProblem problem = HostProblem::None;
    const std::optional<QString> host = parseHost(m_hostEdit->text(), &problem); // "[::1]" is "::1"
    if (!host) {
        showError(problem == HostProblem::Empty || problem == HostProblem::ContainsSpaces
                      ? tr("Type the server's name or IP address, such as 127.0.0.1, ::1 or a classmate's address.")
                      : HostProblemText::describe(problem));
        m_hostEdit->setFocus();
        return std::nullopt;
    }
    const std::optional<quint16> port = portFromField(m_portEdit, m_errorLabel);
    if (!port)
        return std::nullopt;
    m_settings = ClientSettings { *host, *port, m_countBox->value() };
    return m_settings;
}

void ClientControls::requestOpen()
{
    if (m_transport == Transport::Udp && m_active)
        return;
    clearError();
    if (const std::optional<ClientSettings> settings = validatedSettings())
        Q_EMIT openRequested(*settings);
}

void ClientControls::setActive(bool active)
{
    m_active = active;
    if (m_transport == Transport::Udp) {
        m_hostEdit->setEnabled(!active);
        m_portEdit->setEnabled(!active);
        m_connectButton->setEnabled(!active);
    }
    m_closeButton->setEnabled(active);
}

void ClientControls::showError(const QString &message)
{
    m_errorLabel->showMessage(message);
}

void ClientControls::clearError()
{
    m_errorLabel->clearMessage();
}

QString ClientControls::errorText() const
{
    return m_errorLabel->message();
}

void ClientControls::retranslate()
{
    m_hostLabel->setText(tr("&Server:"));
    m_hostEdit->setPlaceholderText(tr("name or IP address"));
    m_hostEdit->setToolTip(tr("The server's host name or IP address (IPv4 such as 127.0.0.1, or IPv6 such as ::1)"));
    m_hostEdit->setAccessibleName(tr("Server address"));
    m_portLabel->setText(tr("&Port:"));
    m_portEdit->setAccessibleName(tr("Port"));
    m_portEdit->setToolTip(m_transport == Transport::Tcp ? tr("The server's TCP port (the course uses 65432)")
                                                         : tr("The server's UDP port (the course uses 65431)"));
    m_countLabel->setText(tr("C&onnections:"));
    m_countBox->setToolTip(tr("How many connections to open at once: each gets its own ephemeral port"));
    if (m_transport == Transport::Tcp) {
        m_connectButton->setText(tr("&Connect"));
        m_connectButton->setToolTip(tr("Open the connections (socket, connect: the three-way handshake)"));
        m_closeButton->setText(tr("Disconnect &all"));
        m_closeButton->setToolTip(tr("Close every connection of this page (close: FIN)"));
    } else {
        m_connectButton->setText(tr("&Open socket"));
        m_connectButton->setToolTip(tr("Create the UDP socket (no connection is made: UDP has no handshake)"));
        m_closeButton->setText(tr("&Close socket"));
        m_closeButton->setToolTip(tr("Close the UDP socket"));
    }
}

void ClientControls::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
