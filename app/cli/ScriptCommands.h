#pragma once

#include <QStringList>

namespace syncstudio::cli {

int runEvalScript(const QStringList& arguments);

} // namespace syncstudio::cli
