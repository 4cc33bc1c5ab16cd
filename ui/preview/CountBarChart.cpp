#include "CountBarChart.h"

#include <QMouseEvent>
#include <QPainter>
#include <algorithm>

namespace syncstudio::ui {

namespace {
constexpr qreal RowHeight = 20;
constexpr qreal LabelWidth = 150;
constexpr qreal Padding = 10;

QColor barColor(int group, const QString& label)
{
    if (group == 1) {
        if (label == QLatin1String("CREATE"))
            return {0x43, 0xa0, 0x47};
        if (label == QLatin1String("UPDATE"))
            return {0x1e, 0x88, 0xe5};
        if (label == QLatin1String("DELETE") || label == QLatin1String("EXCEPTION"))
            return {0xe5, 0x39, 0x35};
        if (label == QLatin1String("LINK") || label == QLatin1String("UNLINK"))
            return {0x8e, 0x24, 0xaa};
        return {0x90, 0xa4, 0xae};
    }
    return {0x3f, 0x6f, 0xd8};
}
} // namespace

CountBarChart::CountBarChart(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("countBarChart"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void CountBarChart::setCounts(const QHash<config::Situation, qint64>& situations,
                              const QHash<config::Action, qint64>& actions)
{
    Counts situationBars;
    for (const QString& name : config::allSituationNames()) {
        if (const qint64 n = situations.value(*config::situationFromName(name)))
            situationBars.append({name, n});
    }
    Counts actionBars;
    for (const QString& name : config::allActionNames()) {
        if (const qint64 n = actions.value(*config::actionFromName(name)))
            actionBars.append({name, n});
    }
    setCounts(situationBars, actionBars);
}

void CountBarChart::setCounts(const Counts& situations, const Counts& actions)
{
    const bool resized =
        situations.size() != m_groups[0].size() || actions.size() != m_groups[1].size();
    m_groups[0] = situations;
    m_groups[1] = actions;
    if (resized)
        updateGeometry();
    update();
}

QSize CountBarChart::sizeHint() const
{
    const int rows =
        static_cast<int>(std::max({m_groups[0].size(), m_groups[1].size(), qsizetype(3)}));
    return {640, static_cast<int>(2 * Padding + fontMetrics().height() + 6 + rows * RowHeight)};
}

QSize CountBarChart::minimumSizeHint() const
{
    return {320, sizeHint().height()};
}

QRectF CountBarChart::groupRect(int group) const
{
    const qreal w = (width() - 3 * Padding) / 2;
    return {Padding + group * (w + Padding), Padding, w, height() - 2 * Padding};
}

QRectF CountBarChart::barRowRect(int group, int row) const
{
    const QRectF g = groupRect(group);
    const qreal top = g.top() + fontMetrics().height() + 6 + row * RowHeight;
    return {g.left(), top, g.width(), RowHeight};
}

void CountBarChart::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const char* const titles[2] = {QT_TR_NOOP("Situations"), QT_TR_NOOP("Actions")};
    for (int group = 0; group < 2; ++group) {
        const QRectF g = groupRect(group);
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRectF(g.left(), g.top(), g.width(), fontMetrics().height()),
                   Qt::AlignLeft | Qt::AlignVCenter, tr(titles[group]));
        p.setFont(font());
        const Counts& counts = m_groups[group];
        if (counts.isEmpty()) {
            p.setPen(palette().color(QPalette::PlaceholderText));
            p.drawText(barRowRect(group, 0), Qt::AlignLeft | Qt::AlignVCenter,
                       tr("No results yet"));
            continue;
        }
        qint64 maximum = 1;
        for (const auto& c : counts)
            maximum = std::max(maximum, c.second);
        const QString widest = QString::number(maximum);
        const qreal numberWidth = fontMetrics().horizontalAdvance(widest) + 8;
        for (int row = 0; row < counts.size(); ++row) {
            const QRectF r = barRowRect(group, row);
            p.setPen(palette().color(QPalette::Text));
            p.drawText(QRectF(r.left(), r.top(), LabelWidth - 6, r.height()),
                       Qt::AlignRight | Qt::AlignVCenter, counts[row].first);
            const qreal full = std::max<qreal>(0, r.width() - LabelWidth - numberWidth);
            const qreal length =
                full * static_cast<qreal>(counts[row].second) / static_cast<qreal>(maximum);
            const QRectF bar(r.left() + LabelWidth, r.top() + 3, std::max<qreal>(2, length),
                             r.height() - 6);
            p.setPen(Qt::NoPen);
            p.setBrush(barColor(group, counts[row].first));
            p.drawRoundedRect(bar, 3, 3);
            p.setPen(palette().color(QPalette::Text));
            p.drawText(QRectF(bar.right() + 4, r.top(), numberWidth, r.height()),
                       Qt::AlignLeft | Qt::AlignVCenter, QString::number(counts[row].second));
        }
    }
}

void CountBarChart::mousePressEvent(QMouseEvent* event)
{
    for (int group = 0; group < 2; ++group) {
        for (int row = 0; row < m_groups[group].size(); ++row) {
            if (barRowRect(group, row).contains(event->position())) {
                emit barClicked(group, m_groups[group][row].first);
                return;
            }
        }
    }
    QWidget::mousePressEvent(event);
}

} // namespace syncstudio::ui
