#pragma once

#include <QString>

namespace syncstudio::ui {

// Copies the bundled example project into dir (once: an existing copy, maybe edited by
// the user, is kept) and returns its path, or an empty string with error set.
QString materializeExampleProject(const QString& dir, QString* error);

} // namespace syncstudio::ui
