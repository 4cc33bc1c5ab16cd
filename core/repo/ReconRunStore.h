#pragma once

#include "ReconRun.h"

#include <QVector>
#include <functional>

namespace syncstudio::repo {

class Repository;

// Records reconciliation runs in the repository: a run is started, its counts updated as it
// progresses, the objects it could not handle added as exceptions (in batches, one
// transaction each), and finished with its state. Runs are listed with their statistics.
// One instance per thread, like the connection it uses.
class ReconRunStore
{
public:
    explicit ReconRunStore(Repository& repository)
        : m_repository(repository)
    {}

    // A new ACTIVE run of mapping, started now, with a generated id.
    bool startRun(const QString& mapping, ReconRun* run, QString* error);
    // Replaces the counts of an active run.
    bool updateCounts(const QString& runId, const QJsonObject& counts, QString* error);
    // Adds exceptions to a run, all or none.
    bool addExceptions(const QString& runId, const QVector<ReconException>& exceptions,
                       QString* error);
    // Ends a run with state (not ACTIVE), its final counts and, for a failed or canceled run,
    // the reason.
    bool finishRun(const QString& runId, ReconRun::State state, const QJsonObject& counts,
                   const QString& message, QString* error);

    // The run with runId; found says whether there is one.
    bool run(const QString& runId, ReconRun* run, bool* found, QString* error);
    // The runs of mapping (every run when mapping is empty), newest first.
    bool listRuns(const QString& mapping, QVector<ReconRun>* runs, QString* error);
    // The exceptions of a run in the order they were added, streamed.
    bool forEachException(const QString& runId,
                          const std::function<void(const ReconException&)>& sink, QString* error);
    // Removes a run and its exceptions.
    bool removeRun(const QString& runId, QString* error);

private:
    Repository& m_repository;
};

} // namespace syncstudio::repo
