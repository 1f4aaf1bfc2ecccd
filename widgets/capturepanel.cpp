#include "widgets/capturepanel.h"

#include "widgets/labeltone.h"

#include "model/conversationmodel.h"
#include "model/ladder.h"
#include "model/packetlistmodel.h"
#include "widgets/filedialogs.h"
#include "widgets/hexdumpview.h"
#include "widgets/ladderdiagram.h"
#include "widgets/packetdetailsview.h"
#include "widgets/tabplaceholder.h"
#include "widgets/wrappedlabel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QStandardPaths>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

CapturePanel::CapturePanel(QWidget *parent)
    : QWidget(parent)
    , m_interfaceLabel(new QLabel(this))
    , m_interfaceBox(new QComboBox(this))
    , m_filterLabel(new QLabel(this))
    , m_filterEdit(new QLineEdit(this))
    , m_startButton(new QPushButton(this))
    , m_followBox(new QCheckBox(this))
    , m_saveButton(new QPushButton(this))
    , m_openButton(new QPushButton(this))
    , m_copyFilterButton(new QPushButton(this))
    , m_status(new WrappedLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_interfaceHint(new WrappedLabel(this))
{
    m_interfaceLabel->setBuddy(m_interfaceBox);
    m_filterLabel->setBuddy(m_filterEdit);
    m_followBox->setChecked(true);
    m_filterEdit->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("tcp port 65432 and host 192.168.100.100")));
    // Names with addresses can be long: the row keeps its width on a lab PC; the list shows all.
    m_interfaceBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_interfaceBox->setMinimumContentsLength(kInterfaceChars);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide(); // until there is something to say
    m_interfaceHint->setTextFormat(Qt::PlainText); // addresses and names are data, never markup
    m_interfaceHint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setLabelTone(m_interfaceHint, LabelTone::Notice);
    m_interfaceHint->hide();

    auto *row1 = new QHBoxLayout;
    row1->addWidget(m_interfaceLabel);
    row1->addWidget(m_interfaceBox);
    row1->addWidget(m_filterLabel);
    row1->addWidget(m_filterEdit, 1);
    row1->addWidget(m_startButton);
    auto *row2 = new QHBoxLayout;
    row2->addWidget(m_followBox);
    row2->addStretch();
    row2->addWidget(m_copyFilterButton);
    row2->addWidget(m_openButton);
    row2->addWidget(m_saveButton);

    // Packets, Ladder, Conversations: empty until ensureViews() puts the views in.
    for (int tab = 0; tab < 3; ++tab)
        m_tabs->addTab(new QWidget(m_tabs), QString());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row1);
    layout->addLayout(row2);
    layout->addWidget(m_interfaceHint);
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);

    connect(m_startButton, &QPushButton::clicked, this, [this] {
        if (m_running)
            Q_EMIT stopRequested();
        else
            Q_EMIT startRequested(interfaceName(), filter());
    });
    connect(m_interfaceBox, &QComboBox::activated, this,
            [this] { Q_EMIT interfaceChosen(interfaceName()); });
    connect(m_filterEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_filterTypedByUser = true;
        Q_EMIT filterEdited(text);
    });
    connect(m_saveButton, &QPushButton::clicked, this, &CapturePanel::save);
    connect(m_openButton, &QPushButton::clicked, this, &CapturePanel::open);
    connect(m_copyFilterButton, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_displayFilter); });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 1 && m_ladder)
            showLadder();
    });
    retranslate();
}

void CapturePanel::showEvent(QShowEvent *event)
{
    ensureViews();
    QWidget::showEvent(event);
}

void CapturePanel::ensureViews()
{
    if (m_packetView)
        return;
    m_packetView = new QTableView(this);
    m_details = new PacketDetailsView(this);
    m_hex = new HexDumpView(this);
    m_conversationBox = new QComboBox(this);
    m_exportButton = new QPushButton(this);
    m_ladder = new LadderDiagram(this);
    m_conversationView = new QTableView(this);
    for (QTableView *view : { m_packetView, m_conversationView }) {
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setWordWrap(false);
        view->verticalHeader()->hide();
        view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 4);
        view->horizontalHeader()->setStretchLastSection(true);
    }
    m_packetView->setSelectionMode(QAbstractItemView::SingleSelection);
    // The conversations' sort proxy comes with its view: setting a proxy's source is costly
    // (Qt reconnects its signals by name), and a page's first frame does without it.
    m_sortedConversations = new QSortFilterProxyModel(this);
    m_sortedConversations->setSortRole(ConversationModel::RawValueRole);
    m_conversationView->setModel(m_sortedConversations);
    m_conversationView->setSortingEnabled(true);

    auto *bytesSplit = new QSplitter(Qt::Horizontal, this);
    bytesSplit->addWidget(m_details);
    bytesSplit->addWidget(m_hex);
    auto *listSplit = new QSplitter(Qt::Vertical, this);
    listSplit->addWidget(m_packetView);
    listSplit->addWidget(bytesSplit);
    listSplit->setSizes({ 3, 2 });
    listSplit->setChildrenCollapsible(false);

    auto *ladderPage = new QWidget(this);
    auto *ladderLayout = new QVBoxLayout(ladderPage);
    ladderLayout->setContentsMargins(0, 0, 0, 0);
    auto *ladderControls = new QHBoxLayout;
    ladderControls->addWidget(m_conversationBox, 1);
    ladderControls->addWidget(m_exportButton);
    auto *scroll = new QScrollArea(ladderPage);
    scroll->setWidget(m_ladder);
    scroll->setWidgetResizable(true);
    ladderLayout->addLayout(ladderControls);
    ladderLayout->addWidget(scroll, 1);

    QWidget *const views[] = { listSplit, ladderPage, m_conversationView };
    for (int tab = 0; tab < 3; ++tab)
        replaceTabPlaceholder(m_tabs, m_tabs->widget(tab), views[tab]);

    connect(m_details, &PacketDetailsView::bytesSelected, m_hex, &HexDumpView::highlight);
    connect(m_conversationBox, &QComboBox::currentIndexChanged, this, &CapturePanel::showLadder);
    connect(m_exportButton, &QPushButton::clicked, this, &CapturePanel::exportLadder);
    retranslate();
    if (m_packets)
        attachViews();
}

QTableView *CapturePanel::packetView()
{
    ensureViews();
    return m_packetView;
}

PacketDetailsView *CapturePanel::detailsView()
{
    ensureViews();
    return m_details;
}

HexDumpView *CapturePanel::hexView()
{
    ensureViews();
    return m_hex;
}

LadderDiagram *CapturePanel::ladder()
{
    ensureViews();
    return m_ladder;
}

QComboBox *CapturePanel::conversationBox()
{
    ensureViews();
    return m_conversationBox;
}

void CapturePanel::setModels(PacketListModel *packets, ConversationModel *conversations)
{
    m_packets = packets;
    m_conversations = conversations;
    connect(packets, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) {
        m_conversations->addPackets(m_packets, first, last);
        if (!m_packetView)
            return; // the views, when built, show what the models hold then
        if (m_packets->rowCount() <= 30)
            m_packetView->resizeColumnsToContents();
        // The first packet shows its layers at once; later ones wait to be clicked.
        if (!m_packetView->currentIndex().isValid())
            m_packetView->setCurrentIndex(m_packets->index(0, 0));
        refreshConversations();
        if (m_tabs->currentIndex() == 1)
            showLadder();
    });
    connect(packets, &QAbstractItemModel::modelReset, this, [this] {
        m_conversations->clear();
        if (!m_packetView)
            return;
        m_details->clearPacket();
        m_hex->setBytes({});
        refreshConversations();
    });
    if (m_packetView)
        attachViews();
}

void CapturePanel::attachViews()
{
    m_sortedConversations->setSourceModel(m_conversations);
    m_packetView->setModel(m_packets);
    connect(m_packetView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CapturePanel::showPacket);
    if (m_packets->rowCount() > 0) {
        m_packetView->resizeColumnsToContents();
        m_packetView->setCurrentIndex(m_packets->index(0, 0));
    }
    refreshConversations();
    if (m_tabs->currentIndex() == 1)
        showLadder();
}

void CapturePanel::setInterfaces(const QList<QPair<QString, QString>> &interfaces, const QString &preferred)
{
    const QSignalBlocker blocker(m_interfaceBox);
    m_interfaceBox->clear();
    for (const auto &[name, shown] : interfaces)
        m_interfaceBox->addItem(shown.isEmpty() ? name : shown, name);
    const int index = m_interfaceBox->findData(preferred);
    m_interfaceBox->setCurrentIndex(qMax(0, index));
}

void CapturePanel::showInterfaceHint(const QString &text)
{
    m_interfaceHint->setText(text);
    m_interfaceHint->setVisible(!text.isEmpty());
}

void CapturePanel::setSuggestedFilter(const QString &captureFilter, const QString &displayFilter)
{
    m_displayFilter = displayFilter;
    if (!m_filterTypedByUser)
        m_filterEdit->setText(captureFilter);
    retranslate();
}

QString CapturePanel::filter() const
{
    return m_filterEdit->text().trimmed();
}

QString CapturePanel::interfaceName() const
{
    return m_interfaceBox->currentData().toString();
}

bool CapturePanel::followsPage() const
{
    return m_followBox->isChecked();
}

void CapturePanel::setRunning(bool running)
{
    m_running = running;
    m_filterEdit->setEnabled(!running);
    m_openButton->setEnabled(!running);
    retranslate();
}

void CapturePanel::showStatus(const QString &text, bool isError)
{
    setLabelTone(m_status, isError ? LabelTone::Error : LabelTone::Plain);
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty()); // an empty line would take a row from the packets
}

void CapturePanel::showPacket(const QModelIndex &index)
{
    if (!index.isValid() || !m_packets) {
        m_details->clearPacket();
        m_hex->setBytes({});
        return;
    }
    const CapturedPacket packet = m_packets->packetAt(index.row());
    m_hex->setBytes(packet.data);
    // The number column's: the current index may be in any column (Info's raw value is text).
    const int number = index.siblingAtColumn(PacketListModel::NumberColumn).data(PacketListModel::RawValueRole).toInt();
    m_details->setPacket(m_packets->decodedAt(index.row()), number,
                         int(packet.data.size()));
}

void CapturePanel::refreshConversations()
{
    if (!m_conversations)
        return;
    const QString current = m_conversationBox->currentData().toString();
    const QSignalBlocker blocker(m_conversationBox);
    m_conversationBox->clear();
    for (int row = 0; row < m_conversations->rowCount(); ++row) {
        const auto cell = [this, row](int column) { return m_conversations->index(row, column).data().toString(); };
        m_conversationBox->addItem(QStringLiteral("%1  %2:%3 ↔ %4:%5")
                                       .arg(cell(ConversationModel::ProtocolColumn), cell(ConversationModel::AddressAColumn),
                                            cell(ConversationModel::PortAColumn), cell(ConversationModel::AddressBColumn),
                                            cell(ConversationModel::PortBColumn)),
                                   m_conversations->index(row, 0).data(ConversationModel::ConversationRole));
    }
    const int index = m_conversationBox->findData(current);
    m_conversationBox->setCurrentIndex(index >= 0 ? index : m_conversationBox->count() - 1);
}

void CapturePanel::showLadder()
{
    const QString key = m_conversationBox->currentData().toString();
    const Ladder ladder = m_packets ? Ladder::forConversation(*m_packets, key) : Ladder();
    m_ladder->setEnds(ladder.left.isNull() ? QString() : ladder.left.toString(),
                      ladder.right.isNull() ? QString() : ladder.right.toString());
    m_ladder->setSteps(ladder.steps);
    m_exportButton->setEnabled(!ladder.steps.isEmpty());
}

void CapturePanel::exportLadder()
{
    const QString name = QStringLiteral("socketlab-ladder-%1.png").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    const QString path = FileDialogs::saveFileName(this, tr("Export the ladder diagram"), QStringLiteral("ui/imageFolder"),
                                                   QStandardPaths::PicturesLocation, name, tr("PNG images (*.png)"));
    if (!path.isEmpty())
        saveLadderImage(path);
}

void CapturePanel::saveLadderImage(const QString &path)
{
    ensureViews();
    if (m_ladder->grab().save(path, "PNG"))
        showStatus(tr("Ladder diagram saved to %1.").arg(path));
    else
        showStatus(tr("Could not save %1: check the folder and the name.").arg(path), true);
}

void CapturePanel::save()
{
    const QString name = QStringLiteral("socketlab-%1.pcap").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    const QString path = FileDialogs::saveFileName(this, tr("Save the capture"), QStringLiteral("ui/captureFolder"),
                                                   QStandardPaths::DocumentsLocation, name, tr("Packet captures (*.pcap)"));
    if (!path.isEmpty())
        Q_EMIT saveRequested(path);
}

void CapturePanel::open()
{
    const QString path = FileDialogs::openFileName(this, tr("Open a capture"), QStringLiteral("ui/captureFolder"),
                                                   QStandardPaths::DocumentsLocation,
                                                   tr("Packet captures (*.pcap *.pcapng *.cap)"));
    if (!path.isEmpty())
        Q_EMIT openRequested(path);
}

void CapturePanel::retranslate()
{
    m_interfaceLabel->setText(tr("I&nterface:"));
    m_interfaceBox->setToolTip(tr("Where to capture; it can be changed while capturing (the capture starts again there)"));
    m_filterLabel->setText(tr("Capt&ure filter:"));
    m_filterEdit->setToolTip(tr("A BPF capture filter, as tcpdump and Wireshark take it: \"tcp port 65432\", \"udp port 65431\""));
    m_startButton->setText(m_running ? tr("Stop capture") : tr("Capture"));
    m_followBox->setText(tr("Start and stop with the page"));
    m_followBox->setToolTip(tr("Capture while this page's server or client runs"));
    m_saveButton->setText(tr("Save .pcap…"));
    m_saveButton->setToolTip(tr("Save the packets in a file that Wireshark and tshark open"));
    m_openButton->setText(tr("Open .pcap…"));
    m_copyFilterButton->setText(tr("Copy Wireshark filter"));
    m_copyFilterButton->setToolTip(tr("Copy the display filter %1, to look at the same packets in Wireshark").arg(m_displayFilter));
    m_tabs->setTabText(0, tr("Packets"));
    m_tabs->setTabText(1, tr("Ladder"));
    m_tabs->setTabText(2, tr("Conversations"));
    if (!m_packetView)
        return; // the views, built later, are named then
    m_exportButton->setText(tr("Export PNG…"));
    m_packetView->setAccessibleName(tr("Packet list"));
    m_conversationView->setAccessibleName(tr("Conversations"));
    m_conversationBox->setAccessibleName(tr("Conversation shown in the ladder"));
}

void CapturePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
