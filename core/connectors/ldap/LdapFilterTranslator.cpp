#include "LdapFilterTranslator.h"

namespace syncstudio::connectors::ldap {

using query::FilterOperator;
using query::FilterValue;
using query::JsonPointer;
using query::QueryFilter;

namespace {

const QString kFalse = QStringLiteral("(!(objectClass=*))");

QString valueText(const FilterValue& value)
{
    switch (value.type()) {
    case FilterValue::Type::String:
        return value.toString();
    case FilterValue::Type::Boolean:
        // LDAP's Boolean syntax (RFC 4517 3.3.3) spells them in capitals.
        return value.toBool() ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    case FilterValue::Type::Integer:
        return QString::number(value.toInteger());
    case FilterValue::Type::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case FilterValue::Type::Null:
        break;
    }
    return {};
}

} // namespace

LdapFilterTranslator::LdapFilterTranslator(AttributeResolver resolver)
    : m_resolver(std::move(resolver))
{}

QString LdapFilterTranslator::escapeValue(const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    QString out;
    out.reserve(utf8.size());
    for (const char c : utf8) {
        switch (c) {
        case '*':
            out += QLatin1String("\\2a");
            break;
        case '(':
            out += QLatin1String("\\28");
            break;
        case ')':
            out += QLatin1String("\\29");
            break;
        case '\\':
            out += QLatin1String("\\5c");
            break;
        case '\0':
            out += QLatin1String("\\00");
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x80) {
                out += QLatin1Char(c);
            } else {
                // Bytes of a multi-byte character: escaped so the filter stays plain ASCII
                // however it is passed on.
                out += QStringLiteral("\\%1").arg(static_cast<unsigned char>(c), 2, 16,
                                                  QLatin1Char('0'));
            }
        }
    }
    return out;
}

QString LdapFilterTranslator::translate(const QString& filterText, ConnectorError* error)
{
    query::QueryFilterError parseError;
    const std::optional<QueryFilter> filter = QueryFilter::parse(filterText, &parseError);
    if (!filter) {
        if (error)
            *error = {ConnectorError::Kind::InvalidFilter,
                      QStringLiteral("invalid query filter \"%1\": %2")
                          .arg(filterText, parseError.toString()),
                      QStringLiteral("write it as field op value, e.g. uid eq \"jdoe\"")};
        return {};
    }
    const QString out = translate(*filter, error);
    if (error && error->isError())
        error->message = QStringLiteral("query filter \"%1\": %2").arg(filterText, error->message);
    return out;
}

QString LdapFilterTranslator::translate(const QueryFilter& filter, ConnectorError* error)
{
    m_failure.clear();
    const QString out = filter.accept(*this);
    if (!m_failure.isEmpty()) {
        if (error)
            *error = {ConnectorError::Kind::InvalidFilter, m_failure,
                      QStringLiteral("filter on the attributes of the object type")};
        return {};
    }
    if (error)
        *error = {};
    return out;
}

QString LdapFilterTranslator::attribute(const JsonPointer& field)
{
    const QString name = m_resolver(field);
    if (name.isEmpty() && m_failure.isEmpty())
        m_failure = QStringLiteral("cannot search on %1 in LDAP").arg(field.toString());
    return name;
}

QString LdapFilterTranslator::join(QChar op, const std::vector<QueryFilter>& operands)
{
    QString out = QLatin1Char('(') + op;
    for (const QueryFilter& operand : operands)
        out += operand.accept(*this);
    return out + QLatin1Char(')');
}

QString LdapFilterTranslator::visitBoolean(bool value)
{
    return value ? QStringLiteral("(objectClass=*)") : kFalse;
}

QString LdapFilterTranslator::visitAnd(const std::vector<QueryFilter>& operands)
{
    return join(QLatin1Char('&'), operands);
}

QString LdapFilterTranslator::visitOr(const std::vector<QueryFilter>& operands)
{
    return join(QLatin1Char('|'), operands);
}

QString LdapFilterTranslator::visitNot(const QueryFilter& operand)
{
    return QStringLiteral("(!%1)").arg(operand.accept(*this));
}

QString LdapFilterTranslator::visitPresent(const JsonPointer& field)
{
    return QStringLiteral("(%1=*)").arg(attribute(field));
}

QString LdapFilterTranslator::visitComparison(const JsonPointer& field, FilterOperator op,
                                              const FilterValue& value)
{
    const QString a = attribute(field);
    if (value.isNull()) {
        // Nothing compares with null except "eq null", which IDM reads as "has no value".
        return op == FilterOperator::Equals ? QStringLiteral("(!(%1=*))").arg(a) : kFalse;
    }
    const QString v = escapeValue(valueText(value));
    switch (op) {
    case FilterOperator::Equals:
        return QStringLiteral("(%1=%2)").arg(a, v);
    case FilterOperator::Contains:
        return v.isEmpty() ? QStringLiteral("(%1=*)").arg(a)
                           : QStringLiteral("(%1=*%2*)").arg(a, v);
    case FilterOperator::StartsWith:
        return QStringLiteral("(%1=%2*)").arg(a, v);
    case FilterOperator::GreaterOrEqual:
        return QStringLiteral("(%1>=%2)").arg(a, v);
    case FilterOperator::LessOrEqual:
        return QStringLiteral("(%1<=%2)").arg(a, v);
    case FilterOperator::GreaterThan:
        // LDAP has no strict ordering; an entry without the attribute must not match, so
        // this is not (!(a<=v)).
        return QStringLiteral("(&(%1>=%2)(!(%1=%2)))").arg(a, v);
    case FilterOperator::LessThan:
        return QStringLiteral("(&(%1<=%2)(!(%1=%2)))").arg(a, v);
    }
    return kFalse;
}

} // namespace syncstudio::connectors::ldap
