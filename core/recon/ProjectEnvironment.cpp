#include "ProjectEnvironment.h"

#include "ConnectorResourceResolver.h"
#include "config/Project.h"
#include "connectors/BuiltinConnectors.h"
#include "repo/ManagedObjectConnector.h"
#include "repo/ManagedObjectSchema.h"
#include "repo/ReconRunStore.h"
#include "repo/SqlLinkStore.h"

namespace syncstudio::recon {

ProjectEnvironment::ProjectEnvironment(const config::Project& project,
                                       connectors::SecretLookup secrets)
    : m_project(project)
    , m_secrets(secrets)
    , m_factory(connectors::ConnectorContext{&project, secrets})
{}

std::unique_ptr<ProjectEnvironment> ProjectEnvironment::open(const config::Project& project,
                                                             connectors::SecretLookup secrets,
                                                             QString* error)
{
    connectors::registerBuiltinConnectors();
    repo::RepositorySettings settings;
    if (!repo::RepositorySettings::load(project.rootPath(), &settings, error))
        return nullptr;
    repo::RepositoryError repositoryError;
    auto repository = repo::Repository::open(settings, secrets, &repositoryError);
    if (!repository) {
        if (error)
            *error = QStringLiteral("repository %1: %2")
                         .arg(settings.describe(), repositoryError.toString());
        return nullptr;
    }
    std::unique_ptr<ProjectEnvironment> environment(new ProjectEnvironment(project, secrets));
    environment->m_repository = std::move(repository);
    ProjectEnvironment* self = environment.get();
    environment->m_resolver = std::make_unique<ConnectorResourceResolver>(
        [self](const ResourcePath& resource, connectors::ConnectorError* connectorError) {
            return self->openResource(resource, connectorError);
        });
    return environment;
}

ReconEnvironment ProjectEnvironment::selfContained(const config::Project& project,
                                                   connectors::SecretLookup secrets, QString* error)
{
    std::shared_ptr<ProjectEnvironment> owner(open(project, std::move(secrets), error).release());
    if (!owner)
        return {};
    ReconEnvironment environment = owner->reconEnvironment();
    // Each function holds the owner, so the repository lives as long as any copy of them.
    auto openResource = environment.openResource;
    environment.openResource = [owner, openResource](const ResourcePath& resource,
                                                     connectors::ConnectorError* connectorError) {
        return openResource(resource, connectorError);
    };
    auto openLinkStore = environment.openLinkStore;
    environment.openLinkStore = [owner, openLinkStore](QString* linkError) {
        return openLinkStore(linkError);
    };
    auto openRunStore = environment.openRunStore;
    environment.openRunStore = [owner, openRunStore](QString* runError) {
        return openRunStore(runError);
    };
    auto beginRun = environment.beginRun;
    environment.beginRun = [owner, beginRun](const QString& mapping) { return beginRun(mapping); };
    auto finishRun = environment.finishRun;
    environment.finishRun = [owner, finishRun](const ReconStatistics& statistics) {
        finishRun(statistics);
    };
    return environment;
}

std::unique_ptr<connectors::Connector>
ProjectEnvironment::openResource(const ResourcePath& resource,
                                 connectors::ConnectorError* error) const
{
    if (resource.kind == ResourcePath::Kind::Managed)
        return std::make_unique<repo::ManagedObjectConnector>(*m_repository,
                                                              repo::managedObjectTypes(m_project));
    if (resource.kind == ResourcePath::Kind::System)
        return m_factory.create(resource.system, error);
    if (error)
        *error = {connectors::ConnectorError::Kind::InvalidConfiguration,
                  QStringLiteral("\"%1\" is not a resource").arg(resource.toString()),
                  QStringLiteral("use system/<connector>/<type> or managed/<type>")};
    return nullptr;
}

ReconEnvironment ProjectEnvironment::reconEnvironment() const
{
    ReconEnvironment environment;
    environment.openResource = [this](const ResourcePath& resource,
                                      connectors::ConnectorError* error) {
        return openResource(resource, error);
    };
    repo::Repository* repository = m_repository.get();
    environment.openLinkStore = [repository](QString*) -> std::unique_ptr<repo::LinkStore> {
        return std::make_unique<repo::SqlLinkStore>(*repository);
    };
    environment.openRunStore = [repository](QString*) {
        return std::make_unique<repo::ReconRunStore>(*repository);
    };
    environment.scripts.projectRoot = m_project.rootPath();
    environment.scripts.resolver = m_resolver.get();
    environment.beginRun = [repository](const QString& mapping) {
        repo::ReconRunStore store(*repository);
        repo::ReconRun run;
        QString error;
        if (!store.startRun(mapping, &run, &error))
            qWarning("recording the run of %s: %s", qPrintable(mapping), qPrintable(error));
        return run.id;
    };
    environment.finishRun = [repository](const ReconStatistics& statistics) {
        if (statistics.reconId.isEmpty())
            return;
        repo::ReconRunStore store(*repository);
        QVector<repo::ReconException> exceptions;
        for (const ReconStatistics::Exception& e : statistics.exceptions)
            exceptions.append({e.sourceId,
                               e.targetId,
                               config::situationName(e.situation),
                               config::actionName(e.action),
                               e.message,
                               {}});
        QString error;
        const bool recorded =
            store.addExceptions(statistics.reconId, exceptions, &error) &&
            store.finishRun(statistics.reconId, repo::ReconRun::stateFromName(statistics.state),
                            statistics.toJson(), statistics.error, &error);
        if (!recorded)
            qWarning("recording the end of run %s: %s", qPrintable(statistics.reconId),
                     qPrintable(error));
    };
    return environment;
}

} // namespace syncstudio::recon
