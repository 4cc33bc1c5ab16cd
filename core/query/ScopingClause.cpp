#include "ScopingClause.h"

#include <array>

namespace syncstudio::query {

namespace {

struct OperatorNames
{
    ScopingOperator op;
    const char* label;
    const char* function;
};

constexpr std::array<OperatorNames, 12> Operators{{
    {ScopingOperator::Equals, "equals", "equals"},
    {ScopingOperator::NotEquals, "not equals", "notEquals"},
    {ScopingOperator::IsNull, "is null", "isNull"},
    {ScopingOperator::IsNotNull, "is not null", "isNotNull"},
    {ScopingOperator::StartsWith, "starts with", "startsWith"},
    {ScopingOperator::Contains, "contains", "contains"},
    {ScopingOperator::GreaterThan, "greater than", "greaterThan"},
    {ScopingOperator::LessThan, "less than", "lessThan"},
    {ScopingOperator::IsTrue, "is true", "isTrue"},
    {ScopingOperator::IsFalse, "is false", "isFalse"},
    {ScopingOperator::RegexMatch, "regex match", "matches"},
    {ScopingOperator::IsMemberOf, "is member of", "isMemberOf"},
}};

const OperatorNames& namesOf(ScopingOperator op)
{
    for (const OperatorNames& names : Operators) {
        if (names.op == op)
            return names;
    }
    return Operators.front();
}

} // namespace

QString scopingOperatorLabel(ScopingOperator op)
{
    return QString::fromLatin1(namesOf(op).label);
}

QString scopingOperatorFunction(ScopingOperator op)
{
    return QString::fromLatin1(namesOf(op).function);
}

std::optional<ScopingOperator> scopingOperatorFromFunction(const QString& name)
{
    for (const OperatorNames& names : Operators) {
        if (name == QLatin1String(names.function))
            return names.op;
    }
    return std::nullopt;
}

bool scopingOperatorTakesValue(ScopingOperator op)
{
    switch (op) {
    case ScopingOperator::IsNull:
    case ScopingOperator::IsNotNull:
    case ScopingOperator::IsTrue:
    case ScopingOperator::IsFalse:
        return false;
    default:
        return true;
    }
}

QStringList ScopingClause::memberList() const
{
    QStringList items;
    for (const QString& item : value.toString().split(QLatin1Char(','))) {
        const QString trimmed = item.trimmed();
        if (!trimmed.isEmpty())
            items << trimmed;
    }
    return items;
}

QString ScopingClause::problem() const
{
    if (attribute.isEmpty())
        return QStringLiteral("choose an attribute");
    const QString label = scopingOperatorLabel(op);
    switch (op) {
    case ScopingOperator::IsNull:
    case ScopingOperator::IsNotNull:
    case ScopingOperator::IsTrue:
    case ScopingOperator::IsFalse:
        return {};
    case ScopingOperator::Equals:
    case ScopingOperator::NotEquals:
    case ScopingOperator::GreaterThan:
    case ScopingOperator::LessThan:
        if (!value.isString() && !value.isNumber())
            return QStringLiteral("'%1' needs a text or a number to compare with").arg(label);
        return {};
    case ScopingOperator::StartsWith:
    case ScopingOperator::Contains:
        if (!value.isString() || value.toString().isEmpty())
            return QStringLiteral("'%1' needs a text").arg(label);
        return {};
    case ScopingOperator::RegexMatch:
        if (!value.isString() || value.toString().isEmpty())
            return QStringLiteral("'regex match' needs a regular expression");
        return {};
    case ScopingOperator::IsMemberOf:
        if (!value.isString() || memberList().isEmpty())
            return QStringLiteral("'is member of' needs a comma-separated list of values");
        return {};
    }
    return {};
}

} // namespace syncstudio::query
