#pragma once

#include <QStringList>

namespace syncstudio::ui {

// The recently opened projects, newest first, kept in QSettings.
class RecentProjects
{
public:
    static constexpr int MaximumCount = 8;

    static QStringList list();
    static void add(const QString& path);
    static void clear();
};

} // namespace syncstudio::ui
