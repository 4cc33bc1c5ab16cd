#include "SevenMappings.h"
#include "TestProject.h"

#include <QTest>

using namespace syncstudio::test;

namespace {

// The pages of the paging example in IDM's documentation, as the endpoint answers them.
const char* const FirstPage = R"({
  "result": [
    {
      "_id": "mapping1",
      "source": "source1",
      "target": "target1",
      "name": "mapping1",
      "sourceRouteReady": false,
      "targetRouteReady": false
    },
    {
      "_id": "mapping4",
      "source": "source1",
      "target": "target0",
      "name": "mapping4",
      "sourceRouteReady": false,
      "targetRouteReady": false
    }
  ],
  "resultCount": 2,
  "pagedResultsCookie": "mapping7",
  "totalPagedResultsPolicy": "EXACT",
  "totalPagedResults": 2,
  "remainingPagedResults": -1
}
)";

const char* const SecondPage = R"({
  "result": [
    {
      "_id": "mapping7",
      "source": "source1",
      "target": "target3",
      "name": "mapping7",
      "sourceRouteReady": false,
      "targetRouteReady": false
    }
  ],
  "resultCount": 1,
  "pagedResultsCookie": null,
  "totalPagedResultsPolicy": "EXACT",
  "totalPagedResults": 1,
  "remainingPagedResults": -1
}
)";

const char* const EmptyPage = R"({
  "result": [],
  "resultCount": 0,
  "pagedResultsCookie": null,
  "totalPagedResultsPolicy": "EXACT",
  "totalPagedResults": 0,
  "remainingPagedResults": -1
}
)";

} // namespace

// `syncstudio-cli mappings`: the documented example end to end, and the user errors.
class TestMappingsCommand : public QObject
{
    Q_OBJECT
private slots:
    void answersLikeTheEndpoint_data();
    void answersLikeTheEndpoint();
};

void TestMappingsCommand::answersLikeTheEndpoint_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("out");
    QTest::addColumn<QString>("err");
    const QStringList source1{"--query-filter", "/source eq 'source1'", "--page-size", "2"};
    QTest::newRow("first page") << source1 << 0 << FirstPage << "";
    QTest::newRow("next page by cookie")
        << source1 + QStringList{"--cookie", "mapping7"} << 0 << SecondPage << "";
    QTest::newRow("first page by offset")
        << source1 + QStringList{"--offset", "0"} << 0 << FirstPage << "";
    QTest::newRow("second page by offset")
        << source1 + QStringList{"--offset", "2"} << 0 << SecondPage << "";
    QTest::newRow("nothing passes")
        << QStringList{"--query-filter", "/target eq 'target9'"} << 0 << EmptyPage << "";
    QTest::newRow("cookie and offset")
        << source1 + QStringList{"--cookie", "mapping7", "--offset", "0"} << 1 << ""
        << "syncstudio-cli: error: page by --cookie or by --offset, not both\n";
    QTest::newRow("unknown cookie")
        << source1 + QStringList{"--cookie", "mapping9"} << 1 << ""
        << "syncstudio-cli: error: the paged results cookie 'mapping9' is not the _id of a "
           "mapping that passes the filter; use the pagedResultsCookie of the previous page\n";
    QTest::newRow("bad filter")
        << QStringList{"--query-filter", "/source = 'source1'"} << 1 << ""
        << "syncstudio-cli: error: column 9: expected an operator (eq, co, sw, gt, ge, lt, le, "
           "pr), found '='\n";
    QTest::newRow("bad page size") << QStringList{"--page-size", "two"} << 1 << ""
                                   << "syncstudio-cli: error: --page-size needs a whole number, "
                                      "0 or more, not 'two'\n";
}

void TestMappingsCommand::answersLikeTheEndpoint()
{
    QFETCH(QStringList, options);
    QFETCH(int, status);
    QFETCH(QString, out);
    QFETCH(QString, err);
    const TestProject project({{QStringLiteral("conf/sync.json"), sevenMappingsSyncJson()}});
    QByteArray stdoutText;
    QByteArray stderrText;
    QCOMPARE(runCli(QStringList{"mappings", project.path()} + options, &stdoutText, &stderrText),
             status);
    QCOMPARE(QString::fromUtf8(stdoutText), out);
    QCOMPARE(QString::fromUtf8(stderrText), err);
}

QTEST_GUILESS_MAIN(TestMappingsCommand)
#include "TestMappingsCommand.moc"
