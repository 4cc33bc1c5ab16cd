#pragma once

#include "ReconEnvironmentFactory.h"
#include "recon/ReconJob.h"

#include <QElapsedTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace syncstudio::ui {

class CountBarChart;
class ProjectDocument;
class RunHistoryModel;
class RunQueue;

// The run view: reconcile one mapping or all in processing order, watch each phase's
// progress, the counts per situation and action, rate and time left; pause, cancel; and
// the runs of this session.
class RunView : public QWidget
{
    Q_OBJECT
public:
    explicit RunView(QWidget* parent = nullptr);

    void setDocument(ProjectDocument* document);
    void setMapping(const QString& name);
    void setEnvironmentFactory(ReconEnvironmentFactory factory);
    RunQueue* queue() const { return m_queue; }
    RunHistoryModel* history() const { return m_history; }

public slots:
    bool startRun();

signals:
    void runningChanged(bool running, const QString& description);
    void message(const QString& text);

private:
    void refreshMappings();
    void showProgress(const recon::ReconProgress& progress);
    void setRunning(bool running);

    ProjectDocument* m_document = nullptr;
    QString m_selected;
    RunQueue* m_queue;
    RunHistoryModel* m_history;
    QComboBox* m_mappingChoice;
    QCheckBox* m_dryRun;
    QPushButton* m_runButton;
    QPushButton* m_pauseButton;
    QPushButton* m_cancelButton;
    QLabel* m_current;
    QProgressBar* m_phaseBars[4];
    QLabel* m_rate;
    CountBarChart* m_chart;
    QTableView* m_historyTable;
};

} // namespace syncstudio::ui
