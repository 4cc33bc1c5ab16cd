#pragma once

#include "Connector.h"
#include "ProvisionerConfig.h"

#include <QString>
#include <functional>
#include <memory>

namespace syncstudio::config {
class Project;
}

namespace syncstudio::connectors {

// Looks up a secret (password, token) for a connector of the project; empty when none is
// stored. Implemented over the keychain; tests pass their own.
using SecretLookup = std::function<QString(const QString& connectorName, const QString& key)>;

struct ConnectorContext
{
    const config::Project* project = nullptr;
    SecretLookup secrets;
};

// Makes connectors for the systems of a project, by the connectorName of their provisioner
// file. Each call makes a new instance (a new connection) for the calling thread.
class ConnectorFactory
{
public:
    using Creator = std::function<std::unique_ptr<Connector>(const ProvisionerConfig&,
                                                             const ConnectorContext&)>;

    explicit ConnectorFactory(ConnectorContext context);

    // For "system/<name>/..." resources; error says why when there is no connector.
    std::unique_ptr<Connector> create(const QString& systemName, ConnectorError* error) const;
    // For settings not (yet) in the project, such as a settings dialog's unsaved ones.
    std::unique_ptr<Connector> create(const ProvisionerConfig& config, ConnectorError* error) const;
    const ConnectorContext& context() const { return m_context; }

    // The connector implementations, keyed by connectorRef/connectorName.
    static void registerConnector(const QString& connectorName, Creator creator);
    static QStringList knownConnectorNames();

private:
    ConnectorContext m_context;
};

} // namespace syncstudio::connectors
