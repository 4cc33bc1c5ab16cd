#pragma once

#include <QStringList>

namespace syncstudio::cli {

int runPreview(const QStringList& arguments);
int runRecon(const QStringList& arguments);
int runLinks(const QStringList& arguments);

} // namespace syncstudio::cli
