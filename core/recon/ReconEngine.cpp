#include "ReconEngine.h"

#include "LinkIndex.h"
#include "ObjectQueue.h"
#include "RuleEvaluator.h"
#include "SituationAssessment.h"
#include "TargetSet.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSet>
#include <QThread>
#include <QUuid>
#include <algorithm>
#include <atomic>
#include <thread>

namespace syncstudio::recon {

using config::Action;
using config::Situation;
using connectors::Change;
using connectors::ConnectorError;

namespace {

QString idOf(const QJsonObject& object)
{
    return object.value(QStringLiteral("_id")).toString();
}

bool isEmptyValue(const QJsonValue& v)
{
    return v.isNull() || v.isUndefined() || (v.isArray() && v.toArray().isEmpty());
}

QJsonArray sortedValues(const QJsonValue& v)
{
    QJsonArray array = v.isArray() ? v.toArray() : QJsonArray{v};
    QVector<QJsonValue> items(array.begin(), array.end());
    std::sort(items.begin(), items.end(), [](const QJsonValue& a, const QJsonValue& b) {
        return a.toVariant().toString() < b.toVariant().toString();
    });
    QJsonArray out;
    for (const QJsonValue& item : items)
        out.append(item);
    return out;
}

// A write the run will do for one result, kept beside it until the batch is applied.
struct PlannedWrite
{
    int resultIndex = -1;
    bool hasChange = false;
    Change change;
    enum class LinkEffect
    {
        None,
        Insert,
        Remove
    } link = LinkEffect::None;
    QString qualifier;
    QString sourceId;
    QString targetId; // empty for a create until it is done
};

} // namespace

bool equivalentValues(const QJsonValue& a, const QJsonValue& b)
{
    if (isEmptyValue(a) || isEmptyValue(b))
        return isEmptyValue(a) && isEmptyValue(b);
    if (a.isArray() || b.isArray())
        return sortedValues(a) == sortedValues(b);
    if (a.isDouble() && b.isDouble())
        return a.toDouble() == b.toDouble();
    return a == b;
}

QVector<AttributeChange> attributeChanges(const QJsonObject& existing, const QJsonObject& wanted)
{
    QVector<AttributeChange> changes;
    for (auto it = wanted.begin(); it != wanted.end(); ++it) {
        const QJsonValue old = existing.value(it.key());
        if (!equivalentValues(old, it.value()))
            changes.append({it.key(), old, it.value()});
    }
    return changes;
}

// The state of one run: the connections, the links and targets in memory, and the batch
// of decisions waiting to be written.
class ReconEngine::Run
{
public:
    Run(const ReconEnvironment& environment, const MappingRules& rules, const ReconOptions& options,
        ReconControl& control, const ResultSink& results, const ProgressSink& progress,
        int progressIntervalMs)
        : m_env(environment)
        , m_rules(rules)
        , m_options(options)
        , m_control(control)
        , m_resultSink(results)
        , m_progressSink(progress)
        , m_progressIntervalMs(progressIntervalMs)
        , m_links(rules.linkType, rules.linksReversed)
        , m_evaluator(rules, environment.scripts)
    {}

    ReconStatistics execute();

private:
    bool open();
    bool loadLinks();
    // On its own thread, with its own connection; error is that thread's.
    bool loadTargets(QString* error);
    // On its own thread: streams the source into queue.
    void readSource(ObjectQueue& queue, QString* error);
    bool sourcePhase(ObjectQueue& queue);
    bool targetPhase();
    // For a single object ("provision on demand"): its linked target and the correlation's
    // candidates are read when needed instead of the whole target set up front.
    bool liveTargets() const { return !m_options.sourceId.isEmpty(); }
    QJsonObject fetchTarget(const QString& id);
    QStringList liveMatch(const query::QueryFilter& filter);
    void processSource(const QJsonObject& source);
    void processSourceQualifier(const QJsonObject& source, const QString& qualifier);
    void processTarget(const QString& targetId, const QString& qualifier);
    // Decides what the action means for the target and the links, and queues it.
    void plan(ObjectResult& result, const QJsonObject& source, const QJsonObject& target,
              bool linked, bool sourcePhase);
    void planAction(ObjectResult& result, const QJsonObject& source, const QJsonObject& target,
                    bool linked);
    // onDelete, onLink, onUnlink: what the hook said goes into result's notes or failure.
    bool runHook(const config::ScriptObject& hook, script::ScriptKind kind, ObjectResult& result,
                 const QJsonObject& source, const QJsonObject& target);
    void queue(ObjectResult result, PlannedWrite write = {});
    bool flush();
    void reportProgress(bool force = false);
    void fail(const QString& message) { m_stats.error = message; }
    QString seenKey(const QString& qualifier, const QString& targetId) const
    {
        return qualifier + QChar(0x1f) + targetId;
    }

    const ReconEnvironment& m_env;
    const MappingRules& m_rules;
    const ReconOptions& m_options;
    ReconControl& m_control;
    const ResultSink& m_resultSink;
    const ProgressSink& m_progressSink;
    int m_progressIntervalMs;

    std::unique_ptr<connectors::Connector> m_source;
    std::unique_ptr<connectors::Connector> m_target;
    std::unique_ptr<repo::LinkStore> m_linkStore;
    LinkIndex m_links;
    TargetSet m_targets;
    RuleEvaluator m_evaluator;
    QSet<QString> m_seenTargets; // qualifier + target id claimed by the source phase
    QSet<QString> m_seenSources;

    ObjectResults m_batch;
    QVector<PlannedWrite> m_writes;
    ReconStatistics m_stats;
    ReconProgress m_progress;
    QElapsedTimer m_sinceStart;
    QElapsedTimer m_phaseClock;
    qint64 m_lastProgressMs = -1;
    qint64 m_sourceCount = 0;
    int m_connectionFailures = 0;
    std::atomic<qint64> m_targetsLoaded{0};
};

ReconEngine::ReconEngine(ReconEnvironment environment, MappingRules rules)
    : m_environment(std::move(environment))
    , m_rules(std::move(rules))
{}

ReconEngine::~ReconEngine() = default;

ReconStatistics ReconEngine::run(const ReconOptions& options, ReconControl& control,
                                 const ResultSink& results, const ProgressSink& progress)
{
    Run run(m_environment, m_rules, options, control, results, progress, progressIntervalMs);
    return run.execute();
}

ReconStatistics ReconEngine::Run::execute()
{
    m_sinceStart.start();
    m_stats.reconId = !m_options.dryRun && m_env.beginRun
                          ? m_env.beginRun(m_rules.name)
                          : QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_stats.mappingName = m_rules.name;
    m_stats.dryRun = m_options.dryRun;
    m_stats.started = QDateTime::currentDateTimeUtc();

    bool completed = open();
    if (completed) {
        // The target set and the source are read at the same time, each on its own thread
        // and connection, while this thread loads the links; the source then streams into
        // the decisions through a bounded queue, so reading and deciding overlap too.
        QString targetError;
        QString sourceError;
        std::atomic<bool> targetsDone{false};
        bool targetsLoaded = true;
        std::thread targetLoader;
        if (!liveTargets())
            targetLoader = std::thread([&] {
                targetsLoaded = loadTargets(&targetError);
                targetsDone = true;
            });
        else
            targetsDone = true;
        ObjectQueue queue;
        std::thread sourceReader([&] { readSource(queue, &sourceError); });

        const bool linksLoaded = loadLinks();
        m_progress = ReconProgress{};
        m_progress.phase = ReconProgress::Phase::Targets;
        while (!targetsDone) {
            m_progress.processed = m_targetsLoaded;
            reportProgress();
            QThread::msleep(20);
        }
        if (targetLoader.joinable())
            targetLoader.join();
        if (!targetsLoaded)
            fail(targetError);
        completed = linksLoaded && targetsLoaded && !m_control.isCancelled();
        if (completed)
            completed = sourcePhase(queue);
        queue.stop();
        sourceReader.join();
        if (!sourceError.isEmpty() && m_stats.error.isEmpty()) {
            fail(sourceError);
            completed = false;
        }
        completed = completed && (!m_options.targetPhase || !m_rules.runTargetPhase ||
                                  liveTargets() || m_options.limit > 0 || targetPhase());
    }
    flush();
    m_stats.ended = QDateTime::currentDateTimeUtc();
    if (m_control.isCancelled())
        m_stats.state = QStringLiteral("CANCELED");
    else if (!completed || !m_stats.error.isEmpty())
        m_stats.state = QStringLiteral("FAILED");
    else
        m_stats.state = QStringLiteral("SUCCESS");
    if (m_rules.result.present) {
        // The mapping's result script sees the run's statistics (IDM binds them as global).
        const Evaluated<bool> done =
            m_evaluator.runEffect(m_rules.result, script::ScriptKind::Result,
                                  {{QStringLiteral("global"), m_stats.toJson()}});
        if (!done.ok())
            m_stats.warnings << done.error;
    }
    if (!m_options.dryRun && m_env.finishRun)
        m_env.finishRun(m_stats);
    m_progress.phase = ReconProgress::Phase::Done;
    reportProgress(true);
    return m_stats;
}

bool ReconEngine::Run::open()
{
    ConnectorError error;
    // This thread's connections: the target for writes and reads of single objects, the
    // source for the target phase's rare reads.
    m_target = m_env.openResource(m_rules.target, &error);
    if (!m_target) {
        fail(QStringLiteral("target %1: %2").arg(m_rules.target.toString(), error.toString()));
        return false;
    }
    m_source = m_env.openResource(m_rules.source, &error);
    if (!m_source) {
        fail(QStringLiteral("source %1: %2").arg(m_rules.source.toString(), error.toString()));
        return false;
    }
    QString message;
    m_linkStore = m_env.openLinkStore(&message);
    if (!m_linkStore) {
        fail(QStringLiteral("links: %1").arg(message));
        return false;
    }
    return true;
}

bool ReconEngine::Run::loadLinks()
{
    m_progress.phase = ReconProgress::Phase::Links;
    m_phaseClock.start();
    QString error;
    if (!m_links.load(*m_linkStore, &error)) {
        fail(QStringLiteral("reading the links of %1: %2").arg(m_rules.linkType, error));
        return false;
    }
    m_stats.linkLoad = {m_phaseClock.elapsed(), m_links.size()};
    return true;
}

bool ReconEngine::Run::loadTargets(QString* error)
{
    QElapsedTimer clock;
    clock.start();
    ConnectorError connectorError;
    auto target = m_env.openResource(m_rules.target, &connectorError);
    if (!target) {
        *error = QStringLiteral("target %1: %2")
                     .arg(m_rules.target.toString(), connectorError.toString());
        return false;
    }
    connectors::QueryRequest request;
    request.objectType = m_rules.target.objectType;
    request.queryFilter = m_rules.targetQueryFilter;
    request.fields = m_rules.targetFields;
    connectorError = target->query(request, [this](const connectors::ConnectorObject& object) {
        m_targets.insert(object);
        ++m_targetsLoaded;
        return !m_control.isCancelled();
    });
    if (connectorError.isError()) {
        *error = QStringLiteral("reading the targets %1: %2")
                     .arg(m_rules.target.toString(), connectorError.toString());
        return false;
    }
    m_stats.targetLoad = {clock.elapsed(), m_targets.size()};
    return !m_control.isCancelled();
}

void ReconEngine::Run::readSource(ObjectQueue& queue, QString* error)
{
    ConnectorError connectorError;
    auto source = m_env.openResource(m_rules.source, &connectorError);
    if (!source) {
        *error = QStringLiteral("source %1: %2")
                     .arg(m_rules.source.toString(), connectorError.toString());
        queue.close();
        return;
    }
    connectors::QueryRequest request;
    request.objectType = m_rules.source.objectType;
    request.fields = m_rules.sourceFields;
    if (!m_options.sourceId.isEmpty()) {
        request.queryFilter =
            query::QueryFilter::comparison(query::JsonPointer::parse(QStringLiteral("_id")),
                                           query::FilterOperator::Equals,
                                           query::FilterValue::string(m_options.sourceId))
                .toString();
    } else {
        request.queryFilter = m_rules.sourceQueryFilter;
    }
    constexpr int chunkSize = 256;
    QVector<QJsonObject> chunk;
    chunk.reserve(chunkSize);
    qint64 read = 0;
    bool consumerStopped = false;
    connectorError = source->query(request, [&](const connectors::ConnectorObject& object) {
        chunk.append(object);
        ++read;
        if (chunk.size() >= chunkSize) {
            if (!queue.push(std::move(chunk))) {
                consumerStopped = true;
                return false;
            }
            chunk = {};
            chunk.reserve(chunkSize);
        }
        return !m_control.isCancelled() && (m_options.limit <= 0 || read < m_options.limit);
    });
    if (!chunk.isEmpty() && !consumerStopped)
        queue.push(std::move(chunk));
    if (connectorError.isError() && !consumerStopped)
        *error = QStringLiteral("reading the source %1: %2")
                     .arg(m_rules.source.toString(), connectorError.toString());
    queue.close();
}

bool ReconEngine::Run::sourcePhase(ObjectQueue& queue)
{
    m_progress = ReconProgress{};
    m_progress.phase = ReconProgress::Phase::Source;
    m_phaseClock.start();
    QVector<QJsonObject> chunk;
    bool stopped = false;
    while (!stopped && queue.pop(&chunk)) {
        for (const QJsonObject& object : chunk) {
            if (!m_control.waitWhilePaused() || !m_stats.error.isEmpty()) {
                stopped = true;
                break;
            }
            processSource(object);
            ++m_sourceCount;
            if (m_batch.size() >= m_options.batchSize && !flush()) {
                stopped = true;
                break;
            }
            reportProgress();
        }
    }
    m_stats.sourcePhase.durationMs = m_phaseClock.elapsed();
    return flush() && !stopped && !m_control.isCancelled();
}

bool ReconEngine::Run::targetPhase()
{
    m_progress = ReconProgress{};
    m_progress.phase = ReconProgress::Phase::Target;
    m_phaseClock.start();
    QStringList remaining;
    for (auto it = m_targets.objects().begin(); it != m_targets.objects().end(); ++it)
        remaining << it.key();
    std::sort(remaining.begin(), remaining.end());
    // Every qualifier the mapping can give (linkQualifiers with returnAll).
    const Evaluated<QStringList> qualifiers = m_evaluator.linkQualifiers({}, true);
    if (!qualifiers.ok()) {
        fail(qualifiers.error);
        return false;
    }
    m_progress.total = remaining.size() * qualifiers.value.size();
    for (const QString& targetId : remaining) {
        for (const QString& qualifier : qualifiers.value) {
            if (m_seenTargets.contains(seenKey(qualifier, targetId)))
                continue;
            if (!m_control.waitWhilePaused())
                return false;
            processTarget(targetId, qualifier);
            if (m_batch.size() >= m_options.batchSize && !flush())
                return false;
            reportProgress();
        }
    }
    m_stats.targetPhase.durationMs = m_phaseClock.elapsed();
    return flush();
}

void ReconEngine::Run::processSource(const QJsonObject& source)
{
    m_seenSources.insert(idOf(source));
    const Evaluated<QStringList> qualifiers = m_evaluator.linkQualifiers(source, false);
    if (!qualifiers.ok()) {
        ObjectResult result;
        result.sourceId = idOf(source);
        result.status = ObjectResult::Status::Failure;
        result.action = Action::Exception;
        result.message = qualifiers.error;
        queue(std::move(result));
        return;
    }
    for (const QString& qualifier : qualifiers.value)
        processSourceQualifier(source, qualifier);
}

void ReconEngine::Run::processSourceQualifier(const QJsonObject& source, const QString& qualifier)
{
    ObjectResult result;
    result.phase = ObjectResult::Phase::Source;
    result.linkQualifier = qualifier;
    result.sourceId = idOf(source);

    auto failed = [&](const QString& message, const QStringList& notes) {
        result.status = ObjectResult::Status::Failure;
        result.action = Action::Exception;
        result.message = message;
        result.notes += notes;
        queue(std::move(result));
    };

    const Evaluated<bool> valid = m_evaluator.isSourceValid(source, qualifier);
    result.notes += valid.notes;
    if (!valid.ok())
        return failed(valid.error, {});

    SourceFacts facts;
    facts.sourceValid = valid.value;
    QString targetId = m_links.targetOf(qualifier, result.sourceId);
    facts.linked = !targetId.isEmpty();
    if (facts.linked && liveTargets())
        fetchTarget(targetId);
    facts.linkedTargetExists = facts.linked && m_targets.contains(targetId);
    if (!facts.linked && m_rules.hasCorrelation() &&
        (m_rules.correlateEmptyTargetSet || m_targets.size() > 0 || liveTargets())) {
        const Evaluated<CorrelationRequest> correlation =
            m_evaluator.correlation(source, qualifier);
        result.notes += correlation.notes;
        if (!correlation.ok())
            return failed(correlation.error, {});
        if (correlation.value.defined) {
            QStringList ids;
            if (correlation.value.filter) {
                ids = liveTargets() ? liveMatch(*correlation.value.filter)
                                    : m_targets.match(*correlation.value.filter);
            } else {
                for (const QJsonObject& candidate : correlation.value.candidates) {
                    if (liveTargets())
                        fetchTarget(idOf(candidate));
                    if (m_targets.contains(idOf(candidate)))
                        ids << idOf(candidate);
                }
            }
            facts.correlationResults = ids.size();
            if (ids.size() == 1) {
                targetId = ids.first();
                facts.correlatedTargetLinked = !m_links.sourceOf(qualifier, targetId).isEmpty();
            } else if (ids.size() > 1) {
                std::sort(ids.begin(), ids.end());
                result.ambiguousTargetIds = ids;
                for (const QString& id : ids)
                    m_seenTargets.insert(seenKey(qualifier, id));
            }
        }
    }
    result.situation = assessSourceSituation(facts);
    result.targetId = targetId;
    if (!targetId.isEmpty())
        m_seenTargets.insert(seenKey(qualifier, targetId));

    const QJsonObject target = m_targets.object(targetId);
    plan(result, source, target, facts.linked, true);
}

QJsonObject ReconEngine::Run::fetchTarget(const QString& id)
{
    if (id.isEmpty() || m_targets.contains(id))
        return m_targets.object(id);
    connectors::ConnectorObject object;
    if (!m_target->read(m_rules.target.objectType, id, m_rules.targetFields, &object).isError())
        m_targets.insert(object);
    return object;
}

QStringList ReconEngine::Run::liveMatch(const query::QueryFilter& filter)
{
    // The correlation query runs on the target system, as IDM runs it.
    connectors::QueryRequest request;
    request.objectType = m_rules.target.objectType;
    request.queryFilter = filter.toString();
    request.fields = m_rules.targetFields;
    QStringList ids;
    m_target->query(request, [&](const connectors::ConnectorObject& object) {
        m_targets.insert(object);
        ids << idOf(object);
        return true;
    });
    return ids;
}

void ReconEngine::Run::processTarget(const QString& targetId, const QString& qualifier)
{
    ObjectResult result;
    result.phase = ObjectResult::Phase::Target;
    result.linkQualifier = qualifier;
    result.targetId = targetId;
    const QJsonObject target = m_targets.object(targetId);

    const Evaluated<bool> valid = m_evaluator.isTargetValid(target);
    result.notes += valid.notes;
    if (!valid.ok()) {
        result.status = ObjectResult::Status::Failure;
        result.action = Action::Exception;
        result.message = valid.error;
        queue(std::move(result));
        return;
    }
    TargetFacts facts;
    facts.targetValid = valid.value;
    result.sourceId = m_links.sourceOf(qualifier, targetId);
    facts.linked = !result.sourceId.isEmpty();
    // Every source that still exists was seen in the source phase (which would have claimed
    // this target); a linked source not seen is gone, unless sourceQuery left it out.
    QJsonObject source;
    if (facts.linked && !m_seenSources.contains(result.sourceId) &&
        m_rules.sourceQueryFilter != QLatin1String("true")) {
        const ConnectorError error = m_source->read(m_rules.source.objectType, result.sourceId,
                                                    m_rules.sourceFields, &source);
        facts.linkedSourceExists = !error.isError();
    } else {
        facts.linkedSourceExists = facts.linked && m_seenSources.contains(result.sourceId);
    }
    if (facts.linkedSourceExists && !source.isEmpty()) {
        const Evaluated<bool> sourceValid = m_evaluator.isSourceValid(source, qualifier);
        facts.linkedSourceValid = sourceValid.ok() && sourceValid.value;
    }
    result.situation = assessTargetSituation(facts);
    plan(result, source, target, facts.linked, false);
}

void ReconEngine::Run::plan(ObjectResult& result, const QJsonObject& source,
                            const QJsonObject& target, bool linked, bool sourcePhase)
{
    const Evaluated<ActionDecision> decision =
        m_evaluator.action(result.situation, source, target, result.linkQualifier, sourcePhase);
    result.notes += decision.notes;
    if (!decision.ok()) {
        result.status = ObjectResult::Status::Failure;
        result.action = Action::Exception;
        result.message = decision.error;
        queue(std::move(result));
        return;
    }
    result.action = decision.value.action;
    planAction(result, source, target, linked);
    // The policy's postAction runs after its action (Policy.evaluatePostAction).
    if (decision.value.postAction.present && !m_batch.isEmpty()) {
        ObjectResult& queued = m_batch.last();
        QJsonObject bindings{{QStringLiteral("linkQualifier"), queued.linkQualifier},
                             {QStringLiteral("sourceAction"), sourcePhase},
                             {QStringLiteral("action"), config::actionName(queued.action)},
                             {QStringLiteral("situation"), config::situationName(queued.situation)},
                             {QStringLiteral("reconId"), m_stats.reconId}};
        if (!source.isEmpty())
            bindings.insert(QStringLiteral("source"), source);
        if (!target.isEmpty())
            bindings.insert(QStringLiteral("target"), target);
        const Evaluated<bool> done = m_evaluator.runEffect(
            decision.value.postAction, script::ScriptKind::PolicyPostAction, bindings);
        queued.notes += done.notes;
        if (!done.ok() && queued.status == ObjectResult::Status::Success) {
            queued.status = ObjectResult::Status::Failure;
            queued.message = done.error;
        }
    }
}

void ReconEngine::Run::planAction(ObjectResult& result, const QJsonObject& source,
                                  const QJsonObject& target, bool linked)
{

    PlannedWrite write;
    write.qualifier = result.linkQualifier;
    write.sourceId = result.sourceId;
    write.targetId = result.targetId;
    const QString situation = config::situationName(result.situation);
    auto impossible = [&](const QString& why) {
        result.status = ObjectResult::Status::Failure;
        result.message = QStringLiteral("%1 in situation %2: %3")
                             .arg(config::actionName(result.action), situation, why);
        queue(std::move(result));
    };

    switch (result.action) {
    case Action::Create: {
        if (source.isEmpty())
            return impossible(
                QStringLiteral("there is no source object to create the target from"));
        if (!target.isEmpty())
            return impossible(QStringLiteral("the target %1 exists already").arg(result.targetId));
        Evaluated<QJsonObject> built = m_evaluator.buildTarget(source, {}, result.linkQualifier);
        result.notes += built.notes;
        if (built.ok()) {
            const Evaluated<QJsonObject> hooked =
                m_evaluator.runTargetHook(m_rules.onCreate, script::ScriptKind::OnCreate, source,
                                          built.value, {}, result.situation, result.linkQualifier);
            result.notes += hooked.notes;
            built.value = hooked.value;
            built.error = hooked.error;
        }
        if (!built.ok()) {
            result.status = ObjectResult::Status::Failure;
            result.message = built.error;
            queue(std::move(result));
            return;
        }
        result.changes = attributeChanges({}, built.value);
        write.hasChange = true;
        write.change = {Change::Operation::Create, m_rules.target.objectType, {}, built.value, {}};
        write.link = PlannedWrite::LinkEffect::Insert;
        break;
    }
    case Action::Update: {
        if (target.isEmpty())
            return impossible(QStringLiteral("there is no target object to update"));
        if (source.isEmpty())
            return impossible(QStringLiteral("there is no source object to update from"));
        Evaluated<QJsonObject> built =
            m_evaluator.buildTarget(source, target, result.linkQualifier);
        result.notes += built.notes;
        if (built.ok() && m_rules.onUpdate.present) {
            QJsonObject merged = target;
            for (auto it = built.value.begin(); it != built.value.end(); ++it)
                merged.insert(it.key(), it.value());
            const Evaluated<QJsonObject> hooked =
                m_evaluator.runTargetHook(m_rules.onUpdate, script::ScriptKind::OnUpdate, source,
                                          merged, target, result.situation, result.linkQualifier);
            result.notes += hooked.notes;
            built.error = hooked.error;
            for (auto it = hooked.value.begin(); it != hooked.value.end(); ++it) {
                if (!equivalentValues(target.value(it.key()), it.value()))
                    built.value.insert(it.key(), it.value());
            }
        }
        if (!built.ok()) {
            result.status = ObjectResult::Status::Failure;
            result.message = built.error;
            queue(std::move(result));
            return;
        }
        result.changes = attributeChanges(target, built.value);
        if (!result.changes.isEmpty()) {
            QJsonObject changed;
            for (const AttributeChange& c : result.changes)
                changed.insert(c.attribute, c.newValue.isUndefined() ? QJsonValue() : c.newValue);
            write.hasChange = true;
            write.change = {Change::Operation::Update, m_rules.target.objectType, result.targetId,
                            changed, target.value(QStringLiteral("_rev")).toString()};
        }
        if (!linked)
            write.link = PlannedWrite::LinkEffect::Insert; // UPDATE of a FOUND target links it
        break;
    }
    case Action::Delete:
        if (target.isEmpty()) {
            if (linked)
                write.link = PlannedWrite::LinkEffect::Remove; // nothing left to delete
            break;
        }
        for (auto it = target.begin(); it != target.end(); ++it) {
            if (!it.key().startsWith(QLatin1Char('_')))
                result.changes.append({it.key(), it.value(), QJsonValue(QJsonValue::Undefined)});
        }
        write.hasChange = true;
        write.change = {Change::Operation::Delete,
                        m_rules.target.objectType,
                        result.targetId,
                        {},
                        target.value(QStringLiteral("_rev")).toString()};
        if (linked)
            write.link = PlannedWrite::LinkEffect::Remove;
        break;
    case Action::Link:
        if (result.targetId.isEmpty() || source.isEmpty())
            return impossible(QStringLiteral("a link needs both a source and a target"));
        if (linked)
            break;
        if (result.situation == Situation::FoundAlreadyLinked)
            return impossible(QStringLiteral("the target is linked to another source"));
        write.link = PlannedWrite::LinkEffect::Insert;
        break;
    case Action::Unlink:
        if (linked)
            write.link = PlannedWrite::LinkEffect::Remove;
        break;
    case Action::Exception:
        result.status = ObjectResult::Status::Failure;
        result.message =
            QStringLiteral("situation %1: the mapping's policy is EXCEPTION").arg(situation);
        break;
    case Action::Ignore:
    case Action::Report:
    case Action::NoReport:
    case Action::NoAction:
    case Action::Async:
        break;
    }
    // As in OpenIDM's SyncOperation.performAction: CREATE, UPDATE and LINK run onLink when
    // they make a link (CREATE with the target it creates); DELETE runs onDelete and then,
    // falling through to UNLINK, onUnlink when there is a link.
    const bool creates = write.hasChange && write.change.operation == Change::Operation::Create;
    const QJsonObject& hookTarget = creates ? write.change.object : target;
    bool hooksOk = true;
    if (write.hasChange && write.change.operation == Change::Operation::Delete)
        hooksOk = runHook(m_rules.onDelete, script::ScriptKind::OnDelete, result, source, target);
    if (hooksOk && write.link == PlannedWrite::LinkEffect::Insert)
        hooksOk = runHook(m_rules.onLink, script::ScriptKind::OnLink, result, source, hookTarget);
    if (hooksOk && write.link == PlannedWrite::LinkEffect::Remove)
        hooksOk = runHook(m_rules.onUnlink, script::ScriptKind::OnUnlink, result, source, target);
    if (!hooksOk) {
        queue(std::move(result)); // the hook failed: nothing is written for this object
        return;
    }
    queue(std::move(result), write);
}

bool ReconEngine::Run::runHook(const config::ScriptObject& hook, script::ScriptKind kind,
                               ObjectResult& result, const QJsonObject& source,
                               const QJsonObject& target)
{
    if (!hook.present)
        return true;
    QJsonObject bindings{
        {QStringLiteral("linkQualifier"), result.linkQualifier},
        {QStringLiteral("situation"), config::situationName(result.situation)},
        {QStringLiteral("sourceId"), result.sourceId},
        {QStringLiteral("targetId"), result.targetId},
        {QStringLiteral("mappingConfig"), QJsonObject{{QStringLiteral("name"), m_rules.name}}}};
    if (!source.isEmpty())
        bindings.insert(QStringLiteral("source"), source);
    if (!target.isEmpty())
        bindings.insert(QStringLiteral("target"), target);
    const Evaluated<bool> done = m_evaluator.runEffect(hook, kind, bindings);
    result.notes += done.notes;
    if (done.ok())
        return true;
    result.status = ObjectResult::Status::Failure;
    result.message = done.error;
    return false;
}

void ReconEngine::Run::queue(ObjectResult result, PlannedWrite write)
{
    m_batch.append(std::move(result));
    if (write.hasChange || write.link != PlannedWrite::LinkEffect::None) {
        write.resultIndex = m_batch.size() - 1;
        m_writes.append(write);
    }
}

bool ReconEngine::Run::flush()
{
    if (m_batch.isEmpty())
        return m_stats.error.isEmpty();
    bool healthy = true;
    if (!m_options.dryRun && !m_writes.isEmpty()) {
        // Target writes first; then the links of exactly the writes that succeeded, in one
        // transaction, so a failure or a cancel never leaves a link without its write.
        QVector<Change> changes;
        QVector<int> changeOf(m_writes.size(), -1);
        for (int i = 0; i < m_writes.size(); ++i) {
            if (m_writes[i].hasChange) {
                changeOf[i] = changes.size();
                changes << m_writes[i].change;
            }
        }
        const QVector<connectors::ChangeResult> applied =
            changes.isEmpty() ? QVector<connectors::ChangeResult>{} : m_target->apply(changes);
        QVector<repo::LinkChange> linkChanges;
        QVector<int> linkOwners;
        bool connectionLost = false;
        for (int i = 0; i < m_writes.size(); ++i) {
            PlannedWrite& w = m_writes[i];
            ObjectResult& r = m_batch[w.resultIndex];
            if (changeOf[i] >= 0) {
                const connectors::ChangeResult& outcome = applied.value(changeOf[i]);
                if (outcome.error.isError()) {
                    r.status = ObjectResult::Status::Failure;
                    r.message = outcome.error.toString();
                    connectionLost = connectionLost ||
                                     outcome.error.kind == ConnectorError::Kind::ConnectionFailed;
                    continue;
                }
                if (w.change.operation == Change::Operation::Create) {
                    w.targetId = idOf(outcome.object);
                    r.targetId = w.targetId;
                }
            }
            if (w.link == PlannedWrite::LinkEffect::None)
                continue;
            repo::LinkChange lc;
            lc.operation = w.link == PlannedWrite::LinkEffect::Insert
                               ? repo::LinkChange::Operation::Insert
                               : repo::LinkChange::Operation::Delete;
            lc.link = m_links.link(w.qualifier, w.sourceId, w.targetId);
            linkChanges << lc;
            linkOwners << w.resultIndex;
        }
        if (!linkChanges.isEmpty()) {
            QString error;
            if (m_linkStore->applyLinkChanges(linkChanges, &error)) {
                for (const repo::LinkChange& lc : linkChanges) {
                    const QString sourceId =
                        m_rules.linksReversed ? lc.link.secondId : lc.link.firstId;
                    const QString targetId =
                        m_rules.linksReversed ? lc.link.firstId : lc.link.secondId;
                    if (lc.operation == repo::LinkChange::Operation::Insert)
                        m_links.insert(lc.link.linkQualifier, sourceId, targetId);
                    else
                        m_links.remove(lc.link.linkQualifier, sourceId, targetId);
                }
            } else {
                for (const int owner : linkOwners) {
                    m_batch[owner].status = ObjectResult::Status::Failure;
                    m_batch[owner].message = QStringLiteral("the link was not written: ") + error;
                }
                fail(QStringLiteral("writing links: %1").arg(error));
                healthy = false;
            }
        }
        // A target that stopped answering fails every write after it: stop with one clear
        // error rather than a failure per object.
        m_connectionFailures = connectionLost ? m_connectionFailures + 1 : 0;
        if (connectionLost && m_connectionFailures >= 2) {
            fail(QStringLiteral("target %1 stopped answering: %2")
                     .arg(m_rules.target.toString(), m_batch.last().message));
            healthy = false;
        }
    }
    for (const ObjectResult& r : m_batch) {
        m_stats.add(r);
        ++m_progress.situations[r.situation];
        ++m_progress.actions[r.action];
        ++m_progress.processed;
    }
    if (m_resultSink)
        m_resultSink(m_batch);
    m_batch.clear();
    m_writes.clear();
    return healthy && m_stats.error.isEmpty();
}

void ReconEngine::Run::reportProgress(bool force)
{
    if (!m_progressSink)
        return;
    const qint64 now = m_sinceStart.elapsed();
    if (!force && m_lastProgressMs >= 0 && now - m_lastProgressMs < m_progressIntervalMs)
        return;
    m_lastProgressMs = now;
    const qint64 phaseMs = std::max<qint64>(1, m_phaseClock.elapsed());
    m_progress.ratePerSecond = m_progress.processed * 1000.0 / phaseMs;
    m_progress.remainingMs = m_progress.total > 0 && m_progress.ratePerSecond > 0
                                 ? static_cast<qint64>((m_progress.total - m_progress.processed) *
                                                       1000.0 / m_progress.ratePerSecond)
                                 : -1;
    m_progressSink(m_progress);
}

} // namespace syncstudio::recon
