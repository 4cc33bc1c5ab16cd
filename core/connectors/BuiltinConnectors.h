#pragma once

namespace syncstudio::connectors {

// Registers the connectors SyncStudio runs with ConnectorFactory, each under the
// connectorName of its provisioner files. Call once at start-up, before making connectors;
// calling it again does no harm.
void registerBuiltinConnectors();

} // namespace syncstudio::connectors
