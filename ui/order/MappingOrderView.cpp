#include "MappingOrderView.h"

#include "MappingGraph.h"
#include "MappingGraphView.h"
#include "MappingOrderModel.h"
#include "project/ProjectDocument.h"

#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace syncstudio::ui {

MappingOrderView::MappingOrderView(QWidget* parent)
    : QWidget(parent)
    , m_model(new MappingOrderModel(this))
    , m_list(new QTableView)
    , m_graph(new MappingGraphView)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    auto* title = new QLabel(tr("Processing order"));
    title->setObjectName(QStringLiteral("viewTitle"));
    layout->addWidget(title);
    auto* hint = new QLabel(tr("A full reconciliation runs the mappings top to bottom. Drag the "
                               "sync.json mappings to reorder them; mapping files run after "
                               "the mappings their syncAfter names."));
    hint->setWordWrap(true);
    hint->setObjectName(QStringLiteral("viewHint"));
    layout->addWidget(hint);

    m_list->setObjectName(QStringLiteral("mappingOrderList"));
    m_list->setModel(m_model);
    m_list->setDragEnabled(true);
    m_list->setAcceptDrops(true);
    m_list->setDropIndicatorShown(true);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->setAlternatingRowColors(true);
    m_list->setShowGrid(false);
    connect(m_list, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        emit mappingActivated(index.data(Qt::UserRole).toString());
    });

    auto* scroll = new QScrollArea;
    scroll->setWidget(m_graph);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::StyledPanel);
    connect(m_graph, &MappingGraphView::mappingActivated, this,
            &MappingOrderView::mappingActivated);

    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_list);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);
}

void MappingOrderView::setDocument(ProjectDocument* document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_model->setDocument(document);
    if (m_document)
        connect(m_document, &ProjectDocument::changed, this, &MappingOrderView::refreshGraph);
    refreshGraph();
    m_list->resizeColumnsToContents();
}

void MappingOrderView::refreshGraph()
{
    m_graph->setGraph(m_document ? MappingGraph::fromProject(m_document->project())
                                 : MappingGraph{});
}

} // namespace syncstudio::ui
