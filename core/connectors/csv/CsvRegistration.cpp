#include "CsvConnector.h"
#include "connectors/ConnectorFactory.h"

namespace syncstudio::connectors {

// The CSV connector runs the provisioner files IDM writes for its CSV file connector bundle.
void registerCsvConnector()
{
    ConnectorFactory::registerConnector(
        QLatin1String(csv::CsvConnector::ConnectorName),
        [](const ProvisionerConfig& config, const ConnectorContext&) {
            return std::make_unique<csv::CsvConnector>(config);
        });
}

} // namespace syncstudio::connectors
