#pragma once

#include "app/serverpage.h"
#include "network/fileserversession.h"

#include <QHash>

class ConnectionTableModel;
class FolderField;

// Servidor de arquivos: one folder shared read-only over TCP, as the course's C file server.
// The page always says what is exposed (the folder), to whom (the bind address) and how to
// restrict it; each client is a row of the table, its transfers are in the log.
class FileServerPage : public ServerPage
{
    Q_OBJECT
public:
    explicit FileServerPage(FileServerSession *session, QWidget *parent = nullptr);

    // The folder the app creates for sharing when the user chose none: empty at first.
    static QString defaultFolder();
    FolderField *folderField() const { return m_folder; }
    void setSharedFolder(const QString &path);
    ConnectionTableModel *connectionModel() const { return m_connections; }
    QLabel *exposureLabel() const { return m_exposure; }

protected:
    void retranslate() override;
    void startSession(const ServerSettings &settings) override;
    void stopSession() override;
    void updateStatus() override;

private:
    void applyBatch(const LabEventBatch &batch);
    void updateExposure();

    QPointer<FileServerSession> m_session;
    ConnectionTableModel *m_connections;
    FolderField *m_folder;
    QLabel *m_exposure;
    QHash<int, TransferFactsPointer> m_transfers; // the latest figures of each connection's transfer
};
