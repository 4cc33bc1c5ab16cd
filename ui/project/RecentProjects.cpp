#include "RecentProjects.h"

#include <QDir>
#include <QSettings>

namespace syncstudio::ui {

namespace {
QString key()
{
    return QStringLiteral("recentProjects");
}
} // namespace

QStringList RecentProjects::list()
{
    return QSettings().value(key()).toStringList();
}

void RecentProjects::add(const QString& path)
{
    const QString clean = QDir::cleanPath(QDir(path).absolutePath());
    QStringList paths = list();
    paths.removeAll(clean);
    paths.prepend(clean);
    while (paths.size() > MaximumCount)
        paths.removeLast();
    QSettings().setValue(key(), paths);
}

void RecentProjects::clear()
{
    QSettings().remove(key());
}

} // namespace syncstudio::ui
