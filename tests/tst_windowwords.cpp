// Words and folders the student meets around the pages: Qt's socket states in the app's language
// (Chamadas), a window title that names the page once, and file dialogs that open in a folder
// that exists and remember the last one.
#include "app/languagemanager.h"
#include "app/mainwindow.h"
#include "model/primitivetimelinemodel.h"
#include "widgets/filedialogs.h"
#include "widgets/qtsocketstateproxy.h"

#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

class tst_WindowWords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void qtSocketStatesAreTranslated();
    void windowTitleNamesThePageOnce();
    void dialogsOpenInAFolderThatExists();

private:
    QTemporaryDir m_settingsDir;
};

void tst_WindowWords::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("SocketLabTests"));
}

void tst_WindowWords::qtSocketStatesAreTranslated()
{
    LanguageManager languages;
    languages.setLanguage(QStringLiteral("pt_BR"));
    const QStringList names { QStringLiteral("UnconnectedState"), QStringLiteral("HostLookupState"),
                              QStringLiteral("ConnectingState"),  QStringLiteral("ConnectedState"),
                              QStringLiteral("BoundState"),       QStringLiteral("ListeningState"),
                              QStringLiteral("ClosingState") };
    const QStringList expected { QStringLiteral("desconectado"), QStringLiteral("procurando o host"),
                                 QStringLiteral("conectando"),   QStringLiteral("conectado"),
                                 QStringLiteral("vinculado (bind)"), QStringLiteral("escutando"),
                                 QStringLiteral("fechando") };
    QStandardItemModel calls(int(names.size()), 2);
    for (int row = 0; row < names.size(); ++row)
        calls.setData(calls.index(row, 1), names[row]);
    QtSocketStateProxy shown(1);
    shown.setSourceModel(&calls);
    for (int row = 0; row < names.size(); ++row) {
        QCOMPARE(shown.index(row, 1).data().toString(), expected[row]);
        QCOMPARE(shown.index(row, 1).data(Qt::ToolTipRole).toString(), QStringLiteral("QAbstractSocket::") + names[row]);
    }
    languages.setLanguage(QStringLiteral("en"));
    QCOMPARE(shown.index(3, 1).data().toString(), QStringLiteral("connected"));
}

void tst_WindowWords::windowTitleNamesThePageOnce()
{
    QApplication::setApplicationDisplayName(QStringLiteral("SocketLab"));
    LanguageManager languages;
    languages.setLanguage(QStringLiteral("pt_BR"));
    MainWindow window(&languages);
    window.tabs()->setCurrentIndex(0);
    QCOMPARE(window.windowTitle(), QStringLiteral("Servidor TCP simples"));
    window.tabs()->setCurrentIndex(2);
    QCOMPARE(window.windowTitle(), QStringLiteral("Servidor UDP"));
    QVERIFY(!window.windowTitle().contains(QLatin1String("SocketLab"))); // Qt adds it once
    languages.setLanguage(QStringLiteral("en"));
    QTRY_COMPARE(window.windowTitle(), QStringLiteral("UDP server"));
}

void tst_WindowWords::dialogsOpenInAFolderThatExists()
{
    const QString key = QStringLiteral("test/folder");
    QTemporaryDir used;
    QVERIFY(used.isValid());
    FileDialogs::rememberFolder(key, QDir(used.path()).filePath(QStringLiteral("capture.pcap")));
    QCOMPARE(FileDialogs::startFolder(key, QStandardPaths::DocumentsLocation), used.path());
    used.remove(); // the remembered folder is gone: the standard one if it exists, else home
    const QString start = FileDialogs::startFolder(key, QStandardPaths::DocumentsLocation);
    QVERIFY(QDir(start).exists());
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QCOMPARE(start, QDir(documents).exists() ? documents : QDir::homePath());
}

QTEST_MAIN(tst_WindowWords)
#include "tst_windowwords.moc"
