#include "BuiltinConnectors.h"

#include "ConnectorFactory.h"
#include "csv/CsvConnector.h"

namespace syncstudio::connectors {

void registerBuiltinConnectors()
{
    ConnectorFactory::registerConnector(
        QLatin1String(csv::CsvConnector::ConnectorName),
        [](const ProvisionerConfig& config, const ConnectorContext&) {
            return std::make_unique<csv::CsvConnector>(config);
        });
}

} // namespace syncstudio::connectors
