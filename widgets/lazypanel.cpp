#include "widgets/lazypanel.h"

#include <QEvent>

LazyPanel::LazyPanel(QWidget *parent)
    : QWidget(parent)
{
}

void LazyPanel::ensureBuilt()
{
    if (m_built)
        return;
    m_built = true;
    build();
}

void LazyPanel::showEvent(QShowEvent *event)
{
    ensureBuilt();
    QWidget::showEvent(event);
}

void LazyPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_built)
        retranslate();
    QWidget::changeEvent(event);
}
