#include "ScimFilterTranslator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace syncstudio::connectors::scim {

using query::FilterOperator;
using query::FilterValue;
using query::JsonPointer;
using query::QueryFilter;

QueryFilter foldBooleans(const QueryFilter& filter)
{
    switch (filter.kind()) {
    case QueryFilter::Kind::And:
    case QueryFilter::Kind::Or: {
        const bool isAnd = filter.kind() == QueryFilter::Kind::And;
        std::vector<QueryFilter> kept;
        for (const QueryFilter& operand : filter.operands()) {
            const QueryFilter folded = foldBooleans(operand);
            if (folded.kind() != QueryFilter::Kind::Boolean) {
                kept.push_back(folded);
                continue;
            }
            // false decides an "and", true decides an "or"; the other one drops out.
            if (folded.booleanValue() != isAnd)
                return QueryFilter::literal(!isAnd);
        }
        if (kept.empty())
            return QueryFilter::literal(isAnd);
        return isAnd ? QueryFilter::andOf(kept) : QueryFilter::orOf(kept);
    }
    case QueryFilter::Kind::Not: {
        const QueryFilter folded = foldBooleans(filter.operands().front());
        if (folded.kind() == QueryFilter::Kind::Boolean)
            return QueryFilter::literal(!folded.booleanValue());
        return QueryFilter::notOf(folded);
    }
    default:
        return filter;
    }
}

ScimFilterTranslator::Result ScimFilterTranslator::translate(const QueryFilter& filter,
                                                             const AttributePath& attributePath)
{
    Result result;
    const QueryFilter folded = foldBooleans(filter);
    if (folded.kind() == QueryFilter::Kind::Boolean) {
        result.match = folded.booleanValue() ? Result::Match::All : Result::Match::None;
        return result;
    }
    ScimFilterTranslator translator(attributePath);
    result.filter = folded.accept(translator);
    result.error = translator.m_error;
    result.match = Result::Match::Filter;
    return result;
}

QString ScimFilterTranslator::literal(const FilterValue& value)
{
    switch (value.type()) {
    case FilterValue::Type::Null:
        return QStringLiteral("null");
    case FilterValue::Type::Boolean:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case FilterValue::Type::Integer:
        return QString::number(value.toInteger());
    case FilterValue::Type::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case FilterValue::Type::String:
        break;
    }
    // A JSON string, as JSON writes it: the array's brackets come off.
    const QByteArray json =
        QJsonDocument(QJsonArray{value.toString()}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

bool ScimFilterTranslator::isAttributePath(const QString& path)
{
    // RFC 7644: attrPath = [URI ":"] ATTRNAME *1subAttr; ATTRNAME = ALPHA *(nameChar).
    static const QRegularExpression grammar(QStringLiteral(
        "^(urn:[A-Za-z0-9.:_-]+:)?[A-Za-z][A-Za-z0-9_$-]*(\\.[A-Za-z][A-Za-z0-9_$-]*)?$"));
    return grammar.match(path).hasMatch();
}

QString ScimFilterTranslator::path(const JsonPointer& field)
{
    const QString p = m_attributePath(field);
    if (!m_error.isError() && !isAttributePath(p))
        m_error = {ConnectorError::Kind::InvalidFilter,
                   QStringLiteral("the field %1 has no SCIM attribute to filter on%2")
                       .arg(field.toString(),
                            p.isEmpty() ? QString() : QStringLiteral(" (\"%1\")").arg(p)),
                   QStringLiteral("filter on a property of the object type whose nativeName is "
                                  "a SCIM attribute such as userName or name.familyName")};
    return p;
}

QString ScimFilterTranslator::join(const std::vector<QueryFilter>& operands, const char* keyword)
{
    QStringList parts;
    for (const QueryFilter& operand : operands) {
        const QString text = operand.accept(*this);
        const bool nested =
            operand.kind() == QueryFilter::Kind::And || operand.kind() == QueryFilter::Kind::Or;
        parts << (nested ? QStringLiteral("(%1)").arg(text) : text);
    }
    return parts.join(QLatin1Char(' ') + QLatin1String(keyword) + QLatin1Char(' '));
}

QString ScimFilterTranslator::visitBoolean(bool value)
{
    // Folded away before translation; kept total for a filter that slips through.
    return value ? QStringLiteral("id pr") : QStringLiteral("not (id pr)");
}

QString ScimFilterTranslator::visitAnd(const std::vector<QueryFilter>& operands)
{
    return join(operands, "and");
}

QString ScimFilterTranslator::visitOr(const std::vector<QueryFilter>& operands)
{
    return join(operands, "or");
}

QString ScimFilterTranslator::visitNot(const QueryFilter& operand)
{
    return QStringLiteral("not (%1)").arg(operand.accept(*this));
}

QString ScimFilterTranslator::visitPresent(const JsonPointer& field)
{
    return path(field) + QStringLiteral(" pr");
}

QString ScimFilterTranslator::visitComparison(const JsonPointer& field, FilterOperator op,
                                              const FilterValue& value)
{
    // SCIM and CREST name the seven operators alike.
    return QStringLiteral("%1 %2 %3")
        .arg(path(field), query::filterOperatorName(op), literal(value));
}

} // namespace syncstudio::connectors::scim
