#include "widgets/tabplaceholder.h"

#include <QSignalBlocker>
#include <QTabWidget>

bool replaceTabPlaceholder(QTabWidget *tabs, QWidget *placeholder, QWidget *page)
{
    const int index = tabs->indexOf(placeholder);
    const bool current = tabs->currentIndex() == index;
    {
        const QSignalBlocker quiet(tabs);
        tabs->insertTab(index, page, tabs->tabText(index));
        tabs->setTabToolTip(index, tabs->tabToolTip(index + 1));
        tabs->removeTab(index + 1);
        if (current)
            tabs->setCurrentIndex(index);
    }
    placeholder->deleteLater();
    return current;
}
