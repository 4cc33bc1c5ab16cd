#pragma once

#include "recon/MappingRules.h"
#include "recon/ReconEngine.h"
#include "run/ReconEnvironmentFactory.h"

#include <QJsonObject>
#include <QString>
#include <QVector>
#include <atomic>

namespace syncstudio::ui {

// The objects of a mapping's source, read through its connector for the editor: a sample to
// pick a live-test object from, and the count of those a scoping filter keeps. The queries
// block: call them on worker threads only.

struct SourceSample
{
    QVector<QJsonObject> objects;
    bool truncated = false; // the source has more than the limit
    QString error;
};

// The first limit objects of rules.source that rules.sourceQueryFilter selects.
SourceSample querySourceObjects(const recon::ReconEnvironment& environment,
                                const recon::MappingRules& rules, int limit,
                                const std::atomic_bool& cancelled);

struct ScopeCount
{
    qint64 inScope = 0;
    qint64 total = 0;
    qint64 failed = 0; // objects whose validSource or sourceCondition failed
    QString error;     // the query's error, or the first object's evaluation error
    bool cancelled = false;
};

// How many of the source's objects pass rules.validSource and rules.sourceCondition, as
// the engine evaluates them (its RuleEvaluator, with a script host made on this thread).
ScopeCount countInScope(const recon::ReconEnvironment& environment,
                        const recon::MappingRules& rules, const std::atomic_bool& cancelled);

// The environment the factory makes for project, or the project's own (self-contained, no
// secrets) when there is no factory. Call on the GUI thread: it reads the project.
recon::ReconEnvironment environmentFor(const ReconEnvironmentFactory& factory,
                                       const config::Project& project, QString* error);

} // namespace syncstudio::ui
