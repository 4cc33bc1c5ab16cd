#include "KeychainSecretLookup.h"

namespace syncstudio::secrets {

connectors::SecretLookup keychainSecretLookup(const QString& projectPath, const Keychain& keychain)
{
    return [projectPath, keychain](const QString& connectorName, const QString& key) {
        QString secret;
        const Keychain::Result r =
            keychain.read(Keychain::entryKey(projectPath, connectorName, key), &secret);
        if (r.status == Keychain::Result::Status::Failed)
            qWarning("keychain: %s", qPrintable(r.message)); // the message has no secret
        return r.ok() ? secret : QString();
    };
}

} // namespace syncstudio::secrets
