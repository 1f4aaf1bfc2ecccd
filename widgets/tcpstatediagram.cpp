#include "widgets/tcpstatediagram.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

namespace {
using State = KernelSocketState;

// Where each state sits, on a grid of 3 columns and 7 rows (the textbook layout: opening
// on top, the active close down the left, the passive close down the right). CLOSED stands
// twice: where a connection starts, on top, and where it ends, at the bottom.
struct Node
{
    State state;
    int column;
    int row;
    bool ending = false; // the CLOSED a connection reaches at its end
};
const Node kNodes[] = {
    { State::Closed, 1, 0 },      { State::Listen, 0, 1 },     { State::SynSent, 2, 1 },
    { State::SynReceived, 0, 2 }, { State::Established, 1, 3 }, { State::FinWait1, 0, 4 },
    { State::CloseWait, 2, 4 },   { State::FinWait2, 0, 5 },   { State::Closing, 1, 5 },
    { State::LastAck, 2, 5 },     { State::TimeWait, 0, 6 },   { State::Closed, 2, 6, true },
};

struct Edge
{
    State from;
    State to;
    const char *label; // events / actions, as the RFC writes them
};
const Edge kEdges[] = {
    { State::Closed, State::Listen, "listen()" },
    { State::Closed, State::SynSent, "connect() / SYN" },
    { State::Listen, State::SynReceived, "SYN / SYN+ACK" },
    { State::SynSent, State::Established, "SYN+ACK / ACK" },
    { State::SynReceived, State::Established, "ACK" },
    { State::Established, State::FinWait1, "close() / FIN" },
    { State::Established, State::CloseWait, "FIN / ACK" },
    { State::FinWait1, State::FinWait2, "ACK" },
    { State::FinWait1, State::Closing, "FIN / ACK" },
    { State::FinWait2, State::TimeWait, "FIN / ACK" },
    { State::Closing, State::TimeWait, "ACK" },
    { State::CloseWait, State::LastAck, "close() / FIN" },
    { State::LastAck, State::Closed, "ACK" },
    { State::TimeWait, State::Closed, "2·MSL" },
};

constexpr int kTopMargin = 48; // room for a caption of two lines

// The node a state stands on: a CLOSED arrived at (not where a path starts) is the ending one.
const Node &nodeOf(State state, bool arrived)
{
    const bool ending = arrived && state == State::Closed;
    for (const Node &node : kNodes) {
        if (node.state == state && node.ending == ending)
            return node;
    }
    return kNodes[0];
}
} // namespace

TcpStateDiagram::TcpStateDiagram(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("TCP state diagram"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void TcpStateDiagram::setPath(const QList<KernelSocketState> &path)
{
    m_path = path;
    update();
}

void TcpStateDiagram::setCaption(const QString &caption)
{
    m_caption = caption;
    update();
}

QSize TcpStateDiagram::sizeHint() const
{
    return QSize(560, 560);
}

QSize TcpStateDiagram::minimumSizeHint() const
{
    return QSize(420, 420);
}

void TcpStateDiagram::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    painter.fillRect(rect(), pal.color(QPalette::Base));
    const bool dark = pal.color(QPalette::Base).lightness() < 128;

    const QRectF area = QRectF(rect()).adjusted(12, kTopMargin, -12, -12);
    const qreal cellWidth = area.width() / 3;
    const qreal cellHeight = area.height() / 7;
    const QSizeF box(qMin(150.0, cellWidth * 0.82), qMin(34.0, cellHeight * 0.6));
    auto boxFor = [&](const Node &node) {
        const QPointF centre(area.left() + cellWidth * (node.column + 0.5), area.top() + cellHeight * (node.row + 0.5));
        return QRectF(centre - QPointF(box.width() / 2, box.height() / 2), box);
    };

    // Which edges and states the connection went through.
    QList<QPair<State, State>> taken;
    QList<const Node *> visited;
    for (int i = 0; i < m_path.size(); ++i) {
        if (i > 0)
            taken.append({ m_path.at(i - 1), m_path.at(i) });
        visited.append(&nodeOf(m_path.at(i), i > 0));
    }
    const Node *current = visited.isEmpty() ? nullptr : visited.constLast();

    const QColor line = pal.color(QPalette::Mid);
    const QColor highlight(0x15, 0x65, 0xc0);
    QFont labelFont = font();
    labelFont.setPointSizeF(font().pointSizeF() * 0.8);

    // The caption.
    painter.setPen(pal.color(QPalette::Text));
    QFont captionFont = font();
    captionFont.setBold(true);
    painter.setFont(captionFont);
    painter.drawText(QRectF(12, 4, width() - 24, kTopMargin - 6), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
                     m_caption.isEmpty() ? tr("Select a TCP connection in the table to see its path") : m_caption);

    // Edges first, under the boxes.
    for (const Edge &edge : kEdges) {
        const QRectF from = boxFor(nodeOf(edge.from, false));
        const QRectF to = boxFor(nodeOf(edge.to, true));
        const bool onPath = taken.contains({ edge.from, edge.to });
        // From the side of one box that faces the other, to the facing side of the other.
        QPointF start = from.center();
        QPointF end = to.center();
        const QLineF centres(start, end);
        auto clip = [](const QRectF &r, const QLineF &l, bool atStart) {
            const QPointF c = r.center();
            const qreal dx = l.dx();
            const qreal dy = l.dy();
            const qreal sx = dx != 0 ? (r.width() / 2) / qAbs(dx) : 1e9;
            const qreal sy = dy != 0 ? (r.height() / 2) / qAbs(dy) : 1e9;
            const qreal s = qMin(sx, sy);
            return atStart ? c + QPointF(dx * s, dy * s) : c - QPointF(dx * s, dy * s);
        };
        start = clip(from, centres, true);
        end = clip(to, centres, false);
        const QLineF arrow(start, end);
        painter.setPen(QPen(onPath ? highlight : line, onPath ? 3 : 1.3));
        painter.drawLine(arrow);
        // The arrow head.
        const qreal angle = qAtan2(-arrow.dy(), arrow.dx());
        const qreal head = 9;
        const QPointF p1 = end - QPointF(qCos(angle + M_PI / 7) * head, -qSin(angle + M_PI / 7) * head);
        const QPointF p2 = end - QPointF(qCos(angle - M_PI / 7) * head, -qSin(angle - M_PI / 7) * head);
        QPainterPath headPath;
        headPath.moveTo(end);
        headPath.lineTo(p1);
        headPath.lineTo(p2);
        headPath.closeSubpath();
        painter.fillPath(headPath, onPath ? highlight : line);
        // The label, beside the middle of the arrow.
        painter.setFont(labelFont);
        painter.setPen(onPath ? highlight : pal.color(QPalette::PlaceholderText));
        const QPointF middle = arrow.center();
        const QString label = QString::fromUtf8(edge.label);
        const QRectF labelRect(middle.x() + 4, middle.y() - 9, 140, 18);
        painter.drawText(labelRect, Qt::AlignLeft | Qt::AlignVCenter, label);
    }

    // The states.
    QFont boxFont = font();
    boxFont.setBold(true);
    for (const Node &node : kNodes) {
        const QRectF r = boxFor(node);
        const bool wasVisited = visited.contains(&node);
        const bool isCurrent = &node == current;
        QColor fill = pal.color(QPalette::Button);
        QColor text = pal.color(QPalette::ButtonText);
        if (wasVisited) {
            fill = dark ? QColor(0x1f, 0x3a, 0x5f) : QColor(0xdc, 0xe9, 0xfa);
        }
        if (isCurrent) {
            fill = highlight;
            text = Qt::white;
        }
        QPainterPath path;
        path.addRoundedRect(r, 8, 8);
        painter.fillPath(path, fill);
        painter.setPen(QPen(wasVisited || isCurrent ? highlight : line, isCurrent ? 2.5 : 1.2));
        painter.drawPath(path);
        painter.setFont(boxFont);
        painter.setPen(text);
        painter.drawText(r, Qt::AlignCenter, kernelSocketStateName(node.state));
    }

    // The legend: what is not drawn.
    painter.setFont(labelFont);
    painter.setPen(pal.color(QPalette::PlaceholderText));
    painter.drawText(QRectF(area.left(), area.bottom() - 16, area.width(), 16), Qt::AlignRight | Qt::AlignVCenter,
                     tr("RST on an open connection: straight to CLOSED"));
}

void TcpStateDiagram::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        update();
    QWidget::changeEvent(event);
}
