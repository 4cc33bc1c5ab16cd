#include "ReconJob.h"

#include <QElapsedTimer>
#include <QRunnable>
#include <QThread>

namespace syncstudio::recon {

ReconJob::ReconJob(ReconEnvironment environment, MappingRules rules, ReconOptions options,
                   QObject* parent)
    : QObject(parent)
    , m_environment(std::move(environment))
    , m_rules(std::move(rules))
    , m_options(std::move(options))
{
    qRegisterMetaType<ObjectResults>();
    qRegisterMetaType<ReconProgress>();
    qRegisterMetaType<ReconStatistics>();
}

ReconJob::~ReconJob()
{
    // The worker uses this object: stop it and wait, so destroying a running job is safe.
    m_control.cancel();
    waitForFinished();
}

void ReconJob::start(QThreadPool* pool)
{
    if (m_running.exchange(true))
        return;
    {
        QMutexLocker lock(&m_doneMutex);
        m_done = false;
    }
    (pool ? pool : QThreadPool::globalInstance())->start([this] { runOnWorker(); });
}

void ReconJob::waitForFinished()
{
    QMutexLocker lock(&m_doneMutex);
    while (m_running && !m_done)
        m_doneCondition.wait(&m_doneMutex, 100);
}

void ReconJob::deliverPending()
{
    ObjectResults batch;
    {
        QMutexLocker lock(&m_pendingMutex);
        batch.swap(m_pending);
    }
    if (!batch.isEmpty())
        QMetaObject::invokeMethod(
            this, [this, batch] { emit resultsReady(batch); }, Qt::QueuedConnection);
}

void ReconJob::runOnWorker()
{
    ReconEngine engine(m_environment, m_rules);
    QElapsedTimer sinceDelivery;
    sinceDelivery.start();
    const ReconStatistics statistics = engine.run(
        m_options, m_control,
        [&](const ObjectResults& batch) {
            {
                QMutexLocker lock(&m_pendingMutex);
                m_pending += batch;
            }
            if (sinceDelivery.elapsed() >= batchIntervalMs) {
                deliverPending();
                sinceDelivery.restart();
            }
        },
        [this](const ReconProgress& p) {
            QMetaObject::invokeMethod(
                this, [this, p] { emit progress(p); }, Qt::QueuedConnection);
        });
    deliverPending();
    QMetaObject::invokeMethod(
        this,
        [this, statistics] {
            m_running = false;
            emit finished(statistics);
        },
        Qt::QueuedConnection);
    QMutexLocker lock(&m_doneMutex);
    m_done = true;
    m_doneCondition.wakeAll();
}

} // namespace syncstudio::recon
