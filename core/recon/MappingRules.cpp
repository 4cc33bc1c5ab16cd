#include "MappingRules.h"

namespace syncstudio::recon {

const config::CorrelationQuery* MappingRules::correlationQuery(const QString& qualifier) const
{
    const config::CorrelationQuery* fallback = nullptr;
    for (const config::CorrelationQuery& q : correlationQueries) {
        if (q.linkQualifier == qualifier)
            return &q;
        if (q.linkQualifier.isEmpty())
            fallback = &q;
    }
    return fallback;
}

MappingRules MappingRules::fromMapping(const config::Mapping& mapping, QString* error)
{
    MappingRules rules;
    rules.name = mapping.name();
    rules.source = ResourcePath::parse(mapping.source());
    rules.target = ResourcePath::parse(mapping.target());
    if (error) {
        if (!rules.source.isValid())
            *error = QStringLiteral("mapping %1: source \"%2\" is not system/<connector>/<type> or "
                                    "managed/<type>")
                         .arg(rules.name, mapping.source());
        else if (!rules.target.isValid())
            *error = QStringLiteral("mapping %1: target \"%2\" is not system/<connector>/<type> or "
                                    "managed/<type>")
                         .arg(rules.name, mapping.target());
        else
            error->clear();
    }
    rules.linkType = mapping.links().isEmpty() ? rules.name : mapping.links();
    rules.linksReversed = !mapping.links().isEmpty();
    rules.properties = mapping.properties();
    for (const config::Policy& policy : mapping.policies()) {
        if (const auto situation = config::situationFromName(policy.situation))
            rules.policies[*situation] << policy;
    }
    rules.validSource = mapping.validSource();
    rules.validTarget = mapping.validTarget();
    rules.sourceCondition = mapping.sourceCondition();
    rules.correlationQueries = mapping.correlationQueries();
    rules.correlationScript = mapping.correlationScript();
    rules.linkQualifiers = mapping.linkQualifiers();
    rules.linkQualifiersScript = mapping.linkQualifiersScript();
    if (rules.linkQualifiers.isEmpty())
        rules.linkQualifiers << QStringLiteral("default");
    rules.onCreate = mapping.onCreate();
    rules.onUpdate = mapping.onUpdate();
    rules.onDelete = mapping.onDelete();
    rules.onLink = mapping.onLink();
    rules.onUnlink = mapping.onUnlink();
    rules.result = mapping.result();
    rules.runTargetPhase = mapping.runTargetPhase();
    rules.prefetchLinks = mapping.prefetchLinks();
    rules.correlateEmptyTargetSet = mapping.correlateEmptyTargetSet();
    rules.taskThreads = mapping.taskThreads();
    auto queryFilter = [](const QJsonObject& query) {
        const QString filter = query.value(QStringLiteral("_queryFilter")).toString();
        return filter.isEmpty() ? QStringLiteral("true") : filter;
    };
    auto fields = [](const QJsonObject& query, const QStringList& fallback) {
        const QString list = query.value(QStringLiteral("_fields")).toString();
        return list.isEmpty() ? fallback : list.split(QLatin1Char(','), Qt::SkipEmptyParts);
    };
    rules.sourceQueryFilter = queryFilter(mapping.sourceQuery());
    rules.targetQueryFilter = queryFilter(mapping.targetQuery());
    rules.sourceFields = fields(mapping.sourceQuery(), mapping.defaultSourceFields());
    rules.targetFields = fields(mapping.targetQuery(), mapping.defaultTargetFields());
    return rules;
}

} // namespace syncstudio::recon
