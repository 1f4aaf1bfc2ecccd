#include "app/tabsettings.h"

#include <QSettings>
#include <QTabWidget>

void rememberCurrentTab(QTabWidget *tabs, const QString &key)
{
    tabs->setCurrentIndex(qBound(0, QSettings().value(key, 0).toInt(), tabs->count() - 1));
    QObject::connect(tabs, &QTabWidget::currentChanged, tabs, [key](int index) { QSettings().setValue(key, index); });
}
