#pragma once

#include "Connector.h"

#include <QJsonObject>
#include <QString>
#include <QVector>

namespace syncstudio::config {
class Project;
struct Provisioner;
} // namespace syncstudio::config

namespace syncstudio::connectors {

// A connector's settings as IDM writes them in provisioner.openicf-<name>.json, with the
// property expressions (&{launcher.project.location}, &{idm.instance.dir}, ...) resolved.
struct ProvisionerConfig
{
    QString name;          // the system name
    QString connectorName; // connectorRef/connectorName, which says which connector runs it
    QString filePath;      // the provisioner file, for messages
    QJsonObject configurationProperties;
    QVector<ObjectTypeInfo> objectTypes; // from "objectTypes", nativeName and all
    // Values that hold a secret in the file in plain text; used, and flagged by validation.
    QStringList plainSecretKeys;
    // Values that are encrypted with IDM's key ({"$crypto": ...}); SyncStudio cannot read
    // them and asks for the secret instead.
    QStringList encryptedKeys;

    QString stringProperty(const QString& key) const;
    const ObjectTypeInfo* objectType(const QString& typeName) const;

    static ProvisionerConfig fromProvisioner(const config::Project& project,
                                             const config::Provisioner& provisioner);
};

// Replaces &{key} expressions in text: launcher.project.location and idm.instance.dir are
// the project folder, launcher.install.location too (there is no IDM installation).
QString resolvePropertyExpressions(const QString& text, const QString& projectPath);

// The configurationProperties keys that hold secrets in IDM's connectors.
bool isSecretProperty(const QString& key);

} // namespace syncstudio::connectors
