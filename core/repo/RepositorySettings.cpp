#include "RepositorySettings.h"

#include "config/AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>

namespace syncstudio::repo {

RepositorySettings RepositorySettings::defaults(const QString& projectRoot)
{
    RepositorySettings s;
    s.sqlitePath = QDir(projectRoot).filePath(QStringLiteral(".syncstudio/repo.sqlite"));
    return s;
}

QString RepositorySettings::settingsFile(const QString& projectRoot)
{
    return QDir(projectRoot).filePath(QStringLiteral(".syncstudio/repository.json"));
}

namespace {

// Reads the settings file at path; a missing file gives the defaults unless mustExist.
bool loadFile(const QString& path, const QString& projectRoot, bool mustExist,
              RepositorySettings* settings, QString* error)
{
    *settings = RepositorySettings::defaults(projectRoot);
    QFile file(path);
    if (!file.exists()) {
        if (!mustExist)
            return true;
        if (error)
            *error = QStringLiteral("%1 (from %2) does not exist")
                         .arg(path, QLatin1String(RepositorySettings::environmentVariable()));
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (error)
            *error = QStringLiteral("%1: not a JSON object (%2 at offset %3)")
                         .arg(path, parseError.errorString())
                         .arg(parseError.offset);
        return false;
    }
    QString detail;
    if (!RepositorySettings::fromJson(document.object(), projectRoot, settings, &detail)) {
        if (error)
            *error = path + QStringLiteral(": ") + detail;
        return false;
    }
    return true;
}

} // namespace

bool RepositorySettings::load(const QString& projectRoot, RepositorySettings* settings,
                              QString* error)
{
    const QString fromEnvironment = qEnvironmentVariable(environmentVariable());
    if (!fromEnvironment.isEmpty())
        return loadFile(fromEnvironment, projectRoot, true, settings, error);
    return loadFile(settingsFile(projectRoot), projectRoot, false, settings, error);
}

bool RepositorySettings::loadProjectFile(const QString& projectRoot, RepositorySettings* settings,
                                         QString* error)
{
    return loadFile(settingsFile(projectRoot), projectRoot, false, settings, error);
}

bool RepositorySettings::fromJson(const QJsonObject& json, const QString& baseDir,
                                  RepositorySettings* settings, QString* error)
{
    RepositorySettings s = defaults(baseDir);
    const QString type = json.value(QStringLiteral("type")).toString(QStringLiteral("sqlite"));
    if (type == QLatin1String("sqlite")) {
        s.backend = Backend::SQLite;
        const QString path = json.value(QStringLiteral("path")).toString();
        if (!path.isEmpty())
            s.sqlitePath = QFileInfo(QDir(baseDir), path).absoluteFilePath();
    } else if (type == QLatin1String("postgresql")) {
        s.backend = Backend::PostgreSQL;
        s.host = json.value(QStringLiteral("host")).toString(s.host);
        s.port = json.value(QStringLiteral("port")).toInt(s.port);
        s.database = json.value(QStringLiteral("database")).toString(s.database);
        s.user = json.value(QStringLiteral("user")).toString(s.user);
        if (s.port <= 0 || s.port > 65535) {
            if (error)
                *error = QStringLiteral("\"port\" must be a number from 1 to 65535");
            return false;
        }
    } else {
        if (error)
            *error = QStringLiteral("unknown repository \"type\": \"%1\"; use \"sqlite\" or "
                                    "\"postgresql\"")
                         .arg(type);
        return false;
    }
    *settings = s;
    return true;
}

QJsonObject RepositorySettings::toJson(const QString& baseDir) const
{
    if (backend == Backend::SQLite) {
        QString path = sqlitePath;
        if (!baseDir.isEmpty()) {
            const QString relative = QDir(baseDir).relativeFilePath(sqlitePath);
            const bool outside =
                relative == QLatin1String("..") || relative.startsWith(QLatin1String("../"));
            if (!outside && QDir::isRelativePath(relative))
                path = relative;
        }
        return {{QStringLiteral("type"), QStringLiteral("sqlite")}, {QStringLiteral("path"), path}};
    }
    return {{QStringLiteral("type"), QStringLiteral("postgresql")},
            {QStringLiteral("host"), host},
            {QStringLiteral("port"), port},
            {QStringLiteral("database"), database},
            {QStringLiteral("user"), user}};
}

bool RepositorySettings::save(const QString& projectRoot, QString* error) const
{
    return config::writeFileAtomically(settingsFile(projectRoot),
                                       QJsonDocument(toJson(projectRoot)).toJson(), error);
}

QString RepositorySettings::describe(const QString& baseDir) const
{
    if (backend == Backend::SQLite)
        return QStringLiteral("SQLite %1")
            .arg(toJson(baseDir).value(QStringLiteral("path")).toString());
    return QStringLiteral("PostgreSQL %1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

} // namespace syncstudio::repo
