// Keyboard and screen readers: every control of every page has a name a screen reader can say
// (its text, a label that is its buddy, or an accessible name), every menu action with a
// shortcut shows it, and the main actions are reachable by keys.
#include "app/languagemanager.h"
#include "app/mainwindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSet>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

class tst_Accessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyControlHasAName_data();
    void everyControlHasAName();
    void menusShowTheirShortcuts();

private:
    QTemporaryDir m_settingsDir;
};

void tst_Accessibility::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("SocketLabTests"));
}

void tst_Accessibility::everyControlHasAName_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("pt_BR") << QStringLiteral("pt_BR");
    QTest::newRow("en") << QStringLiteral("en");
}

void tst_Accessibility::everyControlHasAName()
{
    QFETCH(QString, language);
    LanguageManager languages;
    languages.setLanguage(language);
    MainWindow window(&languages);
    window.labPages(); // every page built, not only the one on screen
    window.show();
    QCoreApplication::processEvents();
    // Every tab opened once, nested ones too: views in closed tabs are built when first shown.
    QSet<QTabWidget *> visited;
    for (bool more = true; more;) {
        more = false;
        const auto tabWidgets = window.findChildren<QTabWidget *>();
        for (QTabWidget *tabs : tabWidgets) {
            if (visited.contains(tabs))
                continue;
            visited.insert(tabs);
            more = true;
            for (int index = 0; index < tabs->count(); ++index)
                tabs->setCurrentIndex(index);
        }
    }
    QCoreApplication::processEvents();

    QSet<QWidget *> labelled;
    const auto labels = window.findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->buddy())
            labelled.insert(label->buddy());
    }
    QStringList unnamed;
    const auto widgets = window.findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        const bool control = qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget)
            || qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractSpinBox *>(widget)
            || qobject_cast<QAbstractItemView *>(widget);
        if (!control || (widget->parent() && qobject_cast<QComboBox *>(widget->parent())))
            continue; // a combo box's own line edit and list are named by the combo box
        // Qt's own parts of views and bars: named by what they belong to.
        static const QByteArrayList internals { "QTableCornerButton", "QComboBoxListView", "QToolBarExtension" };
        if (internals.contains(widget->metaObject()->className()) || qobject_cast<QHeaderView *>(widget))
            continue; // a table's header
        if (qobject_cast<QLineEdit *>(widget) && qobject_cast<QAbstractSpinBox *>(widget->parent()))
            continue; // likewise a spin box's line edit
        if (widget->metaObject()->className() == QByteArray("QToolButton") && widget->objectName().startsWith(QLatin1String("qt_")))
            continue; // Qt's own internal buttons (tab scrollers, dock title bar)
        const auto *button = qobject_cast<QAbstractButton *>(widget);
        const bool named = !widget->accessibleName().isEmpty() || labelled.contains(widget)
            || (button && !button->text().remove(QLatin1Char('&')).trimmed().isEmpty())
            || (qobject_cast<QLineEdit *>(widget) && !qobject_cast<QLineEdit *>(widget)->placeholderText().isEmpty());
        if (!named)
            unnamed.append(QStringLiteral("%1 in %2").arg(QString::fromLatin1(widget->metaObject()->className()),
                                                         QString::fromLatin1(widget->parentWidget()->metaObject()->className())));
    }
    unnamed.removeDuplicates();
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("; "))));
}

void tst_Accessibility::menusShowTheirShortcuts()
{
    LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    MainWindow window(&languages);
    QStringList withShortcuts;
    const auto actions = window.menuBar()->findChildren<QAction *>();
    for (QAction *action : actions) {
        if (!action->shortcut().isEmpty())
            withShortcuts.append(action->text().remove(QLatin1Char('&')));
    }
    // Screenshots, report, zoom, help and quit are all on keys.
    for (const QString &expected : { QStringLiteral("Screenshot of the window"), QStringLiteral("Export lab report…"),
                                     QStringLiteral("Zoom in (projector)"), QStringLiteral("Normal size"), QStringLiteral("Quit") })
        QVERIFY2(withShortcuts.contains(expected), qPrintable(withShortcuts.join(QStringLiteral(", "))));
}

QTEST_MAIN(tst_Accessibility)
#include "tst_accessibility.moc"
