#include "MappingGraphView.h"

#include "MappingGraphLayout.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

namespace syncstudio::ui {

namespace {
constexpr qreal NodeWidth = 250;
constexpr qreal NodeHeight = 54;
constexpr qreal ColumnGap = 90;
constexpr qreal RowGap = 26;
constexpr qreal Margin = 24;

const QColor Accent(0x2f, 0x6f, 0xeb);
const QColor CycleRed(0xd0, 0x2b, 0x2b);

void drawArrowHead(QPainter& p, const QPointF& tip, const QPointF& from, const QColor& color)
{
    const QPointF d = tip - from;
    const qreal length = std::hypot(d.x(), d.y());
    if (length <= 0)
        return;
    const QPointF u = d / length;
    const QPointF n(-u.y(), u.x());
    QPolygonF head;
    head << tip << tip - u * 10 + n * 5 << tip - u * 10 - n * 5;
    p.setBrush(color);
    p.setPen(Qt::NoPen);
    p.drawPolygon(head);
}
} // namespace

MappingGraphView::MappingGraphView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("mappingGraph"));
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

void MappingGraphView::setGraph(MappingGraph graph)
{
    m_graph = std::move(graph);
    MappingGraphLayout::layOut(m_graph);
    QVector<int> sizes(m_graph.layerCount, 0);
    for (const auto& node : m_graph.nodes)
        ++sizes[node.layer];
    m_maxColumnSize = sizes.isEmpty() ? 0 : *std::max_element(sizes.begin(), sizes.end());
    updateGeometry();
    setMinimumSize(sizeHint());
    update();
}

int MappingGraphView::headerHeight() const
{
    const int lines = 1 + m_graph.cycles.size();
    return fontMetrics().height() * lines + 16;
}

QRectF MappingGraphView::nodeRect(int node) const
{
    const MappingGraph::Node& n = m_graph.nodes.at(node);
    return {Margin + n.layer * (NodeWidth + ColumnGap),
            Margin + headerHeight() + n.order * (NodeHeight + RowGap), NodeWidth, NodeHeight};
}

QSize MappingGraphView::sizeHint() const
{
    const qreal w = 2 * Margin + m_graph.layerCount * NodeWidth +
                    std::max(0, m_graph.layerCount - 1) * ColumnGap;
    const qreal h = 2 * Margin + headerHeight() + m_maxColumnSize * NodeHeight +
                    std::max(0, m_maxColumnSize - 1) * RowGap;
    return QSize(qCeil(w), qCeil(h)).expandedTo(QSize(320, 160));
}

void MappingGraphView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();

    // Header: what the picture shows, and each cycle spelled out.
    qreal y = Margin / 2 + fontMetrics().ascent();
    p.setPen(pal.color(QPalette::PlaceholderText));
    if (m_graph.nodes.isEmpty()) {
        p.drawText(QPointF(Margin, y), tr("This project has no mappings yet."));
        return;
    }
    p.drawText(QPointF(Margin, y),
               tr("Arrows point to the mapping that runs after; dashed: sync.json order"));
    for (const QStringList& cycle : m_graph.cycles) {
        y += fontMetrics().height();
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        p.setPen(CycleRed);
        p.drawText(QPointF(Margin, y),
                   tr("syncAfter cycle: %1 \u2014 these mappings cannot be ordered")
                       .arg(cycle.join(QStringLiteral(" \u2192 "))));
        p.setFont(font());
    }

    for (const MappingGraph::Edge& e : m_graph.edges) {
        const QRectF a = nodeRect(e.from);
        const QRectF b = nodeRect(e.to);
        QColor color = e.inCycle
                           ? CycleRed
                           : (e.implicit ? QColor(0x9a, 0xa3, 0xb0) : QColor(0x55, 0x5f, 0x6d));
        QPen pen(color, e.inCycle ? 2.2 : 1.5);
        if (e.implicit)
            pen.setStyle(Qt::DashLine);
        QPointF start;
        QPointF end;
        QPainterPath path;
        if (b.left() > a.right()) {
            start = QPointF(a.right(), a.center().y());
            end = QPointF(b.left(), b.center().y());
            const qreal dx = (end.x() - start.x()) / 2;
            path.moveTo(start);
            path.cubicTo(start + QPointF(dx, 0), end - QPointF(dx, 0), end);
        } else if (std::abs(b.left() - a.left()) < 1) {
            // Same column: a loop on the right side.
            const bool downwards = b.top() > a.top();
            start = QPointF(a.right() - 30, downwards ? a.bottom() : a.top());
            end = QPointF(b.right() - 30, downwards ? b.top() : b.bottom());
            path.moveTo(start);
            path.cubicTo(start + QPointF(60, downwards ? 20 : -20),
                         end + QPointF(60, downwards ? -20 : 20), end);
        } else {
            // Backwards (a reversed cycle edge): around below.
            start = QPointF(a.left(), a.center().y());
            end = QPointF(b.right(), b.center().y());
            const qreal dip = std::max(a.bottom(), b.bottom()) + RowGap;
            path.moveTo(start);
            path.cubicTo(QPointF(start.x() - 40, dip), QPointF(end.x() + 40, dip), end);
        }
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        drawArrowHead(p, end, path.pointAtPercent(0.93), color);
    }

    for (int i = 0; i < m_graph.nodes.size(); ++i) {
        const MappingGraph::Node& node = m_graph.nodes[i];
        const QRectF r = nodeRect(i);
        const QColor border = node.inCycle ? CycleRed : Accent;
        p.setPen(QPen(border, node.inCycle ? 2.2 : 1.2));
        p.setBrush(node.inCycle ? QColor(0xfd, 0xec, 0xec) : QColor(0xee, 0xf3, 0xfd));
        p.drawRoundedRect(r, 8, 8);
        // The position in the processing order.
        const QRectF badge(r.left() + 8, r.top() + 8, 22, 22);
        p.setPen(Qt::NoPen);
        p.setBrush(border);
        p.drawEllipse(badge);
        p.setPen(Qt::white);
        QFont small = font();
        small.setPointSizeF(font().pointSizeF() * 0.85);
        small.setBold(true);
        p.setFont(small);
        p.drawText(badge, Qt::AlignCenter, QString::number(i + 1));
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        p.setPen(node.inCycle ? CycleRed : pal.color(QPalette::Text));
        const QRectF text = r.adjusted(38, 6, -8, -6);
        p.drawText(QRectF(text.left(), text.top(), text.width(), text.height() / 2),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetrics(bold).elidedText(node.name, Qt::ElideMiddle, qRound(text.width())));
        small.setBold(false);
        p.setFont(small);
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(
            QRectF(text.left(), text.center().y(), text.width(), text.height() / 2),
            Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetrics(small).elidedText(node.detail, Qt::ElideMiddle, qRound(text.width())));
        p.setFont(font());
    }
}

void MappingGraphView::mouseDoubleClickEvent(QMouseEvent* event)
{
    for (int i = 0; i < m_graph.nodes.size(); ++i) {
        if (nodeRect(i).contains(event->position())) {
            emit mappingActivated(m_graph.nodes[i].name);
            return;
        }
    }
    QWidget::mouseDoubleClickEvent(event);
}

} // namespace syncstudio::ui
