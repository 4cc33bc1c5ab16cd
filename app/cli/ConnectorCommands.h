#pragma once

#include <QStringList>

namespace syncstudio::cli {

int runQuery(const QStringList& arguments);
int runSchema(const QStringList& arguments);
int runTest(const QStringList& arguments);
int runSecret(const QStringList& arguments);

} // namespace syncstudio::cli
