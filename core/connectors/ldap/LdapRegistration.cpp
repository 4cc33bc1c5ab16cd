#include "LdapConnector.h"
#include "connectors/ConnectorFactory.h"

namespace syncstudio::connectors {

// The LDAP connector runs the provisioner files IDM writes for its LDAP connector bundle.
void registerLdapConnector()
{
    ConnectorFactory::registerConnector(
        QStringLiteral("org.identityconnectors.ldap.LdapConnector"),
        [](const ProvisionerConfig& config, const ConnectorContext& context) {
            return std::make_unique<ldap::LdapConnector>(config, context);
        });
}

} // namespace syncstudio::connectors
