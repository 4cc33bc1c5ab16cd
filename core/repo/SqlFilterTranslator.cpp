#include "SqlFilterTranslator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace syncstudio::repo {

using query::FilterOperator;
using query::FilterValue;
using query::JsonPointer;
using query::QueryFilter;

namespace {

const QString False = QStringLiteral("1 = 0");
const QString True = QStringLiteral("1 = 1");

QString sqlOperator(FilterOperator op)
{
    switch (op) {
    case FilterOperator::GreaterThan:
        return QStringLiteral(">");
    case FilterOperator::GreaterOrEqual:
        return QStringLiteral(">=");
    case FilterOperator::LessThan:
        return QStringLiteral("<");
    case FilterOperator::LessOrEqual:
        return QStringLiteral("<=");
    default:
        return QStringLiteral("=");
    }
}

bool isIndex(const QString& token)
{
    if (token.isEmpty())
        return false;
    for (const QChar c : token) {
        if (!c.isDigit())
            return false;
    }
    return true;
}

// co and sw mean equality for numbers and booleans.
FilterOperator effectiveOperator(FilterOperator op, const FilterValue& value)
{
    if (!value.isString() && (op == FilterOperator::Contains || op == FilterOperator::StartsWith))
        return FilterOperator::Equals;
    return op;
}

} // namespace

bool SqlFilterTranslator::translate(const QueryFilter& filter, RepositorySettings::Backend backend,
                                    QString* sql, QVariantList* bindings, QString* error)
{
    SqlFilterTranslator translator(backend);
    const QString condition = filter.accept(translator);
    if (!translator.m_error.isEmpty()) {
        if (error)
            *error = translator.m_error;
        return false;
    }
    *sql = condition;
    *bindings = translator.m_bindings;
    return true;
}

QString SqlFilterTranslator::bind(const QVariant& value)
{
    m_bindings << value;
    return QStringLiteral("?");
}

QString SqlFilterTranslator::visitBoolean(bool value)
{
    return value ? True : False;
}

QString SqlFilterTranslator::join(const std::vector<QueryFilter>& operands, const QString& op)
{
    QStringList parts;
    for (const QueryFilter& operand : operands)
        parts << QStringLiteral("(") + operand.accept(*this) + QStringLiteral(")");
    return parts.join(op);
}

QString SqlFilterTranslator::visitAnd(const std::vector<QueryFilter>& operands)
{
    return operands.empty() ? True : join(operands, QStringLiteral(" AND "));
}

QString SqlFilterTranslator::visitOr(const std::vector<QueryFilter>& operands)
{
    return operands.empty() ? False : join(operands, QStringLiteral(" OR "));
}

QString SqlFilterTranslator::visitNot(const QueryFilter& operand)
{
    // Every condition this class writes is true or false, never NULL, so NOT is exact.
    return QStringLiteral("NOT (") + operand.accept(*this) + QStringLiteral(")");
}

QString SqlFilterTranslator::visitPresent(const JsonPointer& field)
{
    if (field.size() == 1 && (field.tokens().first() == QLatin1String("_id") ||
                              field.tokens().first() == QLatin1String("_rev")))
        return True;
    if (m_postgres)
        return QStringLiteral("COALESCE(jsonb_typeof(%1), 'null') <> 'null'")
            .arg(postgresElement(field));
    const QString path = sqlitePath(field);
    return QStringLiteral("COALESCE(json_type(managed_objects.doc, %1), 'null') <> 'null'")
        .arg(bind(path));
}

QString SqlFilterTranslator::visitComparison(const JsonPointer& field, FilterOperator op,
                                             const FilterValue& value)
{
    if (value.isNull())
        return False; // null compares false with everything
    op = effectiveOperator(op, value);
    if (field.size() == 1 && field.tokens().first() == QLatin1String("_id"))
        return columnComparison(QStringLiteral("managed_objects.object_id"), op, value);
    if (field.size() == 1 && field.tokens().first() == QLatin1String("_rev"))
        return columnComparison(QStringLiteral("CAST(managed_objects.rev AS TEXT)"), op, value);
    return m_postgres ? postgresComparison(field, op, value) : sqliteComparison(field, op, value);
}

QString SqlFilterTranslator::columnComparison(const QString& column, FilterOperator op,
                                              const FilterValue& value)
{
    if (!value.isString())
        return False; // ids and revisions are strings
    const QString collated = m_postgres ? column + QStringLiteral(" COLLATE \"C\"") : column;
    const QString position = m_postgres ? QStringLiteral("strpos") : QStringLiteral("instr");
    switch (op) {
    case FilterOperator::Contains:
        return QStringLiteral("%1(%2, %3) > 0").arg(position, column, bind(value.toString()));
    case FilterOperator::StartsWith:
        return QStringLiteral("%1(%2, %3) = 1").arg(position, column, bind(value.toString()));
    default:
        return QStringLiteral("%1 %2 %3").arg(collated, sqlOperator(op), bind(value.toString()));
    }
}

QString SqlFilterTranslator::sqlitePath(const JsonPointer& field)
{
    QString path = QStringLiteral("$");
    for (const QString& token : field.tokens()) {
        if (isIndex(token)) {
            path += QLatin1Char('[') + token + QLatin1Char(']');
        } else if (token.contains(QLatin1Char('"'))) {
            m_error = QStringLiteral("the field %1 cannot be queried in the SQLite repository: "
                                     "its name holds a '\"'")
                          .arg(field.toString());
            return path;
        } else {
            path += QStringLiteral(".\"") + token + QLatin1Char('"');
        }
    }
    return path;
}

QString SqlFilterTranslator::sqliteComparison(const JsonPointer& field, FilterOperator op,
                                              const FilterValue& value)
{
    // json_each on a scalar yields that scalar, on an array its items (key an integer), on an
    // object its members (key a string, excluded): one form for single and multi-valued
    // fields.
    const QString path = sqlitePath(field);
    QString typeCheck;
    QVariant operand;
    if (value.isString()) {
        typeCheck = QStringLiteral("j.type = 'text'");
        operand = value.toString();
    } else if (value.isNumber()) {
        typeCheck = QStringLiteral("j.type IN ('integer', 'real')");
        operand = value.type() == FilterValue::Type::Integer ? QVariant(value.toInteger())
                                                             : QVariant(value.toDouble());
    } else {
        typeCheck = QStringLiteral("j.type IN ('true', 'false')");
        operand = value.toBool() ? 1 : 0;
    }
    QString test;
    switch (op) {
    case FilterOperator::Contains:
        test = QStringLiteral("instr(j.value, ?) > 0");
        break;
    case FilterOperator::StartsWith:
        test = QStringLiteral("instr(j.value, ?) = 1");
        break;
    default:
        test = QStringLiteral("j.value %1 ?").arg(sqlOperator(op));
        break;
    }
    m_bindings << path << operand;
    return QStringLiteral("EXISTS (SELECT 1 FROM json_each(managed_objects.doc, ?) AS j WHERE "
                          "(j.key IS NULL OR typeof(j.key) = 'integer') AND %1 AND %2)")
        .arg(typeCheck, test);
}

QString SqlFilterTranslator::postgresElement(const JsonPointer& field)
{
    QString args;
    for (const QString& token : field.tokens())
        args += QStringLiteral(", CAST(%1 AS TEXT)").arg(bind(token));
    return QStringLiteral("jsonb_extract_path(managed_objects.doc%1)").arg(args);
}

QString SqlFilterTranslator::postgresComparison(const JsonPointer& field, FilterOperator op,
                                                const FilterValue& value)
{
    const bool hasIndexToken = std::any_of(field.tokens().begin(), field.tokens().end(), isIndex);
    if (op == FilterOperator::Equals && !field.isEmpty() && !hasIndexToken) {
        // {"a":{"b":v}} or {"a":{"b":[v]}}: containment, which the GIN index serves.
        QJsonValue scalar = value.toJson();
        QJsonValue inArray = QJsonArray{scalar};
        for (auto it = field.tokens().crbegin(); it != field.tokens().crend(); ++it) {
            scalar = QJsonObject{{*it, scalar}};
            inArray = QJsonObject{{*it, inArray}};
        }
        const auto text = [](const QJsonValue& v) {
            return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        };
        const QString first = bind(text(scalar));
        const QString second = bind(text(inArray));
        return QStringLiteral("(managed_objects.doc @> CAST(%1 AS JSONB) OR managed_objects.doc "
                              "@> CAST(%2 AS JSONB))")
            .arg(first, second);
    }
    // Placeholders are bound in the order of the text: the element three times, then the test.
    const QString element = postgresElement(field);
    const QString elementAgain = postgresElement(field);
    const QString elementOnceMore = postgresElement(field);
    QString test;
    if (value.isString()) {
        const QString text = QStringLiteral("(j.v #>> '{}')");
        switch (op) {
        case FilterOperator::Contains:
            test = QStringLiteral("strpos(%1, %2) > 0").arg(text, bind(value.toString()));
            break;
        case FilterOperator::StartsWith:
            test = QStringLiteral("strpos(%1, %2) = 1").arg(text, bind(value.toString()));
            break;
        default:
            test = QStringLiteral("%1 COLLATE \"C\" %2 %3")
                       .arg(text, sqlOperator(op), bind(value.toString()));
            break;
        }
        test = QStringLiteral("jsonb_typeof(j.v) = 'string' AND ") + test;
    } else {
        // Numbers and booleans compare as JSONB values of the same type.
        const QString json = value.toFilterText();
        test = QStringLiteral("jsonb_typeof(j.v) = '%1' AND j.v %2 CAST(%3 AS JSONB)")
                   .arg(value.isNumber() ? QStringLiteral("number") : QStringLiteral("boolean"),
                        sqlOperator(op), bind(json));
    }
    return QStringLiteral("EXISTS (SELECT 1 FROM jsonb_array_elements(CASE WHEN "
                          "jsonb_typeof(%1) = 'array' THEN %2 ELSE jsonb_build_array(%3) END) "
                          "AS j(v) WHERE %4)")
        .arg(element, elementAgain, elementOnceMore, test);
}

} // namespace syncstudio::repo
