#pragma once

#include <QStringList>

namespace syncstudio::cli {

int runFilter(const QStringList& arguments);
int runMappings(const QStringList& arguments);

} // namespace syncstudio::cli
