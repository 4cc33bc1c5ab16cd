#pragma once

#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <initializer_list>

namespace syncstudio::repo {

// Small helpers every repository class uses, so that each statement is prepared with bound
// parameters and each failure names what was being done.

// Prepares sql and binds values positionally ('?'), then executes; false with
// "<what>: <driver message>" in error. Without values the statement is executed directly.
bool execBound(QSqlQuery& query, const QString& sql, std::initializer_list<QVariant> values,
               const QString& what, QString* error);
// Executes an already prepared query; the same error convention.
bool execPrepared(QSqlQuery& query, const QString& what, QString* error);
// Whether error is a unique or primary key violation (SQLite and PostgreSQL).
bool isUniqueViolation(const QSqlError& error);

} // namespace syncstudio::repo
