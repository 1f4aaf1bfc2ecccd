#include "widgets/wrappedlabel.h"

#include <QEvent>

WrappedLabel::WrappedLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
}

int WrappedLabel::heightForWidth(int width) const
{
    // Text, margin and indent are compared, not watched: QLabel's setters tell only the layout.
    const Question question { width, margin(), indent(), text() };
    if (!(question == m_asked)) {
        m_answer = QLabel::heightForWidth(width);
        m_asked = question;
    }
    return m_answer;
}

void WrappedLabel::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::ContentsRectChange:
    case QEvent::LayoutDirectionChange:
        m_asked.width = -1;
        break;
    default:
        break;
    }
    QLabel::changeEvent(event);
}
