#include "RunHistoryLoader.h"

#include "repo/ReconRunStore.h"

namespace syncstudio::ui {

RunHistoryLoader::RunHistoryLoader(EnvironmentMaker makeEnvironment)
    : m_makeEnvironment(std::move(makeEnvironment))
{
    qRegisterMetaType<repo::ReconRun>();
    qRegisterMetaType<QVector<repo::ReconRun>>();
    qRegisterMetaType<repo::ReconException>();
    qRegisterMetaType<QVector<repo::ReconException>>();
}

RunHistoryLoader::~RunHistoryLoader() = default;

repo::ReconRunStore* RunHistoryLoader::store(QString* error)
{
    if (!m_store && !m_environment.openRunStore && m_makeEnvironment)
        m_environment = m_makeEnvironment(error);
    if (!m_store && m_environment.openRunStore)
        m_store = m_environment.openRunStore(error);
    if (!m_store && error->isEmpty())
        *error = tr("The recorded runs of this project cannot be read.");
    return m_store.get();
}

void RunHistoryLoader::loadRuns(int request, const QString& mapping)
{
    QString error;
    QVector<repo::ReconRun> runs;
    repo::ReconRunStore* runStore = store(&error);
    if (runStore && runStore->listRuns(mapping, &runs, &error))
        emit runsLoaded(request, runs, {});
    else
        emit runsLoaded(request, {}, error);
}

void RunHistoryLoader::loadExceptions(int request, const QString& runId)
{
    QString error;
    QVector<repo::ReconException> exceptions;
    repo::ReconRunStore* runStore = store(&error);
    const auto sink = [&exceptions](const repo::ReconException& e) { exceptions.append(e); };
    if (runStore && runStore->forEachException(runId, sink, &error))
        emit exceptionsLoaded(request, exceptions, {});
    else
        emit exceptionsLoaded(request, {}, error);
}

} // namespace syncstudio::ui
