#pragma once

#include "ConnectorError.h"
#include "ConnectorFactory.h"
#include "ProvisionerConfig.h"

#include <QString>

namespace syncstudio::connectors {

// The secret (password, token) of configurationProperties[key] for a connector: from the
// keychain (context.secrets) first, then a plain value written in the provisioner file
// (validation warns about it). An IDM-encrypted {"$crypto": ...} value cannot be read
// outside IDM: the error asks for the secret to be entered. A secret is never put into a
// message.
ConnectorError lookupSecret(const ProvisionerConfig& config, const ConnectorContext& context,
                            const QString& key, QString* secret);

} // namespace syncstudio::connectors
