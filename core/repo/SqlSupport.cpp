#include "SqlSupport.h"

namespace syncstudio::repo {

bool execBound(QSqlQuery& query, const QString& sql, std::initializer_list<QVariant> values,
               const QString& what, QString* error)
{
    if (values.size() == 0) {
        // Nothing to bind (DDL, BEGIN, SAVEPOINT, constant queries): executed directly, as
        // PostgreSQL cannot PREPARE such statements.
        if (!query.exec(sql)) {
            if (error)
                *error = what + QStringLiteral(": ") + query.lastError().text();
            return false;
        }
        return true;
    }
    if (!query.prepare(sql)) {
        if (error)
            *error = what + QStringLiteral(": ") + query.lastError().text();
        return false;
    }
    int i = 0;
    for (const QVariant& v : values)
        query.bindValue(i++, v);
    return execPrepared(query, what, error);
}

bool execPrepared(QSqlQuery& query, const QString& what, QString* error)
{
    if (!query.exec()) {
        if (error)
            *error = what + QStringLiteral(": ") + query.lastError().text();
        return false;
    }
    return true;
}

bool isUniqueViolation(const QSqlError& error)
{
    // SQLite: SQLITE_CONSTRAINT (19) or its extended codes for UNIQUE (2067) and PRIMARY KEY
    // (1555); PostgreSQL: SQLSTATE 23505.
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("19") || code == QLatin1String("2067") ||
           code == QLatin1String("1555") || code == QLatin1String("23505") ||
           error.databaseText().contains(QLatin1String("UNIQUE constraint failed")) ||
           error.databaseText().contains(QLatin1String("duplicate key value"));
}

} // namespace syncstudio::repo
