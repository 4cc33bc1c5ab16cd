#include "ExampleProject.h"

#include "config/AtomicFile.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

static void initResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace syncstudio::ui {

QString materializeExampleProject(const QString& dir, QString* error)
{
    initResources();
    const QDir target(dir);
    if (target.exists(QStringLiteral("conf/sync.json")))
        return target.absolutePath();
    const QString prefix = QStringLiteral(":/example/");
    QDirIterator it(prefix, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile source(path);
        if (!source.open(QIODevice::ReadOnly)) {
            if (error)
                *error = QStringLiteral("cannot read the bundled example file %1").arg(path);
            return {};
        }
        if (!config::writeFileAtomically(target.filePath(path.mid(prefix.size())), source.readAll(),
                                         error))
            return {};
    }
    return target.absolutePath();
}

} // namespace syncstudio::ui
