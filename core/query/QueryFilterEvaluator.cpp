#include "QueryFilterEvaluator.h"

#include "QueryFilter.h"

#include <QJsonArray>
#include <cmath>

namespace syncstudio::query {

namespace {

bool compatible(const QJsonValue& actual, const FilterValue& expected)
{
    return (actual.isString() && expected.isString()) ||
           (actual.isDouble() && expected.isNumber()) || (actual.isBool() && expected.isBoolean());
}

// Java's Double.compareTo: -0.0 sorts before 0.0 (JSON has no NaN).
int compareNumbers(double a, double b)
{
    if (a < b)
        return -1;
    if (a > b)
        return 1;
    return std::signbit(b) - std::signbit(a);
}

// actual against expected, for two compatible values.
int compare(const QJsonValue& actual, const FilterValue& expected)
{
    if (actual.isString())
        return QueryFilterEvaluator::compareIgnoringCase(actual.toString(), expected.toString());
    if (actual.isDouble())
        return compareNumbers(actual.toDouble(), expected.toDouble());
    return int(actual.toBool()) - int(expected.toBool());
}

bool passes(const QJsonValue& actual, FilterOperator op, const FilterValue& expected)
{
    if (!compatible(actual, expected))
        return false;
    switch (op) {
    case FilterOperator::Contains:
    case FilterOperator::StartsWith:
        if (expected.isString()) {
            // IDM lower-cases both sides with Locale.ENGLISH: no locale-specific mappings.
            const QString haystack = actual.toString().toLower();
            const QString needle = expected.toString().toLower();
            return op == FilterOperator::Contains ? haystack.contains(needle)
                                                  : haystack.startsWith(needle);
        }
        return compare(actual, expected) == 0;
    case FilterOperator::Equals:
        return compare(actual, expected) == 0;
    case FilterOperator::GreaterThan:
        return compare(actual, expected) > 0;
    case FilterOperator::GreaterOrEqual:
        return compare(actual, expected) >= 0;
    case FilterOperator::LessThan:
        return compare(actual, expected) < 0;
    case FilterOperator::LessOrEqual:
        return compare(actual, expected) <= 0;
    }
    return false;
}

} // namespace

bool QueryFilterEvaluator::visitAnd(const std::vector<QueryFilter>& operands)
{
    for (const QueryFilter& operand : operands) {
        if (!operand.accept(*this))
            return false;
    }
    return true;
}

bool QueryFilterEvaluator::visitOr(const std::vector<QueryFilter>& operands)
{
    for (const QueryFilter& operand : operands) {
        if (operand.accept(*this))
            return true;
    }
    return false;
}

bool QueryFilterEvaluator::visitNot(const QueryFilter& operand)
{
    return !operand.accept(*this);
}

bool QueryFilterEvaluator::visitPresent(const JsonPointer& field)
{
    const std::optional<QJsonValue> value = field.resolve(m_root);
    return value && !value->isNull();
}

bool QueryFilterEvaluator::visitComparison(const JsonPointer& field, FilterOperator op,
                                           const FilterValue& value)
{
    const std::optional<QJsonValue> actual = field.resolve(m_root);
    if (!actual)
        return false;
    if (actual->isArray()) {
        // Only the items of the array itself: IDM does not descend into nested arrays.
        const QJsonArray items = actual->toArray();
        for (const QJsonValue& item : items) {
            if (passes(item, op, value))
                return true;
        }
        return false;
    }
    return passes(*actual, op, value);
}

int QueryFilterEvaluator::compareIgnoringCase(const QString& a, const QString& b)
{
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        char32_t x = a.at(i).unicode();
        char32_t y = b.at(i).unicode();
        if (x == y)
            continue;
        x = QChar::toUpper(x);
        y = QChar::toUpper(y);
        if (x == y)
            continue;
        x = QChar::toLower(x);
        y = QChar::toLower(y);
        if (x != y)
            return int(x) - int(y);
    }
    return int(a.size() - b.size());
}

} // namespace syncstudio::query
