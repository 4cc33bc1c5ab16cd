#pragma once

#include "ReconEnvironmentFactory.h"
#include "recon/ReconJob.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace syncstudio::ui {

class ProjectDocument;

// Runs reconciliations of one mapping or of several in turn (processing order), one job
// at a time, and reports each job's progress and end. Pause and cancel act on the running
// job; cancel also drops the mappings still waiting.
class RunQueue : public QObject
{
    Q_OBJECT
public:
    explicit RunQueue(QObject* parent = nullptr);
    ~RunQueue() override;

    void setEnvironmentFactory(ReconEnvironmentFactory factory) { m_factory = std::move(factory); }
    // Starts the mappings in this order; false with error when already running or when the
    // first cannot start.
    bool start(const ProjectDocument& document, const QStringList& mappings, bool dryRun,
               QString* error);
    bool isRunning() const { return m_job != nullptr; }
    bool isPaused() const { return m_paused; }
    QString currentMapping() const { return m_current; }
    int currentIndex() const { return m_index; }
    int count() const { return m_mappings.size(); }

public slots:
    void setPaused(bool paused);
    void cancel();

signals:
    void jobStarted(const QString& mapping, int index, int count);
    void progress(const syncstudio::recon::ReconProgress& progress);
    void jobFinished(const syncstudio::recon::ReconStatistics& statistics);
    void allFinished();
    void failedToStart(const QString& mapping, const QString& error);

private:
    bool startNext(QString* error);

    const ProjectDocument* m_document = nullptr;
    ReconEnvironmentFactory m_factory;
    QStringList m_mappings;
    int m_index = -1;
    QString m_current;
    bool m_dryRun = false;
    bool m_paused = false;
    bool m_cancelled = false;
    QPointer<recon::ReconJob> m_job;
};

} // namespace syncstudio::ui
