#include "BuiltinConnectors.h"

#include "ConnectorFactory.h"
#include "csv/CsvConnector.h"
#include "scim/ScimConnector.h"

namespace syncstudio::connectors {

void registerBuiltinConnectors()
{
    ConnectorFactory::registerConnector(
        QLatin1String(csv::CsvConnector::ConnectorName),
        [](const ProvisionerConfig& config, const ConnectorContext&) {
            return std::make_unique<csv::CsvConnector>(config);
        });
    ConnectorFactory::registerConnector(
        QLatin1String(scim::ScimConnector::ConnectorName),
        [](const ProvisionerConfig& config, const ConnectorContext& context) {
            return std::make_unique<scim::ScimConnector>(config, context);
        });
}

} // namespace syncstudio::connectors
