#pragma once

#include "Diagnostic.h"

#include <QVector>

namespace syncstudio::config {

class Project;

struct ConfigFile;

// The error for a file whose JSON does not parse (file->isValid() is false).
Diagnostic parseErrorDiagnostic(const ConfigFile& file);

// Every error and warning of the project, in file order.
QVector<Diagnostic> validateProject(const Project& project);

// The field names IDM documents for a mapping, a property row and a policy.
const QStringList& knownMappingFields();
const QStringList& knownPropertyFields();
const QStringList& knownPolicyFields();

} // namespace syncstudio::config
