#pragma once

#include "FilterOperator.h"
#include "FilterValue.h"
#include "JsonPointer.h"

#include <vector>

namespace syncstudio::query {

class QueryFilter;

// Walks a QueryFilter, one method per kind of node, returning R. Evaluation, printing and
// the translators of connectors (a filter into an LDAP filter, a SQL WHERE clause, a SCIM
// filter, with their own attribute names) are visitors, so each sees the same tree.
template <typename R> class QueryFilterVisitor
{
public:
    virtual ~QueryFilterVisitor() = default;
    virtual R visitBoolean(bool value) = 0;
    virtual R visitAnd(const std::vector<QueryFilter>& operands) = 0;
    virtual R visitOr(const std::vector<QueryFilter>& operands) = 0;
    virtual R visitNot(const QueryFilter& operand) = 0;
    virtual R visitPresent(const JsonPointer& field) = 0;
    virtual R visitComparison(const JsonPointer& field, FilterOperator op,
                              const FilterValue& value) = 0;
};

} // namespace syncstudio::query
