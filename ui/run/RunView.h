#pragma once

#include "ReconEnvironmentFactory.h"
#include "recon/ReconJob.h"

#include <QElapsedTimer>
#include <QThread>
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
class RunExceptionModel;
class RunHistoryLoader;
class RunHistoryModel;
class RunQueue;

// The run view: reconcile one mapping or all in processing order, watch each phase's
// progress, the counts per situation and action, rate and time left; pause, cancel; and
// the runs the project's repository recorded for the chosen mapping, with the exceptions of
// the selected run, read on a worker thread.
class RunView : public QWidget
{
    Q_OBJECT
public:
    explicit RunView(QWidget* parent = nullptr);
    ~RunView() override;

    void setDocument(ProjectDocument* document);
    void setMapping(const QString& name);
    void setEnvironmentFactory(ReconEnvironmentFactory factory);
    RunQueue* queue() const { return m_queue; }
    RunHistoryModel* history() const { return m_history; }
    RunExceptionModel* exceptions() const { return m_exceptions; }

public slots:
    bool startRun();
    // Reads the recorded runs of the chosen mapping again.
    void refreshHistory();

signals:
    void runningChanged(bool running, const QString& description);
    void message(const QString& text);
    // The history was read (or could not be: error).
    void historyLoaded(const QString& error);
    void exceptionsLoaded(const QString& error);

private:
    void refreshMappings();
    void showProgress(const recon::ReconProgress& progress);
    void setRunning(bool running);
    bool ensureLoader(QString* error);
    void dropLoader();
    void showSelectedRun();

    ReconEnvironmentFactory m_factory;
    QThread m_thread;
    RunHistoryLoader* m_loader = nullptr; // lives on m_thread
    int m_historyRequest = 0;
    int m_exceptionRequest = 0;
    QString m_selectedRun;

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
    RunExceptionModel* m_exceptions;
    QTableView* m_exceptionTable;
    QLabel* m_historyStatus;
};

} // namespace syncstudio::ui
