#include "RuleEvaluator.h"

#include "query/JsonPointer.h"

#include <QJsonArray>

namespace syncstudio::recon {

using config::Action;
using config::Situation;
using script::ScriptKind;
using script::ScriptResult;

namespace {

void addNotes(QStringList& notes, const ScriptResult& result, const QString& what)
{
    for (const QString& note : result.notes)
        notes << what + QStringLiteral(": ") + note;
    if (result.isNotEvaluated())
        notes << what + QStringLiteral(": ") + result.toString();
}

} // namespace

RuleEvaluator::RuleEvaluator(const MappingRules& rules, const script::ScriptSettings& settings)
    : m_rules(rules)
    , m_host(settings)
{
    for (const config::PropertyMapping& property : rules.properties) {
        m_sourcePointers << query::JsonPointer::parse(property.source);
        m_targetPointers << query::JsonPointer::parse(property.target);
    }
}

const query::QueryFilter* RuleEvaluator::parsedFilter(const QString& text, QString* error)
{
    auto it = m_filters.constFind(text);
    if (it != m_filters.constEnd())
        return &it.value();
    query::QueryFilterError parseError;
    const auto filter = query::QueryFilter::parse(text, &parseError);
    if (!filter) {
        *error = parseError.toString();
        return nullptr;
    }
    return &m_filters.insert(text, *filter).value();
}

QString RuleEvaluator::label(const QString& what) const
{
    return QStringLiteral("mapping %1, %2").arg(m_rules.name, what);
}

ScriptResult RuleEvaluator::run(const config::ScriptObject& scriptObject, ScriptKind kind,
                                const QJsonObject& bindings, const QString& what,
                                const QStringList& readBack)
{
    script::ScriptCall call;
    call.script = scriptObject;
    call.kind = kind;
    call.bindings = bindings;
    call.context = label(what);
    call.readBack = readBack;
    return m_host.run(call);
}

Evaluated<bool> RuleEvaluator::condition(const config::Condition& condition, ScriptKind kind,
                                         const QJsonObject& filterContent,
                                         const QJsonObject& bindings, const QString& what)
{
    Evaluated<bool> out;
    out.value = true;
    if (condition.isFilter()) {
        QString error;
        const query::QueryFilter* filter = parsedFilter(condition.filter, &error);
        if (!filter) {
            out.error = QStringLiteral("%1: invalid filter \"%2\": %3")
                            .arg(label(what), condition.filter, error);
            return out;
        }
        out.value = filter->matches(filterContent);
    } else if (condition.isScript()) {
        const ScriptResult result = run(condition.script, kind, bindings, what);
        addNotes(out.notes, result, what);
        if (result.isError())
            out.error = label(what) + QStringLiteral(": ") + result.toString();
        else if (result.isValue())
            out.value = result.value.toBool();
    }
    return out;
}

Evaluated<bool> RuleEvaluator::isSourceValid(const QJsonObject& source, const QString& qualifier)
{
    Evaluated<bool> out;
    out.value = true;
    if (m_rules.validSource.present) {
        const ScriptResult result =
            run(m_rules.validSource, ScriptKind::ValidSource,
                {{QStringLiteral("source"), source}, {QStringLiteral("linkQualifier"), qualifier}},
                QStringLiteral("validSource"));
        addNotes(out.notes, result, QStringLiteral("validSource"));
        if (result.isError()) {
            out.error =
                label(QStringLiteral("validSource")) + QStringLiteral(": ") + result.toString();
            return out;
        }
        if (result.isValue() && !result.value.isBool()) {
            out.error = label(QStringLiteral("validSource")) +
                        QStringLiteral(": the script must return true or false");
            return out;
        }
        out.value = !result.isValue() || result.value.toBool();
        if (!out.value)
            return out;
    }
    if (!m_rules.sourceCondition.isSet())
        return out;
    // sourceCondition sees {source, linkQualifier} (SyncOperation.checkSourceConditions).
    const QJsonObject content{{QStringLiteral("source"), source},
                              {QStringLiteral("linkQualifier"), qualifier}};
    const Evaluated<bool> sourceCondition =
        condition(m_rules.sourceCondition, ScriptKind::SourceCondition, content, content,
                  QStringLiteral("sourceCondition"));
    out.notes += sourceCondition.notes;
    out.error = sourceCondition.error;
    out.value = sourceCondition.value;
    return out;
}

Evaluated<bool> RuleEvaluator::isTargetValid(const QJsonObject& target)
{
    Evaluated<bool> out;
    out.value = true;
    if (!m_rules.validTarget.present)
        return out;
    const ScriptResult result =
        run(m_rules.validTarget, ScriptKind::ValidTarget, {{QStringLiteral("target"), target}},
            QStringLiteral("validTarget"));
    addNotes(out.notes, result, QStringLiteral("validTarget"));
    if (result.isError())
        out.error = label(QStringLiteral("validTarget")) + QStringLiteral(": ") + result.toString();
    else if (result.isValue())
        out.value = result.value.toBool();
    return out;
}

Evaluated<CorrelationRequest> RuleEvaluator::correlation(const QJsonObject& source,
                                                         const QString& qualifier)
{
    Evaluated<CorrelationRequest> out;
    const QJsonObject bindings{{QStringLiteral("source"), source},
                               {QStringLiteral("linkQualifier"), qualifier}};
    if (const config::CorrelationQuery* query = m_rules.correlationQuery(qualifier)) {
        out.value.defined = true;
        if (!query->expressionTree.isUndefined() && !query->expressionTree.isNull()) {
            // The admin UI's query builder: its script only turns the tree into a filter.
            out.value.filter = expressionTreeFilter(query->expressionTree, source);
            if (!out.value.filter)
                out.error = label(QStringLiteral("correlationQuery")) +
                            QStringLiteral(": the expressionTree is not {\"all\"|\"any\": [...]}");
            return out;
        }
        const ScriptResult result = run(query->script, ScriptKind::CorrelationQuery, bindings,
                                        QStringLiteral("correlationQuery"));
        addNotes(out.notes, result, QStringLiteral("correlationQuery"));
        if (result.isError()) {
            out.error = label(QStringLiteral("correlationQuery")) + QStringLiteral(": ") +
                        result.toString();
            return out;
        }
        if (result.isNotEvaluated()) {
            out.value.defined = false;
            return out;
        }
        const Evaluated<query::QueryFilter> filter = correlationFilter(result.value.toObject());
        if (!filter.ok()) {
            out.error =
                label(QStringLiteral("correlationQuery")) + QStringLiteral(": ") + filter.error;
            return out;
        }
        out.value.filter = filter.value;
        return out;
    }
    if (m_rules.correlationScript.present) {
        out.value.defined = true;
        const ScriptResult result = run(m_rules.correlationScript, ScriptKind::CorrelationScript,
                                        bindings, QStringLiteral("correlationScript"));
        addNotes(out.notes, result, QStringLiteral("correlationScript"));
        if (result.isError()) {
            out.error = label(QStringLiteral("correlationScript")) + QStringLiteral(": ") +
                        result.toString();
            return out;
        }
        for (const QJsonValue& candidate : result.value.toArray()) {
            if (candidate.isObject())
                out.value.candidates << candidate.toObject();
            else if (candidate.isString())
                out.value.candidates << QJsonObject{{QStringLiteral("_id"), candidate}};
        }
    }
    return out;
}

Evaluated<QJsonObject> RuleEvaluator::buildTarget(const QJsonObject& source,
                                                  const QJsonObject& oldTarget,
                                                  const QString& qualifier)
{
    Evaluated<QJsonObject> out;
    for (int index = 0; index < m_rules.properties.size(); ++index) {
        const config::PropertyMapping& property = m_rules.properties[index];
        if (property.condition.isSet()) {
            const QString what = QStringLiteral("property %1").arg(property.target);
            // Property conditions see {object, target, linkQualifier} (PropertyMapping).
            const QJsonObject content{{QStringLiteral("object"), source},
                                      {QStringLiteral("target"), out.value},
                                      {QStringLiteral("linkQualifier"), qualifier}};
            const QJsonObject bindings =
                oldTarget.isEmpty() ? content
                                    : QJsonObject{{QStringLiteral("object"), source},
                                                  {QStringLiteral("target"), out.value},
                                                  {QStringLiteral("oldTarget"), oldTarget},
                                                  {QStringLiteral("linkQualifier"), qualifier}};
            const Evaluated<bool> holds =
                condition(property.condition, ScriptKind::PropertyCondition, content, bindings,
                          what + QStringLiteral(" condition"));
            out.notes += holds.notes;
            if (!holds.ok()) {
                out.error = holds.error;
                return out;
            }
            if (!holds.value)
                continue;
        }
        QJsonValue value(QJsonValue::Null);
        if (property.source.isEmpty() && property.transform.present) {
            value = source; // "source" : "" is the whole source object
        } else if (!property.source.isEmpty()) {
            const query::JsonPointer& pointer = m_sourcePointers[index];
            if (pointer.size() == 1) {
                const auto found = source.constFind(pointer.tokens().first());
                if (found != source.constEnd())
                    value = found.value();
            } else if (const auto found = pointer.resolve(source)) {
                value = *found;
            }
        }
        if (property.transform.present) {
            const QString what = QStringLiteral("property %1").arg(property.target);
            const ScriptResult result = run(
                property.transform, ScriptKind::Transform,
                {{QStringLiteral("source"), value}, {QStringLiteral("linkQualifier"), qualifier}},
                what + QStringLiteral(" transform"));
            addNotes(out.notes, result, what + QStringLiteral(" transform"));
            if (result.isError()) {
                out.error = label(what + QStringLiteral(" transform")) + QStringLiteral(": ") +
                            result.toString();
                return out;
            }
            value = result.isValue() ? result.value : QJsonValue(QJsonValue::Null);
        }
        if ((value.isNull() || value.isUndefined()) && property.defaultValue)
            value = *property.defaultValue;
        const query::JsonPointer& target = m_targetPointers[index];
        if (target.size() == 1)
            out.value.insert(target.tokens().first(), value);
        else
            target.assign(out.value, value);
    }
    return out;
}

Evaluated<ActionDecision> RuleEvaluator::action(Situation situation, const QJsonObject& source,
                                                const QJsonObject& target, const QString& qualifier,
                                                bool sourcePhase)
{
    Evaluated<ActionDecision> out;
    out.value.action = config::defaultAction(situation);
    for (const config::Policy& policy : m_rules.policies.value(situation)) {
        const QString what = QStringLiteral("policy %1").arg(policy.situation);
        if (policy.condition.isSet()) {
            // Policy conditions see {object, linkQualifier} (SyncOperation.determineAction).
            const QJsonObject content{{QStringLiteral("object"), source},
                                      {QStringLiteral("linkQualifier"), qualifier}};
            const Evaluated<bool> holds =
                condition(policy.condition, ScriptKind::PolicyCondition, content, content,
                          what + QStringLiteral(" condition"));
            out.notes += holds.notes;
            if (!holds.ok()) {
                out.error = holds.error;
                return out;
            }
            if (!holds.value)
                continue;
        }
        out.value.postAction = policy.postAction;
        if (!policy.actionScript.present) {
            out.value.action = config::actionFromName(policy.action).value_or(out.value.action);
            return out;
        }
        // Policy.getAction binds no situation: the policy is already the situation's.
        QJsonObject bindings{{QStringLiteral("sourceAction"), sourcePhase},
                             {QStringLiteral("linkQualifier"), qualifier}};
        if (!source.isEmpty())
            bindings.insert(QStringLiteral("source"), source);
        if (!target.isEmpty())
            bindings.insert(QStringLiteral("target"), target);
        const ScriptResult result = run(policy.actionScript, ScriptKind::PolicyAction, bindings,
                                        what + QStringLiteral(" action"));
        addNotes(out.notes, result, what + QStringLiteral(" action"));
        if (result.isError()) {
            out.error =
                label(what + QStringLiteral(" action")) + QStringLiteral(": ") + result.toString();
            return out;
        }
        if (result.isValue()) {
            const auto named = config::actionFromName(result.value.toString());
            if (!named) {
                out.error = label(what + QStringLiteral(" action")) +
                            QStringLiteral(": the script returned \"%1\", which is not an action")
                                .arg(result.value.toString());
                return out;
            }
            out.value.action = *named;
        }
        return out;
    }
    return out;
}

Evaluated<QStringList> RuleEvaluator::linkQualifiers(const QJsonObject& object, bool returnAll)
{
    Evaluated<QStringList> out;
    out.value = m_rules.linkQualifiers;
    if (!m_rules.linkQualifiersScript.present)
        return out;
    const ScriptResult result =
        run(m_rules.linkQualifiersScript, ScriptKind::LinkQualifiers,
            {{QStringLiteral("mapping"), m_rules.name},
             {QStringLiteral("object"), object.isEmpty() ? QJsonValue() : QJsonValue(object)},
             {QStringLiteral("returnAll"), returnAll}},
            QStringLiteral("linkQualifiers"));
    addNotes(out.notes, result, QStringLiteral("linkQualifiers"));
    if (result.isError()) {
        out.error =
            label(QStringLiteral("linkQualifiers")) + QStringLiteral(": ") + result.toString();
        return out;
    }
    if (result.isValue()) {
        if (!result.value.isArray()) {
            out.error = label(QStringLiteral("linkQualifiers")) +
                        QStringLiteral(": the script must return an array of qualifier names");
            return out;
        }
        out.value.clear();
        for (const QJsonValue& name : result.value.toArray())
            out.value << name.toString();
    }
    return out;
}

Evaluated<bool> RuleEvaluator::runEffect(const config::ScriptObject& scriptObject, ScriptKind kind,
                                         const QJsonObject& bindings)
{
    Evaluated<bool> out;
    out.value = true;
    if (!scriptObject.present)
        return out;
    const QString what = script::scriptKindInfo(kind).name;
    const ScriptResult result = run(scriptObject, kind, bindings, what);
    addNotes(out.notes, result, what);
    if (result.isError())
        out.error = label(what) + QStringLiteral(": ") + result.toString();
    return out;
}

Evaluated<QJsonObject> RuleEvaluator::runTargetHook(const config::ScriptObject& hook,
                                                    ScriptKind kind, const QJsonObject& source,
                                                    const QJsonObject& target,
                                                    const QJsonObject& oldTarget,
                                                    Situation situation, const QString& qualifier)
{
    Evaluated<QJsonObject> out;
    out.value = target;
    if (!hook.present)
        return out;
    QJsonObject bindings{{QStringLiteral("source"), source},
                         {QStringLiteral("target"), target},
                         {QStringLiteral("situation"), config::situationName(situation)},
                         {QStringLiteral("linkQualifier"), qualifier}};
    if (!oldTarget.isEmpty())
        bindings.insert(QStringLiteral("oldTarget"), oldTarget);
    const QString what = script::scriptKindInfo(kind).name;
    const ScriptResult result = run(hook, kind, bindings, what, {QStringLiteral("target")});
    addNotes(out.notes, result, what);
    if (result.isError()) {
        out.error = label(what) + QStringLiteral(": ") + result.toString();
        return out;
    }
    if (result.bound.contains(QStringLiteral("target")))
        out.value = result.bound.value(QStringLiteral("target")).toObject();
    return out;
}

Evaluated<query::QueryFilter> correlationFilter(const QJsonObject& parameters)
{
    Evaluated<query::QueryFilter> out;
    const QString filterText = parameters.value(QStringLiteral("_queryFilter")).toString();
    if (!filterText.isEmpty()) {
        query::QueryFilterError error;
        if (const auto filter = query::QueryFilter::parse(filterText, &error))
            out.value = *filter;
        else
            out.error = QStringLiteral("the query filter \"%1\" is invalid: %2")
                            .arg(filterText, error.toString());
        return out;
    }
    const QString queryId = parameters.value(QStringLiteral("_queryId")).toString();
    auto eq = [](const QString& field, const QJsonValue& value) {
        return query::QueryFilter::comparison(
            query::JsonPointer::parse(field), query::FilterOperator::Equals,
            query::FilterValue::fromJson(value).value_or(query::FilterValue()));
    };
    // IDM's predefined repository queries (repo.jdbc.json / repo.orientdb.json).
    if (queryId == QLatin1String("for-userName")) {
        out.value = eq(QStringLiteral("userName"), parameters.value(QStringLiteral("uid")));
    } else if (queryId == QLatin1String("get-by-field-value")) {
        out.value = eq(parameters.value(QStringLiteral("field")).toString(),
                       parameters.value(QStringLiteral("value")));
    } else if (queryId == QLatin1String("query-all-ids") || queryId == QLatin1String("query-all")) {
        out.value = query::QueryFilter::literal(true);
    } else if (queryId.isEmpty()) {
        out.error =
            QStringLiteral("the correlation query returned neither _queryFilter nor _queryId; "
                           "return {'_queryFilter': '...'}");
    } else {
        out.error = QStringLiteral("the predefined query \"%1\" is not known to SyncStudio; use "
                                   "_queryFilter instead")
                        .arg(queryId);
    }
    return out;
}

std::optional<query::QueryFilter> expressionTreeFilter(const QJsonValue& tree,
                                                       const QJsonObject& source)
{
    if (tree.isString()) {
        const QString field = tree.toString();
        const QJsonValue value = source.value(field);
        return query::QueryFilter::comparison(
            query::JsonPointer::parse(field), query::FilterOperator::Equals,
            query::FilterValue::fromJson(value).value_or(query::FilterValue()));
    }
    const QJsonObject object = tree.toObject();
    const bool all = object.contains(QStringLiteral("all"));
    const QJsonValue list = object.value(all ? QStringLiteral("all") : QStringLiteral("any"));
    if (!list.isArray())
        return std::nullopt;
    std::vector<query::QueryFilter> operands;
    for (const QJsonValue& item : list.toArray()) {
        const auto operand = expressionTreeFilter(item, source);
        if (!operand)
            return std::nullopt;
        operands.push_back(*operand);
    }
    return all ? query::QueryFilter::andOf(operands) : query::QueryFilter::orOf(operands);
}

} // namespace syncstudio::recon
