#pragma once

#include "QueryFilter.h"
#include "ScopingClause.h"
#include "config/Mapping.h"

#include <QString>
#include <QVector>
#include <optional>

namespace syncstudio::query {

// What a mapping holds for a scoping filter: a sourceCondition filter, or, when a clause
// needs what filters lack (a regular expression), a JavaScript validSource script. Both
// empty: no scoping, every source object is in scope.
struct ScopingCondition
{
    QString sourceCondition;
    QString validSource;
};

// A sourceCondition or validSource read back as clauses, or why it cannot be.
struct ScopingReading
{
    std::optional<QVector<ScopingGroup>> groups; // set when it reads as clauses
    QString reason;                              // otherwise why; the editor shows the text
};

// A scoping filter as an administrator thinks of it: groups of clauses; the clauses of a
// group must all hold, and an object is in scope when any group holds.
//
// Clauses test attributes of the source object. In a sourceCondition IDM evaluates the
// filter on {"source": <object>, "linkQualifier": ...}, so the attribute "department"
// becomes the field /source/department; a validSource script sees the object as `source`.
class ScopingFilter
{
public:
    ScopingFilter() = default;
    // Groups without clauses are left out: they would hold for every object.
    explicit ScopingFilter(const QVector<ScopingGroup>& groups);

    const QVector<ScopingGroup>& groups() const { return m_groups; }
    bool isEmpty() const { return m_groups.isEmpty(); }
    // The first incomplete clause's problem ("group 2, clause 1: ..."); empty when complete.
    QString problem() const;

    // The sourceCondition filter; nothing when a clause needs a script. No groups is `true`.
    std::optional<QueryFilter> toFilter() const;
    // The validSource script, which any clauses can be.
    QString toValidSourceScript() const;
    // A filter where one can express the clauses, else a script; both empty for no groups.
    ScopingCondition toCondition() const;

    // A filter read as clauses: `true` is no groups; an "or" at the top gives the groups, an
    // "and" the clauses of a group; each clause is a test of a /source/... field that one
    // operator says.
    static ScopingReading fromFilter(const QueryFilter& filter);
    static ScopingReading fromFilterText(const QString& text);
    // A validSource script that SyncStudio generated, read back.
    static ScopingReading fromValidSourceScript(const QString& script);
    // The scoping of a mapping: its sourceCondition or its validSource, whichever it has.
    static ScopingReading fromMapping(const config::Mapping& mapping);

    bool operator==(const ScopingFilter& other) const { return m_groups == other.m_groups; }

private:
    QVector<ScopingGroup> m_groups;
};

} // namespace syncstudio::query
