#include "ConnectorFactory.h"

#include "config/Project.h"

#include <QHash>
#include <QMutex>

namespace syncstudio::connectors {

namespace {

struct Registry
{
    QMutex mutex;
    QHash<QString, ConnectorFactory::Creator> creators;
};

Registry& registry()
{
    static Registry r;
    return r;
}

} // namespace

ConnectorFactory::ConnectorFactory(ConnectorContext context)
    : m_context(std::move(context))
{}

void ConnectorFactory::registerConnector(const QString& connectorName, Creator creator)
{
    QMutexLocker lock(&registry().mutex);
    registry().creators.insert(connectorName, std::move(creator));
}

QStringList ConnectorFactory::knownConnectorNames()
{
    QMutexLocker lock(&registry().mutex);
    QStringList names = registry().creators.keys();
    names.sort();
    return names;
}

std::unique_ptr<Connector> ConnectorFactory::create(const QString& systemName,
                                                    ConnectorError* error) const
{
    auto fail = [error](ConnectorError::Kind kind, const QString& message, const QString& hint) {
        if (error)
            *error = ConnectorError{kind, message, hint};
        return nullptr;
    };
    if (!m_context.project)
        return fail(ConnectorError::Kind::InvalidConfiguration,
                    QStringLiteral("no project is open"), {});
    for (const config::Provisioner& p : m_context.project->provisioners()) {
        if (p.name != systemName)
            continue;
        if (!p.file->isValid())
            return fail(ConnectorError::Kind::InvalidConfiguration,
                        QStringLiteral("%1 is not valid JSON").arg(p.file->displayPath),
                        QStringLiteral("fix the file first (syncstudio-cli validate)"));
        return create(ProvisionerConfig::fromProvisioner(*m_context.project, p), error);
    }
    return fail(ConnectorError::Kind::InvalidConfiguration,
                QStringLiteral("no connector named \"%1\" in this project").arg(systemName),
                QStringLiteral("add conf/provisioner.openicf-%1.json").arg(systemName));
}

std::unique_ptr<Connector> ConnectorFactory::create(const ProvisionerConfig& config,
                                                    ConnectorError* error) const
{
    Creator creator;
    {
        QMutexLocker lock(&registry().mutex);
        creator = registry().creators.value(config.connectorName);
    }
    if (!creator) {
        if (error)
            *error = ConnectorError{
                ConnectorError::Kind::Unsupported,
                QStringLiteral("connector \"%1\" uses %2, which SyncStudio cannot run")
                    .arg(config.name, config.connectorName.isEmpty()
                                          ? QStringLiteral("no connectorRef/connectorName")
                                          : config.connectorName),
                QStringLiteral("SyncStudio runs: %1")
                    .arg(knownConnectorNames().join(QStringLiteral(", ")))};
        return nullptr;
    }
    if (error)
        *error = {};
    return creator(config, m_context);
}

} // namespace syncstudio::connectors
