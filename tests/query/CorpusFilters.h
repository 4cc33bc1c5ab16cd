#pragma once

#include <QString>
#include <QVector>

namespace syncstudio::test {

// A query filter found in the corpus, and where.
struct CorpusFilter
{
    QString where;  // "sample3/conf/sync.json/mappings/0/sourceCondition", "x/script/a.js:5"
    QString filter; // the text; a value a script computes stands in as 0
};

// Every filter string of the corpus projects: mapping sourceConditions and the conditions of
// properties and policies, every "queryFilter"/"_queryFilter" member of a config file, and
// the `_queryFilter` of a query a script (inline or in script/) builds from string literals
// (`'uid eq "' + source.userName + '"'`). skipped counts filters in scripts that are built in
// ways this cannot read reliably.
QVector<CorpusFilter> corpusFilters(int* skipped = nullptr);

// The filter a JavaScript expression builds from string literals and names joined by '+',
// names standing in as 0; empty when the expression is anything else.
QString filterFromScriptExpression(const QString& source, int from);

} // namespace syncstudio::test
