#include "widgets/ladderdiagram.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

namespace {
constexpr int kHeaderHeight = 44;
constexpr int kStepHeight = 34;
constexpr int kTimeColumn = 86;
// Kinds as PacketListModel numbers them: handshake, data, ack, teardown, reset.
QColor colourFor(int kind)
{
    switch (kind) {
    case 0: return QColor(0x2e, 0x7d, 0x32);
    case 1: return QColor(0x15, 0x65, 0xc0);
    case 3: return QColor(0x61, 0x61, 0x61);
    case 4: return QColor(0xc6, 0x28, 0x28);
    default: return QColor(0x5e, 0x35, 0xb1);
    }
}
} // namespace

LadderDiagram::LadderDiagram(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Ladder diagram"));
}

void LadderDiagram::setEnds(const QString &left, const QString &right)
{
    m_left = left;
    m_right = right;
    update();
}

void LadderDiagram::setSteps(const QList<Step> &steps)
{
    m_steps = steps;
    setMinimumHeight(sizeHint().height());
    updateGeometry();
    update();
}

QSize LadderDiagram::sizeHint() const
{
    return QSize(640, kHeaderHeight + kStepHeight * int(qMax<qsizetype>(3, m_steps.size())) + 20);
}

void LadderDiagram::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    painter.fillRect(rect(), pal.color(QPalette::Base));
    const qreal leftX = kTimeColumn + 80;
    const qreal rightX = width() - 80;
    QFont bold = font();
    bold.setBold(true);

    if (m_steps.isEmpty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("Choose a conversation to see its packets as a ladder"));
        return;
    }

    // The two ends and their time lines.
    painter.setFont(bold);
    painter.setPen(pal.color(QPalette::Text));
    painter.drawText(QRectF(leftX - 120, 6, 240, 20), Qt::AlignCenter, m_left);
    painter.drawText(QRectF(rightX - 120, 6, 240, 20), Qt::AlignCenter, m_right);
    painter.setFont(font());
    painter.setPen(QPen(pal.color(QPalette::Mid), 2));
    const qreal bottom = kHeaderHeight + kStepHeight * m_steps.size();
    painter.drawLine(QPointF(leftX, kHeaderHeight - 12), QPointF(leftX, bottom));
    painter.drawLine(QPointF(rightX, kHeaderHeight - 12), QPointF(rightX, bottom));

    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.9);
    for (int i = 0; i < m_steps.size(); ++i) {
        const Step &step = m_steps.at(i);
        const qreal y = kHeaderHeight + kStepHeight * i + 8;
        const QColor colour = colourFor(step.kind);
        // The time, on the left.
        painter.setFont(small);
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(QRectF(4, y + 4, kTimeColumn - 8, 18), Qt::AlignRight | Qt::AlignVCenter,
                         QLocale::c().toString(step.seconds, 'f', 6));
        // The arrow, sloping down a little: a packet takes time to travel.
        const QPointF from(step.leftToRight ? leftX : rightX, y + 6);
        const QPointF to(step.leftToRight ? rightX : leftX, y + kStepHeight - 10);
        painter.setPen(QPen(colour, 2));
        painter.drawLine(from, to);
        const QLineF line(from, to);
        const qreal angle = qAtan2(-line.dy(), line.dx());
        const qreal head = 10;
        QPainterPath arrowHead;
        arrowHead.moveTo(to);
        arrowHead.lineTo(to - QPointF(qCos(angle + M_PI / 8) * head, -qSin(angle + M_PI / 8) * head));
        arrowHead.lineTo(to - QPointF(qCos(angle - M_PI / 8) * head, -qSin(angle - M_PI / 8) * head));
        arrowHead.closeSubpath();
        painter.fillPath(arrowHead, colour);
        // The label above the middle of the arrow, on a background so it stays readable.
        painter.setFont(small);
        const QRectF labelRect(leftX + 12, y - 8, rightX - leftX - 24, 16);
        const QString label = painter.fontMetrics().elidedText(step.label, Qt::ElideRight, int(labelRect.width()));
        QRectF textRect = painter.fontMetrics().boundingRect(label);
        textRect.moveCenter(labelRect.center());
        painter.fillRect(textRect.adjusted(-3, 0, 3, 0), pal.color(QPalette::Base));
        painter.setPen(colour);
        painter.drawText(textRect, Qt::AlignCenter, label);
    }
}
