#include "widgets/tabplaceholder.h"

#include <QSignalBlocker>
#include <QTabWidget>

bool replaceTabPlaceholder(QTabWidget *tabs, QWidget *placeholder, QWidget *page)
{
    const int index = tabs->indexOf(placeholder);
    const bool current = tabs->currentIndex() == index;
    {
        const QSignalBlocker quiet(tabs);
        // The page's layout runs at the size it will have, not at a default one first.
        page->setGeometry(placeholder->geometry());
        tabs->insertTab(index, page, tabs->tabText(index));
        tabs->setTabToolTip(index, tabs->tabToolTip(index + 1));
        tabs->removeTab(index + 1);
        if (current)
            tabs->setCurrentIndex(index);
    }
    placeholder->deleteLater();
    return current;
}
