#include "ScriptSource.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace syncstudio::script {

ScriptSource ScriptSource::load(const config::ScriptObject& script, const QString& projectRoot)
{
    ScriptSource out;
    if (script.isInline()) {
        out.text = script.source;
        return out;
    }
    out.file = script.file;
    if (projectRoot.isEmpty()) {
        out.error = QStringLiteral("script file '%1' cannot be found: no project folder is "
                                   "open; give one (--project) or use an inline source")
                        .arg(script.file);
        return out;
    }
    const QDir root(projectRoot);
    QStringList candidates;
    if (QFileInfo(script.file).isAbsolute()) {
        candidates << script.file;
    } else {
        candidates << root.filePath(QStringLiteral("script/") + script.file);
        if (script.file.startsWith(QLatin1String("script/")))
            candidates << root.filePath(script.file);
    }
    // The file comes from a project anyone may have written: it must not name a file
    // outside the project (whose text an error message could then show).
    const QString rootPrefix = QDir::cleanPath(root.absolutePath()) + QLatin1Char('/');
    for (const QString& candidate : candidates) {
        const QString clean = QDir::cleanPath(QFileInfo(candidate).absoluteFilePath());
        if (!clean.startsWith(rootPrefix)) {
            out.error = QStringLiteral("script file '%1' is outside the project folder; "
                                       "scripts must be inside the project")
                            .arg(script.file);
            return out;
        }
        QFile file(clean);
        if (!QFileInfo(clean).isFile())
            continue;
        if (!file.open(QIODevice::ReadOnly)) {
            out.error = QStringLiteral("script file '%1' cannot be read: %2")
                            .arg(QDir::toNativeSeparators(clean), file.errorString());
            return out;
        }
        out.path = clean;
        out.text = QString::fromUtf8(file.readAll());
        return out;
    }
    QStringList shown;
    for (const QString& candidate : candidates)
        shown << QDir::toNativeSeparators(QDir::cleanPath(candidate));
    out.error = QStringLiteral("script file '%1' not found (looked for %2); IDM's bundled "
                               "scripts in bin/defaults/script are not part of the project, "
                               "copy the file into the project's script/ folder")
                    .arg(script.file, shown.join(QStringLiteral(" and ")));
    return out;
}

} // namespace syncstudio::script
