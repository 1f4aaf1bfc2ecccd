// A lab PC (1366x768) and a projector (1280x720), in both languages, at zoom 0 and +2: the window
// fits the screen, no header of the pages' tables is cut (a section narrower than its text needs,
// unless elided on purpose with a tooltip) and no visible control is cut by the window or
// overlaps a sibling.
#include "app/languagemanager.h"
#include "app/labpage.h"
#include "app/mainwindow.h"
#include "app/commandline.h"
#include "app/tcpserverpage.h"
#include "app/zoomcontroller.h"
#include "widgets/servercontrols.h"
#include "model/connectiontablemodel.h"
#include "widgets/connectionpanel.h"
#include "widgets/connectiontableview.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QFile>
#include <QFont>
#include <QHeaderView>
#include <QLineEdit>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

namespace {
// Every tab opened once, nested ones too: views in closed tabs are laid out when first shown.
void visitTabs(QTabWidget *tabs, const std::function<void()> &check)
{
    for (int index = 0; index < tabs->count(); ++index) {
        tabs->setCurrentIndex(index);
        QCoreApplication::processEvents();
        const auto nested = tabs->currentWidget()->findChildren<QTabWidget *>();
        if (nested.isEmpty())
            check();
        for (QTabWidget *inner : nested)
            visitTabs(inner, check);
    }
}

QString describe(const QWidget *widget)
{
    QString text;
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        text = button->text();
    else if (const auto *edit = qobject_cast<const QLineEdit *>(widget))
        text = edit->placeholderText();
    return QStringLiteral("%1 \"%2\" (%3)").arg(QString::fromLatin1(widget->metaObject()->className()), text,
                                                widget->accessibleName());
}

// Cut: a section narrower than its text needs (without a tooltip); off view: a section that
// starts or ends past the view's right edge, seen only by scrolling sideways.
// With checkContents, a column narrower than its rows' text is cut too (rows the test controls:
// the default layout's Estados may list other programs' sockets on the course's port).
void checkHeaders(const QWidget *window, QStringList *problems, QStringList *offView, bool checkContents = false)
{
    const auto headers = window->findChildren<QHeaderView *>();
    for (const QHeaderView *header : headers) {
        if (!header->isVisible() || header->orientation() != Qt::Horizontal || !header->model())
            continue;
        // Conversas is not one of the views this checks (issue 19 item 5 names them); its panel
        // belongs to the capture work.
        if (header->parentWidget()->accessibleName() == QCoreApplication::translate("CapturePanel", "Conversations"))
            continue;
        for (int logical = 0; logical < header->count(); ++logical) {
            if (header->isSectionHidden(logical))
                continue;
            const QString text = header->model()->headerData(logical, Qt::Horizontal).toString();
            const QString tip = header->model()->headerData(logical, Qt::Horizontal, Qt::ToolTipRole).toString();
            const int right = header->sectionPosition(logical) + header->sectionSize(logical);
            if (right > header->viewport()->width() + 1)
                offView->append(QStringLiteral("column \"%1\": past the view's edge (%2 > %3 px)").arg(text).arg(right).arg(header->viewport()->width()));
            else if (const auto *table = qobject_cast<const QAbstractItemView *>(header->parentWidget()); // public there
                     checkContents && table && table->sizeHintForColumn(logical) > header->sectionSize(logical) && tip.isEmpty()
                     && logical != header->logicalIndex(header->count() - 1))
                problems->append(QStringLiteral("column \"%1\": contents %2 > %3 px").arg(text).arg(table->sizeHintForColumn(logical)).arg(header->sectionSize(logical)));
            else if (header->sectionSize(logical) < header->sectionSizeHint(logical) && tip.isEmpty())
                problems->append(QStringLiteral("column \"%1\": %2 < %3 px").arg(text).arg(header->sectionSize(logical)).arg(header->sectionSizeHint(logical)));
        }
    }
}

// Exercise 3 is read off the connection table: a few clients' rows must show without
// dragging the splitter, in the default layout (the log open below the table).
void checkTableRows(const QWidget *window, QStringList *problems)
{
    constexpr int kMinimumRows = 3;
    for (const LabPage *page : window->findChildren<LabPage *>()) {
        const auto *table = page->findChild<ConnectionTableView *>();
        if (!page->isVisible() || page->views()->currentIndex() != 0 || !table)
            continue;
        const int rows = table->viewport()->height() / table->verticalHeader()->defaultSectionSize();
        if (rows < kMinimumRows)
            problems->append(QStringLiteral("the connection table shows %1 row(s), fewer than %2").arg(rows).arg(kMinimumRows));
    }
}

void checkControls(const QWidget *window, QStringList *problems)
{
    const QRect inside = window->rect();
    QList<QWidget *> controls;
    const auto widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisible() || (!qobject_cast<QAbstractButton *>(widget) && !qobject_cast<QLineEdit *>(widget)))
            continue;
        if (widget->objectName().startsWith(QLatin1String("qt_")) || qobject_cast<QAbstractSpinBox *>(widget->parentWidget())
            || qobject_cast<QAbstractItemView *>(widget->parentWidget()) || qobject_cast<QTabBar *>(widget->parentWidget()))
            continue; // Qt's own parts (tab scrollers, a spin box's line edit, the table corner)
        const QRect onWindow(widget->mapTo(window, QPoint()), widget->size());
        // Inside the window, and inside any scroll area's viewport it sits in is fine: clip by parents.
        QRect visible = onWindow;
        QString clippedBy;
        for (QWidget *parent = widget->parentWidget(); parent && parent != window; parent = parent->parentWidget()) {
            const QRect before = visible;
            visible &= QRect(parent->mapTo(window, QPoint()), parent->size());
            if (visible != before && clippedBy.isEmpty())
                clippedBy = QString::fromLatin1(parent->metaObject()->className());
        }
        if (!inside.contains(onWindow) || visible != onWindow)
            problems->append(QStringLiteral("%1 cut by %6: %2x%3 shown of %4x%5").arg(describe(widget)).arg(visible.width()).arg(visible.height()).arg(onWindow.width()).arg(onWindow.height()).arg(clippedBy.isEmpty() ? QStringLiteral("the window") : clippedBy));
        controls.append(widget);
    }
    for (int i = 0; i < controls.size(); ++i) {
        for (int j = i + 1; j < controls.size(); ++j) {
            if (controls[i]->parentWidget() != controls[j]->parentWidget())
                continue;
            if (controls[i]->geometry().intersects(controls[j]->geometry()))
                problems->append(QStringLiteral("%1 overlaps %2").arg(describe(controls[i]), describe(controls[j])));
        }
    }
}
} // namespace

class tst_ScreenFit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void windowFitsTheScreen();
    void nothingIsCut_data();
    void nothingIsCut();
    void rowsWithTheirWidestTextFit();

private:
    QTemporaryDir m_settingsDir;
};

void tst_ScreenFit::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("SocketLabTests"));
}

void tst_ScreenFit::windowFitsTheScreen()
{
    // The offscreen screen is 800x800: smaller than the window's preferred 1280x800, so the
    // window opens maximized there (under Wine's virtual screen it may open at 1280x800).
    LanguageManager languages;
    languages.setLanguage(QStringLiteral("pt_BR"));
    MainWindow window(&languages);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QSize available = window.screen()->availableGeometry().size();
    QVERIFY2(window.width() <= available.width() && window.height() <= available.height(),
             qPrintable(QStringLiteral("%1x%2").arg(window.width()).arg(window.height())));
    if (available.width() < 1280 || available.height() < 800)
        QVERIFY(window.windowState() & Qt::WindowMaximized);
    // Zoom and help keep that state: the window neither grows nor leaves maximized.
    const Qt::WindowStates state = window.windowState();
    const QSize before = window.size();
    QFont font = QApplication::font();
    const QFont original = font;
    font.setPointSizeF(font.pointSizeF() * 1.2);
    QApplication::setFont(font);
    if (auto *help = window.findChild<QWidget *>(QStringLiteral("help")))
        help->show();
    QCoreApplication::processEvents();
    QApplication::setFont(original);
    QCOMPARE(window.size(), before);
    QCOMPARE(window.windowState(), state);
    QVERIFY(window.statusBar()->isVisible());
}

void tst_ScreenFit::nothingIsCut_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("zoomPercent");
    // The client area of a maximized window: the screen less a title bar and a panel.
    for (const QString &language : { QStringLiteral("pt_BR"), QStringLiteral("en") }) {
        for (const QSize &screen : { QSize(1366, 768), QSize(1280, 720) }) {
            for (int zoom : { 100, 120 }) {
                QTest::addRow("%s %dx%d %d%%", qPrintable(language), screen.width(), screen.height(), zoom)
                    << language << QSize(screen.width(), screen.height() - 60) << zoom;
            }
        }
    }
}

void tst_ScreenFit::nothingIsCut()
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    QFETCH(int, zoomPercent);
    // As the student's zoom is restored: the window's ZoomController reads it at start.
    QSettings().setValue(QStringLiteral("ui/zoom"), zoomPercent);
    QSettings().setValue(QStringLiteral("ui/helpVisible"), false); // the default layout
    LanguageManager languages;
    languages.setLanguage(language);
    MainWindow window(&languages);
    QCOMPARE(QApplication::font().pointSizeF(), ZoomController::baseFontSize() * zoomPercent / 100.0);
    window.labPages();
    window.setWindowState(Qt::WindowNoState);
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.size(), size);
    QStringList problems;
    QStringList offView;
    const QString shotDir = qEnvironmentVariable("SOCKETLAB_SCREENFIT_SHOTS");
    int shot = 0;
    for (QTabWidget *pages : window.findChildren<QTabWidget *>()) {
        if (pages->parentWidget() != &window && pages != window.centralWidget())
            continue;
        visitTabs(pages, [&] {
            QStringList found;
            checkHeaders(&window, &found, &offView);
            checkControls(&window, &found);
            checkTableRows(&window, &found);
            auto *page = qobject_cast<QTabWidget *>(window.centralWidget());
            const QString where = page ? page->tabText(page->currentIndex()) : QString();
            for (const QString &problem : std::as_const(found))
                problems.append(where + QStringLiteral(": ") + problem);
            for (QString &problem : offView) {
                if (!problem.contains(QLatin1String(": column")))
                    problem.prepend(where + QStringLiteral(": "));
            }
            if (window.size() != size)
                problems.append(where + QStringLiteral(": the window grew to %1x%2").arg(window.width()).arg(window.height()));
            if (!shotDir.isEmpty())
                window.grab().save(QStringLiteral("%1/%2-%3x%4-%5-%6.png").arg(shotDir, language).arg(size.width()).arg(size.height()).arg(zoomPercent).arg(shot++));
        });
    }
    problems.removeDuplicates();
    if (!shotDir.isEmpty()) {
        QFile list(QStringLiteral("%1/%2-%3x%4-%5.txt").arg(shotDir, language).arg(size.width()).arg(size.height()).arg(zoomPercent));
        if (list.open(QIODevice::WriteOnly))
            list.write((problems + offView).join(QLatin1Char('\n')).toUtf8());
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    offView.removeDuplicates();
    QVERIFY2(offView.isEmpty(), qPrintable(offView.join(QLatin1Char('\n'))));
}

void tst_ScreenFit::rowsWithTheirWidestTextFit()
{
    // The worst case: a projector, zoom +2, Portuguese, and rows with a closed connection.
    const QSize size(1280, 720 - 60);
    QSettings().setValue(QStringLiteral("ui/zoom"), 120);
    QSettings().setValue(QStringLiteral("ui/helpVisible"), false);
    LanguageManager languages;
    languages.setLanguage(QStringLiteral("pt_BR"));
    MainWindow window(&languages);
    window.setWindowState(Qt::WindowNoState); // the offscreen screen is smaller: as maximized on the simulated one
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    const CommandLineResult parsed = CommandLine::parse({ QStringLiteral("socketlab"), QStringLiteral("--mode"),
                                                          QStringLiteral("tcp-multi"), QStringLiteral("--bind"),
                                                          QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                                                          QString::number(port) });
    QCOMPARE(parsed.status, CommandLineResult::Ok);
    window.startFromCommandLine(parsed.options);
    auto *page = qobject_cast<LabPage *>(window.tabs()->currentWidget());
    QVERIFY(page);
    QTcpSocket first;
    QTcpSocket second;
    QTRY_VERIFY(window.serverPage(TcpServerKind::Multi)->controls()->isRunning());
    for (QTcpSocket *client : { &first, &second }) {
        client->connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(client->waitForConnected(5000));
        client->write("ola\n");
    }
    first.disconnectFromHost(); // its row: closed by the peer
    QAbstractItemModel *rows = page->connectionPanel()->table()->model();
    QTRY_COMPARE(rows->rowCount(), 2);
    QTest::qWait(1500); // the kernel's table (Estados) read at least twice

    QStringList problems;
    QStringList offView;
    auto *views = page->findChild<QTabWidget *>();
    QVERIFY(views);
    for (int index = 0; index < views->count(); ++index) {
        views->setCurrentIndex(index);
        QCoreApplication::processEvents();
        checkHeaders(&window, &problems, &offView, true);
        checkControls(&window, &problems);
    }
    problems.removeDuplicates();
    offView.removeDuplicates();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY2(offView.isEmpty(), qPrintable(offView.join(QLatin1Char('\n'))));
}

QTEST_MAIN(tst_ScreenFit)
#include "tst_screenfit.moc"
