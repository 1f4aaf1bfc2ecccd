#include "widgets/messagecomposer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

namespace {
enum Target {
    SelectedTarget,
    AllTarget
};
}

MessageComposer::MessageComposer(QWidget *parent)
    : QWidget(parent)
    , m_input(new QLineEdit(this))
    , m_target(new QComboBox(this))
    , m_newline(new QCheckBox(this))
    , m_sendButton(new QPushButton(this))
{
    m_target->addItem(QString(), SelectedTarget);
    m_target->addItem(QString(), AllTarget);
    m_target->setCurrentIndex(1);
    m_newline->setChecked(true);
    m_input->setMaxLength(kMaxMessageChars);

    // One line: on a lab PC's 768 pixels the height goes to the tables, and the page's full
    // width leaves the text most of it.
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_input, 1);
    layout->addWidget(m_target);
    layout->addWidget(m_newline);
    layout->addWidget(m_sendButton);

    connect(m_input, &QLineEdit::returnPressed, this, &MessageComposer::send);
    connect(m_sendButton, &QPushButton::clicked, this, &MessageComposer::send);
    connect(m_target, &QComboBox::currentIndexChanged, this, &MessageComposer::updateSendButton);
    connect(m_input, &QLineEdit::textChanged, this, &MessageComposer::updateSendButton);
    retranslate();
    updateSendButton();
}

void MessageComposer::setAudience(Audience audience)
{
    m_audience = audience;
    m_target->setVisible(audience != SingleTarget);
    if (audience == SingleTarget)
        m_target->setCurrentIndex(AllTarget);
    retranslate();
}

void MessageComposer::setConnectionCounts(int open, int selected)
{
    m_open = open;
    m_selected = selected;
    updateSendButton();
}

void MessageComposer::updateSendButton()
{
    const bool toAll = m_target->currentData().toInt() == AllTarget;
    const bool hasTarget = toAll ? m_open > 0 : m_selected > 0;
    m_sendButton->setEnabled(hasTarget && !m_input->text().isEmpty());
    if (m_open == 0)
        m_sendButton->setToolTip(m_audience == Peers ? tr("No peer has sent a datagram yet.")
                                 : m_audience == Clients ? tr("No client is connected yet.")
                                                         : tr("Nothing is open yet."));
    else if (!hasTarget)
        m_sendButton->setToolTip(tr("Select a row in the table first."));
    else if (m_input->text().size() >= kMaxMessageChars)
        m_sendButton->setToolTip(tr("A message holds at most %1 characters: what was typed or pasted beyond that was left out.")
                                     .arg(QLocale().toString(kMaxMessageChars)));
    else
        m_sendButton->setToolTip(tr("Send (Enter)"));
}

void MessageComposer::send()
{
    if (!m_sendButton->isEnabled())
        return;
    QByteArray data = m_input->text().toUtf8();
    if (m_newline->isChecked())
        data.append('\n');
    Q_EMIT sendRequested(data, m_target->currentData().toInt() == AllTarget);
    m_input->clear();
}

void MessageComposer::retranslate()
{
    m_input->setPlaceholderText(tr("Message to send…"));
    m_input->setAccessibleName(tr("Message to send"));
    m_target->setAccessibleName(tr("Send to"));
    switch (m_audience) {
    case Peers:
        m_target->setItemText(SelectedTarget, tr("To the selected peer(s)"));
        m_target->setItemText(AllTarget, tr("To all peers"));
        break;
    case Connections:
        m_target->setItemText(SelectedTarget, tr("On the selected connection(s)"));
        m_target->setItemText(AllTarget, tr("On all connections"));
        break;
    case Clients:
    case SingleTarget:
        m_target->setItemText(SelectedTarget, tr("To the selected connection(s)"));
        m_target->setItemText(AllTarget, tr("To all clients"));
        break;
    }
    m_newline->setText(tr("End with newline (\\n)"));
    m_newline->setToolTip(tr("Add a line feed at the end, as nc does when you press Enter"));
    m_sendButton->setText(tr("Send"));
    updateSendButton();
}

void MessageComposer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
