#include "ProjectEnvironment.h"

#include "ConnectorResourceResolver.h"
#include "config/Project.h"
#include "connectors/BuiltinConnectors.h"
#include "repo/ManagedObjectConnector.h"
#include "repo/ManagedObjectSchema.h"
#include "repo/ReconRunStore.h"
#include "repo/SqlLinkStore.h"

#include <QMutex>

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

namespace {

// The ProjectEnvironment of a self-contained ReconEnvironment, opened on first use: by the
// job's worker thread, not by the (GUI) thread that makes the environment, since opening a
// repository may reach a PostgreSQL server and ask the keychain for its password.
class LazyProjectEnvironment : public script::ScriptResourceResolver
{
public:
    LazyProjectEnvironment(const config::Project& project, connectors::SecretLookup secrets)
        : m_project(project)
        , m_secrets(std::move(secrets))
    {}

    ProjectEnvironment* get(QString* error)
    {
        QMutexLocker lock(&m_mutex);
        if (!m_tried) {
            m_tried = true;
            m_environment = ProjectEnvironment::open(m_project, m_secrets, &m_error);
            if (m_environment)
                m_recon = m_environment->reconEnvironment();
        }
        if (!m_environment && error)
            *error = m_error;
        return m_environment.get();
    }
    const ReconEnvironment& recon() const { return m_recon; } // after get() succeeded

    QJsonValue read(const QString& resourcePath, QString* whyNot) override
    {
        return get(whyNot) ? m_recon.scripts.resolver->read(resourcePath, whyNot)
                           : QJsonValue(QJsonValue::Undefined);
    }
    QJsonValue query(const QString& resourcePath, const QJsonObject& params,
                     QString* whyNot) override
    {
        return get(whyNot) ? m_recon.scripts.resolver->query(resourcePath, params, whyNot)
                           : QJsonValue(QJsonValue::Undefined);
    }

private:
    const config::Project& m_project;
    connectors::SecretLookup m_secrets;
    QMutex m_mutex;
    bool m_tried = false;
    std::unique_ptr<ProjectEnvironment> m_environment;
    ReconEnvironment m_recon;
    QString m_error;
};

} // namespace

ReconEnvironment ProjectEnvironment::selfContained(const config::Project& project,
                                                   connectors::SecretLookup secrets, QString* error)
{
    Q_UNUSED(error) // opening happens later; its error comes back from the first call
    // Each function holds the owner, so the repository lives as long as any copy of them.
    auto owner = std::make_shared<LazyProjectEnvironment>(project, std::move(secrets));
    ReconEnvironment environment;
    environment.openResource =
        [owner](
            const ResourcePath& resource,
            connectors::ConnectorError* connectorError) -> std::unique_ptr<connectors::Connector> {
        QString message;
        if (!owner->get(&message)) {
            if (connectorError)
                *connectorError = {
                    connectors::ConnectorError::Kind::InvalidConfiguration, message, {}};
            return nullptr;
        }
        return owner->recon().openResource(resource, connectorError);
    };
    environment.openLinkStore = [owner](QString* linkError) -> std::unique_ptr<repo::LinkStore> {
        return owner->get(linkError) ? owner->recon().openLinkStore(linkError) : nullptr;
    };
    environment.openRunStore = [owner](QString* runError) -> std::unique_ptr<repo::ReconRunStore> {
        return owner->get(runError) ? owner->recon().openRunStore(runError) : nullptr;
    };
    environment.beginRun = [owner](const QString& mapping) {
        return owner->get(nullptr) ? owner->recon().beginRun(mapping) : QString();
    };
    environment.finishRun = [owner](const ReconStatistics& statistics) {
        if (owner->get(nullptr))
            owner->recon().finishRun(statistics);
    };
    environment.scripts.projectRoot = project.rootPath();
    environment.scripts.resolver = owner.get();
    // The resolver pointer must outlive the jobs too: the functions above keep owner alive.
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
