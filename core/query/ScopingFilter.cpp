#include "ScopingFilter.h"

#include "ScopingScript.h"

namespace syncstudio::query {

namespace {

const QString& sourceToken()
{
    static const QString token = QStringLiteral("source");
    return token;
}

JsonPointer fieldOf(const ScopingClause& clause)
{
    return clause.attribute.prepended(sourceToken());
}

QueryFilter compare(const ScopingClause& clause, FilterOperator op, const FilterValue& value)
{
    return QueryFilter::comparison(fieldOf(clause), op, value);
}

// The filter of one clause; nothing for a regular expression.
std::optional<QueryFilter> clauseFilter(const ScopingClause& clause)
{
    switch (clause.op) {
    case ScopingOperator::Equals:
        return compare(clause, FilterOperator::Equals, clause.value);
    case ScopingOperator::NotEquals:
        return QueryFilter::notOf(compare(clause, FilterOperator::Equals, clause.value));
    case ScopingOperator::IsNull:
        return QueryFilter::notOf(QueryFilter::present(fieldOf(clause)));
    case ScopingOperator::IsNotNull:
        return QueryFilter::present(fieldOf(clause));
    case ScopingOperator::StartsWith:
        return compare(clause, FilterOperator::StartsWith, clause.value);
    case ScopingOperator::Contains:
        return compare(clause, FilterOperator::Contains, clause.value);
    case ScopingOperator::GreaterThan:
        return compare(clause, FilterOperator::GreaterThan, clause.value);
    case ScopingOperator::LessThan:
        return compare(clause, FilterOperator::LessThan, clause.value);
    case ScopingOperator::IsTrue:
        return compare(clause, FilterOperator::Equals, FilterValue::boolean(true));
    case ScopingOperator::IsFalse:
        return compare(clause, FilterOperator::Equals, FilterValue::boolean(false));
    case ScopingOperator::IsMemberOf: {
        std::vector<QueryFilter> alternatives;
        for (const QString& item : clause.memberList())
            alternatives.push_back(
                compare(clause, FilterOperator::Equals, FilterValue::string(item)));
        return QueryFilter::orOf(alternatives);
    }
    case ScopingOperator::RegexMatch:
        return std::nullopt;
    }
    return std::nullopt;
}

QString cannotShow(const QueryFilter& part, const QString& why)
{
    return QStringLiteral("%1 cannot be shown as a clause: %2").arg(part.toString(), why);
}

// The attribute a field of a sourceCondition names, or nothing with reason.
std::optional<JsonPointer> attributeOf(const QueryFilter& part, const JsonPointer& field,
                                       QString* reason)
{
    if (field.size() < 2 || !field.startsWith(sourceToken())) {
        *reason = cannotShow(part, QStringLiteral("it tests %1, not an attribute of the source "
                                                  "object (/source/...)")
                                       .arg(field.toString()));
        return std::nullopt;
    }
    return field.withoutFirst(1);
}

// An "or" of `eq "text"` on one field: the alternatives of "is member of".
std::optional<ScopingClause> memberOf(const QueryFilter& part, QString* reason)
{
    const QString why = QStringLiteral("an 'or' inside a group is a clause only when it lists "
                                       "texts one attribute may equal (is member of)");
    QStringList items;
    const JsonPointer field = part.operands().front().field();
    for (const QueryFilter& alternative : part.operands()) {
        if (alternative.kind() != QueryFilter::Kind::Comparison ||
            alternative.op() != FilterOperator::Equals || !alternative.value().isString() ||
            alternative.field() != field) {
            *reason = cannotShow(part, why);
            return std::nullopt;
        }
        const QString item = alternative.value().toString();
        if (item.contains(QLatin1Char(',')) || item.trimmed() != item || item.isEmpty()) {
            *reason = cannotShow(part, QStringLiteral("the value %1 cannot stand in a "
                                                      "comma-separated list")
                                           .arg(alternative.value().toFilterText()));
            return std::nullopt;
        }
        items << item;
    }
    const std::optional<JsonPointer> attribute = attributeOf(part, field, reason);
    if (!attribute)
        return std::nullopt;
    return ScopingClause{*attribute, ScopingOperator::IsMemberOf,
                         FilterValue::string(items.join(QLatin1Char(',')))};
}

std::optional<ScopingClause> readClause(const QueryFilter& part, QString* reason)
{
    switch (part.kind()) {
    case QueryFilter::Kind::Present: {
        const auto attribute = attributeOf(part, part.field(), reason);
        if (!attribute)
            return std::nullopt;
        return ScopingClause{*attribute, ScopingOperator::IsNotNull, {}};
    }
    case QueryFilter::Kind::Not: {
        const QueryFilter& inner = part.operands().front();
        if (inner.kind() == QueryFilter::Kind::Present) {
            const auto attribute = attributeOf(part, inner.field(), reason);
            if (!attribute)
                return std::nullopt;
            return ScopingClause{*attribute, ScopingOperator::IsNull, {}};
        }
        if (inner.kind() == QueryFilter::Kind::Comparison && inner.op() == FilterOperator::Equals &&
            (inner.value().isString() || inner.value().isNumber())) {
            const auto attribute = attributeOf(part, inner.field(), reason);
            if (!attribute)
                return std::nullopt;
            return ScopingClause{*attribute, ScopingOperator::NotEquals, inner.value()};
        }
        *reason = cannotShow(part, QStringLiteral("'not' is a clause only as 'not equals' a "
                                                  "text or number, or as 'is null'"));
        return std::nullopt;
    }
    case QueryFilter::Kind::Or:
        return memberOf(part, reason);
    case QueryFilter::Kind::Comparison:
        break;
    case QueryFilter::Kind::Boolean:
    case QueryFilter::Kind::And:
        *reason = cannotShow(part, QStringLiteral("it is not a test of one attribute"));
        return std::nullopt;
    }

    const FilterValue& value = part.value();
    std::optional<ScopingOperator> op;
    QString why;
    switch (part.op()) {
    case FilterOperator::Equals:
        if (value.isBoolean())
            op = value.toBool() ? ScopingOperator::IsTrue : ScopingOperator::IsFalse;
        else if (value.isString() || value.isNumber())
            op = ScopingOperator::Equals;
        else
            why = QStringLiteral("'eq null' is false for every object");
        break;
    case FilterOperator::StartsWith:
    case FilterOperator::Contains:
        if (value.isString())
            op = part.op() == FilterOperator::StartsWith ? ScopingOperator::StartsWith
                                                         : ScopingOperator::Contains;
        else
            why = QStringLiteral("'%1' with a value other than a text means equality in IDM")
                      .arg(filterOperatorName(part.op()));
        break;
    case FilterOperator::GreaterThan:
    case FilterOperator::LessThan:
        if (value.isString() || value.isNumber())
            op = part.op() == FilterOperator::GreaterThan ? ScopingOperator::GreaterThan
                                                          : ScopingOperator::LessThan;
        else
            why = QStringLiteral("'%1' compares texts and numbers only")
                      .arg(filterOperatorName(part.op()));
        break;
    case FilterOperator::GreaterOrEqual:
    case FilterOperator::LessOrEqual:
        why = QStringLiteral("'%1' (%2 or equal) has no scoping operator")
                  .arg(filterOperatorName(part.op()), part.op() == FilterOperator::GreaterOrEqual
                                                          ? QStringLiteral("greater")
                                                          : QStringLiteral("less"));
        break;
    }
    if (!op) {
        *reason = cannotShow(part, why);
        return std::nullopt;
    }
    const auto attribute = attributeOf(part, part.field(), reason);
    if (!attribute)
        return std::nullopt;
    return ScopingClause{*attribute, *op, scopingOperatorTakesValue(*op) ? value : FilterValue()};
}

ScopingReading notClauses(const QString& reason)
{
    return {std::nullopt, reason};
}

} // namespace

ScopingFilter::ScopingFilter(const QVector<ScopingGroup>& groups)
{
    for (const ScopingGroup& group : groups) {
        if (!group.isEmpty())
            m_groups << group;
    }
}

QString ScopingFilter::problem() const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        for (int c = 0; c < m_groups.at(g).size(); ++c) {
            const QString problem = m_groups.at(g).at(c).problem();
            if (!problem.isEmpty())
                return QStringLiteral("group %1, clause %2: %3").arg(g + 1).arg(c + 1).arg(problem);
        }
    }
    return {};
}

std::optional<QueryFilter> ScopingFilter::toFilter() const
{
    if (m_groups.isEmpty())
        return QueryFilter::literal(true);
    std::vector<QueryFilter> alternatives;
    for (const ScopingGroup& group : m_groups) {
        std::vector<QueryFilter> clauses;
        for (const ScopingClause& clause : group) {
            const std::optional<QueryFilter> filter = clauseFilter(clause);
            if (!filter)
                return std::nullopt;
            clauses.push_back(*filter);
        }
        alternatives.push_back(QueryFilter::andOf(clauses));
    }
    return QueryFilter::orOf(alternatives);
}

QString ScopingFilter::toValidSourceScript() const
{
    return ScopingScript::generate(m_groups);
}

ScopingCondition ScopingFilter::toCondition() const
{
    if (m_groups.isEmpty())
        return {};
    if (const std::optional<QueryFilter> filter = toFilter())
        return {filter->toString(), {}};
    return {{}, toValidSourceScript()};
}

ScopingReading ScopingFilter::fromFilter(const QueryFilter& filter)
{
    if (filter.kind() == QueryFilter::Kind::Boolean) {
        if (filter.booleanValue())
            return {QVector<ScopingGroup>(), {}};
        return notClauses(QStringLiteral("the filter 'false' puts no object in scope; clauses "
                                         "cannot say that"));
    }
    const std::vector<QueryFilter> alternatives =
        filter.kind() == QueryFilter::Kind::Or ? filter.operands() : std::vector{filter};
    QVector<ScopingGroup> groups;
    QString reason;
    for (const QueryFilter& alternative : alternatives) {
        const std::vector<QueryFilter> parts = alternative.kind() == QueryFilter::Kind::And
                                                   ? alternative.operands()
                                                   : std::vector{alternative};
        ScopingGroup group;
        for (const QueryFilter& part : parts) {
            const std::optional<ScopingClause> clause = readClause(part, &reason);
            if (!clause)
                return notClauses(reason);
            group << *clause;
        }
        groups << group;
    }
    return {groups, {}};
}

ScopingReading ScopingFilter::fromFilterText(const QString& text)
{
    QueryFilterError error;
    const std::optional<QueryFilter> filter = QueryFilter::parse(text, &error);
    if (!filter)
        return notClauses(QStringLiteral("the filter does not parse: ") + error.toString());
    return fromFilter(*filter);
}

ScopingReading ScopingFilter::fromValidSourceScript(const QString& script)
{
    QString reason;
    std::optional<QVector<ScopingGroup>> groups = ScopingScript::read(script, &reason);
    return {groups, groups ? QString() : reason};
}

ScopingReading ScopingFilter::fromMapping(const config::Mapping& mapping)
{
    const config::Condition condition = mapping.sourceCondition();
    const config::ScriptObject validSource = mapping.validSource();
    if (condition.isSet() && validSource.present)
        return notClauses(QStringLiteral("the mapping has both a sourceCondition and a "
                                         "validSource script; clauses are one or the other"));
    if (condition.isScript())
        return notClauses(QStringLiteral("the sourceCondition is a script, not a filter"));
    if (condition.isFilter())
        return fromFilterText(condition.filter);
    if (!validSource.present)
        return {QVector<ScopingGroup>(), {}};
    if (!validSource.isJavaScript() || !validSource.isInline())
        return notClauses(QStringLiteral("the validSource script is not inline JavaScript, so "
                                         "SyncStudio did not generate it from clauses"));
    return fromValidSourceScript(validSource.source);
}

} // namespace syncstudio::query
