#include "widgets/logpanel.h"

#include "widgets/labeltone.h"

#include "model/connectionfilterproxymodel.h"
#include "model/messagelogmodel.h"
#include "widgets/messagelogview.h"
#include "widgets/wrappedlabel.h"

#include <climits>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

LogPanel::LogPanel(QWidget *parent)
    : QWidget(parent)
    , m_proxy(new ConnectionFilterProxyModel(this))
    , m_view(new MessageLogView(this))
    , m_hexBox(new QCheckBox(this))
    , m_onlySelectedBox(new QCheckBox(this))
    , m_copyButton(new QPushButton(this))
    , m_clearButton(new QPushButton(this))
    , m_droppedNote(new WrappedLabel(this))
{
    m_proxy->setConnectionIdRole(MessageLogModel::ConnectionIdRole);
    setLabelTone(m_droppedNote, LabelTone::Warning);
    m_droppedNote->hide();

    auto *controls = new QHBoxLayout;
    controls->setContentsMargins(0, 0, 0, 0);
    controls->addWidget(m_hexBox);
    controls->addWidget(m_onlySelectedBox);
    controls->addStretch();
    controls->addWidget(m_copyButton);
    controls->addWidget(m_clearButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_droppedNote);
    layout->addWidget(m_view, 1);

    connect(m_hexBox, &QCheckBox::toggled, this, [this](bool hex) {
        if (m_model)
            m_model->setHexMode(hex);
    });
    connect(m_onlySelectedBox, &QCheckBox::toggled, this, &LogPanel::updateFilter);
    connect(m_copyButton, &QPushButton::clicked, this, &LogPanel::copyToClipboard);
    connect(m_clearButton, &QPushButton::clicked, this, [this] {
        if (m_model)
            m_model->clear();
    });
    retranslate();
}

void LogPanel::setModel(MessageLogModel *model)
{
    m_model = model;
    m_proxy->setSourceModel(model);
    m_view->setModel(m_proxy);
    connect(model, &MessageLogModel::droppedCountChanged, this, &LogPanel::updateDroppedNote);
    m_hexBox->setChecked(model->hexMode());
    updateDroppedNote();
}

void LogPanel::setSelectedConnections(const QList<int> &connectionIds)
{
    m_selected = connectionIds;
    updateFilter();
}

void LogPanel::updateFilter()
{
    const bool filtering = m_onlySelectedBox->isChecked() && !m_selected.isEmpty();
    m_proxy->setConnectionFilter(filtering ? QSet<int>(m_selected.cbegin(), m_selected.cend()) : QSet<int>());
}

void LogPanel::updateDroppedNote()
{
    const qint64 dropped = m_model ? m_model->droppedCount() : 0;
    m_droppedNote->setVisible(dropped > 0);
    if (dropped > 0) {
        m_droppedNote->setText(tr("%Ln older message(s) dropped from this log to keep memory bounded (the log keeps the last %1). The connection table still counts every byte.",
                                  nullptr, int(qMin<qint64>(dropped, INT_MAX)))
                                   .arg(QLocale().toString(m_model->maxEntries())));
    }
}

QString LogPanel::textForCopy() const
{
    if (!m_model)
        return {};
    QModelIndexList rows = m_view->selectionModel() ? m_view->selectionModel()->selectedRows() : QModelIndexList();
    if (rows.isEmpty()) {
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            rows.append(m_proxy->index(row, 0));
    }
    std::sort(rows.begin(), rows.end());
    QStringList lines;
    lines.reserve(rows.size());
    for (const QModelIndex &index : std::as_const(rows))
        lines.append(m_model->rowAsText(m_proxy->mapToSource(index).row()));
    return lines.join(QLatin1Char('\n'));
}

void LogPanel::copyToClipboard()
{
    QApplication::clipboard()->setText(textForCopy());
}

void LogPanel::retranslate()
{
    m_hexBox->setText(tr("Hex"));
    m_hexBox->setToolTip(tr("Show the bytes of each message in hexadecimal"));
    m_onlySelectedBox->setText(tr("Only the selected rows"));
    m_onlySelectedBox->setToolTip(tr("Show only the messages of the connections (or peers) selected in the table"));
    m_copyButton->setText(tr("Copy"));
    m_copyButton->setToolTip(tr("Copy the selected messages (or all) as text"));
    m_clearButton->setText(tr("Clear log"));
    updateDroppedNote();
}

void LogPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
