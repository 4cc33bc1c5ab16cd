#include "ScimConnector.h"
#include "connectors/ConnectorFactory.h"

namespace syncstudio::connectors {

// SyncStudio's own SCIM 2.0 connector (docs/connectors/scim.md).
void registerScimConnector()
{
    ConnectorFactory::registerConnector(
        QLatin1String(scim::ScimConnector::ConnectorName),
        [](const ProvisionerConfig& config, const ConnectorContext& context) {
            return std::make_unique<scim::ScimConnector>(config, context);
        });
}

} // namespace syncstudio::connectors
