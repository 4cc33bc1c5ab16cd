#pragma once

#include <QWidget>

class QTableView;

namespace syncstudio::ui {

class MappingGraphView;
class MappingOrderModel;
class ProjectDocument;

// The order view: the processing order as a list that reorders by drag and drop, beside
// the syncAfter graph.
class MappingOrderView : public QWidget
{
    Q_OBJECT
public:
    explicit MappingOrderView(QWidget* parent = nullptr);
    void setDocument(ProjectDocument* document);
    QTableView* list() const { return m_list; }
    MappingOrderModel* model() const { return m_model; }
    MappingGraphView* graph() const { return m_graph; }

signals:
    void mappingActivated(const QString& name);

private:
    void refreshGraph();

    ProjectDocument* m_document = nullptr;
    MappingOrderModel* m_model;
    QTableView* m_list;
    MappingGraphView* m_graph;
};

} // namespace syncstudio::ui
