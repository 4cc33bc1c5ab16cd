#include "FilterOperator.h"

#include <array>
#include <utility>

namespace syncstudio::query {

namespace {

constexpr std::array<std::pair<FilterOperator, const char*>, 7> Names{{
    {FilterOperator::Equals, "eq"},
    {FilterOperator::Contains, "co"},
    {FilterOperator::StartsWith, "sw"},
    {FilterOperator::GreaterThan, "gt"},
    {FilterOperator::GreaterOrEqual, "ge"},
    {FilterOperator::LessThan, "lt"},
    {FilterOperator::LessOrEqual, "le"},
}};

} // namespace

QString filterOperatorName(FilterOperator op)
{
    for (const auto& [value, name] : Names) {
        if (value == op)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<FilterOperator> filterOperatorFromName(const QString& name)
{
    for (const auto& [value, text] : Names) {
        if (name.compare(QLatin1String(text), Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

} // namespace syncstudio::query
