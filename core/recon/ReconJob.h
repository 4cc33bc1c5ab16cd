#pragma once

#include "ReconEngine.h"

#include <QMutex>
#include <QObject>
#include <QThreadPool>
#include <QWaitCondition>
#include <atomic>

namespace syncstudio::recon {

// A reconciliation (or preview) as a job: the engine runs on a thread pool thread and
// reports by queued signals, results in batches at most every batchIntervalMs, so the
// thread that owns the job (the GUI) never waits and is never flooded.
class ReconJob : public QObject
{
    Q_OBJECT
public:
    ReconJob(ReconEnvironment environment, MappingRules rules, ReconOptions options,
             QObject* parent = nullptr);
    ~ReconJob() override;

    // Starts on pool (the global pool when null). A job runs once.
    void start(QThreadPool* pool = nullptr);
    bool isRunning() const { return m_running; }
    const MappingRules& rules() const { return m_rules; }
    const ReconOptions& options() const { return m_options; }
    // Blocks until the job is done; for the CLI and tests, never the GUI thread.
    void waitForFinished();

    int batchIntervalMs = 100;

public slots:
    void cancel() { m_control.cancel(); }
    void setPaused(bool paused) { m_control.setPaused(paused); }

signals:
    void resultsReady(const syncstudio::recon::ObjectResults& batch);
    void progress(const syncstudio::recon::ReconProgress& progress);
    void finished(const syncstudio::recon::ReconStatistics& statistics);

private:
    void runOnWorker();
    void deliverPending();

    ReconEnvironment m_environment;
    MappingRules m_rules;
    ReconOptions m_options;
    ReconControl m_control;
    std::atomic<bool> m_running{false};
    QMutex m_pendingMutex;
    ObjectResults m_pending; // results gathered on the worker, handed over in batches
    QMutex m_doneMutex;
    QWaitCondition m_doneCondition;
    bool m_done = false;
};

} // namespace syncstudio::recon

Q_DECLARE_METATYPE(syncstudio::recon::ReconProgress)
Q_DECLARE_METATYPE(syncstudio::recon::ReconStatistics)
