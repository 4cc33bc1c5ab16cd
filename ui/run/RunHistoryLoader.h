#pragma once

#include "recon/ReconEngine.h"
#include "repo/ReconRun.h"

#include <QObject>
#include <QVector>
#include <functional>
#include <memory>

namespace syncstudio::ui {

// Reads the recorded runs and their exceptions from the repository on its worker thread
// (moved there by RunView): the repository blocks, the window must not. Answers by signals
// carrying the request id they answer, so the view can drop stale answers. The environment
// (which opens the repository) is made on first use, on that thread.
class RunHistoryLoader : public QObject
{
    Q_OBJECT
public:
    using EnvironmentMaker = std::function<recon::ReconEnvironment(QString* error)>;
    explicit RunHistoryLoader(EnvironmentMaker makeEnvironment);
    ~RunHistoryLoader() override;

public slots:
    // The runs of mapping (every run when it is empty), newest first.
    void loadRuns(int request, const QString& mapping);
    void loadExceptions(int request, const QString& runId);

signals:
    void runsLoaded(int request, const QVector<syncstudio::repo::ReconRun>& runs,
                    const QString& error);
    void exceptionsLoaded(int request, const QVector<syncstudio::repo::ReconException>& exceptions,
                          const QString& error);

private:
    repo::ReconRunStore* store(QString* error);

    EnvironmentMaker m_makeEnvironment;
    recon::ReconEnvironment m_environment;
    std::unique_ptr<repo::ReconRunStore> m_store;
};

} // namespace syncstudio::ui

Q_DECLARE_METATYPE(syncstudio::repo::ReconRun)
Q_DECLARE_METATYPE(syncstudio::repo::ReconException)
