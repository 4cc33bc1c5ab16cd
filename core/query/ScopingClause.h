#pragma once

#include "FilterValue.h"
#include "JsonPointer.h"

#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace syncstudio::query {

// The operators of a scoping clause, as administrators know them from Entra provisioning.
enum class ScopingOperator
{
    Equals,
    NotEquals,
    IsNull,
    IsNotNull,
    StartsWith,
    Contains,
    GreaterThan,
    LessThan,
    IsTrue,
    IsFalse,
    RegexMatch, // JavaScript RegExp syntax, matched anywhere in the value unless anchored
    IsMemberOf, // value: a comma-separated list, "Sales,Marketing"
};

// "equals", "not equals", "is member of", ... as the UI shows them.
QString scopingOperatorLabel(ScopingOperator op);
// The function of a generated validSource script that tests the clause: "equals", ...
QString scopingOperatorFunction(ScopingOperator op);
std::optional<ScopingOperator> scopingOperatorFromFunction(const QString& name);
// Whether the operator compares with a value (is null, is true ... do not).
bool scopingOperatorTakesValue(ScopingOperator op);

// One line of a scoping filter: attribute, operator, value. The attribute is a path into the
// source object ("department", "address/city").
struct ScopingClause
{
    JsonPointer attribute;
    ScopingOperator op = ScopingOperator::Equals;
    FilterValue value; // null for the operators without a value

    // The items of an "is member of" list, trimmed, without empty ones.
    QStringList memberList() const;
    // Why the clause is not complete, for the editor to show; empty when it is.
    QString problem() const;

    bool operator==(const ScopingClause& other) const
    {
        return attribute == other.attribute && op == other.op && value == other.value;
    }
    bool operator!=(const ScopingClause& other) const { return !(*this == other); }
};

// Clauses that must all hold.
using ScopingGroup = QVector<ScopingClause>;

} // namespace syncstudio::query
