#pragma once

#include "MappingRules.h"
#include "query/JsonPointer.h"
#include "query/QueryFilter.h"
#include "script/ScriptHost.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace syncstudio::recon {

// What evaluating a rule gave: the value, or the error that stops this object, plus notes
// on what a preview could not honestly evaluate.
template <typename T> struct Evaluated
{
    T value{};
    QString error;
    QStringList notes;
    bool ok() const { return error.isEmpty(); }
};

// How to find the targets of a source: a query filter to run on the target set, or the
// candidates a correlation script returned.
struct CorrelationRequest
{
    bool defined = false; // false: the mapping has no correlation for this qualifier
    std::optional<query::QueryFilter> filter;
    QVector<QJsonObject> candidates; // from a correlation script (objects with at least _id)
};

// The action a situation's policies pick, with the policy's postAction script if it has one.
struct ActionDecision
{
    config::Action action = config::Action::NoReport;
    config::ScriptObject postAction;
};

// Evaluates a mapping's scripts and conditions the way IDM binds them (OpenIDM's
// SourceSyncOperation, SyncOperation, PropertyMapping, Policy). One per worker thread: it
// owns that thread's script engine.
class RuleEvaluator
{
public:
    RuleEvaluator(const MappingRules& rules, const script::ScriptSettings& settings);

    // validSource and sourceCondition together: does this source qualify for the mapping?
    Evaluated<bool> isSourceValid(const QJsonObject& source, const QString& qualifier);
    Evaluated<bool> isTargetValid(const QJsonObject& target);
    Evaluated<CorrelationRequest> correlation(const QJsonObject& source, const QString& qualifier);
    // The target object the properties make from source (only the mapped attributes).
    Evaluated<QJsonObject> buildTarget(const QJsonObject& source, const QJsonObject& oldTarget,
                                       const QString& qualifier);
    // The policy action for the situation: the first policy whose condition holds, or the
    // situation's default.
    Evaluated<ActionDecision> action(config::Situation situation, const QJsonObject& source,
                                     const QJsonObject& target, const QString& qualifier,
                                     bool sourcePhase);
    // The link qualifiers of object: the linkQualifiers script's answer, or the static list.
    // returnAll asks the script for every qualifier it can return (for the target phase).
    Evaluated<QStringList> linkQualifiers(const QJsonObject& object, bool returnAll);
    // Runs a script for what it does, not for a value (onDelete, onLink, onUnlink,
    // postAction, result); errors and notes come back.
    Evaluated<bool> runEffect(const config::ScriptObject& script, script::ScriptKind kind,
                              const QJsonObject& bindings);
    // Runs onCreate/onUpdate/... and returns the target as the script left it.
    Evaluated<QJsonObject> runTargetHook(const config::ScriptObject& hook, script::ScriptKind kind,
                                         const QJsonObject& source, const QJsonObject& target,
                                         const QJsonObject& oldTarget, config::Situation situation,
                                         const QString& qualifier);

private:
    Evaluated<bool> condition(const config::Condition& condition, script::ScriptKind kind,
                              const QJsonObject& filterContent, const QJsonObject& bindings,
                              const QString& what);
    script::ScriptResult run(const config::ScriptObject& script, script::ScriptKind kind,
                             const QJsonObject& bindings, const QString& what,
                             const QStringList& readBack = {});
    QString label(const QString& what) const;

    const query::QueryFilter* parsedFilter(const QString& text, QString* error);

    const MappingRules& m_rules;
    script::ScriptHost m_host;
    // Parsed once per run rather than once per object.
    QVector<query::JsonPointer> m_sourcePointers;
    QVector<query::JsonPointer> m_targetPointers;
    QHash<QString, query::QueryFilter> m_filters;
};

// The query filter of a correlation query's result: {"_queryFilter": ...}, or one of IDM's
// predefined repository queries ({"_queryId": "for-userName", "uid": ...}).
Evaluated<query::QueryFilter> correlationFilter(const QJsonObject& queryParameters);
// The admin UI's expressionTree ({"all": ["mail", {"any": [...]}]}) as a filter on source.
std::optional<query::QueryFilter> expressionTreeFilter(const QJsonValue& tree,
                                                       const QJsonObject& source);

} // namespace syncstudio::recon
