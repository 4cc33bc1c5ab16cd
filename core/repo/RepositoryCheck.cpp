#include "RepositoryCheck.h"

#include "Repository.h"
#include "SqlSupport.h"

#include <QFileInfo>
#include <QSqlQuery>

namespace syncstudio::repo {

namespace {

bool scalar(QSqlDatabase db, const QString& sql, QVariant* value, QString* error)
{
    QSqlQuery query(db);
    if (!execBound(query, sql, {}, sql, error))
        return false;
    if (!query.next()) {
        *error = sql + QStringLiteral(": no row");
        return false;
    }
    *value = query.value(0);
    return true;
}

bool count(QSqlDatabase db, const QString& table, qint64* n, QString* error)
{
    QVariant value;
    if (!scalar(db, QStringLiteral("SELECT COUNT(*) FROM ") + table, &value, error))
        return false;
    *n = value.toLongLong();
    return true;
}

// A write that changes nothing: SQLite refuses it on a file this process may only read,
// PostgreSQL when the user lacks the privilege, as they would refuse the first link a run
// writes. (SQLite's BEGIN IMMEDIATE is no such test: in WAL mode it succeeds read-only.)
bool isWritable(QSqlDatabase db, const RepositorySettings& settings, RepositoryError* error)
{
    QSqlQuery query(db);
    QString detail;
    if (execBound(query, QStringLiteral("UPDATE links SET link_type = link_type WHERE 1 = 0"), {},
                  QStringLiteral("writing to the links table"), &detail))
        return true;
    const bool sqlite = settings.backend == RepositorySettings::Backend::SQLite;
    *error = {RepositoryError::Kind::ConnectionFailed,
              QStringLiteral("the repository %1 can be read but not written: %2")
                  .arg(settings.describe(), detail),
              sqlite ? QStringLiteral("check the permissions of the file and of its folder")
                     : QStringLiteral("grant the user \"%1\" the right to change the tables of "
                                      "the database \"%2\"")
                           .arg(settings.user, settings.database)};
    return false;
}

} // namespace

RepositoryCheck checkRepository(const RepositorySettings& settings,
                                const connectors::SecretLookup& secrets)
{
    RepositoryCheck check;
    const bool sqlite = settings.backend == RepositorySettings::Backend::SQLite;
    check.createdFile = sqlite && !QFileInfo::exists(settings.sqlitePath);
    std::unique_ptr<Repository> repository = Repository::open(settings, secrets, &check.error);
    if (!repository)
        return check;
    QSqlDatabase db = repository->database(&check.error);
    if (!db.isValid())
        return check;
    if (!isWritable(db, settings, &check.error))
        return check;

    QString detail;
    QVariant version;
    const bool answered =
        scalar(db,
               sqlite ? QStringLiteral("SELECT sqlite_version()")
                      : QStringLiteral("SHOW server_version"),
               &version, &detail) &&
        repository->schemaVersion(&check.schemaVersion, &detail) &&
        count(db, QStringLiteral("links"), &check.linkCount, &detail) &&
        count(db, QStringLiteral("recon_runs"), &check.runCount, &detail) &&
        count(db, QStringLiteral("managed_objects"), &check.managedObjectCount, &detail);
    if (!answered) {
        check.error = {RepositoryError::Kind::QueryFailed,
                       QStringLiteral("the repository %1 opened but did not answer: %2")
                           .arg(settings.describe(), detail),
                       QStringLiteral("check that the user may read its tables")};
        return check;
    }
    // "15.5 (Debian 15.5-0+deb12u1)": the version is the first word.
    const QString number = version.toString().section(QLatin1Char(' '), 0, 0);
    check.server = (sqlite ? QStringLiteral("SQLite ") : QStringLiteral("PostgreSQL ")) + number;
    return check;
}

} // namespace syncstudio::repo
