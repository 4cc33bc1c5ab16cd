#include "FilterValue.h"

#include <QLocale>
#include <cmath>
#include <limits>

namespace syncstudio::query {

FilterValue FilterValue::boolean(bool value)
{
    FilterValue v;
    v.m_type = Type::Boolean;
    v.m_bool = value;
    return v;
}

FilterValue FilterValue::integer(qint64 value)
{
    FilterValue v;
    v.m_type = Type::Integer;
    v.m_integer = value;
    return v;
}

FilterValue FilterValue::number(double value)
{
    FilterValue v;
    v.m_type = Type::Double;
    v.m_double = value;
    return v;
}

FilterValue FilterValue::string(const QString& value)
{
    FilterValue v;
    v.m_type = Type::String;
    v.m_string = value;
    return v;
}

std::optional<FilterValue> FilterValue::fromJson(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return FilterValue();
    case QJsonValue::Bool:
        return boolean(value.toBool());
    case QJsonValue::Double: {
        // QJsonValue keeps integers exactly; a whole double from JSON text ("2") is one too.
        const double d = value.toDouble();
        const qint64 i = value.toInteger(std::numeric_limits<qint64>::min());
        if (i != std::numeric_limits<qint64>::min() && static_cast<double>(i) == d)
            return integer(i);
        return number(d);
    }
    case QJsonValue::String:
        return string(value.toString());
    default:
        return std::nullopt;
    }
}

double FilterValue::toDouble() const
{
    return m_type == Type::Integer ? static_cast<double>(m_integer) : m_double;
}

QJsonValue FilterValue::toJson() const
{
    switch (m_type) {
    case Type::Null:
        return QJsonValue::Null;
    case Type::Boolean:
        return m_bool;
    case Type::Integer:
        return m_integer;
    case Type::Double:
        return m_double;
    case Type::String:
        return m_string;
    }
    return {};
}

QString quoteFilterString(const QString& text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : text) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\');
        out += c;
    }
    out += QLatin1Char('"');
    return out;
}

QString FilterValue::toFilterText() const
{
    switch (m_type) {
    case Type::Null:
        return QStringLiteral("null");
    case Type::Boolean:
        return m_bool ? QStringLiteral("true") : QStringLiteral("false");
    case Type::Integer:
        return QString::number(m_integer);
    case Type::Double: {
        // Qt prints -0.0 as "0", which would read back as another value (IDM compares
        // decimals with Double.compareTo, where -0.0 < 0.0).
        if (m_double == 0 && std::signbit(m_double))
            return QStringLiteral("-0.0");
        QString text = QString::number(m_double, 'g', QLocale::FloatingPointShortest);
        // IDM reads a number without a '.' as a Long, so a decimal must keep one.
        if (!text.contains(QLatin1Char('.'))) {
            const qsizetype e = text.indexOf(QLatin1Char('e'));
            if (e < 0)
                text += QLatin1String(".0");
            else
                text.insert(e, QLatin1String(".0"));
        }
        return text;
    }
    case Type::String:
        return quoteFilterString(m_string);
    }
    return {};
}

bool FilterValue::operator==(const FilterValue& other) const
{
    if (m_type != other.m_type)
        return false;
    switch (m_type) {
    case Type::Null:
        return true;
    case Type::Boolean:
        return m_bool == other.m_bool;
    case Type::Integer:
        return m_integer == other.m_integer;
    case Type::Double:
        // Bitwise, so -0.0 and 0.0 (which print differently) are different values.
        return m_double == other.m_double && std::signbit(m_double) == std::signbit(other.m_double);
    case Type::String:
        return m_string == other.m_string;
    }
    return false;
}

} // namespace syncstudio::query
