#pragma once

#include "FilterOperator.h"
#include "FilterValue.h"
#include "JsonPointer.h"
#include "QueryFilterError.h"
#include "QueryFilterVisitor.h"

#include <QJsonObject>
#include <QString>
#include <functional>
#include <optional>
#include <vector>

namespace syncstudio::query {

// A CREST query filter (`_queryFilter`, `sourceCondition`, property and policy `condition`)
// as a tree: a value type, compared by structure.
//
// The tree is kept in one normal form so that filters that mean the same look the same:
// "and" and "or" are n-ary and never hold an operand of their own kind (IDM's parser builds
// `(a and b) and c` as two levels; it is one here), and the printer puts parentheses only
// where precedence (not > and > or) needs them.
class QueryFilter
{
public:
    enum class Kind
    {
        Boolean,    // true, false
        And,        // operands(): two or more
        Or,         // operands(): two or more
        Not,        // operands(): one
        Present,    // field() pr
        Comparison, // field() op() value()
    };

    QueryFilter() = default; // true
    static QueryFilter literal(bool value);
    // The conjunction of operands; nested conjunctions are merged, one operand is itself,
    // none is true.
    static QueryFilter andOf(const std::vector<QueryFilter>& operands);
    // The disjunction of operands, merged the same way; none is false.
    static QueryFilter orOf(const std::vector<QueryFilter>& operands);
    static QueryFilter notOf(const QueryFilter& operand);
    static QueryFilter present(const JsonPointer& field);
    static QueryFilter comparison(const JsonPointer& field, FilterOperator op,
                                  const FilterValue& value);

    // Parses text as IDM does; on failure returns nothing and fills error.
    static std::optional<QueryFilter> parse(const QString& text, QueryFilterError* error = nullptr);

    Kind kind() const { return m_kind; }
    bool booleanValue() const { return m_boolean; }
    const std::vector<QueryFilter>& operands() const { return m_operands; }
    const JsonPointer& field() const { return m_field; }
    FilterOperator op() const { return m_op; }
    const FilterValue& value() const { return m_value; }

    // The canonical text: fields with a leading '/', lower-case keywords, strings in double
    // quotes, `!(...)` for not. parse(toString()) gives this filter back.
    QString toString() const;

    // Whether object passes the filter, with the semantics IDM applies to sync conditions.
    bool matches(const QJsonObject& object) const;

    // The same filter with every field passed through rename: the hook through which a
    // connector puts its own attribute names in. A new name must not contain ' ', '(' or ')'
    // if the result is to be printed: a filter has no way to quote a field.
    QueryFilter withFields(const std::function<JsonPointer(const JsonPointer&)>& rename) const;

    template <typename R> R accept(QueryFilterVisitor<R>& visitor) const;

    bool operator==(const QueryFilter& other) const;
    bool operator!=(const QueryFilter& other) const { return !(*this == other); }

private:
    Kind m_kind = Kind::Boolean;
    bool m_boolean = true;
    std::vector<QueryFilter> m_operands;
    JsonPointer m_field;
    FilterOperator m_op = FilterOperator::Equals;
    FilterValue m_value;
};

template <typename R> R QueryFilter::accept(QueryFilterVisitor<R>& visitor) const
{
    switch (m_kind) {
    case Kind::Boolean:
        break;
    case Kind::And:
        return visitor.visitAnd(m_operands);
    case Kind::Or:
        return visitor.visitOr(m_operands);
    case Kind::Not:
        return visitor.visitNot(m_operands.front());
    case Kind::Present:
        return visitor.visitPresent(m_field);
    case Kind::Comparison:
        return visitor.visitComparison(m_field, m_op, m_value);
    }
    return visitor.visitBoolean(m_boolean);
}

} // namespace syncstudio::query
