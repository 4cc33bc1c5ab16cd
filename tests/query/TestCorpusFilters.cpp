#include "CorpusFilters.h"
#include "query/QueryFilter.h"

#include <QTest>

using namespace syncstudio::query;
using namespace syncstudio::test;

// Every filter string of the corpus parses, and prints back to a filter that means the same.
class TestCorpusFilters : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void readsFiltersThatScriptsBuild_data();
    void readsFiltersThatScriptsBuild();
    void everyFilterParses_data();
    void everyFilterParses();
};

void TestCorpusFilters::initTestCase()
{
    int skipped = 0;
    const QVector<CorpusFilter> filters = corpusFilters(&skipped);
    int fromScripts = 0;
    for (const CorpusFilter& f : filters)
        fromScripts += f.filter.contains(QLatin1String("\"0\"")) ? 1 : 0;
    // The corpus holds 45 "queryFilter" members in managed.json files, two property
    // conditions and a dozen correlation queries that scripts build: if the walk finds far
    // fewer, it has stopped looking, and every row below would pass for nothing.
    QVERIFY2(filters.size() >= 55, qPrintable(QString::number(filters.size())));
    QVERIFY2(fromScripts >= 10, qPrintable(QString::number(fromScripts)));
    QCOMPARE(skipped, 0);
}

void TestCorpusFilters::readsFiltersThatScriptsBuild_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("filter");
    QTest::newRow("literal") << "'true'}"
                             << "true";
    QTest::newRow("concatenation in single quotes") << R"('uid eq "' + source.userName + '"'};)"
                                                    << R"(uid eq "0")";
    QTest::newRow("concatenation in double quotes") << R"("/userName eq '"+source+"'"})"
                                                    << "/userName eq '0'";
    QTest::newRow("escaped quotes") << R"('_id eq \"' + source.uid + '\"' };)"
                                    << R"(_id eq "0")";
    QTest::newRow("function call is not read") << "makeFilter(source)}"
                                               << "";
    QTest::newRow("indexing is not read") << "'a eq ' + source[0]}"
                                          << "";
    QTest::newRow("name alone is not read") << "filter}"
                                            << "";
}

void TestCorpusFilters::readsFiltersThatScriptsBuild()
{
    QFETCH(QString, expression);
    QFETCH(QString, filter);
    QCOMPARE(filterFromScriptExpression(expression, 0), filter);
}

void TestCorpusFilters::everyFilterParses_data()
{
    QTest::addColumn<QString>("filter");
    for (const CorpusFilter& f : corpusFilters())
        QTest::newRow(qPrintable(f.where)) << f.filter;
}

void TestCorpusFilters::everyFilterParses()
{
    QFETCH(QString, filter);
    QueryFilterError error;
    const std::optional<QueryFilter> parsed = QueryFilter::parse(filter, &error);
    QVERIFY2(parsed, qPrintable(error.toString()));
    const std::optional<QueryFilter> again = QueryFilter::parse(parsed->toString(), &error);
    QVERIFY2(again, qPrintable(error.toString()));
    QVERIFY(*again == *parsed);
}

QTEST_GUILESS_MAIN(TestCorpusFilters)
#include "TestCorpusFilters.moc"
