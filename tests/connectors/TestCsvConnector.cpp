#include "ConnectorContract.h"
#include "TestProject.h"
#include "config/Project.h"
#include "connectors/BuiltinConnectors.h"
#include "connectors/ConnectorFactory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace syncstudio::connectors;
using syncstudio::config::Project;
using syncstudio::test::TestProject;

namespace {

// R"json(...)json": the bundleVersion "[2.0.0.0,3)" would end a plain raw string.
const QByteArray Provisioner = R"json({
    "name" : "people",
    "connectorRef" : {
        "bundleName" : "org.openidentityplatform.openicf.connectors.csvfile-connector",
        "bundleVersion" : "[2.0.0.0,3)",
        "connectorName" : "org.forgerock.openicf.csvfile.CSVFileConnector"
    },
    "configurationProperties" : {
        "csvFile" : "&{launcher.project.location}/data/people.csv",
        "headerUid" : "uid",
        "multivalueDelimiter" : ";"
    },
    "objectTypes" : {
        "account" : {
            "nativeType" : "__ACCOUNT__",
            "properties" : {
                "userName" : { "type" : "string", "nativeName" : "__NAME__", "required" : true },
                "givenName" : { "type" : "string", "nativeName" : "givenName" },
                "sn" : { "type" : "string", "nativeName" : "sn", "required" : true },
                "mail" : { "type" : "string", "nativeName" : "mail" },
                "employeeNumber" : { "type" : "string", "nativeName" : "employeeNumber" },
                "roles" : { "type" : "array", "items" : { "type" : "string" }, "nativeName" : "roles" },
                "description" : { "type" : "string", "nativeName" : "description" }
            }
        }
    }
})json";

// Five people; the file also has a column ("office") the provisioner file does not list.
const QByteArray People = "uid,givenName,sn,mail,employeeNumber,roles,description,office\r\n"
                          "bjensen,Barbara,Jensen,bjensen@example.com,1001,admin;staff,"
                          "\"Likes \"\"quotes\"\", commas\",B1\r\n"
                          "jsanchez,Jane,Sanchez,jsanchez@example.com,1002,staff,,B2\r\n"
                          "scarter,Steven,Carter,scarter@example.org,1003,,\"two\r\nlines\",B1\r\n"
                          "kvaughan,Kirsten,Vaughan,,1004,staff;hr,,B3\r\n"
                          "ajensen,Andy,Jensen,ajensen@example.com,1005,,,B2\r\n";

struct Fixture
{
    explicit Fixture(const QByteArray& csv = People, const QByteArray& provisioner = Provisioner)
        : files({{"conf/provisioner.openicf-people.json", provisioner}, {"data/people.csv", csv}})
    {
        registerBuiltinConnectors();
        QString error;
        project = Project::open(files.path(), &error);
        if (!project)
            qFatal("cannot open the test project: %s", qPrintable(error));
        ConnectorContext context;
        context.project = project.get();
        ConnectorError e;
        connector = ConnectorFactory(context).create(QStringLiteral("people"), &e);
        if (!connector)
            qFatal("no connector: %s", qPrintable(e.toString()));
    }
    QByteArray csv() const { return files.read(QStringLiteral("data/people.csv")); }
    QStringList ids(const QString& filter, QueryResult* result = nullptr,
                    ConnectorError* error = nullptr, int pageSize = 0, const QString& cookie = {})
    {
        QueryRequest request;
        request.objectType = QStringLiteral("account");
        request.queryFilter = filter;
        request.pageSize = pageSize;
        request.pagedResultsCookie = cookie;
        QStringList out;
        const ConnectorError e = connector->query(
            request,
            [&](const ConnectorObject& o) {
                out << o.value(QStringLiteral("_id")).toString();
                return true;
            },
            result);
        if (error)
            *error = e;
        else if (e.isError())
            qWarning("%s", qPrintable(e.toString()));
        return out;
    }

    TestProject files;
    std::unique_ptr<Project> project;
    std::unique_ptr<Connector> connector;
};

} // namespace

// The CSV connector against real files: the contract every connector keeps (query with every
// filter operator, paging, CRUD, schema, errors) and a file that keeps its bytes.
class TestCsvConnector : public QObject
{
    Q_OBJECT
private slots:
    void queryWithEveryOperator_data();
    void queryWithEveryOperator();
    void objectsCarryIdmNamesAndMultipleValues();
    void pagingAcrossPageBoundaries();
    void sinkStopsTheQuery();
    void fieldsSelectAttributes();
    void createReadUpdateDelete();
    void updateChangesOnlyThatRecordsLine();
    void failedWritesLeaveTheFileAsItWas();
    void batchIsOneRewrite();
    void schemaListsTheFileColumnsToo();
    void errors_data();
    void errors();
    void readsIdmGettingStartedSample();
    void keepsTheConnectorContract();
};

void TestCsvConnector::queryWithEveryOperator_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("ids");
    // Strings compare ignoring case, as IDM compares them; arrays match on any item.
    QTest::newRow("eq ignores case") << "/sn eq \"jensen\"" << QStringList{"bjensen", "ajensen"};
    QTest::newRow("eq on _id") << "/_id eq \"jsanchez\"" << QStringList{"jsanchez"};
    QTest::newRow("eq on an array item") << "/roles eq \"HR\"" << QStringList{"kvaughan"};
    QTest::newRow("co") << "/mail co \"example.ORG\"" << QStringList{"scarter"};
    QTest::newRow("co with escaped quotes")
        << "/description co \"\\\"quotes\\\", commas\"" << QStringList{"bjensen"};
    QTest::newRow("sw") << "/givenName sw \"J\"" << QStringList{"jsanchez"};
    QTest::newRow("sw on a multi-line value")
        << "/description sw \"two\"" << QStringList{"scarter"};
    QTest::newRow("gt") << "/employeeNumber gt \"1003\"" << QStringList{"kvaughan", "ajensen"};
    QTest::newRow("ge") << "/employeeNumber ge \"1003\""
                        << QStringList{"scarter", "kvaughan", "ajensen"};
    QTest::newRow("lt") << "/employeeNumber lt \"1002\"" << QStringList{"bjensen"};
    QTest::newRow("le") << "/employeeNumber le \"1002\"" << QStringList{"bjensen", "jsanchez"};
    // A CSV cell holds text: a number never equals it, as in IDM.
    QTest::newRow("number against text") << "/employeeNumber gt 1000" << QStringList{};
    QTest::newRow("pr (empty cell is no value)")
        << "/mail pr" << QStringList{"bjensen", "jsanchez", "scarter", "ajensen"};
    QTest::newRow("not") << "!(/mail pr)" << QStringList{"kvaughan"};
    QTest::newRow("and") << "/sn eq \"Jensen\" and /givenName eq \"andy\""
                         << QStringList{"ajensen"};
    QTest::newRow("or") << "/sn eq \"Carter\" or /roles eq \"hr\""
                        << QStringList{"scarter", "kvaughan"};
    QTest::newRow("true") << "true"
                          << QStringList{"bjensen", "jsanchez", "scarter", "kvaughan", "ajensen"};
    QTest::newRow("false") << "false" << QStringList{};
}

void TestCsvConnector::queryWithEveryOperator()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, ids);
    Fixture f;
    ConnectorError error;
    QCOMPARE(f.ids(filter, nullptr, &error), ids);
    QVERIFY2(!error.isError(), qPrintable(error.toString()));
}

void TestCsvConnector::objectsCarryIdmNamesAndMultipleValues()
{
    Fixture f;
    ConnectorObject o;
    QVERIFY(!f.connector->read("account", "bjensen", {}, &o).isError());
    QCOMPARE(o.value("_id").toString(), QString("bjensen"));
    QCOMPARE(o.value("userName").toString(), QString("bjensen")); // __NAME__ is headerUid
    QCOMPARE(o.value("roles").toArray(), (QJsonArray{"admin", "staff"}));
    QCOMPARE(o.value("description").toString(), QString("Likes \"quotes\", commas"));
    QVERIFY(!o.contains("office")); // not a property of the object type
    QVERIFY(!f.connector->read("account", "scarter", {}, &o).isError());
    QCOMPARE(o.value("description").toString(), QString("two\r\nlines"));
    QVERIFY(!o.contains("roles")); // an empty cell is no value
    QVERIFY(o.value("mail").isString());
    QVERIFY(!f.connector->read("account", "kvaughan", {}, &o).isError());
    QVERIFY(!o.contains("mail"));
}

void TestCsvConnector::pagingAcrossPageBoundaries()
{
    Fixture f;
    QueryResult r;
    QCOMPARE(f.ids("true", &r, nullptr, 2), (QStringList{"bjensen", "jsanchez"}));
    QCOMPARE(r.totalPagedResults, 5);
    QVERIFY(!r.pagedResultsCookie.isEmpty());
    QCOMPARE(f.ids("true", &r, nullptr, 2, r.pagedResultsCookie),
             (QStringList{"scarter", "kvaughan"}));
    QVERIFY(!r.pagedResultsCookie.isEmpty());
    QCOMPARE(f.ids("true", &r, nullptr, 2, r.pagedResultsCookie), QStringList{"ajensen"});
    QVERIFY(r.pagedResultsCookie.isEmpty()); // the last page
    QCOMPARE(r.count, 1);

    // Pages of the matches, not of the file.
    QCOMPARE(f.ids("/sn eq \"jensen\"", &r, nullptr, 1), QStringList{"bjensen"});
    QCOMPARE(r.totalPagedResults, 2);
    QCOMPARE(f.ids("/sn eq \"jensen\"", &r, nullptr, 1, r.pagedResultsCookie),
             QStringList{"ajensen"});
    QVERIFY(r.pagedResultsCookie.isEmpty());
}

void TestCsvConnector::sinkStopsTheQuery()
{
    Fixture f;
    QueryRequest request;
    request.objectType = "account";
    int seen = 0;
    QVERIFY(
        !f.connector->query(request, [&](const ConnectorObject&) { return ++seen < 2; }).isError());
    QCOMPARE(seen, 2);
}

void TestCsvConnector::fieldsSelectAttributes()
{
    Fixture f;
    QueryRequest request;
    request.objectType = "account";
    request.queryFilter = "/givenName eq \"Jane\""; // filters on a field that is not returned
    request.fields = QStringList{"mail"};
    QVector<ConnectorObject> objects;
    QVERIFY(!f.connector
                 ->query(request,
                         [&](const ConnectorObject& o) {
                             objects << o;
                             return true;
                         })
                 .isError());
    QCOMPARE(objects.size(), 1);
    QCOMPARE(objects.at(0),
             (ConnectorObject{{"_id", "jsanchez"}, {"mail", "jsanchez@example.com"}}));
}

void TestCsvConnector::createReadUpdateDelete()
{
    Fixture f;
    ConnectorObject created;
    const QJsonObject nina{{"userName", "nnew"},
                           {"sn", "New"},
                           {"givenName", "Nina"},
                           {"roles", QJsonArray{"a", "b"}}};
    ConnectorError e = f.connector->create("account", nina, &created);
    QVERIFY2(!e.isError(), qPrintable(e.toString()));
    QCOMPARE(created.value("_id").toString(), QString("nnew"));
    // Appended in the file's style (CRLF), after the untouched records.
    QCOMPARE(f.csv(), People + "nnew,Nina,New,,,a;b,,\r\n");

    ConnectorObject read;
    QVERIFY(!f.connector->read("account", "nnew", {}, &read).isError());
    QCOMPARE(read.value("roles").toArray(), (QJsonArray{"a", "b"}));
    QCOMPARE(read, created);

    ConnectorObject updated;
    e = f.connector->update("account", "nnew",
                            {{"mail", "nina@example.com"}, {"roles", QJsonValue()}}, {}, &updated);
    QVERIFY2(!e.isError(), qPrintable(e.toString()));
    QCOMPARE(updated.value("mail").toString(), QString("nina@example.com"));
    QVERIFY(!updated.contains("roles"));
    QCOMPARE(updated.value("givenName").toString(), QString("Nina")); // untouched
    QCOMPARE(f.csv(), People + "nnew,Nina,New,nina@example.com,,,,\r\n");

    QVERIFY(!f.connector->remove("account", "nnew", {}).isError());
    QCOMPARE(f.csv(), People);
    QCOMPARE(f.connector->read("account", "nnew", {}, &read).kind, ConnectorError::Kind::NotFound);
    QCOMPARE(f.connector->remove("account", "nnew", {}).kind, ConnectorError::Kind::NotFound);
}

void TestCsvConnector::updateChangesOnlyThatRecordsLine()
{
    Fixture f;
    QVERIFY(!f.connector->update("account", "bjensen", {{"description", "Plain now"}}, {}, nullptr)
                 .isError());
    QCOMPARE(syncstudio::test::lineDiff(People, f.csv()),
             (QStringList{"-bjensen,Barbara,Jensen,bjensen@example.com,1001,admin;staff,"
                          "\"Likes \"\"quotes\"\", commas\",B1\r",
                          "+bjensen,Barbara,Jensen,bjensen@example.com,1001,admin;staff,"
                          "Plain now,B1\r"}));
    // The file is read again when another program changes it.
    QByteArray edited = f.csv();
    edited.replace("scarter,Steven,Carter,", "scarter,Steven,Carter-Smith,");
    QFile file(f.files.filePath("data/people.csv"));
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(edited) == edited.size());
    file.close();
    ConnectorObject o;
    QVERIFY(!f.connector->read("account", "scarter", {}, &o).isError());
    QCOMPARE(o.value("sn").toString(), QString("Carter-Smith"));
    QCOMPARE(o.value("description").toString(), QString("two\r\nlines"));
    // ... and a write after that keeps the other program's change.
    QVERIFY(!f.connector->update("account", "ajensen", {{"givenName", "Andrew"}}, {}, nullptr)
                 .isError());
    QVERIFY(f.csv().contains("scarter,Steven,Carter-Smith,"));
    QVERIFY(f.csv().contains("ajensen,Andrew,Jensen,"));
}

void TestCsvConnector::failedWritesLeaveTheFileAsItWas()
{
    Fixture f;
    // Duplicate key, missing required attribute, unknown attribute, several values without a
    // delimiter are refused before anything is written.
    QCOMPARE(f.connector->create("account", {{"userName", "bjensen"}, {"sn", "X"}}, nullptr).kind,
             ConnectorError::Kind::AlreadyExists);
    QCOMPARE(f.connector->create("account", {{"userName", "x1"}}, nullptr).kind,
             ConnectorError::Kind::InvalidObject);
    const ConnectorError unknown =
        f.connector->create("account", {{"userName", "x2"}, {"sn", "X"}, {"shoe", "9"}}, nullptr);
    QCOMPARE(unknown.kind, ConnectorError::Kind::InvalidObject);
    QVERIFY2(unknown.message.contains("\"shoe\""), qPrintable(unknown.message));
    QCOMPARE(
        f.connector->update("account", "jsanchez", {{"userName", "bjensen"}}, {}, nullptr).kind,
        ConnectorError::Kind::AlreadyExists);
    QCOMPARE(f.csv(), People);
}

void TestCsvConnector::batchIsOneRewrite()
{
    Fixture f;
    Change create;
    create.operation = Change::Operation::Create;
    create.objectType = "account";
    create.object = {{"userName", "zz"}, {"sn", "Zed"}};
    Change update;
    update.objectType = "account";
    update.id = "zz"; // the record created by the change before it
    update.object = {{"givenName", "Zoe"}};
    Change remove;
    remove.operation = Change::Operation::Delete;
    remove.objectType = "account";
    remove.id = "jsanchez";
    Change bad = remove;
    bad.id = "nobody";
    const QVector<ChangeResult> results = f.connector->apply({create, update, remove, bad});
    QCOMPARE(results.size(), 4);
    QVERIFY(!results.at(0).error.isError());
    QVERIFY2(!results.at(1).error.isError(), qPrintable(results.at(1).error.toString()));
    QCOMPARE(results.at(1).object.value("givenName").toString(), QString("Zoe"));
    QVERIFY(!results.at(2).error.isError());
    QCOMPARE(results.at(3).error.kind, ConnectorError::Kind::NotFound);
    QCOMPARE(f.ids("true"), (QStringList{"bjensen", "scarter", "kvaughan", "ajensen", "zz"}));
    QVERIFY(f.csv().endsWith(
        "ajensen,Andy,Jensen,ajensen@example.com,1005,,,B2\r\nzz,Zoe,Zed,,,,,\r\n"));
}

void TestCsvConnector::schemaListsTheFileColumnsToo()
{
    Fixture f;
    QVector<ObjectTypeInfo> types;
    QVERIFY(!f.connector->schema(&types).isError());
    QCOMPARE(types.size(), 1);
    const ObjectTypeInfo& account = types.at(0);
    QCOMPARE(account.name, QString("account"));
    QCOMPARE(account.nativeName, QString("__ACCOUNT__"));
    QVERIFY(account.attribute("userName"));
    QCOMPARE(account.attribute("userName")->nativeName, QString("uid"));
    QVERIFY(account.attribute("userName")->required);
    QVERIFY(account.attribute("roles")->multiValued);
    QVERIFY(!account.attribute("roles")->fromServerOnly);
    QVERIFY(account.attribute("office"));
    QVERIFY(account.attribute("office")->fromServerOnly);
}

void TestCsvConnector::errors_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("filter");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("message");
    using K = ConnectorError::Kind;
    QTest::newRow("missing file") << QByteArray() << "true" << int(K::ConnectionFailed)
                                  << "data/people.csv";
    QTest::newRow("malformed CSV names the line")
        << QByteArray("uid,givenName,sn,mail,employeeNumber,roles,description,office\n"
                      "a,b,c,d,e,f,g,h\n"
                      "x,\"unclosed,c,d,e,f,g,h\n")
        << "true" << int(K::InvalidObject) << "people.csv:3:3: the quoted field";
    QTest::newRow("too few fields names the line")
        << QByteArray("uid,givenName,sn,mail,employeeNumber,roles,description,office\n"
                      "a,b,c,d,e,f,g,h\n\"multi\nline\",b,c,d,e,f,g,h\nz,y\n")
        << "true" << int(K::InvalidObject) << "people.csv:5:1: 2 field(s), the header has 8";
    QTest::newRow("no uid column") << QByteArray("id,givenName\n1,a\n") << "true"
                                   << int(K::InvalidConfiguration) << "no column \"uid\"";
    QTest::newRow("bad filter names the column")
        << People << "/sn eq \"x\" and" << int(K::InvalidFilter) << "column 15";
    QTest::newRow("unknown operator")
        << People << "/sn eqq \"x\"" << int(K::InvalidFilter) << "'eqq'";
}

void TestCsvConnector::errors()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, filter);
    QFETCH(int, kind);
    QFETCH(QString, message);
    Fixture f(csv);
    if (csv.isEmpty())
        QFile::remove(f.files.filePath("data/people.csv"));
    QueryResult r;
    ConnectorError e;
    QCOMPARE(f.ids(filter, &r, &e), QStringList{});
    QCOMPARE(int(e.kind), kind);
    QVERIFY2(e.message.contains(message), qPrintable(e.toString()));
    QVERIFY(!e.hint.isEmpty());
    QCOMPARE(int(f.connector->test().kind),
             filter == "true" ? kind : int(ConnectorError::Kind::None));
}

void TestCsvConnector::readsIdmGettingStartedSample()
{
    registerBuiltinConnectors();
    QString error;
    const auto project =
        Project::open(QStringLiteral(SYNCSTUDIO_CORPUS_DIR "/openidm/getting-started"), &error);
    QVERIFY2(project, qPrintable(error));
    ConnectorContext context;
    context.project = project.get();
    ConnectorError e;
    const auto hr = ConnectorFactory(context).create("hr", &e);
    QVERIFY2(hr, qPrintable(e.toString()));
    QueryRequest request;
    request.objectType = "account";
    request.queryFilter = "/lastName sw \"s\""; // Sanchez, not Jensen or Carter
    QVector<ConnectorObject> objects;
    e = hr->query(request, [&](const ConnectorObject& o) {
        objects << o;
        return true;
    });
    QVERIFY2(!e.isError(), qPrintable(e.toString()));
    QCOMPARE(objects.size(), 1);
    QCOMPARE(objects.at(0).value("_id").toString(), QString("JSANCHEZ"));
    QCOMPARE(objects.at(0).value("email").toString(), QString("jsanchez@example.com"));
    QCOMPARE(objects.at(0).value("employeeNumber").toString(), QString("234567"));
}

void TestCsvConnector::keepsTheConnectorContract()
{
    namespace contract = syncstudio::test::contract;
    Fixture f;
    Connector& c = *f.connector;
    contract::checkQuery(c, "account", "/sn eq \"jensen\"", "_id", {"ajensen", "bjensen"});
    if (QTest::currentTestFailed())
        return;
    contract::checkQuery(c, "account", "/roles eq \"staff\" and !(/mail pr)", "_id", {"kvaughan"});
    if (QTest::currentTestFailed())
        return;
    contract::checkPaging(c, "account", "true", "_id", 2,
                          {"ajensen", "bjensen", "jsanchez", "kvaughan", "scarter"});
    if (QTest::currentTestFailed())
        return;
    contract::checkEarlyStop(c, "account", 3);
    if (QTest::currentTestFailed())
        return;
    contract::checkFieldSelection(c, "account", "true", {"mail", "sn"});
    if (QTest::currentTestFailed())
        return;
    // The other client: a second connector on the same file.
    ConnectorContext context;
    context.project = f.project.get();
    const auto other = ConnectorFactory(context).create("people", nullptr);
    contract::CrudCase crud;
    crud.objectType = "account";
    crud.object = {{"userName", "crud1"}, {"sn", "Crud"}, {"givenName", "Carl"}};
    crud.changes = {{"sn", "Crudder"}, {"givenName", QJsonValue()}};
    crud.concurrentEdit = {{"mail", "carl@example.com"}};
    crud.editConcurrently = [&other](const QString& id, const QJsonObject& values) {
        const ConnectorError e = other->update("account", id, values, {}, nullptr);
        QVERIFY2(!e.isError(), qPrintable(e.toString()));
    };
    contract::checkCreateReadUpdateDelete(c, crud);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(f.csv(), People); // back to where it started
    contract::checkSchema(c, "account", {{"roles", true}, {"sn", false}, {"office", false}},
                          {"office"});
    if (QTest::currentTestFailed())
        return;
    QFile::remove(f.files.filePath("data/people.csv"));
    contract::checkError(c.test(), ConnectorError::Kind::ConnectionFailed,
                         {f.files.filePath("data/people.csv")});
}

QTEST_GUILESS_MAIN(TestCsvConnector)
#include "TestCsvConnector.moc"
