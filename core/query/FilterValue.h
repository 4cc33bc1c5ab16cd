#pragma once

#include <QJsonValue>
#include <QString>
#include <QtGlobal>
#include <optional>

namespace syncstudio::query {

// The value a comparison in a query filter tests against: a string, a number, a boolean or
// null.
//
// Integers and decimals stay apart because IDM's parser keeps them apart (Long for "1",
// Double for "1.0") and a filter must print back as it was read; they compare as numbers.
class FilterValue
{
public:
    enum class Type
    {
        Null,
        Boolean,
        Integer,
        Double,
        String
    };

    FilterValue() = default; // null
    static FilterValue boolean(bool value);
    static FilterValue integer(qint64 value);
    static FilterValue number(double value);
    static FilterValue string(const QString& value);
    // A JSON scalar as a value; nothing for arrays, objects and undefined.
    static std::optional<FilterValue> fromJson(const QJsonValue& value);

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isBoolean() const { return m_type == Type::Boolean; }
    bool isNumber() const { return m_type == Type::Integer || m_type == Type::Double; }
    bool isString() const { return m_type == Type::String; }

    bool toBool() const { return m_bool; }
    qint64 toInteger() const { return m_integer; }
    double toDouble() const;
    const QString& toString() const { return m_string; }
    QJsonValue toJson() const;

    // The value as a filter writes it, in the canonical form: strings in double quotes with
    // '"' and '\' escaped, decimals always with a '.', so they read back as decimals.
    QString toFilterText() const;

    bool operator==(const FilterValue& other) const;
    bool operator!=(const FilterValue& other) const { return !(*this == other); }

private:
    Type m_type = Type::Null;
    bool m_bool = false;
    qint64 m_integer = 0;
    double m_double = 0;
    QString m_string;
};

// A string literal in the canonical quoting of query filters.
QString quoteFilterString(const QString& text);

} // namespace syncstudio::query
