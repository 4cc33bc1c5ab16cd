#pragma once

#include "Keychain.h"
#include "connectors/ConnectorFactory.h"

namespace syncstudio::secrets {

// The secrets of a project's connectors, read from the keychain: the SecretLookup of the
// ConnectorContext in the CLI and the GUI. A secret that is not stored (or a keychain that
// does not answer) is empty, which the connector reports as missing credentials.
connectors::SecretLookup keychainSecretLookup(const QString& projectPath,
                                              const Keychain& keychain = Keychain());

} // namespace syncstudio::secrets
