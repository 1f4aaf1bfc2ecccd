#pragma once

#include "app/clientpage.h"
#include "network/fileclientsession.h"

class ConnectionTableModel;
class FolderField;
class QLineEdit;
class QProgressBar;
class QPushButton;

// Cliente de arquivos: asks a file server for one file by name and saves it, showing what TCP
// did with it: bytes, rate, how many recv() calls and of which sizes, and the SHA-256 to compare
// with the server's.
class FileClientPage : public ClientPage
{
    Q_OBJECT
public:
    explicit FileClientPage(FileClientSession *session, QWidget *parent = nullptr);

    // The command line's --get and --output (empty: the destination folder stays).
    void setRequest(const QString &name, const QString &outputPath);
    QLineEdit *nameEdit() const { return m_name; }
    FolderField *destinationField() const { return m_destination; }
    QPushButton *downloadButton() const { return m_download; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *figuresLabel() const { return m_figures; }
    ConnectionTableModel *connectionModel() const { return m_connections; }
    // Where the file asked for is saved: its name (without folders) in the destination folder.
    QString destinationPath() const;

protected:
    void retranslate() override;
    void openSession(const ClientSettings &settings) override;
    void closeSession() override;
    void sendBurst(int) override {}

private:
    void requestDownload();
    void applyBatch(const LabEventBatch &batch);
    void showTransfer(const TransferFacts &facts);
    void setBusy(bool busy);

    QPointer<FileClientSession> m_session;
    ConnectionTableModel *m_connections;
    QLineEdit *m_name;
    FolderField *m_destination;
    QPushButton *m_download;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_figures;
    bool m_overwrite = false; // the user agreed to replace the destination file (asked each time)
};
