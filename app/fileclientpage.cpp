#include "app/fileclientpage.h"

#include "app/sessionconfigs.h"
#include "model/connectiontablemodel.h"
#include "model/eventtext.h"
#include "model/transfertext.h"
#include "widgets/burstcontrols.h"
#include "widgets/connectionpanel.h"
#include "widgets/folderfield.h"
#include "widgets/messagecomposer.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>

namespace {
const char kDestinationKey[] = "pages/file-client/destination";
const char kNameKey[] = "pages/file-client/name";
} // namespace

FileClientPage::FileClientPage(FileClientSession *session, QWidget *parent)
    : ClientPage(LabMode::FileClient, Transport::Tcp, parent)
    , m_session(session)
    , m_connections(new ConnectionTableModel(this))
    , m_name(new QLineEdit(this))
    , m_destination(new FolderField(this))
    , m_download(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_figures(new QLabel(this))
{
    controls()->setConnectionControlsShown(false);
    burstControls()->hide();
    composer()->hide(); // the request is the file name: nothing else is sent
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_name, 2);
    layout->addWidget(m_destination, 3);
    layout->addWidget(m_download);
    layout->addWidget(m_cancel);
    addControls(row);
    m_progress->setRange(0, 0);
    m_progress->setVisible(false);
    addControls(m_progress);
    m_figures->setWordWrap(true);
    m_figures->setTextFormat(Qt::PlainText);
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse); // the SHA-256, to compare
    addControls(m_figures);
    m_cancel->setEnabled(false);
    QSettings settings;
    m_name->setText(settings.value(QLatin1String(kNameKey)).toString());
    m_destination->setPath(settings.value(QLatin1String(kDestinationKey),
                                          QStandardPaths::writableLocation(QStandardPaths::DownloadLocation)).toString());
    setTableModel(m_connections, ConnectionTableModel::RawValueRole, ConnectionTableModel::ConnectionIdRole,
                  ConnectionTableModel::LocalPortColumn);
    connect(m_download, &QPushButton::clicked, this, &FileClientPage::requestDownload);
    connect(m_name, &QLineEdit::returnPressed, this, &FileClientPage::requestDownload);
    connect(m_cancel, &QPushButton::clicked, this, &FileClientPage::closeSession);
    connect(session, &FileClientSession::eventsReady, this, &FileClientPage::applyBatch);
    connect(connectionPanel(), &ConnectionPanel::disconnectRequested, this, &FileClientPage::closeSession);
    connect(connectionPanel(), &ConnectionPanel::abortRequested, this, &FileClientPage::closeSession);
    connect(connectionPanel(), &ConnectionPanel::clearClosedRequested, m_connections, &ConnectionTableModel::clearClosed);
    retranslate();
}

void FileClientPage::setRequest(const QString &name, const QString &outputPath)
{
    m_name->setText(name);
    if (!outputPath.isEmpty())
        m_destination->setPath(QFileInfo(outputPath).absolutePath());
}

QString FileClientPage::destinationPath() const
{
    return QDir(m_destination->path()).filePath(QFileInfo(m_name->text().trimmed()).fileName());
}

void FileClientPage::requestDownload()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty() || QFileInfo(name).fileName().isEmpty()) {
        controls()->showError(tr("Type the name of the file to ask the server for."));
        return;
    }
    m_overwrite = false;
    if (QFileInfo::exists(destinationPath())) {
        const auto answer = QMessageBox::question(this, tr("Replace the file?"),
                                                  tr("%1 exists already. Replace it once the download is complete?")
                                                      .arg(QDir::toNativeSeparators(destinationPath())));
        if (answer != QMessageBox::Yes)
            return;
        m_overwrite = true;
    }
    QSettings settings;
    settings.setValue(QLatin1String(kNameKey), name);
    settings.setValue(QLatin1String(kDestinationKey), m_destination->path());
    if (const auto validated = controls()->validatedSettings())
        openWith(*validated);
}

void FileClientPage::openSession(const ClientSettings &settings)
{
    const FileClientConfig config = fileClientConfig(settings, m_name->text().trimmed(), destinationPath(), m_overwrite);
    setBusy(true);
    m_figures->clear();
    callSession(m_session, [config](FileClientSession *s) { s->download(config); });
}

void FileClientPage::closeSession()
{
    callSession(m_session, [](FileClientSession *s) { s->cancel(); });
}

void FileClientPage::setBusy(bool busy)
{
    m_download->setEnabled(!busy);
    m_cancel->setEnabled(busy);
    m_progress->setVisible(busy);
}

void FileClientPage::applyBatch(const LabEventBatch &batch)
{
    m_connections->applyBatch(batch);
    LabEventBatch logged;
    for (const LabEvent &event : batch) {
        if (event.kind == EventKind::Error)
            controls()->showError(EventText::describe(event));
        if (event.kind == EventKind::Connected)
            controls()->clearError();
        if (event.kind == EventKind::Transfer && event.transfer) {
            showTransfer(*event.transfer);
            if (event.transfer->phase == TransferFacts::Phase::Progress)
                continue; // the figures line shows it; the log keeps the start and the end
        }
        logged.append(event);
    }
    logBatch(logged);
}

void FileClientPage::showTransfer(const TransferFacts &facts)
{
    const bool over = facts.phase == TransferFacts::Phase::Finished || facts.phase == TransferFacts::Phase::Failed;
    setBusy(!over);
    QString text = tr("%1 received · %2 · %3").arg(TransferText::size(facts.bytes), TransferText::rate(facts.bytesPerSecond()),
                                                   TransferText::histogram(facts));
    if (facts.phase == TransferFacts::Phase::Finished)
        text += QLatin1Char('\n') + tr("SHA-256 of what arrived: %1 (compare it with the server's)").arg(QString::fromLatin1(facts.sha256));
    if (facts.phase == TransferFacts::Phase::Failed)
        text = TransferText::describe([&facts] {
            LabEvent event = LabEvent::make(EventKind::Transfer);
            event.transfer = TransferFactsPointer::create(facts);
            return event;
        }());
    m_figures->setText(text);
}

void FileClientPage::retranslate()
{
    setHeading(tr("File client"),
               tr("Like the course's file client: connect, send the file's name and a NUL byte, then recv() until the server closes. One send of a large file arrives as many recv() calls of varying sizes: TCP keeps no message boundaries."));
    m_name->setPlaceholderText(tr("File name on the server"));
    m_destination->setLabelText(tr("Save &in:"));
    m_download->setText(tr("&Download"));
    m_cancel->setText(tr("Cancel"));
    infoLabel()->setText(tr("The file is written to a temporary file first and renamed only when the server has closed normally: an interrupted download leaves no half file behind."));
    connectionPanel()->setExplanation(tr("The local port (highlighted) is the ephemeral port the system chose for this download's connection."));
    m_connections->retranslate();
}
