#pragma once

#include <QStringList>

namespace syncstudio::cli {

int runValidate(const QStringList& arguments);
int runRewrite(const QStringList& arguments);
int runOrder(const QStringList& arguments);
int runExport(const QStringList& arguments);

} // namespace syncstudio::cli
