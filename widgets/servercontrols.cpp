#include "widgets/servercontrols.h"

#include "model/eventtext.h"
#include "network/addressparsing.h"
#include "widgets/errorlabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
// Fixed bind choices come first; this machine's own addresses follow.
constexpr int kAnyIndex = 0;
constexpr int kIPv4LoopbackIndex = 1;
constexpr int kIPv6LoopbackIndex = 2;
} // namespace

ServerControls::ServerControls(Transport transport, QWidget *parent)
    : QWidget(parent)
    , m_transport(transport)
    , m_addressLabel(new QLabel(this))
    , m_addressBox(new QComboBox(this))
    , m_portLabel(new QLabel(this))
    , m_portEdit(new QLineEdit(this))
    , m_replyLabel(new QLabel(this))
    , m_replyBox(new QComboBox(this))
    , m_framingLabel(new QLabel(this))
    , m_framingBox(new QComboBox(this))
    , m_smallBufferBox(new QCheckBox(this))
    , m_maxClientsLabel(new QLabel(this))
    , m_maxClientsBox(new QSpinBox(this))
    , m_startButton(new QPushButton(this))
    , m_errorLabel(new ErrorLabel(this))
{
    m_addressBox->setEditable(true);
    m_addressBox->setInsertPolicy(QComboBox::NoInsert);
    m_addressBox->addItem(QString(), QStringLiteral("any"));
    m_addressBox->addItem(QString(), QStringLiteral("127.0.0.1"));
    m_addressBox->addItem(QString(), QStringLiteral("::1"));
    // On a projector at zoom +2 the row is narrower than the boxes' longest items: they may
    // shrink (their text elided, whole in the open list) so that Start stays on screen.
    for (QComboBox *box : { m_addressBox, m_replyBox, m_framingBox }) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(box == m_addressBox ? 14 : 9);
    }
    m_portEdit->setMaxLength(8);
    m_portEdit->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000000000")));
    m_replyBox->addItem(QString(), int(ReplyMode::Echo));
    m_replyBox->addItem(QString(), int(ReplyMode::UpperCase));
    m_replyBox->addItem(QString(), int(ReplyMode::None));
    m_framingBox->addItem(QString(), int(FramingMode::Raw));
    m_framingBox->addItem(QString(), int(FramingMode::Line));
    m_maxClientsBox->setRange(1, ClientLimits::kMaxClientsLimit);
    m_maxClientsLabel->setBuddy(m_maxClientsBox);
    m_addressLabel->setBuddy(m_addressBox);
    m_portLabel->setBuddy(m_portEdit);
    m_replyLabel->setBuddy(m_replyBox);
    m_framingLabel->setBuddy(m_framingBox);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_addressLabel);
    row->addWidget(m_addressBox, 2);
    row->addSpacing(8);
    row->addWidget(m_portLabel);
    row->addWidget(m_portEdit);
    row->addSpacing(8);
    row->addWidget(m_replyLabel);
    row->addWidget(m_replyBox, 1);
    row->addSpacing(8);
    row->addWidget(m_framingLabel);
    row->addWidget(m_framingBox, 1);
    row->addWidget(m_smallBufferBox);
    row->addWidget(m_maxClientsLabel);
    row->addWidget(m_maxClientsBox);
    // TCP is a byte stream to cut into messages; UDP keeps each datagram whole.
    m_framingLabel->setVisible(transport == Transport::Tcp);
    m_framingBox->setVisible(transport == Transport::Tcp);
    m_smallBufferBox->setVisible(transport == Transport::Udp);
    setMaxClientsShown(false);
    row->addSpacing(8);
    row->addWidget(m_startButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_errorLabel);

    connect(m_startButton, &QPushButton::clicked, this, &ServerControls::toggleRunning);
    connect(m_portEdit, &QLineEdit::returnPressed, this, [this] {
        if (!m_running)
            toggleRunning();
    });
    connect(m_portEdit, &QLineEdit::textEdited, this, &ServerControls::clearError);
    connect(m_addressBox, &QComboBox::editTextChanged, this, &ServerControls::clearError);
    connect(m_replyBox, &QComboBox::activated, this, [this] {
        m_settings.reply = ReplyMode(m_replyBox->currentData().toInt());
        Q_EMIT replyModeChanged(m_settings.reply);
    });
    connect(m_framingBox, &QComboBox::activated, this, [this] {
        m_settings.framing = FramingMode(m_framingBox->currentData().toInt());
        Q_EMIT framingModeChanged(m_settings.framing);
    });
    retranslate();
    setSettings(m_settings);
}

void ServerControls::setBindChoices(const QList<LocalAddress> &addresses)
{
    const QString typed = m_addressBox->currentText();
    while (m_addressBox->count() > kIPv6LoopbackIndex + 1)
        m_addressBox->removeItem(m_addressBox->count() - 1);
    for (const LocalAddress &local : addresses) {
        if (local.isLoopback || local.address.isLinkLocal())
            continue; // the loopbacks are listed already; link-local needs a scope id
        QHostAddress plain = local.address;
        m_addressBox->addItem(QStringLiteral("%1 (%2)").arg(plain.toString(), local.interfaceName),
                              plain.toString());
    }
    m_addressBox->setCurrentText(typed);
}

void ServerControls::setMaxClientsShown(bool shown)
{
    m_maxClientsLabel->setVisible(shown);
    m_maxClientsBox->setVisible(shown);
}

void ServerControls::setMessageOptionsShown(bool shown)
{
    for (QWidget *widget : std::initializer_list<QWidget *> { m_replyLabel, m_replyBox, m_framingLabel, m_framingBox })
        widget->setVisible(shown);
}

std::optional<QHostAddress> ServerControls::chosenAddress() const
{
    const int index = m_addressBox->findText(m_addressBox->currentText());
    const QString value = index >= 0 ? m_addressBox->itemData(index).toString() : m_addressBox->currentText();
    return parseBindAddress(value);
}

void ServerControls::setSettings(const ServerSettings &settings)
{
    m_settings = settings;
    int addressIndex = -1;
    if (settings.bindAddress == QHostAddress::Any)
        addressIndex = kAnyIndex;
    else
        addressIndex = m_addressBox->findData(settings.bindAddress.toString());
    if (addressIndex >= 0)
        m_addressBox->setCurrentIndex(addressIndex);
    else
        m_addressBox->setCurrentText(settings.bindAddress.toString());
    m_portEdit->setText(settings.port ? QString::number(settings.port) : QString());
    m_replyBox->setCurrentIndex(m_replyBox->findData(int(settings.reply)));
    m_framingBox->setCurrentIndex(m_framingBox->findData(int(settings.framing)));
    m_smallBufferBox->setChecked(settings.smallReceiveBuffer);
    m_maxClientsBox->setValue(settings.maxClients);
}

std::optional<ServerSettings> ServerControls::validatedSettings()
{
    const std::optional<QHostAddress> address = chosenAddress();
    if (!address) {
        showError(EventText::errorMessage(LabError::InvalidAddress));
        m_addressBox->setFocus();
        return std::nullopt;
    }
    const std::optional<quint16> port = portFromField(m_portEdit, m_errorLabel);
    if (!port)
        return std::nullopt;
    m_settings.bindAddress = *address;
    m_settings.port = *port;
    m_settings.reply = ReplyMode(m_replyBox->currentData().toInt());
    m_settings.framing = FramingMode(m_framingBox->currentData().toInt());
    m_settings.smallReceiveBuffer = m_smallBufferBox->isChecked();
    m_settings.maxClients = m_maxClientsBox->value();
    return m_settings;
}

void ServerControls::toggleRunning()
{
    if (m_running) {
        Q_EMIT stopRequested();
        return;
    }
    clearError();
    if (const std::optional<ServerSettings> settings = validatedSettings())
        Q_EMIT startRequested(*settings);
}

void ServerControls::setRunning(bool running)
{
    m_running = running;
    m_addressBox->setEnabled(!running);
    m_portEdit->setEnabled(!running);
    m_smallBufferBox->setEnabled(!running);
    m_maxClientsBox->setEnabled(!running);
    retranslate();
}

void ServerControls::showError(const QString &message)
{
    m_errorLabel->showMessage(message);
}

QString ServerControls::errorText() const
{
    return m_errorLabel->message();
}

void ServerControls::clearError()
{
    m_errorLabel->clearMessage();
}

void ServerControls::retranslate()
{
    m_addressLabel->setText(tr("&Address:"));
    m_addressBox->setItemText(kAnyIndex, tr("All interfaces (0.0.0.0 and ::)"));
    m_addressBox->setItemText(kIPv4LoopbackIndex, tr("127.0.0.1 (this machine only, IPv4)"));
    m_addressBox->setItemText(kIPv6LoopbackIndex, tr("::1 (this machine only, IPv6)"));
    m_addressBox->setToolTip(tr("Where the server listens (bind): all interfaces lets other machines connect"));
    m_addressBox->setAccessibleName(tr("Bind address"));
    m_portLabel->setText(tr("&Port:"));
    // Ports are names, not amounts: no thousands separator.
    m_portEdit->setToolTip((m_transport == Transport::Tcp ? tr("TCP port, %1 to %2 (the course uses 65432)")
                                                          : tr("UDP port, %1 to %2 (the course uses 65431)"))
                               .arg(kLowestPort).arg(kHighestPort));
    m_portEdit->setAccessibleName(tr("Port"));
    m_replyLabel->setText(tr("&Reply:"));
    m_replyBox->setItemText(0, tr("Echo"));
    m_replyBox->setItemText(1, tr("Upper case"));
    m_replyBox->setItemText(2, tr("None"));
    m_replyBox->setToolTip(tr("What the server answers to each message it receives"));
    m_framingLabel->setText(tr("&Messages:"));
    m_framingBox->setItemText(0, tr("As received (each recv)"));
    m_framingBox->setItemText(1, tr("By line (\\n)"));
    m_framingBox->setToolTip(tr("TCP is a byte stream: show each recv() as one message, or cut the stream at each newline"));
    m_smallBufferBox->setText(tr("Small receive buffer"));
    m_smallBufferBox->setToolTip(tr("Ask the system for a tiny receive buffer (SO_RCVBUF): under a burst, datagrams that do not fit are dropped by the kernel, and the loss becomes visible"));
    m_maxClientsLabel->setText(tr("Ma&x. clients:"));
    m_maxClientsBox->setToolTip(tr("How many clients may be connected at once; the next one is closed at once and the log says why"));
    m_maxClientsBox->setAccessibleName(tr("Maximum number of clients"));
    m_startButton->setText(m_running ? tr("&Stop") : tr("&Start"));
    if (m_transport == Transport::Tcp)
        m_startButton->setToolTip(m_running ? tr("Stop the server and close its connections")
                                            : tr("Start the server (socket, bind, listen)"));
    else
        m_startButton->setToolTip(m_running ? tr("Stop the server and close its socket")
                                            : tr("Start the server (socket, bind)"));
}

void ServerControls::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
