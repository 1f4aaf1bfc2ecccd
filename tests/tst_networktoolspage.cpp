// Exercise 4's page: this machine's addresses and the port check, driven through the controls.
#include "app/languagemanager.h"
#include "app/mainwindow.h"
#include "app/networktoolspage.h"
#include "model/localaddressmodel.h"
#include "model/portcheckmodel.h"
#include "widgets/addresspanel.h"
#include "widgets/portcheckpanel.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

class tst_NetworkToolsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void listsThisMachinesAddresses();
    void checksOpenAndClosedPorts();
    void explainsBadInput_data();
    void explainsBadInput();

private:
    QTemporaryDir m_settingsDir;
    LanguageManager *m_languages = nullptr;
    MainWindow *m_window = nullptr;
};

void tst_NetworkToolsPage::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("SocketLabTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_networktoolspage"));
}

void tst_NetworkToolsPage::init()
{
    m_languages = new LanguageManager;
    m_languages->setLanguage(QStringLiteral("en"));
    m_window = new MainWindow(m_languages);
    m_window->show();
}

void tst_NetworkToolsPage::cleanup()
{
    delete m_window;
    delete m_languages;
    QSettings().clear();
}

void tst_NetworkToolsPage::listsThisMachinesAddresses()
{
    LocalAddressModel *model = m_window->toolsPage()->addressModel();
    QStringList addresses;
    for (int row = 0; row < model->rowCount(); ++row)
        addresses.append(model->index(row, 0).data(LocalAddressModel::AddressRole).toString());
    QVERIFY2(addresses.contains(QStringLiteral("127.0.0.1")), qPrintable(addresses.join(QLatin1Char(' '))));
    QCOMPARE(m_window->toolsPage()->addressPanel()->textForCopy().split(QLatin1Char('\n')), addresses);
}

void tst_NetworkToolsPage::checksOpenAndClosedPorts()
{
    QTcpServer open1;
    QTcpServer open2;
    QTcpServer closer;
    QVERIFY(open1.listen(QHostAddress::LocalHost, 0));
    QVERIFY(open2.listen(QHostAddress::LocalHost, 0));
    QVERIFY(closer.listen(QHostAddress::LocalHost, 0));
    const quint16 closed = closer.serverPort();
    closer.close();

    PortCheckPanel *panel = m_window->toolsPage()->portCheckPanel();
    panel->hostEdit()->setText(QStringLiteral("127.0.0.1"));
    panel->portsEdit()->setText(QStringLiteral("%1, %2, %3").arg(open1.serverPort()).arg(closed).arg(open2.serverPort()));
    QTest::mouseClick(panel->checkButton(), Qt::LeftButton);
    PortCheckModel *results = m_window->toolsPage()->portCheckModel();
    QTRY_COMPARE(results->rowCount(), 3);
    QTRY_VERIFY(panel->statusLabel()->text().contains(QStringLiteral("2 open, 1 closed, 0 filtered")));
    for (int row = 0; row < 3; ++row) {
        const quint16 port = quint16(results->index(row, PortCheckModel::PortColumn).data().toUInt());
        const QString status = results->index(row, PortCheckModel::StatusColumn).data().toString();
        QCOMPARE(status, port == closed ? QStringLiteral("closed") : QStringLiteral("open"));
    }
    // The ports are remembered for next time.
    QCOMPARE(QSettings().value(QStringLiteral("pages/port-check/ports")).toString(), panel->portsEdit()->text());
}

void tst_NetworkToolsPage::explainsBadInput_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("ports");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty host") << "" << "80" << "Type the machine's name";
    QTest::newRow("empty ports") << "127.0.0.1" << " " << "Type the port to check";
    QTest::newRow("letters") << "127.0.0.1" << "http" << "Ports are numbers";
    QTest::newRow("zero") << "127.0.0.1" << "0" << "Ports go from 1 to 65535";
    QTest::newRow("65536") << "127.0.0.1" << "65536" << "Ports go from 1 to 65535";
    QTest::newRow("reversed") << "127.0.0.1" << "10-5" << "A range goes from the lower port";
    QTest::newRow("too many") << "127.0.0.1" << "1-2000" << "At most 1024 ports";
}

void tst_NetworkToolsPage::explainsBadInput()
{
    QFETCH(QString, host);
    QFETCH(QString, ports);
    QFETCH(QString, expected);
    PortCheckPanel *panel = m_window->toolsPage()->portCheckPanel();
    panel->hostEdit()->setText(host);
    panel->portsEdit()->setText(ports);
    QTest::mouseClick(panel->checkButton(), Qt::LeftButton);
    QVERIFY2(panel->statusLabel()->text().startsWith(expected), qPrintable(panel->statusLabel()->text()));
    QCOMPARE(m_window->toolsPage()->portCheckModel()->rowCount(), 0);
}

QTEST_MAIN(tst_NetworkToolsPage)
#include "tst_networktoolspage.moc"
