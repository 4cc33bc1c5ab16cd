#pragma once

#include "QueryFilterVisitor.h"

#include <QJsonValue>

namespace syncstudio::query {

// Evaluates a filter on a JSON value the way IDM evaluates sync conditions
// (org.forgerock.openidm.sync.impl.Condition and openidm-util's JsonValueFilterVisitor):
// - a field holding an array passes when any of its items passes;
// - a comparison passes only between values of the same kind (string and string, number and
//   number, boolean and boolean), so a missing field, null, or "1" against 1 is false;
// - strings compare ignoring case: eq, gt, ge, lt, le as Java's compareToIgnoreCase, co and
//   sw on both sides lower-cased; co and sw on numbers and booleans mean equality;
// - pr is false on a missing field and on null.
class QueryFilterEvaluator : public QueryFilterVisitor<bool>
{
public:
    explicit QueryFilterEvaluator(QJsonValue root)
        : m_root(std::move(root))
    {}

    bool visitBoolean(bool value) override { return value; }
    bool visitAnd(const std::vector<QueryFilter>& operands) override;
    bool visitOr(const std::vector<QueryFilter>& operands) override;
    bool visitNot(const QueryFilter& operand) override;
    bool visitPresent(const JsonPointer& field) override;
    bool visitComparison(const JsonPointer& field, FilterOperator op,
                         const FilterValue& value) override;

    // Java's String.compareToIgnoreCase: per UTF-16 unit, upper-cased, then lower-cased.
    static int compareIgnoringCase(const QString& a, const QString& b);

private:
    QJsonValue m_root;
};

} // namespace syncstudio::query
