#pragma once

namespace syncstudio::connectors {

// Registers every connector SyncStudio ships with ConnectorFactory; call once at start-up
// (calling it again does nothing).
void registerBuiltinConnectors();

} // namespace syncstudio::connectors
