#pragma once

#include "config/SyncVocabulary.h"

#include <QHash>
#include <QPair>
#include <QVector>
#include <QWidget>

namespace syncstudio::ui {

// Horizontal bars, one per label with its count, drawn with QPainter (Qt Charts is not
// packaged on Debian 12). Two groups side by side: situations and actions.
class CountBarChart : public QWidget
{
    Q_OBJECT
public:
    using Counts = QVector<QPair<QString, qint64>>;

    explicit CountBarChart(QWidget* parent = nullptr);
    void setCounts(const Counts& situations, const Counts& actions);
    // The engine's counts, bars in IDM's order of situations and actions, empty ones left out.
    void setCounts(const QHash<config::Situation, qint64>& situations,
                   const QHash<config::Action, qint64>& actions);
    const Counts& situations() const { return m_groups[0]; }
    const Counts& actions() const { return m_groups[1]; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    // A bar was clicked: group 0 situations, 1 actions.
    void barClicked(int group, const QString& label);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    QRectF groupRect(int group) const;
    QRectF barRowRect(int group, int row) const;

    Counts m_groups[2];
};

} // namespace syncstudio::ui
