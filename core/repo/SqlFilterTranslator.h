#pragma once

#include "RepositorySettings.h"
#include "query/QueryFilter.h"

#include <QString>
#include <QVariantList>

namespace syncstudio::repo {

// Translates a CREST query filter into a SQL condition on the managed_objects table, so
// the database does the filtering. Every value and every field name reaches the database as
// a bound parameter ('?'); the SQL text holds only constants.
//
// The semantics follow IDM's evaluation of filters, as QueryFilterEvaluator does, except
// for letter case:
// - a field holding an array passes when one of its items passes;
// - values compare only with values of their own kind (string with string, number with
//   number, boolean with boolean); a missing field or null fails every comparison;
// - strings compare case-sensitively, code point by code point (as IDM's JDBC repository
//   on PostgreSQL does; SQLite's BINARY and PostgreSQL's "C" collation give the same order);
// - co and sw on numbers and booleans mean equality; pr fails on a missing field and null;
// - "_id" is the object's id column, "_rev" its revision.
// In SQLite the documents are walked with json_each/json_type; in PostgreSQL equality is a
// JSONB containment test (served by the GIN index) and the other operators walk
// jsonb_array_elements.
class SqlFilterTranslator : public query::QueryFilterVisitor<QString>
{
public:
    explicit SqlFilterTranslator(RepositorySettings::Backend backend)
        : m_postgres(backend == RepositorySettings::Backend::PostgreSQL)
    {}

    // The condition for filter, its bound values in order, or false with error (a field
    // name that cannot be expressed).
    static bool translate(const query::QueryFilter& filter, RepositorySettings::Backend backend,
                          QString* sql, QVariantList* bindings, QString* error);

    QString visitBoolean(bool value) override;
    QString visitAnd(const std::vector<query::QueryFilter>& operands) override;
    QString visitOr(const std::vector<query::QueryFilter>& operands) override;
    QString visitNot(const query::QueryFilter& operand) override;
    QString visitPresent(const query::JsonPointer& field) override;
    QString visitComparison(const query::JsonPointer& field, query::FilterOperator op,
                            const query::FilterValue& value) override;

private:
    QString join(const std::vector<query::QueryFilter>& operands, const QString& op);
    QString columnComparison(const QString& column, query::FilterOperator op,
                             const query::FilterValue& value);
    QString sqliteComparison(const query::JsonPointer& field, query::FilterOperator op,
                             const query::FilterValue& value);
    QString postgresComparison(const query::JsonPointer& field, query::FilterOperator op,
                               const query::FilterValue& value);
    // The SQLite JSON path of field ('$."a"[0]'); empty with m_error set when it cannot be.
    QString sqlitePath(const query::JsonPointer& field);
    // jsonb_extract_path(doc, ?, ...), binding the field's tokens.
    QString postgresElement(const query::JsonPointer& field);
    QString bind(const QVariant& value);

    bool m_postgres;
    QVariantList m_bindings;
    QString m_error;
};

} // namespace syncstudio::repo
