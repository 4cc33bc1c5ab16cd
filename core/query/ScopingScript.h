#pragma once

#include "ScopingClause.h"

#include <QString>
#include <QVector>
#include <optional>

namespace syncstudio::query {

// The validSource script of scoping clauses that a query filter cannot express (a regular
// expression): readable JavaScript with one line per clause, over helper functions that
// test values the way IDM evaluates filters (any item of an array, same-kind comparisons,
// text ignoring case).
//
// The script begins with a marker comment and has one fixed shape, so reading it back is
// exact: a script is read as clauses only when generating from those clauses gives the same
// text again; a script edited by hand stays text.
class ScopingScript
{
public:
    // The first line of every generated script.
    static QString marker();
    // The script for groups (OR-ed) of clauses (AND-ed); `true` for no groups.
    static QString generate(const QVector<ScopingGroup>& groups);
    // The groups of a generated script; nothing, with reason, for any other script.
    static std::optional<QVector<ScopingGroup>> read(const QString& script, QString* reason);
};

} // namespace syncstudio::query
