#pragma once

#include "MappingRules.h"
#include "ObjectResult.h"
#include "ReconControl.h"
#include "ReconStatistics.h"
#include "connectors/Connector.h"
#include "repo/LinkStore.h"
#include "repo/ReconRunStore.h"
#include "script/ScriptSettings.h"

#include <QHash>
#include <QJsonObject>
#include <functional>
#include <memory>

namespace syncstudio::recon {

// Where a run finds its systems and its links.
struct ReconEnvironment
{
    using OpenResource = std::function<std::unique_ptr<connectors::Connector>(
        const ResourcePath& resource, connectors::ConnectorError* error)>;
    OpenResource openResource; // a new connection for the calling thread
    std::function<std::unique_ptr<repo::LinkStore>(QString* error)> openLinkStore;
    script::ScriptSettings scripts;
    // Records real runs (not previews): called on the run's thread when it starts (returning
    // the run's id) and when it ends. Optional.
    std::function<QString(const QString& mapping)> beginRun;
    std::function<void(const ReconStatistics& statistics)> finishRun;
    // The recorded runs, for the calling thread (like openLinkStore). Optional.
    std::function<std::unique_ptr<repo::ReconRunStore>(QString* error)> openRunStore;
};

struct ReconOptions
{
    bool dryRun = true;      // preview: decide everything, write nothing
    qint64 limit = 0;        // stop after this many source objects (0: all)
    QString sourceId;        // reconcile just this source object ("provision on demand")
    int batchSize = 256;     // writes applied (and links committed) together
    bool targetPhase = true; // with the mapping's runTargetPhase
};

struct ReconProgress
{
    enum class Phase
    {
        Links,
        Targets,
        Source,
        Target,
        Done
    };
    Phase phase = Phase::Links;
    qint64 processed = 0; // objects of this phase so far
    qint64 total = -1;    // when known
    QHash<config::Situation, qint64> situations;
    QHash<config::Action, qint64> actions;
    double ratePerSecond = 0;
    qint64 remainingMs = -1; // when the total is known
};

// Reconciles one mapping: the source phase, then the target phase, as IDM does.
class ReconEngine
{
public:
    using ResultSink = std::function<void(const ObjectResults& batch)>;
    using ProgressSink = std::function<void(const ReconProgress& progress)>;

    ReconEngine(ReconEnvironment environment, MappingRules rules);
    ~ReconEngine();

    // Runs on the calling thread (a worker: it blocks). Results stream out in batches as they
    // are decided (preview) or done (run); progress comes at most every progressIntervalMs.
    ReconStatistics run(const ReconOptions& options, ReconControl& control,
                        const ResultSink& results, const ProgressSink& progress = {});

    int progressIntervalMs = 200;

private:
    class Run;
    ReconEnvironment m_environment;
    MappingRules m_rules;
};

// Whether two attribute values mean the same to a directory: arrays as sets, a single value
// and a one-item array alike, null and absent alike.
bool equivalentValues(const QJsonValue& a, const QJsonValue& b);
// The attributes of wanted that differ in existing, old -> new.
QVector<AttributeChange> attributeChanges(const QJsonObject& existing, const QJsonObject& wanted);

} // namespace syncstudio::recon
