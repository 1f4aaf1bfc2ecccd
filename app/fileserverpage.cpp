#include "app/fileserverpage.h"

#include "app/sessionconfigs.h"
#include "model/connectiontablemodel.h"
#include "model/transfertext.h"
#include "widgets/connectionpanel.h"
#include "widgets/folderfield.h"
#include "widgets/messagecomposer.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>

namespace {
const char kFolderKey[] = "pages/file-server/root";

// Progress reports are for the status line; the log keeps each transfer's start and end.
LabEventBatch withoutProgress(const LabEventBatch &batch)
{
    LabEventBatch kept;
    kept.reserve(batch.size());
    for (const LabEvent &event : batch) {
        if (event.kind != EventKind::Transfer || !event.transfer
            || event.transfer->phase != TransferFacts::Phase::Progress)
            kept.append(event);
    }
    return kept;
}
} // namespace

FileServerPage::FileServerPage(FileServerSession *session, QWidget *parent)
    : ServerPage(LabMode::FileServer, Transport::Tcp, parent)
    , m_session(session)
    , m_connections(new ConnectionTableModel(this))
    , m_folder(new FolderField(this))
    , m_exposure(new QLabel(this))
{
    m_exposure->setWordWrap(true);
    m_exposure->setTextFormat(Qt::PlainText);
    addControls(m_folder);
    addControls(m_exposure);
    controls()->setMessageOptionsShown(false);
    composer()->hide(); // the server only sends files
    setTableModel(m_connections, ConnectionTableModel::RawValueRole, ConnectionTableModel::ConnectionIdRole,
                  ConnectionTableModel::RemotePortColumn);
    m_folder->setPath(QSettings().value(QLatin1String(kFolderKey), defaultFolder()).toString());
    connect(m_folder, &FolderField::pathChosen, this, [this](const QString &path) {
        QSettings().setValue(QLatin1String(kFolderKey), path);
        updateExposure();
    });
    connect(session, &FileServerSession::eventsReady, this, &FileServerPage::applyBatch);
    // Disconnect and Abort both reset a transfer under way: a FIN would pass a cut file for a whole one.
    const auto abortClients = [this](const QList<int> &ids) {
        callSession(m_session, [ids](FileServerSession *s) {
            for (int id : ids)
                s->abortClient(id);
        });
    };
    connect(connectionPanel(), &ConnectionPanel::disconnectRequested, this, abortClients);
    connect(connectionPanel(), &ConnectionPanel::abortRequested, this, abortClients);
    connect(connectionPanel(), &ConnectionPanel::clearClosedRequested, m_connections, &ConnectionTableModel::clearClosed);
    retranslate();
}

QString FileServerPage::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/compartilhada");
}

void FileServerPage::setSharedFolder(const QString &path)
{
    m_folder->setPath(path);
    updateExposure();
}

void FileServerPage::startSession(const ServerSettings &settings)
{
    const FileServerConfig config = fileServerConfig(settings, m_folder->path());
    if (config.root == defaultFolder())
        QDir().mkpath(config.root); // the app's own folder, empty until the user puts files in it
    m_folder->chooseButton()->setEnabled(false);
    callSession(m_session, [config](FileServerSession *s) { s->start(config); });
}

void FileServerPage::stopSession()
{
    callSession(m_session, [](FileServerSession *s) { s->stop(); });
}

void FileServerPage::applyBatch(const LabEventBatch &batch)
{
    m_connections->applyBatch(batch);
    logBatch(withoutProgress(batch));
    applyServerEvents(batch);
    for (const LabEvent &event : batch) {
        if (event.kind == EventKind::Transfer && event.transfer)
            m_transfers.insert(event.connectionId, event.transfer);
        else if (event.kind == EventKind::Closed)
            m_transfers.remove(event.connectionId);
    }
    updateStatus();
}

void FileServerPage::updateStatus()
{
    m_folder->chooseButton()->setEnabled(!isRunning());
    infoLabel()->setVisible(isRunning()); // stopped, the exposure line says what Start does
    updateExposure();
    statusLabel()->setVisible(isRunning());
    if (!isRunning())
        return;
    QStringList sending;
    for (const TransferFactsPointer &facts : std::as_const(m_transfers)) {
        if (facts->phase == TransferFacts::Phase::Started || facts->phase == TransferFacts::Phase::Progress)
            sending.append(tr("\"%1\" %2 of %3 (%4)").arg(facts->name, TransferText::size(facts->bytes),
                                                          TransferText::size(facts->fileSize),
                                                          TransferText::rate(facts->bytesPerSecond())));
    }
    statusLabel()->setText(sending.isEmpty()
        ? tr("Clients connected: %1. Each asks for a file by its name; the server sends it and closes.").arg(m_connections->openCount())
        : tr("Sending now: %1.").arg(sending.join(QStringLiteral(" · "))));
}

void FileServerPage::updateExposure()
{
    const QString folder = QDir::toNativeSeparators(m_folder->path());
    const QHostAddress bind = controls()->lastSettings().bindAddress;
    const QString address = isRunning() ? listeningOn().toString() : bind.toString();
    const QString who = bind.isLoopback() ? tr("this computer only (%1)").arg(address)
                                          : tr("the whole network (%1)").arg(address);
    m_exposure->setText(
        (isRunning() ? tr("Shared now: the plain files of %1, read-only, to %2.") : tr("Start shares the plain files of %1, read-only, to %2."))
            .arg(folder, who)
        + QLatin1Char(' ') + tr("To restrict: address 127.0.0.1, or a folder with less in it."));
    m_exposure->setToolTip(tr("Names with \"..\", absolute paths, drive letters, network shares, and links leading out of the folder are refused, and so are devices and folders: the log says why."));
}

void FileServerPage::retranslate()
{
    setHeading(tr("File server"),
               tr("Like the course's file server: a name ending in NUL (or a newline) comes in; the file goes out in 4096-byte blocks, then FIN."));
    m_folder->setLabelText(tr("Shared &folder:"));
    connectionPanel()->setExplanation(tr("One row per client: the server's port is the same for all; each client has its own ephemeral port (highlighted)."));
    m_connections->retranslate();
    updateInfo();
    updateStatus();
}
