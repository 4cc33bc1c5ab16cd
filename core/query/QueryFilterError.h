#pragma once

#include <QString>

namespace syncstudio::query {

// Why a query filter did not parse: where, what was expected there, and what was found.
struct QueryFilterError
{
    int column = 0;  // 1-based, in characters of the filter text
    QString message; // "expected an operator (eq, co, sw, gt, ge, lt, le, pr)"
    QString found;   // "'eqq'", "the end of the filter"

    bool isError() const { return column > 0; }
    // "expected ... at column 12, found 'eqq'"
    QString toString() const;
    // "expected ..., found 'eqq'", for messages that put the column in front.
    QString detail() const;
};

} // namespace syncstudio::query
