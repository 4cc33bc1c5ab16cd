#include "TestProject.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using syncstudio::test::runCli;
using syncstudio::test::TestProject;

namespace {

const QByteArray Provisioner = R"json({
    "name" : "hr",
    "connectorRef" : {
        "connectorName" : "org.forgerock.openicf.csvfile.CSVFileConnector"
    },
    "configurationProperties" : {
        "csvFile" : "&{launcher.project.location}/data/hr.csv"
    },
    "objectTypes" : {
        "account" : {
            "nativeType" : "__ACCOUNT__",
            "properties" : {
                "uid" : { "type" : "string", "nativeName" : "__NAME__", "required" : true },
                "sn" : { "type" : "string", "nativeName" : "sn" },
                "mail" : { "type" : "string", "nativeName" : "mail" }
            }
        }
    }
})json";

const QByteArray Csv = "uid,sn,mail,room\n"
                       "u1,Jensen,u1@example.com,101\n"
                       "u2,Carter,u2@example.com,102\n"
                       "u3,Jensen,,103\n"
                       "u4,\"Smith, Jr.\",u4@example.com,104\n"
                       "u5,Vaughan,u5@example.com,105\n";

QList<QJsonObject> lines(const QByteArray& out)
{
    QList<QJsonObject> objects;
    for (const QByteArray& line : out.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            qWarning("not a JSON object line: %s", line.constData());
        objects << doc.object();
    }
    return objects;
}

} // namespace

// syncstudio-cli query, schema and test on a CSV system: what a script sees.
class TestConnectorCli : public QObject
{
    Q_OBJECT
private slots:
    void everyCommandHasHelp_data();
    void everyCommandHasHelp();
    void queryPrintsOneCompactObjectALine();
    void queryFilterAndFields();
    void pageSizeStillPrintsEveryPage();
    void schemaText();
    void schemaJson();
    void testReportsSuccessAndFailure();
    void userErrors_data();
    void userErrors();
    void queryManagedObjectsOfTheRepository();
};

void TestConnectorCli::everyCommandHasHelp_data()
{
    QTest::addColumn<QString>("command");
    for (const char* c : {"query", "schema", "test", "secret"})
        QTest::newRow(c) << QString::fromLatin1(c);
}

void TestConnectorCli::everyCommandHasHelp()
{
    QFETCH(QString, command);
    QByteArray out;
    QCOMPARE(runCli({command, "--help"}, &out), 0);
    QVERIFY2(out.contains("PROJECT"), out.constData());
    QByteArray overview;
    QCOMPARE(runCli({"--help"}, &overview), 0);
    QVERIFY(overview.contains(QByteArray("  " + command.toUtf8() + " ")));
}

void TestConnectorCli::queryPrintsOneCompactObjectALine()
{
    TestProject p({{"conf/provisioner.openicf-hr.json", Provisioner}, {"data/hr.csv", Csv}});
    QByteArray out;
    QByteArray err;
    QCOMPARE(runCli({"query", p.path(), "system/hr/account"}, &out, &err), 0);
    QVERIFY2(err.isEmpty(), err.constData());
    // Keys in order, no spaces: one object per line, as a program reads it.
    QVERIFY2(out.startsWith("{\"_id\":\"u1\",\"mail\":\"u1@example.com\",\"sn\":\"Jensen\","
                            "\"uid\":\"u1\"}\n"),
             out.constData());
    const QList<QJsonObject> objects = lines(out);
    QCOMPARE(objects.size(), 5);
    QCOMPARE(objects.at(3).value("sn").toString(), QString("Smith, Jr."));
    QVERIFY(!objects.at(2).contains("mail")); // an empty cell is no value
}

void TestConnectorCli::queryFilterAndFields()
{
    TestProject p({{"conf/provisioner.openicf-hr.json", Provisioner}, {"data/hr.csv", Csv}});
    QByteArray out;
    QCOMPARE(runCli({"query", p.path(), "system/hr/account", "--query-filter",
                     "/sn eq \"jensen\" and /mail pr", "--fields", "mail"},
                    &out),
             0);
    QCOMPARE(out, QByteArray("{\"_id\":\"u1\",\"mail\":\"u1@example.com\"}\n"));
}

void TestConnectorCli::pageSizeStillPrintsEveryPage()
{
    TestProject p({{"conf/provisioner.openicf-hr.json", Provisioner}, {"data/hr.csv", Csv}});
    QByteArray all;
    QByteArray paged;
    QCOMPARE(runCli({"query", p.path(), "system/hr/account"}, &all), 0);
    QCOMPARE(runCli({"query", p.path(), "system/hr/account", "--page-size", "2"}, &paged), 0);
    QCOMPARE(paged, all); // 2 + 2 + 1
    QCOMPARE(lines(paged).size(), 5);
}

void TestConnectorCli::schemaText()
{
    TestProject p({{"conf/provisioner.openicf-hr.json", Provisioner}, {"data/hr.csv", Csv}});
    QByteArray out;
    QCOMPARE(runCli({"schema", p.path(), "system/hr"}, &out), 0);
    const QList<QByteArray> text = out.split('\n');
    QCOMPARE(text.value(0), QByteArray("system/hr/account (__ACCOUNT__)"));
    QVERIFY2(out.contains("  uid  string    required uid\n"), out.constData());
    QVERIFY2(out.contains("  room string             room  (not in the provisioner file)\n"),
             out.constData());
}

void TestConnectorCli::schemaJson()
{
    TestProject p({{"conf/provisioner.openicf-hr.json", Provisioner}, {"data/hr.csv", Csv}});
    QByteArray out;
    QCOMPARE(runCli({"schema", p.path(), "system/hr", "--json"}, &out), 0);
    const QJsonArray types = QJsonDocument::fromJson(out).array();
    QCOMPARE(types.size(), 1);
    const QJsonArray attributes = types.at(0).toObject().value("attributes").toArray();
    QStringList names;
    for (const QJsonValue& a : attributes)
        names << a.toObject().value("name").toString();
    QCOMPARE(names, (QStringList{"mail", "sn", "uid", "room"}));
    QCOMPARE(attributes.at(3).toObject().value("fromServerOnly").toBool(), true);
}

void TestConnectorCli::testReportsSuccessAndFailure()
{
    TestProject p({{"conf/provisioner.openicf-hr.json", Provisioner}, {"data/hr.csv", Csv}});
    QByteArray out;
    QByteArray err;
    QCOMPARE(runCli({"test", p.path(), "system/hr"}, &out, &err), 0);
    QCOMPARE(out, QByteArray("system/hr: OK\n"));
    QFile::remove(p.filePath("data/hr.csv"));
    QCOMPARE(runCli({"test", p.path(), "system/hr"}, &out, &err), 1);
    QVERIFY(out.isEmpty());
    const QByteArray expected = "syncstudio-cli: error: connection failed: connector \"hr\": "
                                "cannot read " +
                                p.filePath("data/hr.csv").toUtf8();
    QVERIFY2(err.startsWith(expected), err.constData());
}

void TestConnectorCli::userErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("managed type not in managed.json")
        << QStringList{"query", "PROJECT", "managed/user"}
        << "managed/user is not a managed object type of this project";
    QTest::newRow("not a resource") << QStringList{"query", "PROJECT", "system/hr"}
                                    << "\"system/hr\" is not a system/<connector>/<objectType>";
    QTest::newRow("unknown connector") << QStringList{"test", "PROJECT", "system/ldap"}
                                       << "no connector named \"ldap\" in this project";
    QTest::newRow("unknown object type") << QStringList{"query", "PROJECT", "system/hr/group"}
                                         << "connector \"hr\" has no object type \"group\"";
    QTest::newRow("bad filter")
        << QStringList{"query", "PROJECT", "system/hr/account", "--query-filter", "/sn eq"}
        << "invalid filter: invalid query filter \"/sn eq\": expected a value";
    QTest::newRow("bad page size")
        << QStringList{"query", "PROJECT", "system/hr/account", "--page-size", "many"}
        << "--page-size \"many\" is not a number";
}

void TestConnectorCli::userErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    TestProject p({{"conf/provisioner.openicf-hr.json", Provisioner}, {"data/hr.csv", Csv}});
    arguments.replaceInStrings("PROJECT", p.path());
    QByteArray out;
    QByteArray err;
    QCOMPARE(runCli(arguments, &out, &err), 1);
    QVERIFY(out.isEmpty());
    QVERIFY2(err.contains(message.toUtf8()), err.constData());
}

void TestConnectorCli::queryManagedObjectsOfTheRepository()
{
    // The bundled example: a reconciliation fills managed/user from the active people of the
    // CSV file; query reads them back from the repository.
    QMap<QString, QByteArray> files;
    const QString example = QStringLiteral(SYNCSTUDIO_SOURCE_DIR "/resources/example/");
    for (const char* f : {"conf/managed.json", "conf/provisioner.openicf-hr.json", "conf/sync.json",
                          "data/people.csv"})
        files.insert(f, syncstudio::test::readFile(example + f));
    TestProject p(files);
    int active = 0;
    for (const QByteArray& line : files.value("data/people.csv").split('\n'))
        active += line.endsWith(",active") ? 1 : 0;
    QVERIFY(active > 5);

    QByteArray out;
    QByteArray err;
    QCOMPARE(runCli({"query", p.path(), "managed/user"}, &out, &err), 0);
    QCOMPARE(out, QByteArray()); // no reconciliation yet: an empty repository
    QCOMPARE(runCli({"recon", p.path(), "--all"}, &out, &err), 0);
    QCOMPARE(runCli({"query", p.path(), "managed/user", "--query-filter",
                     "/userName eq \"alovelace\"", "--fields", "sn,mail"},
                    &out, &err),
             0);
    const QList<QJsonObject> ada = lines(out);
    QCOMPARE(ada.size(), 1);
    QCOMPARE(ada.at(0).value("sn").toString(), QString("Lovelace"));
    QCOMPARE(ada.at(0).value("mail").toString(), QString("ada.lovelace@example.com"));
    QCOMPARE(runCli({"query", p.path(), "managed/user", "--page-size", "5"}, &out, &err), 0);
    QCOMPARE(lines(out).size(), active);
}

QTEST_GUILESS_MAIN(TestConnectorCli)
#include "TestConnectorCli.moc"
