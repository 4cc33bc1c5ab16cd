#include "SchemaMigrations.h"

#include "SqlSupport.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVector>

namespace syncstudio::repo {

namespace {

using Backend = RepositorySettings::Backend;

// The statements of migration `version` for backend. Documents are TEXT holding JSON in
// SQLite (queried with json_extract / json_each) and JSONB in PostgreSQL, where a GIN index
// serves equality filters through containment (doc @> ...).
QStringList migrationStatements(int version, Backend backend)
{
    const bool pg = backend == Backend::PostgreSQL;
    switch (version) {
    case 1:
        return {
            pg ? QStringLiteral("CREATE TABLE managed_objects (object_type TEXT NOT NULL, "
                                "object_id TEXT NOT NULL, rev BIGINT NOT NULL, doc JSONB NOT NULL, "
                                "PRIMARY KEY (object_type, object_id))")
               : QStringLiteral("CREATE TABLE managed_objects (object_type TEXT NOT NULL, "
                                "object_id TEXT NOT NULL, rev INTEGER NOT NULL, doc TEXT NOT NULL, "
                                "PRIMARY KEY (object_type, object_id))"),
            pg ? QStringLiteral("CREATE INDEX managed_objects_doc ON managed_objects "
                                "USING GIN (doc jsonb_path_ops)")
               : QString(),
            QStringLiteral("CREATE TABLE links (link_type TEXT NOT NULL, link_qualifier TEXT NOT "
                           "NULL, first_id TEXT NOT NULL, second_id TEXT NOT NULL)"),
            QStringLiteral("CREATE UNIQUE INDEX links_first ON links (link_type, link_qualifier, "
                           "first_id)"),
            QStringLiteral("CREATE UNIQUE INDEX links_second ON links (link_type, link_qualifier, "
                           "second_id)"),
        };
    case 2:
        return {
            pg ? QStringLiteral(
                     "CREATE TABLE recon_runs (run_id TEXT PRIMARY KEY, mapping TEXT NOT "
                     "NULL, started TEXT NOT NULL, ended TEXT, state TEXT NOT NULL, "
                     "counts JSONB NOT NULL, message TEXT NOT NULL DEFAULT '')")
               : QStringLiteral(
                     "CREATE TABLE recon_runs (run_id TEXT PRIMARY KEY, mapping TEXT NOT "
                     "NULL, started TEXT NOT NULL, ended TEXT, state TEXT NOT NULL, "
                     "counts TEXT NOT NULL, message TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX recon_runs_mapping ON recon_runs (mapping, started)"),
            pg ? QStringLiteral(
                     "CREATE TABLE recon_exceptions (exception_id BIGSERIAL PRIMARY KEY, "
                     "run_id TEXT NOT NULL REFERENCES recon_runs (run_id) ON DELETE "
                     "CASCADE, source_id TEXT, target_id TEXT, situation TEXT, action "
                     "TEXT, message TEXT NOT NULL, recorded TEXT NOT NULL)")
               : QStringLiteral(
                     "CREATE TABLE recon_exceptions (exception_id INTEGER PRIMARY KEY "
                     "AUTOINCREMENT, run_id TEXT NOT NULL REFERENCES recon_runs (run_id) "
                     "ON DELETE CASCADE, source_id TEXT, target_id TEXT, situation TEXT, "
                     "action TEXT, message TEXT NOT NULL, recorded TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX recon_exceptions_run ON recon_exceptions (run_id, "
                           "exception_id)"),
        };
    default:
        return {};
    }
}

bool readVersion(QSqlDatabase db, int* version, QString* error)
{
    QSqlQuery query(db);
    if (!execBound(query, QStringLiteral("SELECT MAX(version) FROM schema_version"), {},
                   QStringLiteral("cannot read the schema version"), error))
        return false;
    *version = query.next() && !query.isNull(0) ? query.value(0).toInt() : 0;
    return true;
}

bool ensureVersionTable(QSqlDatabase db, QString* error)
{
    QSqlQuery query(db);
    return execBound(query,
                     QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER "
                                    "NOT NULL)"),
                     {}, QStringLiteral("cannot create the schema_version table"), error);
}

bool exec(QSqlDatabase db, const QString& sql, QString* error)
{
    QSqlQuery query(db);
    return execBound(query, sql, {}, QStringLiteral("\"%1\" failed").arg(sql), error);
}

} // namespace

int SchemaMigrations::latestVersion()
{
    return 2;
}

bool SchemaMigrations::currentVersion(QSqlDatabase db, int* version, QString* error)
{
    return ensureVersionTable(db, error) && readVersion(db, version, error);
}

bool SchemaMigrations::migrate(QSqlDatabase db, Backend backend, int targetVersion,
                               const QString& description, RepositoryError* error)
{
    auto fail = [&](RepositoryError::Kind kind, const QString& message, const QString& hint) {
        if (error)
            *error = RepositoryError{kind, message, hint};
        return false;
    };
    QString detail;
    if (!ensureVersionTable(db, &detail))
        return fail(RepositoryError::Kind::SchemaFailed,
                    description + QStringLiteral(": ") + detail, {});
    // One migrator at a time: another process opening the same database waits here and
    // then finds the work done.
    const bool pg = backend == Backend::PostgreSQL;
    if (!exec(db, pg ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"), &detail))
        return fail(RepositoryError::Kind::SchemaFailed,
                    description + QStringLiteral(": ") + detail, {});
    auto abort = [&](RepositoryError::Kind kind, const QString& message, const QString& hint) {
        QString ignored;
        exec(db, QStringLiteral("ROLLBACK"), &ignored);
        return fail(kind, message, hint);
    };
    if (pg && !exec(db, QStringLiteral("LOCK TABLE schema_version IN EXCLUSIVE MODE"), &detail))
        return abort(RepositoryError::Kind::SchemaFailed,
                     description + QStringLiteral(": ") + detail, {});
    int version = 0;
    if (!readVersion(db, &version, &detail))
        return abort(RepositoryError::Kind::SchemaFailed,
                     description + QStringLiteral(": ") + detail, {});
    if (version > latestVersion())
        return abort(RepositoryError::Kind::SchemaTooNew,
                     QStringLiteral("the repository %1 has schema version %2, newer than this "
                                    "SyncStudio knows (%3)")
                         .arg(description)
                         .arg(version)
                         .arg(latestVersion()),
                     QStringLiteral("open it with the newer SyncStudio that wrote it, or point "
                                    ".syncstudio/repository.json at another database"));
    for (int next = version + 1; next <= targetVersion && next <= latestVersion(); ++next) {
        for (const QString& statement : migrationStatements(next, backend)) {
            if (!statement.isEmpty() && !exec(db, statement, &detail))
                return abort(RepositoryError::Kind::SchemaFailed,
                             QStringLiteral("cannot upgrade the repository %1 to schema version "
                                            "%2: %3")
                                 .arg(description)
                                 .arg(next)
                                 .arg(detail),
                             QStringLiteral("the database was left at version %1").arg(version));
        }
        QSqlQuery update(db);
        if (!execBound(update, QStringLiteral("DELETE FROM schema_version"), {},
                       QStringLiteral("cannot record the schema version"), &detail) ||
            !execBound(update, QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"),
                       {next}, QStringLiteral("cannot record the schema version"), &detail))
            return abort(RepositoryError::Kind::SchemaFailed,
                         description + QStringLiteral(": ") + detail, {});
    }
    if (!exec(db, QStringLiteral("COMMIT"), &detail))
        return abort(RepositoryError::Kind::SchemaFailed,
                     description + QStringLiteral(": ") + detail, {});
    return true;
}

} // namespace syncstudio::repo
