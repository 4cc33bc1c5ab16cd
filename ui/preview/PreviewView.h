#pragma once

#include "recon/ReconJob.h"
#include "run/ReconEnvironmentFactory.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace syncstudio::ui {

class ChangeListModel;
class CountBarChart;
class PreviewModel;
class ProjectDocument;

// The preview: a dry-run reconciliation of the selected mapping, its rows streaming into a
// table as the engine decides them, filterable by situation, action and id, with the
// old -> new difference of the selected row and a chart of the counts.
class PreviewView : public QWidget
{
    Q_OBJECT
public:
    explicit PreviewView(QWidget* parent = nullptr);
    ~PreviewView() override;

    void setDocument(ProjectDocument* document);
    void setMapping(const QString& name);
    void setEnvironmentFactory(ReconEnvironmentFactory factory);
    // The model (for tests and the benchmark, which feed it directly).
    PreviewModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    CountBarChart* chart() const { return m_chart; }
    bool isRunning() const { return m_job != nullptr; }

public slots:
    // Starts a preview; false (and the reason shown) when it cannot start.
    bool startPreview();
    // Previews just the source object with this id ("provision on demand"); an empty id
    // previews every object.
    bool startPreviewOf(const QString& sourceId);
    void stopPreview();

signals:
    void runningChanged(bool running, const QString& description);
    void previewFinished(const syncstudio::recon::ReconStatistics& statistics);
    void message(const QString& text);

private:
    void updateChart();
    void updateCount();
    void showSelected();
    void applyFilters();
    void onFinished(const recon::ReconStatistics& statistics);

    ProjectDocument* m_document = nullptr;
    QString m_mapping;
    ReconEnvironmentFactory m_factory;
    QPointer<recon::ReconJob> m_job;

    PreviewModel* m_model;
    ChangeListModel* m_changes;
    QLabel* m_title;
    QLabel* m_status;
    QPushButton* m_previewButton;
    QPushButton* m_stopButton;
    QLineEdit* m_sourceId;
    QPushButton* m_oneButton;
    CountBarChart* m_chart;
    QComboBox* m_situationFilter;
    QComboBox* m_actionFilter;
    QLineEdit* m_search;
    QLabel* m_count;
    QTableView* m_table;
    QLabel* m_detailTitle;
    QLabel* m_detailNotes;
    QTableView* m_changeTable;
    QTimer* m_chartTimer;
};

} // namespace syncstudio::ui
