#include "widgets/burstcontrols.h"

#include "network/burstmessages.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

BurstControls::BurstControls(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_countBox(new QSpinBox(this))
    , m_sendButton(new QPushButton(this))
{
    m_countBox->setRange(1, BurstMessages::kMaxCount);
    m_countBox->setValue(10000);
    m_countBox->setGroupSeparatorShown(true);
    m_label->setBuddy(m_countBox);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_countBox);
    layout->addWidget(m_sendButton);
    layout->addStretch();
    connect(m_sendButton, &QPushButton::clicked, this, [this] { Q_EMIT burstRequested(m_countBox->value()); });
    retranslate();
    setCanSend(false);
}

void BurstControls::setCanSend(bool canSend)
{
    m_sendButton->setEnabled(canSend);
}

void BurstControls::retranslate()
{
    m_label->setText(tr("Bu&rst:"));
    m_countBox->setSuffix(tr(" messages"));
    m_countBox->setToolTip(tr("How many numbered messages (#1/N, #2/N, …) to send as fast as possible"));
    m_sendButton->setText(tr("Send &burst"));
    m_sendButton->setToolTip(tr("Send the numbered messages as fast as possible; the server page counts what arrived, what is missing and what came out of order"));
}

void BurstControls::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
