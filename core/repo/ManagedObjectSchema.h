#pragma once

#include "connectors/Connector.h"

#include <QVector>

namespace syncstudio::config {
class Project;
}

namespace syncstudio::repo {

// The managed object types of a project with their attributes, from conf/managed.json
// ("objects": [{"name": ..., "schema": {"properties": {...}, "required": [...]}}]), in the
// order the file lists them. A property's type is its JSON schema "type" (the first that is
// not "null" when it is a list); "array" properties are multi-valued. Managed objects are
// stored under their IDM names, so nativeName is the name.
QVector<connectors::ObjectTypeInfo> managedObjectTypes(const config::Project& project);

} // namespace syncstudio::repo
