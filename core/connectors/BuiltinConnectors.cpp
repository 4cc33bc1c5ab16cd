#include "BuiltinConnectors.h"

#include <mutex>

namespace syncstudio::connectors {

// Each connector's own registration function, in its folder.
void registerCsvConnector();
void registerLdapConnector();
void registerScimConnector();

void registerBuiltinConnectors()
{
    static std::once_flag once;
    std::call_once(once, [] {
        registerCsvConnector();
        registerLdapConnector();
        registerScimConnector();
    });
}

} // namespace syncstudio::connectors
