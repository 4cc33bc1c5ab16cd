#include "RunQueue.h"

#include "ReconLauncher.h"

namespace syncstudio::ui {

RunQueue::RunQueue(QObject* parent)
    : QObject(parent)
{}

RunQueue::~RunQueue()
{
    if (m_job) {
        m_job->cancel();
        m_job->waitForFinished();
    }
}

bool RunQueue::start(const ProjectDocument& document, const QStringList& mappings, bool dryRun,
                     QString* error)
{
    if (m_job) {
        *error = tr("A reconciliation is running already.");
        return false;
    }
    m_document = &document;
    m_mappings = mappings;
    m_index = -1;
    m_dryRun = dryRun;
    m_paused = false;
    m_cancelled = false;
    return startNext(error);
}

bool RunQueue::startNext(QString* error)
{
    ++m_index;
    if (m_cancelled || m_index >= m_mappings.size()) {
        m_current.clear();
        emit allFinished();
        return true;
    }
    m_current = m_mappings[m_index];
    recon::ReconOptions options;
    options.dryRun = m_dryRun;
    QString why;
    recon::ReconJob* job =
        ReconLauncher::createJob(*m_document, m_current, m_factory, options, this, &why);
    if (!job) {
        emit failedToStart(m_current, why);
        if (error)
            *error = why;
        m_current.clear();
        emit allFinished();
        return false;
    }
    m_job = job;
    connect(job, &recon::ReconJob::progress, this, &RunQueue::progress);
    connect(job, &recon::ReconJob::finished, this, [this](const recon::ReconStatistics& s) {
        if (m_job)
            m_job->deleteLater();
        m_job = nullptr;
        emit jobFinished(s);
        startNext(nullptr);
    });
    emit jobStarted(m_current, m_index, m_mappings.size());
    job->start();
    if (m_paused)
        job->setPaused(true);
    return true;
}

void RunQueue::setPaused(bool paused)
{
    m_paused = paused;
    if (m_job)
        m_job->setPaused(paused);
}

void RunQueue::cancel()
{
    m_cancelled = true;
    if (m_job) {
        m_job->setPaused(false);
        m_job->cancel();
    }
}

} // namespace syncstudio::ui
