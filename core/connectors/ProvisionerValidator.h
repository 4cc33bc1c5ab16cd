#pragma once

#include "config/Diagnostic.h"

#include <QVector>

namespace syncstudio::config {
class Project;
}

namespace syncstudio::connectors {

// What the connectors see wrong in the provisioner files that the project model does not:
// a secret (credentials, password, token) written in plain text is used, and flagged here so
// it moves to the keychain.
QVector<config::Diagnostic> validateProvisioners(const config::Project& project);

} // namespace syncstudio::connectors
