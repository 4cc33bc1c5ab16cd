#include "ConnectorSecrets.h"

namespace syncstudio::connectors {

ConnectorError lookupSecret(const ProvisionerConfig& config, const ConnectorContext& context,
                            const QString& key, QString* secret)
{
    secret->clear();
    if (context.secrets)
        *secret = context.secrets(config.name, key);
    if (!secret->isEmpty())
        return {};
    if (config.plainSecretKeys.contains(key)) {
        *secret = config.configurationProperties.value(key).toString();
        return {};
    }
    const QString store =
        QStringLiteral("store it in the keychain: syncstudio-cli secret PROJECT system/%1 %2")
            .arg(config.name, key);
    if (config.encryptedKeys.contains(key))
        return {
            ConnectorError::Kind::MissingCredentials,
            QStringLiteral("%1: configurationProperties/%2 of connector \"%3\" is encrypted "
                           "with IDM's key ($crypto), which SyncStudio cannot read")
                .arg(config.filePath, key, config.name),
            QStringLiteral("enter the %1 (it is encrypted with IDM's key); %2").arg(key, store)};
    return {ConnectorError::Kind::MissingCredentials,
            QStringLiteral("connector \"%1\" needs a %2 and none is stored").arg(config.name, key),
            store};
}

} // namespace syncstudio::connectors
