#include "ReconStatistics.h"

#include <QJsonArray>

namespace syncstudio::recon {

void ReconStatistics::add(const ObjectResult& result)
{
    ++situations[result.situation];
    ++actions[result.action];
    if (result.status == ObjectResult::Status::Success) {
        ++succeeded;
        if (result.changesTarget())
            ++changedObjects;
    } else {
        ++failed;
        exceptions.append(
            {result.sourceId, result.targetId, result.situation, result.action, result.message});
    }
    (result.phase == ObjectResult::Phase::Source ? sourcePhase : targetPhase).processed += 1;
}

void ReconStatistics::merge(const ReconStatistics& other)
{
    for (auto it = other.situations.begin(); it != other.situations.end(); ++it)
        situations[it.key()] += it.value();
    for (auto it = other.actions.begin(); it != other.actions.end(); ++it)
        actions[it.key()] += it.value();
    succeeded += other.succeeded;
    failed += other.failed;
    changedObjects += other.changedObjects;
    sourcePhase.processed += other.sourcePhase.processed;
    targetPhase.processed += other.targetPhase.processed;
    exceptions += other.exceptions;
}

QJsonObject ReconStatistics::toJson() const
{
    QJsonObject situationSummary;
    for (const QString& name : config::allSituationNames())
        situationSummary.insert(name, situations.value(*config::situationFromName(name)));
    QJsonObject actionSummary;
    for (const QString& name : config::allActionNames())
        actionSummary.insert(name, actions.value(*config::actionFromName(name)));
    QJsonArray exceptionList;
    for (const Exception& e : exceptions) {
        exceptionList.append(QJsonObject{
            {QStringLiteral("sourceId"), e.sourceId},
            {QStringLiteral("targetId"), e.targetId},
            {QStringLiteral("situation"), config::situationName(e.situation)},
            {QStringLiteral("action"), config::actionName(e.action)},
            {QStringLiteral("message"), e.message},
        });
    }
    auto phase = [](const PhaseTiming& p) {
        return QJsonObject{{QStringLiteral("duration"), p.durationMs},
                           {QStringLiteral("processed"), p.processed}};
    };
    const qint64 duration = started.isValid() && ended.isValid() ? started.msecsTo(ended) : 0;
    QJsonObject json{
        {QStringLiteral("_id"), reconId},
        {QStringLiteral("mapping"), mappingName},
        {QStringLiteral("state"), state},
        {QStringLiteral("dryRun"), dryRun},
        {QStringLiteral("started"), started.toString(Qt::ISODateWithMs)},
        {QStringLiteral("ended"), ended.toString(Qt::ISODateWithMs)},
        {QStringLiteral("duration"), duration},
        {QStringLiteral("situationSummary"), situationSummary},
        {QStringLiteral("actionSummary"), actionSummary},
        {QStringLiteral("statusSummary"),
         QJsonObject{{QStringLiteral("SUCCESS"), succeeded}, {QStringLiteral("FAILURE"), failed}}},
        {QStringLiteral("changedObjects"), changedObjects},
        {QStringLiteral("durationSummary"),
         QJsonObject{{QStringLiteral("linkLoad"), phase(linkLoad)},
                     {QStringLiteral("targetLoad"), phase(targetLoad)},
                     {QStringLiteral("sourcePhase"), phase(sourcePhase)},
                     {QStringLiteral("targetPhase"), phase(targetPhase)}}},
        {QStringLiteral("exceptions"), exceptionList},
    };
    if (!error.isEmpty())
        json.insert(QStringLiteral("error"), error);
    if (!warnings.isEmpty())
        json.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warnings));
    return json;
}

} // namespace syncstudio::recon
