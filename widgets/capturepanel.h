#pragma once

#include <QWidget>

class ConversationModel;
class HexDumpView;
class LadderDiagram;
class PacketDetailsView;
class PacketListModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

// Packet capture on a page, as Wireshark shows it: the interface and capture filter, Start /
// Stop, the packet list with details by layer and the bytes, a ladder diagram of one
// conversation, and the conversations. Saves and opens .pcap files through the app.
class CapturePanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kInterfaceChars = 30; // the interface list's width, in characters

    explicit CapturePanel(QWidget *parent = nullptr);

    void setModels(PacketListModel *packets, ConversationModel *conversations);
    // (name, text shown) pairs, the text empty for the name alone; preferred is selected.
    void setInterfaces(const QList<QPair<QString, QString>> &interfaces, const QString &preferred);
    // Which interface to choose, when the chosen one cannot see the page's packets (empty: none).
    void showInterfaceHint(const QString &text);
    // The filter that follows the page ("tcp port 65432"), unless the user typed another.
    void setSuggestedFilter(const QString &captureFilter, const QString &displayFilter);
    void setRunning(bool running);
    bool isRunning() const { return m_running; }
    bool followsPage() const;
    void showStatus(const QString &text, bool isError = false);
    QString filter() const;
    QString interfaceName() const;

    QPushButton *startButton() const { return m_startButton; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *interfaceHint() const { return m_interfaceHint; }
    QComboBox *interfaceBox() const { return m_interfaceBox; }
    // Packets, Ladder, Conversations.
    QTabWidget *views() const { return m_tabs; }
    // The views inside those tabs are built when the panel is first shown, or asked for here:
    // about a hundred widgets that a page does not need until someone looks at them.
    QTableView *packetView();
    PacketDetailsView *detailsView();
    HexDumpView *hexView();
    LadderDiagram *ladder();
    QComboBox *conversationBox();

    // Saves the ladder diagram as a PNG; the status line says where, or why not.
    void saveLadderImage(const QString &path);

Q_SIGNALS:
    void startRequested(const QString &interfaceName, const QString &filter);
    void stopRequested();
    // The student picked an interface in the list (also while capturing).
    void interfaceChosen(const QString &interfaceName);
    void saveRequested(const QString &path);
    void openRequested(const QString &path);
    void filterEdited(const QString &filter);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void ensureViews();
    // The views show the models: both are there (setModels, ensureViews).
    void attachViews();
    void retranslate();
    void showPacket(const QModelIndex &index);
    void refreshConversations();
    void showLadder();
    void exportLadder();
    void save();
    void open();

    PacketListModel *m_packets = nullptr;
    ConversationModel *m_conversations = nullptr;
    bool m_running = false;
    bool m_filterTypedByUser = false;
    QString m_displayFilter;
    QLabel *m_interfaceLabel;
    QComboBox *m_interfaceBox;
    QLabel *m_filterLabel;
    QLineEdit *m_filterEdit;
    QPushButton *m_startButton;
    QCheckBox *m_followBox;
    QPushButton *m_saveButton;
    QPushButton *m_openButton;
    QPushButton *m_copyFilterButton;
    QLabel *m_status;
    QTabWidget *m_tabs;
    QLabel *m_interfaceHint;
    // Built by ensureViews(); null until then.
    QTableView *m_packetView = nullptr;
    PacketDetailsView *m_details = nullptr;
    HexDumpView *m_hex = nullptr;
    QComboBox *m_conversationBox = nullptr;
    QPushButton *m_exportButton = nullptr;
    LadderDiagram *m_ladder = nullptr;
    QSortFilterProxyModel *m_sortedConversations = nullptr;
    QTableView *m_conversationView = nullptr;
};
