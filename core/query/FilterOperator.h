#pragma once

#include <QString>
#include <optional>

namespace syncstudio::query {

// The comparison operators of a CREST query filter ("pr" is a filter of its own: it has no
// value to compare with).
enum class FilterOperator
{
    Equals,         // eq
    Contains,       // co
    StartsWith,     // sw
    GreaterThan,    // gt
    GreaterOrEqual, // ge
    LessThan,       // lt
    LessOrEqual     // le
};

// "eq", "co", ...
QString filterOperatorName(FilterOperator op);
// The operator named name, in any letter case as IDM's parser accepts it.
std::optional<FilterOperator> filterOperatorFromName(const QString& name);

} // namespace syncstudio::query
