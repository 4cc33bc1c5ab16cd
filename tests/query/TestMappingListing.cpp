#include "SevenMappings.h"
#include "TestProject.h"
#include "config/ProcessingOrder.h"
#include "config/Project.h"
#include "query/MappingListing.h"

#include <QTest>

using namespace syncstudio::config;
using namespace syncstudio::query;
using namespace syncstudio::test;

// Which mappings a page of sync/mappings holds, and where the next page starts.
class TestMappingListing : public QObject
{
    Q_OBJECT
private slots:
    void pages_data();
    void pages();
    void rejects_data();
    void rejects();
    void listsInProcessingOrder();
};

void TestMappingListing::pages_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<QString>("cookie");
    QTest::addColumn<int>("offset");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QString>("nextCookie"); // empty: null, the last page
    const QString source1 = QStringLiteral("/source eq 'source1'");
    QTest::newRow("documentation: first page by cookie")
        << source1 << 2 << "" << 0 << QStringList{"mapping1", "mapping4"} << "mapping7";
    QTest::newRow("documentation: next page by cookie")
        << source1 << 2 << "mapping7" << 0 << QStringList{"mapping7"} << "";
    QTest::newRow("documentation: first page by offset")
        << source1 << 2 << "" << 0 << QStringList{"mapping1", "mapping4"} << "mapping7";
    QTest::newRow("documentation: second page by offset")
        << source1 << 2 << "" << 2 << QStringList{"mapping7"} << "";
    QTest::newRow("cookie from the middle of the results")
        << source1 << 2 << "mapping4" << 0 << QStringList{"mapping4", "mapping7"} << "";
    QTest::newRow("no paging lists all in order")
        << "true" << 0 << "" << 0 << QStringList{"mapping1", "mapping2", "mapping3", "mapping4",
                                                 "mapping5", "mapping6", "mapping7"}
        << "";
    QTest::newRow("pages of three")
        << "true" << 3 << "" << 0 << QStringList{"mapping1", "mapping2", "mapping3"} << "mapping4";
    QTest::newRow("last full page has no cookie")
        << "true" << 3 << "" << 4 << QStringList{"mapping5", "mapping6", "mapping7"} << "";
    QTest::newRow("offset past the end") << source1 << 2 << "" << 5 << QStringList{} << "";
    QTest::newRow("filter on the target") << "/target eq 'target1'" << 0 << "" << 0
                                          << QStringList{"mapping1", "mapping2", "mapping6"} << "";
    QTest::newRow("filter ignores case as IDM")
        << "/source eq 'SOURCE1'" << 0 << "" << 0 << QStringList{"mapping1", "mapping4", "mapping7"}
        << "";
    QTest::newRow("filter on the _id")
        << "/_id sw 'mapping' and !(/_id eq 'mapping1')" << 5 << "" << 0
        << QStringList{"mapping2", "mapping3", "mapping4", "mapping5", "mapping6"} << "mapping7";
    QTest::newRow("nothing passes") << "false" << 2 << "" << 0 << QStringList{} << "";
}

void TestMappingListing::pages()
{
    QFETCH(QString, filter);
    QFETCH(int, pageSize);
    QFETCH(QString, cookie);
    QFETCH(int, offset);
    QFETCH(QStringList, ids);
    QFETCH(QString, nextCookie);
    const TestProject files({{QStringLiteral("conf/sync.json"), sevenMappingsSyncJson()}});
    const auto project = Project::open(files.path(), nullptr);
    QVERIFY(project);

    MappingListingRequest request;
    request.filter = *QueryFilter::parse(filter);
    request.pageSize = pageSize;
    request.pagedResultsCookie = cookie;
    request.pagedResultsOffset = offset;
    QString error;
    const auto listing =
        MappingListing::query(computeProcessingOrder(*project).mappings, request, &error);
    QVERIFY2(listing, qPrintable(error));
    QStringList actual;
    for (const MappingListItem& item : listing->results())
        actual << item.id;
    QCOMPARE(actual, ids);
    QCOMPARE(listing->pagedResultsCookie().value_or(QString()), nextCookie);
    QCOMPARE(listing->pagedResultsCookie().has_value(), !nextCookie.isEmpty());
}

void TestMappingListing::rejects_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<QString>("cookie");
    QTest::addColumn<int>("offset");
    QTest::addColumn<QString>("error");
    QTest::newRow("cookie of a filtered-out mapping")
        << 2 << "mapping2" << 0
        << "the paged results cookie 'mapping2' is not the _id of a mapping that passes the "
           "filter; use the pagedResultsCookie of the previous page";
    QTest::newRow("cookie and offset")
        << 2 << "mapping7" << 1 << "page by cookie or by offset, not both";
    QTest::newRow("negative page size")
        << -1 << "" << 0 << "the page size must be 0 (no paging) or more, not -1";
    QTest::newRow("negative offset")
        << 2 << "" << -2 << "the paged results offset must be 0 or more, not -2";
}

void TestMappingListing::rejects()
{
    QFETCH(int, pageSize);
    QFETCH(QString, cookie);
    QFETCH(int, offset);
    QFETCH(QString, error);
    const TestProject files({{QStringLiteral("conf/sync.json"), sevenMappingsSyncJson()}});
    const auto project = Project::open(files.path(), nullptr);
    QVERIFY(project);
    MappingListingRequest request;
    request.filter = *QueryFilter::parse(QStringLiteral("/source eq 'source1'"));
    request.pageSize = pageSize;
    request.pagedResultsCookie = cookie;
    request.pagedResultsOffset = offset;
    QString actual;
    QVERIFY(!MappingListing::query(project->mappings(), request, &actual));
    QCOMPARE(actual, error);
}

void TestMappingListing::listsInProcessingOrder()
{
    // Mapping files sort by name, but "a" runs after "b": the listing follows the run.
    const TestProject files({
        {QStringLiteral("conf/mapping-a.json"),
         R"({ "source" : "managed/user", "target" : "system/ldap/account", "syncAfter" : [ "b" ] })"},
        {QStringLiteral("conf/mapping-b.json"),
         R"({ "source" : "system/csv/person", "target" : "managed/user" })"},
    });
    const auto project = Project::open(files.path(), nullptr);
    QVERIFY(project);
    QString error;
    const auto listing = MappingListing::query(computeProcessingOrder(*project).mappings,
                                               MappingListingRequest(), &error);
    QVERIFY2(listing, qPrintable(error));
    QCOMPARE(listing->results().size(), 2);
    QCOMPARE(listing->results().at(0).id, QStringLiteral("b"));
    QCOMPARE(listing->results().at(0).source, QStringLiteral("system/csv/person"));
    QCOMPARE(listing->results().at(1).id, QStringLiteral("a"));
    QCOMPARE(listing->results().at(1).target, QStringLiteral("system/ldap/account"));
}

QTEST_GUILESS_MAIN(TestMappingListing)
#include "TestMappingListing.moc"
