#include "BuiltinConnectors.h"

#include <mutex>

namespace syncstudio::connectors {

// Each connector's own registration function, in its folder.
void registerLdapConnector();

void registerBuiltinConnectors()
{
    static std::once_flag once;
    std::call_once(once, [] { registerLdapConnector(); });
}

} // namespace syncstudio::connectors
