#pragma once

#include "MappingGraph.h"

#include <QRectF>
#include <QWidget>

namespace syncstudio::ui {

// Draws a laid-out MappingGraph: columns of mapping boxes left to right, syncAfter edges
// as arrows, sync.json order as dashed arrows, and a cycle in red with its mappings named.
class MappingGraphView : public QWidget
{
    Q_OBJECT
public:
    explicit MappingGraphView(QWidget* parent = nullptr);

    void setGraph(MappingGraph graph);
    const MappingGraph& graph() const { return m_graph; }
    // Where node i is drawn, in widget coordinates.
    QRectF nodeRect(int node) const;
    QSize sizeHint() const override;

signals:
    void mappingActivated(const QString& name);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;

private:
    int headerHeight() const;

    MappingGraph m_graph;
    int m_maxColumnSize = 0;
};

} // namespace syncstudio::ui
