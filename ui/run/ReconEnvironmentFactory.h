#pragma once

#include "recon/ReconEngine.h"

#include <QString>
#include <functional>

namespace syncstudio::config {
class Project;
}

namespace syncstudio::ui {

// Makes the environment (connectors, link store, script settings) a reconciliation of
// project runs in. The main window is given one by app/, which knows the real connectors;
// tests give their own. An environment without openResource means "cannot", with error set.
using ReconEnvironmentFactory =
    std::function<recon::ReconEnvironment(const config::Project& project, QString* error)>;

} // namespace syncstudio::ui
