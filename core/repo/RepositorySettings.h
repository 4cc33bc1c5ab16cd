#pragma once

#include <QJsonObject>
#include <QString>

namespace syncstudio::repo {

// Where a project's repository lives: SyncStudio's own setting, not an IDM file.
//
// It is read from <project>/.syncstudio/repository.json:
//
//   { "type": "sqlite", "path": ".syncstudio/repo.sqlite" }           (the default)
//   { "type": "postgresql", "host": "db.example.com", "port": 5432,
//     "database": "syncstudio", "user": "syncstudio" }
//
// A relative "path" is relative to the project folder. The PostgreSQL password is never in
// the file: it comes from the secret lookup (the keychain) under the connector name
// "repository" and the key "password". When the file does not exist the repository is the
// SQLite default. The environment variable SYNCSTUDIO_REPOSITORY, when set, names a file of
// the same shape that is used instead of the project's (tests and CI point it at a
// PostgreSQL fixture).
struct RepositorySettings
{
    enum class Backend
    {
        SQLite,
        PostgreSQL
    };

    Backend backend = Backend::SQLite;
    QString sqlitePath; // absolute
    QString host = QStringLiteral("127.0.0.1");
    int port = 5432;
    QString database = QStringLiteral("syncstudio");
    QString user = QStringLiteral("syncstudio");

    // The embedded default: <projectRoot>/.syncstudio/repo.sqlite.
    static RepositorySettings defaults(const QString& projectRoot);
    // The settings of the project at projectRoot, as described above; false with error
    // (naming the file) when the file is malformed.
    static bool load(const QString& projectRoot, RepositorySettings* settings, QString* error);
    // Only the project's own file, whatever SYNCSTUDIO_REPOSITORY says: what a settings
    // editor shows and replaces. The defaults when the file does not exist.
    static bool loadProjectFile(const QString& projectRoot, RepositorySettings* settings,
                                QString* error);
    // Reads one settings object; relative SQLite paths resolve against baseDir.
    static bool fromJson(const QJsonObject& json, const QString& baseDir,
                         RepositorySettings* settings, QString* error);
    // A SQLite path inside baseDir is written relative to it, so that the project folder
    // can move (or be cloned elsewhere) with its repository; without baseDir it is absolute.
    QJsonObject toJson(const QString& baseDir = QString()) const;
    // Writes toJson(projectRoot) to the project's settings file atomically (a failed write
    // leaves the old file); false with error naming the file.
    bool save(const QString& projectRoot, QString* error) const;

    // "SQLite /p/.syncstudio/repo.sqlite", "PostgreSQL syncstudio@db:5432/syncstudio"; with
    // baseDir, a SQLite file inside it is named relative to it, as toJson writes it.
    QString describe(const QString& baseDir = QString()) const;

    static QString settingsFile(const QString& projectRoot);
    static const char* environmentVariable() { return "SYNCSTUDIO_REPOSITORY"; }
};

} // namespace syncstudio::repo
