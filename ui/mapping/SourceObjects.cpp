#include "SourceObjects.h"

#include "config/Project.h"
#include "recon/ProjectEnvironment.h"
#include "recon/RuleEvaluator.h"
#include "secrets/KeychainSecretLookup.h"

#include <QCoreApplication>

namespace syncstudio::ui {

namespace {
std::unique_ptr<connectors::Connector> openSource(const recon::ReconEnvironment& environment,
                                                  const recon::MappingRules& rules, QString* error)
{
    if (!environment.openResource) {
        *error = QCoreApplication::translate("SourceObjects", "no connectors are available");
        return nullptr;
    }
    if (!rules.source.isValid()) {
        *error = QCoreApplication::translate("SourceObjects", "the mapping has no valid source");
        return nullptr;
    }
    connectors::ConnectorError connectorError;
    std::unique_ptr<connectors::Connector> connector =
        environment.openResource(rules.source, &connectorError);
    if (!connector)
        *error = connectorError.isError()
                     ? connectorError.toString()
                     : QCoreApplication::translate("SourceObjects", "cannot open %1")
                           .arg(rules.source.toString());
    return connector;
}

connectors::QueryRequest sourceRequest(const recon::MappingRules& rules)
{
    connectors::QueryRequest request;
    request.objectType = rules.source.objectType;
    request.queryFilter =
        rules.sourceQueryFilter.isEmpty() ? QStringLiteral("true") : rules.sourceQueryFilter;
    request.fields = rules.sourceFields;
    return request;
}
} // namespace

SourceSample querySourceObjects(const recon::ReconEnvironment& environment,
                                const recon::MappingRules& rules, int limit,
                                const std::atomic_bool& cancelled)
{
    SourceSample sample;
    std::unique_ptr<connectors::Connector> connector =
        openSource(environment, rules, &sample.error);
    if (!connector)
        return sample;
    const connectors::ConnectorError error =
        connector->query(sourceRequest(rules), [&](const connectors::ConnectorObject& object) {
            if (cancelled.load())
                return false;
            if (sample.objects.size() >= limit) {
                sample.truncated = true;
                return false;
            }
            sample.objects.append(object);
            return true;
        });
    if (error.isError())
        sample.error = error.toString();
    return sample;
}

ScopeCount countInScope(const recon::ReconEnvironment& environment,
                        const recon::MappingRules& rules, const std::atomic_bool& cancelled)
{
    ScopeCount count;
    std::unique_ptr<connectors::Connector> connector = openSource(environment, rules, &count.error);
    if (!connector)
        return count;
    recon::RuleEvaluator evaluator(rules, environment.scripts);
    const QString qualifier = rules.linkQualifiers.value(0, QStringLiteral("default"));
    const connectors::ConnectorError error =
        connector->query(sourceRequest(rules), [&](const connectors::ConnectorObject& object) {
            if (cancelled.load()) {
                count.cancelled = true;
                return false;
            }
            ++count.total;
            const recon::Evaluated<bool> valid = evaluator.isSourceValid(object, qualifier);
            if (!valid.ok()) {
                ++count.failed;
                if (count.error.isEmpty())
                    count.error = valid.error;
            } else if (valid.value) {
                ++count.inScope;
            }
            return true;
        });
    if (error.isError())
        count.error = error.toString();
    return count;
}

recon::ReconEnvironment environmentFor(const ReconEnvironmentFactory& factory,
                                       const config::Project& project, QString* error)
{
    if (factory)
        return factory(project, error);
    return recon::ProjectEnvironment::selfContained(
        project, secrets::keychainSecretLookup(project.rootPath()), error);
}

} // namespace syncstudio::ui
