#include "TestProject.h"
#include "config/JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using syncstudio::test::runCli;
using syncstudio::test::TestProject;

namespace {

const QByteArray SyncJson =
    "{\n    \"mappings\" : [\n        {\n            \"name\" : \"first\",\n"
    "            \"source\" : \"managed/user\",\n"
    "            \"target\" : \"managed/role\"\n        }\n    ]\n}\n";
// A mapping file in a different style (two-space indent, tight colons) and without "name".
const QByteArray MappingB = "{\n  \"source\": \"managed/role\",\n  \"target\": \"managed/user\",\n"
                            "  \"syncAfter\": [ \"c\" ],\n  \"x-keep\": 2.50\n}";
const QByteArray MappingC =
    "{\n    \"source\" : \"managed/user\",\n    \"target\" : \"managed/group\"\n}\n";

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void everyCommandHasHelp_data();
    void everyCommandHasHelp();
    void unknownCommandIsAUserError();
    void versionIsPrinted();
    void validateExitStatus_data();
    void validateExitStatus();
    void validateJsonIsMachineReadable();
    void exportWritesOneSyncJsonInProcessingOrder();
    void exportSplitWritesOneFilePerMapping();
    void missingProjectIsAClearError();
};

void TestCli::everyCommandHasHelp_data()
{
    QTest::addColumn<QString>("command");
    for (const char* c : {"validate", "rewrite", "order", "export"})
        QTest::newRow(c) << QString::fromLatin1(c);
}

void TestCli::everyCommandHasHelp()
{
    QFETCH(QString, command);
    QByteArray out;
    QCOMPARE(runCli({command, "--help"}, &out), 0);
    QVERIFY2(out.contains("Usage:") && out.contains("PROJECT"), out.constData());
    QByteArray overview;
    QCOMPARE(runCli({"--help"}, &overview), 0);
    QVERIFY(overview.contains(command.toUtf8()));
}

void TestCli::unknownCommandIsAUserError()
{
    QByteArray err;
    QCOMPARE(runCli({"frobnicate"}, nullptr, &err), 1);
    QVERIFY2(err.contains("unknown command 'frobnicate'"), err.constData());
}

void TestCli::versionIsPrinted()
{
    QByteArray out;
    QCOMPARE(runCli({"--version"}, &out), 0);
    QCOMPARE(out, QByteArray("syncstudio-cli " SYNCSTUDIO_VERSION "\n"));
}

void TestCli::validateExitStatus_data()
{
    QTest::addColumn<QByteArray>("syncJson");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("clean") << SyncJson << 0 << QByteArray("0 error(s), 0 warning(s)");
    QByteArray warning = SyncJson;
    warning.replace("managed/role", "system/ldap/account");
    QTest::newRow("warnings only")
        << warning << 0 << QByteArray("warning: no connector named \"ldap\"");
    QByteArray error = SyncJson;
    error.replace("\"target\"", "\"targt\"");
    QTest::newRow("an error") << error << 1
                              << QByteArray("error: mapping \"first\" has no \"target\"");
}

void TestCli::validateExitStatus()
{
    QFETCH(QByteArray, syncJson);
    QFETCH(int, status);
    QFETCH(QByteArray, expected);
    const TestProject dir({{"conf/sync.json", syncJson}});
    QByteArray out;
    QByteArray err;
    QCOMPARE(runCli({"validate", dir.path()}, &out, &err), status);
    QVERIFY2(err.contains(expected), err.constData());
    QVERIFY(out.isEmpty()); // messages go to stderr, like a compiler's
}

void TestCli::validateJsonIsMachineReadable()
{
    QByteArray broken = SyncJson;
    broken.replace("\"first\",", "\"first\"");
    const TestProject dir({{"conf/sync.json", broken}});
    QByteArray out;
    QCOMPARE(runCli({"validate", dir.path(), "--json"}, &out), 1);
    const QJsonArray array = QJsonDocument::fromJson(out).array();
    QCOMPARE(array.size(), 1);
    const QJsonObject d = array.first().toObject();
    QCOMPARE(d.value("severity").toString(), QStringLiteral("error"));
    QCOMPARE(d.value("line").toInt(), 5); // the "source" member after the missing comma
    QCOMPARE(d.value("column").toInt(), 13);
    QVERIFY(d.value("file").toString().endsWith("conf/sync.json"));
}

void TestCli::exportWritesOneSyncJsonInProcessingOrder()
{
    const TestProject dir({{"conf/sync.json", SyncJson},
                           {"conf/mapping-b.json", MappingB},
                           {"conf/mapping-c.json", MappingC}});
    const QString out = dir.filePath("out/sync.json");
    QByteArray err;
    QCOMPARE(runCli({"export", dir.path(), "-o", out}, nullptr, &err), 0);
    const QByteArray text = syncstudio::test::readFile(out);
    using syncstudio::config::JsonText;
    syncstudio::config::JsonParseError error;
    const JsonText json = JsonText::parse(text, &error);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    const JsonText::NodeId mappings = json.find("/mappings");
    QCOMPARE(json.childCount(mappings), 3);
    // sync.json first, then c before b because b names c in syncAfter.
    QCOMPARE(json.stringValue(json.find("/mappings/0/name")), QStringLiteral("first"));
    QCOMPARE(json.stringValue(json.find("/mappings/1/name")), QStringLiteral("c"));
    QCOMPARE(json.stringValue(json.find("/mappings/2/name")), QStringLiteral("b"));
    // Each mapping keeps its own fields, order and spelling.
    QCOMPARE(json.keys(json.find("/mappings/2")),
             QStringList({"name", "source", "target", "syncAfter", "x-keep"}));
    // ... re-indented to the four-space levels of sync.json, with its own colons and numbers.
    QVERIFY(text.contains("\n            \"x-keep\": 2.50\n        }\n"));
    // The part that came from sync.json is unchanged.
    QVERIFY(text.startsWith(SyncJson.left(SyncJson.indexOf("        }") + 9)));
    // And the result is a project IDM reads the same way: validate and order agree.
    const TestProject exported({{"conf/sync.json", text}});
    QByteArray order;
    QCOMPARE(runCli({"order", exported.path()}, &order), 0);
    QCOMPARE(order, QByteArray("first\nc\nb\n"));
    QCOMPARE(runCli({"validate", exported.path()}, nullptr, &err), 0);
}

void TestCli::exportSplitWritesOneFilePerMapping()
{
    const TestProject dir({{"conf/sync.json", SyncJson},
                           {"conf/mapping-b.json", MappingB},
                           {"conf/mapping-c.json", MappingC}});
    const QString out = dir.filePath("split");
    QCOMPARE(runCli({"export", dir.path(), "--split", "-o", out}), 0);
    QCOMPARE(syncstudio::test::filesBelow(out),
             QStringList({"mapping-b.json", "mapping-c.json", "mapping-first.json"}));
    QCOMPARE(syncstudio::test::readFile(out + "/mapping-b.json"), MappingB);
    QCOMPARE(syncstudio::test::readFile(out + "/mapping-first.json"),
             QByteArray("{\n    \"name\" : \"first\",\n    \"source\" : \"managed/user\",\n"
                        "    \"target\" : \"managed/role\"\n}\n"));
}

void TestCli::missingProjectIsAClearError()
{
    QByteArray err;
    QCOMPARE(runCli({"validate", "/nonexistent/project"}, nullptr, &err), 1);
    QVERIFY2(err.contains("/nonexistent/project: not a folder"), err.constData());
    QCOMPARE(runCli({"rewrite", "/nonexistent/project"}, nullptr, &err), 1);
    QVERIFY2(err.contains("needs -o"), err.constData());
}

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
