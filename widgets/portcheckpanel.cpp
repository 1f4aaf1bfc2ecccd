#include "widgets/portcheckpanel.h"

#include "widgets/labeltone.h"

#include "model/hostproblemtext.h"
#include "network/addressparsing.h"
#include "network/portlist.h"
#include "widgets/wrappedlabel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

PortCheckPanel::PortCheckPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_explanation(new WrappedLabel(this))
    , m_hostLabel(new QLabel(this))
    , m_hostEdit(new QLineEdit(QStringLiteral("127.0.0.1"), this))
    , m_portsLabel(new QLabel(this))
    , m_portsEdit(new QLineEdit(QStringLiteral("65432"), this))
    , m_protocolBox(new QComboBox(this))
    , m_checkButton(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_status(new WrappedLabel(this))
    , m_udpNote(new WrappedLabel(this))
    , m_view(new QTableView(this))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_protocolBox->addItem(QStringLiteral("TCP"), int(Transport::Tcp));
    m_protocolBox->addItem(QStringLiteral("UDP"), int(Transport::Udp));
    m_hostLabel->setBuddy(m_hostEdit);
    m_portsLabel->setBuddy(m_portsEdit);
    m_progress->setVisible(false);
    m_udpNote->setVisible(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);

    auto *row = new QHBoxLayout;
    row->addWidget(m_hostLabel);
    row->addWidget(m_hostEdit, 2);
    row->addWidget(m_portsLabel);
    row->addWidget(m_portsEdit, 1);
    row->addWidget(m_protocolBox);
    row->addWidget(m_checkButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_explanation);
    layout->addLayout(row);
    layout->addWidget(m_udpNote);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);

    connect(m_checkButton, &QPushButton::clicked, this, &PortCheckPanel::toggle);
    connect(m_portsEdit, &QLineEdit::returnPressed, this, [this] {
        if (!m_running)
            toggle();
    });
    connect(m_hostEdit, &QLineEdit::returnPressed, this, [this] {
        if (!m_running)
            toggle();
    });
    connect(m_protocolBox, &QComboBox::currentIndexChanged, this,
            [this] { m_udpNote->setVisible(m_protocolBox->currentData().toInt() == int(Transport::Udp)); });
    retranslate();
}

void PortCheckPanel::setModel(QAbstractItemModel *model)
{
    m_view->setModel(model);
}

std::optional<PortCheckRequest> PortCheckPanel::validatedRequest()
{
    HostProblem problem = HostProblem::None;
    const std::optional<QString> host = parseHost(m_hostEdit->text(), &problem);
    if (!host) {
        showStatus(problem == HostProblem::Empty || problem == HostProblem::ContainsSpaces
                       ? tr("Type the machine's name or IP address, such as a classmate's 192.168.0.12.")
                       : HostProblemText::describe(problem),
                   true);
        m_hostEdit->setFocus();
        return std::nullopt;
    }
    PortListError error = PortListError::Empty;
    const std::optional<QList<quint16>> ports = parsePortList(m_portsEdit->text(), &error);
    if (!ports) {
        switch (error) {
        case PortListError::Empty:
            showStatus(tr("Type the port to check, such as 65432; or a list (22, 80, 443) or a range (8000-8010)."), true);
            break;
        case PortListError::NotANumber:
            showStatus(tr("Ports are numbers: one (65432), a list (22, 80, 443) or a range (8000-8010)."), true);
            break;
        case PortListError::OutOfRange:
            showStatus(tr("Ports go from %1 to %2.").arg(kLowestPort).arg(kHighestPort), true);
            break;
        case PortListError::ReversedRange:
            showStatus(tr("A range goes from the lower port to the higher one, such as 8000-8010."), true);
            break;
        case PortListError::TooMany:
            showStatus(tr("At most %1 ports per check: this checks a classmate's server, it does not sweep a machine.")
                           .arg(kMaxPortsPerCheck),
                       true);
            break;
        }
        m_portsEdit->setFocus();
        return std::nullopt;
    }
    PortCheckRequest request;
    request.host = *host;
    request.ports = *ports;
    request.transport = Transport(m_protocolBox->currentData().toInt());
    return request;
}

void PortCheckPanel::toggle()
{
    if (m_running) {
        Q_EMIT cancelRequested();
        return;
    }
    if (const std::optional<PortCheckRequest> request = validatedRequest())
        Q_EMIT checkRequested(*request);
}

void PortCheckPanel::setRunning(bool running)
{
    m_running = running;
    m_hostEdit->setEnabled(!running);
    m_portsEdit->setEnabled(!running);
    m_protocolBox->setEnabled(!running);
    m_progress->setVisible(running);
    retranslate();
}

void PortCheckPanel::setProgress(int done, int total)
{
    m_progress->setRange(0, qMax(1, total));
    m_progress->setValue(done);
}

void PortCheckPanel::showStatus(const QString &text, bool isError)
{
    setLabelTone(m_status, isError ? LabelTone::Error : LabelTone::Plain);
    m_status->setText(text);
}

void PortCheckPanel::retranslate()
{
    m_title->setText(tr("Is the port open? (port check)"));
    m_explanation->setText(tr("What nmap answers, only for the host and ports you type: for each port, TCP tries the three-way handshake and, if it completes, resets the connection at once. Open: a server accepted. Closed: the machine answered with RST. Filtered: no answer (a firewall, or no machine)."));
    m_hostLabel->setText(tr("&Host:"));
    m_hostEdit->setAccessibleName(tr("Host to check"));
    m_portsLabel->setText(tr("P&orts:"));
    m_portsEdit->setAccessibleName(tr("Ports to check"));
    m_portsEdit->setToolTip(tr("One port (65432), a list (22, 80, 443) or a range (8000-8010); at most %1 ports")
                                .arg(kMaxPortsPerCheck));
    m_protocolBox->setToolTip(tr("TCP: a connection attempt per port. UDP: one empty datagram per port"));
    m_protocolBox->setAccessibleName(tr("Protocol to check"));
    m_view->setAccessibleName(tr("Port check results"));
    m_checkButton->setText(m_running ? tr("Ca&ncel") : tr("C&heck"));
    m_udpNote->setText(tr("UDP has no handshake: a closed port answers with ICMP \"port unreachable\", but an open port that does not reply looks the same as a filtered one or an address where no machine is (open or filtered)."));
}

void PortCheckPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
