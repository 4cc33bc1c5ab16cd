#include "QueryFilter.h"

#include "QueryFilterEvaluator.h"
#include "QueryFilterParser.h"

namespace syncstudio::query {

namespace {

// Collects operands, taking the operands of a nested node of the same kind in its place.
std::vector<QueryFilter> merged(QueryFilter::Kind kind, const std::vector<QueryFilter>& operands)
{
    std::vector<QueryFilter> out;
    out.reserve(operands.size());
    for (const QueryFilter& operand : operands) {
        if (operand.kind() == kind)
            out.insert(out.end(), operand.operands().begin(), operand.operands().end());
        else
            out.push_back(operand);
    }
    return out;
}

void print(const QueryFilter& filter, QString& out);

// An operand of "and" needs parentheses only when it is an "or"; an operand of "or" never
// does (an "or" inside an "or" is merged away).
void printOperand(const QueryFilter& operand, QueryFilter::Kind parent, QString& out)
{
    const bool parenthesize =
        parent == QueryFilter::Kind::And && operand.kind() == QueryFilter::Kind::Or;
    if (parenthesize)
        out += QLatin1Char('(');
    print(operand, out);
    if (parenthesize)
        out += QLatin1Char(')');
}

void print(const QueryFilter& filter, QString& out)
{
    switch (filter.kind()) {
    case QueryFilter::Kind::Boolean:
        out += filter.booleanValue() ? QLatin1String("true") : QLatin1String("false");
        return;
    case QueryFilter::Kind::And:
    case QueryFilter::Kind::Or: {
        const QLatin1String separator = filter.kind() == QueryFilter::Kind::And
                                            ? QLatin1String(" and ")
                                            : QLatin1String(" or ");
        bool first = true;
        for (const QueryFilter& operand : filter.operands()) {
            if (!first)
                out += separator;
            first = false;
            printOperand(operand, filter.kind(), out);
        }
        return;
    }
    case QueryFilter::Kind::Not:
        out += QLatin1String("!(");
        print(filter.operands().front(), out);
        out += QLatin1Char(')');
        return;
    case QueryFilter::Kind::Present:
        out += filter.field().toString() + QLatin1String(" pr");
        return;
    case QueryFilter::Kind::Comparison:
        out += filter.field().toString() + QLatin1Char(' ') + filterOperatorName(filter.op()) +
               QLatin1Char(' ') + filter.value().toFilterText();
        return;
    }
}

} // namespace

QueryFilter QueryFilter::literal(bool value)
{
    QueryFilter f;
    f.m_boolean = value;
    return f;
}

QueryFilter QueryFilter::andOf(const std::vector<QueryFilter>& operands)
{
    std::vector<QueryFilter> all = merged(Kind::And, operands);
    if (all.empty())
        return literal(true);
    if (all.size() == 1)
        return all.front();
    QueryFilter f;
    f.m_kind = Kind::And;
    f.m_operands = std::move(all);
    return f;
}

QueryFilter QueryFilter::orOf(const std::vector<QueryFilter>& operands)
{
    std::vector<QueryFilter> all = merged(Kind::Or, operands);
    if (all.empty())
        return literal(false);
    if (all.size() == 1)
        return all.front();
    QueryFilter f;
    f.m_kind = Kind::Or;
    f.m_operands = std::move(all);
    return f;
}

QueryFilter QueryFilter::notOf(const QueryFilter& operand)
{
    QueryFilter f;
    f.m_kind = Kind::Not;
    f.m_operands = {operand};
    return f;
}

QueryFilter QueryFilter::present(const JsonPointer& field)
{
    QueryFilter f;
    f.m_kind = Kind::Present;
    f.m_field = field;
    return f;
}

QueryFilter QueryFilter::comparison(const JsonPointer& field, FilterOperator op,
                                    const FilterValue& value)
{
    QueryFilter f;
    f.m_kind = Kind::Comparison;
    f.m_field = field;
    f.m_op = op;
    f.m_value = value;
    return f;
}

std::optional<QueryFilter> QueryFilter::parse(const QString& text, QueryFilterError* error)
{
    return QueryFilterParser::parse(text, error);
}

QString QueryFilter::toString() const
{
    QString out;
    print(*this, out);
    return out;
}

bool QueryFilter::matches(const QJsonObject& object) const
{
    QueryFilterEvaluator evaluator(object);
    return accept(evaluator);
}

QueryFilter
QueryFilter::withFields(const std::function<JsonPointer(const JsonPointer&)>& rename) const
{
    QueryFilter f = *this;
    if (m_kind == Kind::Present || m_kind == Kind::Comparison)
        f.m_field = rename(m_field);
    for (QueryFilter& operand : f.m_operands)
        operand = operand.withFields(rename);
    return f;
}

bool QueryFilter::operator==(const QueryFilter& other) const
{
    if (m_kind != other.m_kind)
        return false;
    switch (m_kind) {
    case Kind::Boolean:
        return m_boolean == other.m_boolean;
    case Kind::And:
    case Kind::Or:
    case Kind::Not:
        return m_operands == other.m_operands;
    case Kind::Present:
        return m_field == other.m_field;
    case Kind::Comparison:
        return m_field == other.m_field && m_op == other.m_op && m_value == other.m_value;
    }
    return false;
}

} // namespace syncstudio::query
