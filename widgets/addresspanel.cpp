#include "widgets/addresspanel.h"

#include "widgets/wrappedlabel.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

AddressPanel::AddressPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_explanation(new WrappedLabel(this))
    , m_view(new QTableView(this))
    , m_copyButton(new QPushButton(this))
    , m_refreshButton(new QPushButton(this))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copyButton);
    buttons->addWidget(m_refreshButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_explanation);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_copyButton, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(textForCopy()); });
    connect(m_refreshButton, &QPushButton::clicked, this, &AddressPanel::refreshRequested);
    retranslate();
}

void AddressPanel::setModel(QAbstractItemModel *model, int addressRole)
{
    m_addressRole = addressRole;
    m_view->setModel(model);
    connect(model, &QAbstractItemModel::modelReset, m_view, &QTableView::resizeColumnsToContents);
    m_view->resizeColumnsToContents();
}

QString AddressPanel::textForCopy() const
{
    QModelIndexList rows = m_view->selectionModel() ? m_view->selectionModel()->selectedRows() : QModelIndexList();
    if (rows.isEmpty()) {
        for (int row = 0; row < m_view->model()->rowCount(); ++row)
            rows.append(m_view->model()->index(row, 0));
    }
    QStringList addresses;
    for (const QModelIndex &index : std::as_const(rows))
        addresses.append(index.data(m_addressRole).toString());
    return addresses.join(QLatin1Char('\n'));
}

void AddressPanel::retranslate()
{
    m_title->setText(tr("This machine's IP addresses"));
    m_explanation->setText(tr("A classmate connects to one of the addresses in bold (reachable from the network), with the server on \"All interfaces\". 127.0.0.1 and ::1 reach only this machine."));
    m_copyButton->setText(tr("Cop&y addresses"));
    m_copyButton->setToolTip(tr("Copy the selected addresses (or all) to the clipboard"));
    m_refreshButton->setText(tr("Re&fresh"));
    m_refreshButton->setToolTip(tr("Read the interfaces again (after plugging a cable or joining a Wi-Fi network)"));
    m_view->setAccessibleName(tr("This machine's IP addresses"));
}

void AddressPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
    // Other titles, or the zoom's font: the columns make room for them.
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange || event->type() == QEvent::PolishRequest)
        m_view->resizeColumnsToContents();
}
