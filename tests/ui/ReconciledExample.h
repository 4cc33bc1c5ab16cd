#pragma once

#include <QString>

namespace syncstudio::test {

// The bundled example project, materialized into directory and reconciled once for real
// (its mapping hrPeople_managedUser: 22 people created and linked, 2 out of scope), as a
// user would have done before browsing its links or its runs. Empty, with error, on failure.
QString reconciledExampleProject(const QString& directory, QString* error);

} // namespace syncstudio::test
