#include "LinkQuery.h"

namespace syncstudio::repo {

namespace {

bool namesAField(const query::QueryFilter& filter)
{
    switch (filter.kind()) {
    case query::QueryFilter::Kind::Boolean:
        return false;
    case query::QueryFilter::Kind::Present:
    case query::QueryFilter::Kind::Comparison:
        return true;
    default:
        for (const query::QueryFilter& operand : filter.operands()) {
            if (namesAField(operand))
                return true;
        }
        return false;
    }
}

} // namespace

LinkQuery LinkQuery::forSearch(const QString& linkType, bool reversed, const QString& text)
{
    LinkQuery query;
    query.linkType = linkType;
    query.reversed = reversed;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return query;
    // "true" or "false" alone are more likely ids someone looks for than filters.
    const std::optional<query::QueryFilter> filter = query::QueryFilter::parse(trimmed);
    if (filter && namesAField(*filter))
        query.filter = *filter;
    else
        query.idContains = trimmed;
    return query;
}

} // namespace syncstudio::repo
