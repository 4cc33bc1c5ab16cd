// The connector contract for managed/<type>: schema from conf/managed.json, every CREST
// filter operator run in SQL, paging across page boundaries, field selection, create / read /
// update / delete with revisions, batches, and the errors a user meets. Runs against SQLite
// and a real PostgreSQL (see RepoTestBackend).
#include "ConnectorContract.h"
#include "RepoTestBackend.h"
#include "TestProject.h"
#include "config/Project.h"
#include "repo/ManagedObjectConnector.h"
#include "repo/ManagedObjectSchema.h"
#include "repo/Repository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUuid>

using namespace syncstudio;
using connectors::ConnectorError;
using connectors::ConnectorObject;
using Kind = connectors::ConnectorError::Kind;

namespace {

const QByteArray ManagedJson = R"({
    "objects" : [
        {
            "name" : "user",
            "schema" : {
                "type" : "object",
                "properties" : {
                    "_id" : { "type" : "string" },
                    "userName" : { "type" : "string" },
                    "givenName" : { "type" : "string" },
                    "sn" : { "type" : "string" },
                    "mail" : { "type" : [ "string", "null" ] },
                    "age" : { "type" : "number" },
                    "active" : { "type" : "boolean" },
                    "roles" : { "type" : "array", "items" : { "type" : "string" } },
                    "address" : { "type" : "object" }
                },
                "required" : [ "userName", "sn" ]
            }
        },
        {
            "name" : "role",
            "schema" : { "properties" : { "name" : { "type" : "string" } } }
        }
    ]
})";

QJsonObject json(const char* text)
{
    return QJsonDocument::fromJson(text).object();
}

// Five users that differ in the ways filters care about: u4 has "roles" as a single string
// and no "active", u5 holds "34" and "true" as strings, u3 has a null mail and no address.
const QVector<QJsonObject>& users()
{
    static const QVector<QJsonObject> list{
        json(R"({"_id": "u1", "userName": "bjensen", "givenName": "Barbara", "sn": "Jensen",
                 "mail": "bjensen@example.com", "age": 34, "active": true,
                 "roles": ["admin", "staff"], "address": {"city": "Oslo"}})"),
        json(R"({"_id": "u2", "userName": "jdoe", "givenName": "John", "sn": "Doe",
                 "mail": "jdoe@example.org", "age": 27, "active": false, "roles": ["staff"],
                 "address": {"city": "Bergen"}})"),
        json(R"({"_id": "u3", "userName": "asmith", "givenName": "Alice", "sn": "Smith",
                 "mail": null, "age": 41.5, "active": true, "roles": []})"),
        json(R"({"_id": "u4", "userName": "Bjorn", "givenName": "Bjorn", "sn": "Berg",
                 "mail": "bjorn@example.com", "age": 34, "roles": "admin"})"),
        json(R"({"_id": "u5", "userName": "zed", "givenName": "Zed", "sn": "Zulu", "age": "34",
                 "active": "true"})"),
    };
    return list;
}

} // namespace

class TestManagedObjectConnector : public QObject
{
    Q_OBJECT

private:
    test::RepoTestBackend m_backend;
    std::unique_ptr<test::TestProject> m_projectDir;
    std::unique_ptr<config::Project> m_project;
    std::unique_ptr<repo::Repository> m_repository;
    std::unique_ptr<repo::ManagedObjectConnector> m_connector;

    QStringList queryIds(const connectors::QueryRequest& request, ConnectorError* error = nullptr,
                         connectors::QueryResult* result = nullptr)
    {
        QStringList ids;
        const ConnectorError e = m_connector->query(
            request,
            [&](const ConnectorObject& o) {
                ids << o.value(QStringLiteral("_id")).toString();
                return true;
            },
            result);
        if (error)
            *error = e;
        else if (e.isError())
            qWarning("%s", qPrintable(e.toString()));
        return ids;
    }
    void createUsers()
    {
        for (const QJsonObject& u : users()) {
            const ConnectorError e = m_connector->create(QStringLiteral("user"), u, nullptr);
            QVERIFY2(!e.isError(), qPrintable(e.toString()));
        }
    }
    void createRoles(int n)
    {
        QVector<connectors::Change> batch;
        for (int i = 0; i < n; ++i) {
            connectors::Change c;
            c.operation = connectors::Change::Operation::Create;
            c.objectType = QStringLiteral("role");
            c.object = QJsonObject{
                {QStringLiteral("_id"), QStringLiteral("r%1").arg(i, 2, 10, QLatin1Char('0'))},
                {QStringLiteral("name"), QStringLiteral("role %1").arg(i)}};
            batch << c;
        }
        for (const connectors::ChangeResult& r : m_connector->apply(batch))
            QVERIFY2(!r.error.isError(), qPrintable(r.error.toString()));
    }
    static QStringList roleIds(int from, int to)
    {
        QStringList out;
        for (int i = from; i < to; ++i)
            out << QStringLiteral("r%1").arg(i, 2, 10, QLatin1Char('0'));
        return out;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_backend.init(&error), qPrintable(error));
        m_projectDir = std::make_unique<test::TestProject>(
            QMap<QString, QByteArray>{{QStringLiteral("conf/managed.json"), ManagedJson}});
        m_project = config::Project::open(m_projectDir->path(), &error);
        QVERIFY2(m_project, qPrintable(error));
    }
    void cleanupTestCase() { m_backend.cleanup(); }
    void init()
    {
        m_connector.reset();
        m_repository.reset();
        repo::RepositoryError error;
        m_repository =
            repo::Repository::open(m_backend.freshSettings(), m_backend.secrets(), &error);
        QVERIFY2(m_repository, qPrintable(error.toString()));
        m_connector = std::make_unique<repo::ManagedObjectConnector>(
            *m_repository, repo::managedObjectTypes(*m_project));
    }

    void schemaComesFromManagedJson()
    {
        QVector<connectors::ObjectTypeInfo> types;
        QVERIFY(!m_connector->schema(&types).isError());
        QCOMPARE(types.size(), 2);
        QCOMPARE(types[0].name, QStringLiteral("user"));
        QCOMPARE(types[1].name, QStringLiteral("role"));
        QStringList names;
        for (const auto& a : types[0].attributes)
            names << a.name;
        // The file's order, not QJsonObject's alphabetical one.
        QCOMPARE(names, (QStringList{"_id", "userName", "givenName", "sn", "mail", "age", "active",
                                     "roles", "address"}));
        const auto* mail = types[0].attribute(QStringLiteral("mail"));
        QCOMPARE(mail->type, QStringLiteral("string")); // ["string", "null"]
        QVERIFY(!mail->required);
        QVERIFY(types[0].attribute(QStringLiteral("userName"))->required);
        QVERIFY(types[0].attribute(QStringLiteral("roles"))->multiValued);
        QVERIFY(!types[0].attribute(QStringLiteral("age"))->multiValued);
        QCOMPARE(types[0].attribute(QStringLiteral("age"))->type, QStringLiteral("number"));
    }

    void queryRunsEveryOperatorInTheDatabase_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QStringList>("expected");
        const auto ids = [](std::initializer_list<const char*> list) {
            QStringList out;
            for (const char* s : list)
                out << QLatin1String(s);
            return out;
        };
        QTest::newRow("eq string") << "userName eq \"bjensen\"" << ids({"u1"});
        QTest::newRow("eq is case-sensitive") << "userName eq \"BJENSEN\"" << ids({});
        QTest::newRow("eq number (not the string \"34\")") << "age eq 34" << ids({"u1", "u4"});
        QTest::newRow("eq string (not the number 34)") << "age eq \"34\"" << ids({"u5"});
        QTest::newRow("eq decimal") << "age eq 41.5" << ids({"u3"});
        QTest::newRow("eq true (not the string)") << "active eq true" << ids({"u1", "u3"});
        QTest::newRow("eq false") << "active eq false" << ids({"u2"});
        QTest::newRow("eq an item of an array or the single value")
            << "roles eq \"admin\"" << ids({"u1", "u4"});
        QTest::newRow("eq item") << "roles eq \"staff\"" << ids({"u1", "u2"});
        QTest::newRow("eq null matches nothing") << "userName eq null" << ids({});
        QTest::newRow("co") << "mail co \"example.com\"" << ids({"u1", "u4"});
        QTest::newRow("co in the middle") << "givenName co \"o\"" << ids({"u2", "u4"});
        QTest::newRow("co on a number is equality") << "age co 27" << ids({"u2"});
        QTest::newRow("sw") << "mail sw \"bj\"" << ids({"u1", "u4"});
        QTest::newRow("sw is case-sensitive") << "userName sw \"B\"" << ids({"u4"});
        QTest::newRow("gt number") << "age gt 34" << ids({"u3"});
        QTest::newRow("ge number") << "age ge 34" << ids({"u1", "u3", "u4"});
        QTest::newRow("lt number") << "age lt 34" << ids({"u2"});
        QTest::newRow("le number") << "age le 27" << ids({"u2"});
        QTest::newRow("gt string, code point order") << "sn gt \"Jensen\"" << ids({"u3", "u5"});
        QTest::newRow("le string") << "sn le \"Doe\"" << ids({"u2", "u4"});
        QTest::newRow("gt string against string values only") << "age gt \"30\"" << ids({"u5"});
        QTest::newRow("pr (null is absent)") << "mail pr" << ids({"u1", "u2", "u4"});
        QTest::newRow("pr on an empty array") << "roles pr" << ids({"u1", "u2", "u3", "u4"});
        QTest::newRow("not pr") << "!(mail pr)" << ids({"u3", "u5"});
        QTest::newRow("not includes missing and other types")
            << "!(active eq true)" << ids({"u2", "u4", "u5"});
        QTest::newRow("not of a comparison with null")
            << "!(userName eq null)" << ids({"u1", "u2", "u3", "u4", "u5"});
        QTest::newRow("and") << "age eq 34 and active eq true" << ids({"u1"});
        QTest::newRow("or") << "roles eq \"staff\" or sn eq \"Berg\"" << ids({"u1", "u2", "u4"});
        QTest::newRow("and binds tighter than or")
            << "sn eq \"Zulu\" or age eq 34 and active eq true" << ids({"u1", "u5"});
        QTest::newRow("parentheses") << "((sn eq \"Doe\"))" << ids({"u2"});
        QTest::newRow("true") << "true" << ids({"u1", "u2", "u3", "u4", "u5"});
        QTest::newRow("false") << "false" << ids({});
        QTest::newRow("nested field") << "address/city eq \"Oslo\"" << ids({"u1"});
        QTest::newRow("nested field with slash") << "/address/city sw \"B\"" << ids({"u2"});
        QTest::newRow("_id") << "_id eq \"u3\"" << ids({"u3"});
        QTest::newRow("_id range") << "_id ge \"u2\" and _id lt \"u4\"" << ids({"u2", "u3"});
        QTest::newRow("_rev") << "_rev eq \"1\"" << ids({"u1", "u2", "u3", "u4", "u5"});
        QTest::newRow("a quote in a value is data, not SQL") << "sn eq \"x' OR '1'='1\"" << ids({});
    }
    void queryRunsEveryOperatorInTheDatabase()
    {
        QFETCH(QString, filter);
        QFETCH(QStringList, expected);
        createUsers();
        connectors::QueryRequest request;
        request.objectType = QStringLiteral("user");
        request.queryFilter = filter;
        ConnectorError error;
        const QStringList ids = queryIds(request, &error);
        QVERIFY2(!error.isError(), qPrintable(error.toString()));
        QCOMPARE(ids, expected); // in _id order
    }

    void pagingCrossesPageBoundaries_data()
    {
        QTest::addColumn<int>("objects");
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<QList<int>>("pages");
        QTest::newRow("25 by 10") << 25 << 10 << QList<int>{10, 10, 5};
        QTest::newRow("20 by 10: no empty last page") << 20 << 10 << QList<int>{10, 10};
        QTest::newRow("25 by 24") << 25 << 24 << QList<int>{24, 1};
        QTest::newRow("3 by 10") << 3 << 10 << QList<int>{3};
    }
    void pagingCrossesPageBoundaries()
    {
        QFETCH(int, objects);
        QFETCH(int, pageSize);
        QFETCH(QList<int>, pages);
        createRoles(objects);
        m_connector->setBatchSize(4); // pages larger than the connector's own batches too
        connectors::QueryRequest request;
        request.objectType = QStringLiteral("role");
        request.pageSize = pageSize;
        QStringList all;
        QList<int> sizes;
        for (int guard = 0; guard < 10; ++guard) {
            connectors::QueryResult result;
            const QStringList page = queryIds(request, nullptr, &result);
            QCOMPARE(result.count, page.size());
            sizes << page.size();
            all << page;
            if (result.pagedResultsCookie.isEmpty())
                break;
            QCOMPARE(result.pagedResultsCookie, page.last());
            request.pagedResultsCookie = result.pagedResultsCookie;
        }
        QCOMPARE(sizes, pages);
        QCOMPARE(all, roleIds(0, objects)); // each once, in order
    }

    void pagingByOffset()
    {
        createRoles(25);
        connectors::QueryRequest request;
        request.objectType = QStringLiteral("role");
        request.pageSize = 10;
        request.pagedResultsOffset = 20;
        connectors::QueryResult result;
        QCOMPARE(queryIds(request, nullptr, &result), roleIds(20, 25));
        QVERIFY(result.pagedResultsCookie.isEmpty());
        request.pagedResultsOffset = 5;
        QCOMPARE(queryIds(request, nullptr, &result), roleIds(5, 15));
        QCOMPARE(result.pagedResultsCookie, QStringLiteral("r14"));
    }

    void queryStreamsInBatchesAndStopsWhenAsked()
    {
        createRoles(25);
        m_connector->setBatchSize(4);
        connectors::QueryRequest request;
        request.objectType = QStringLiteral("role");
        QCOMPARE(queryIds(request), roleIds(0, 25));
        int seen = 0;
        connectors::QueryResult result;
        const ConnectorError e = m_connector->query(
            request, [&](const ConnectorObject&) { return ++seen < 3; }, &result);
        QVERIFY(!e.isError());
        QCOMPARE(seen, 3);
        QCOMPARE(result.count, 3);
        // The sink may write through the same connector while a query streams.
        seen = 0;
        QVERIFY(!m_connector
                     ->query(request,
                             [&](const ConnectorObject& o) {
                                 ++seen;
                                 return !m_connector
                                             ->update(QStringLiteral("role"),
                                                      o.value(QStringLiteral("_id")).toString(),
                                                      {{QStringLiteral("seen"), true}}, {}, nullptr)
                                             .isError();
                             })
                     .isError());
        QCOMPARE(seen, 25);
        request.queryFilter = QStringLiteral("seen eq true");
        QCOMPARE(queryIds(request).size(), 25);
    }

    void fieldSelection()
    {
        createUsers();
        ConnectorObject o;
        QVERIFY(!m_connector
                     ->read(QStringLiteral("user"), QStringLiteral("u1"),
                            {QStringLiteral("userName"), QStringLiteral("/mail")}, &o)
                     .isError());
        QCOMPARE(o, json(R"({"_id": "u1", "_rev": "1", "userName": "bjensen",
                              "mail": "bjensen@example.com"})"));
        connectors::QueryRequest request;
        request.objectType = QStringLiteral("user");
        request.queryFilter = QStringLiteral("_id eq \"u2\"");
        request.fields = QStringList{QStringLiteral("sn")};
        QVector<ConnectorObject> got;
        QVERIFY(!m_connector
                     ->query(request,
                             [&](const ConnectorObject& x) {
                                 got << x;
                                 return true;
                             })
                     .isError());
        QCOMPARE(got.size(), 1);
        QCOMPARE(got[0], json(R"({"_id": "u2", "_rev": "1", "sn": "Doe"})"));
    }

    void createReadUpdateDeleteWithRevisions()
    {
        ConnectorObject created;
        ConnectorError e = m_connector->create(
            QStringLiteral("user"),
            json(R"({"userName": "new", "sn": "New", "givenName": "N", "mail": "n@x"})"), &created);
        QVERIFY2(!e.isError(), qPrintable(e.toString()));
        const QString id = created.value(QStringLiteral("_id")).toString();
        QVERIFY2(!QUuid::fromString(id).isNull(), qPrintable(id)); // generated
        QCOMPARE(created.value(QStringLiteral("_rev")).toString(), QStringLiteral("1"));

        ConnectorObject read;
        QVERIFY(!m_connector->read(QStringLiteral("user"), id, {}, &read).isError());
        QCOMPARE(read, created);

        // Only the given attributes change; null removes one.
        ConnectorObject updated;
        e = m_connector->update(QStringLiteral("user"), id,
                                json(R"({"mail": "new@x", "givenName": null})"),
                                QStringLiteral("1"), &updated);
        QVERIFY2(!e.isError(), qPrintable(e.toString()));
        QCOMPARE(updated, QJsonObject({{QStringLiteral("_id"), id},
                                       {QStringLiteral("_rev"), QStringLiteral("2")},
                                       {QStringLiteral("userName"), QStringLiteral("new")},
                                       {QStringLiteral("sn"), QStringLiteral("New")},
                                       {QStringLiteral("mail"), QStringLiteral("new@x")}}));
        QVERIFY(!m_connector->read(QStringLiteral("user"), id, {}, &read).isError());
        QCOMPARE(read, updated);

        // A stale revision is refused and changes nothing.
        e = m_connector->update(QStringLiteral("user"), id, json(R"({"mail": "stale@x"})"),
                                QStringLiteral("1"), nullptr);
        QCOMPARE(e.kind, Kind::InvalidObject);
        QVERIFY2(e.message.contains(QStringLiteral("revision 1 was expected, it is at 2")),
                 qPrintable(e.message));
        QVERIFY(!m_connector->read(QStringLiteral("user"), id, {}, &read).isError());
        QCOMPARE(read.value(QStringLiteral("mail")).toString(), QStringLiteral("new@x"));

        // Without a revision the update applies to whatever is there.
        QVERIFY(
            !m_connector->update(QStringLiteral("user"), id, json(R"({"age": 5})"), {}, &updated)
                 .isError());
        QCOMPARE(updated.value(QStringLiteral("_rev")).toString(), QStringLiteral("3"));

        QCOMPARE(m_connector->remove(QStringLiteral("user"), id, QStringLiteral("2")).kind,
                 Kind::InvalidObject);
        QVERIFY(!m_connector->read(QStringLiteral("user"), id, {}, nullptr).isError());
        QVERIFY(!m_connector->remove(QStringLiteral("user"), id, QStringLiteral("3")).isError());
        e = m_connector->read(QStringLiteral("user"), id, {}, nullptr);
        QCOMPARE(e.kind, Kind::NotFound);
        QVERIFY2(e.message.contains(QStringLiteral("managed/user/") + id), qPrintable(e.message));
        QCOMPARE(m_connector->remove(QStringLiteral("user"), id, {}).kind, Kind::NotFound);
        QCOMPARE(
            m_connector->update(QStringLiteral("user"), id, json(R"({"a": 1})"), {}, nullptr).kind,
            Kind::NotFound);
    }

    void writesThatCannotBeDone_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QByteArray>("object");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("create with an _id that exists")
            << "create"
            << "user"
            << "" << QByteArray(R"({"_id": "u1", "userName": "x", "sn": "x"})")
            << int(Kind::AlreadyExists) << "managed/user/u1 already exists";
        QTest::newRow("create without a required attribute")
            << "create"
            << "user"
            << "" << QByteArray(R"({"sn": "x"})") << int(Kind::InvalidObject)
            << "the required attribute \"userName\" has no value";
        QTest::newRow("update removing a required attribute")
            << "update"
            << "user"
            << "u1" << QByteArray(R"({"sn": null})") << int(Kind::InvalidObject)
            << "the required attribute \"sn\" has no value";
        QTest::newRow("a type managed.json does not declare")
            << "create"
            << "device"
            << "" << QByteArray(R"({"name": "x"})") << int(Kind::NotFound)
            << "managed/device is not a managed object type of this project";
    }
    void writesThatCannotBeDone()
    {
        QFETCH(QString, operation);
        QFETCH(QString, type);
        QFETCH(QString, id);
        QFETCH(QByteArray, object);
        QFETCH(int, kind);
        QFETCH(QString, message);
        createUsers();
        const QJsonObject o = QJsonDocument::fromJson(object).object();
        const ConnectorError e = operation == QLatin1String("create")
                                     ? m_connector->create(type, o, nullptr)
                                     : m_connector->update(type, id, o, {}, nullptr);
        QCOMPARE(int(e.kind), kind);
        QVERIFY2(e.message.contains(message), qPrintable(e.message));
        QVERIFY(!e.hint.isEmpty());
        // Nothing changed.
        ConnectorObject u1;
        QVERIFY(
            !m_connector->read(QStringLiteral("user"), QStringLiteral("u1"), {}, &u1).isError());
        QCOMPARE(u1.value(QStringLiteral("_rev")).toString(), QStringLiteral("1"));
        QCOMPARE(u1.value(QStringLiteral("sn")).toString(), QStringLiteral("Jensen"));
    }

    void aBatchReportsEachChange()
    {
        createUsers();
        QVector<connectors::Change> batch(4);
        batch[0].operation = connectors::Change::Operation::Create;
        batch[0].objectType = QStringLiteral("user");
        batch[0].object = json(R"({"_id": "u9", "userName": "nine", "sn": "Nine"})");
        batch[1].operation = connectors::Change::Operation::Update;
        batch[1].objectType = QStringLiteral("user");
        batch[1].id = QStringLiteral("missing");
        batch[1].object = json(R"({"sn": "x"})");
        batch[2].operation = connectors::Change::Operation::Create; // a duplicate: a SQL error
        batch[2].objectType = QStringLiteral("user");
        batch[2].object = json(R"({"_id": "u2", "userName": "dup", "sn": "Dup"})");
        batch[3].operation = connectors::Change::Operation::Delete;
        batch[3].objectType = QStringLiteral("user");
        batch[3].id = QStringLiteral("u1");
        const QVector<connectors::ChangeResult> results = m_connector->apply(batch);
        QCOMPARE(results.size(), 4);
        QVERIFY(!results[0].error.isError());
        QCOMPARE(results[0].object.value(QStringLiteral("_id")).toString(), QStringLiteral("u9"));
        QCOMPARE(results[1].error.kind, Kind::NotFound);
        QCOMPARE(results[2].error.kind, Kind::AlreadyExists);
        QVERIFY2(!results[3].error.isError(), qPrintable(results[3].error.toString()));
        // The changes that succeeded are kept, even after the failed ones.
        connectors::QueryRequest request;
        request.objectType = QStringLiteral("user");
        QCOMPARE(queryIds(request), (QStringList{"u2", "u3", "u4", "u5", "u9"}));
        ConnectorObject u2;
        QVERIFY(
            !m_connector->read(QStringLiteral("user"), QStringLiteral("u2"), {}, &u2).isError());
        QCOMPARE(u2.value(QStringLiteral("userName")).toString(), QStringLiteral("jdoe"));
    }

    void aBadFilterSaysWhere()
    {
        connectors::QueryRequest request;
        request.objectType = QStringLiteral("user");
        request.queryFilter = QStringLiteral("userName eqq \"x\"");
        ConnectorError e;
        queryIds(request, &e);
        QCOMPARE(e.kind, Kind::InvalidFilter);
        QVERIFY2(e.message.contains(QStringLiteral("column 10")), qPrintable(e.message));
        QVERIFY2(e.message.contains(QStringLiteral("userName eqq")), qPrintable(e.message));
        request.queryFilter = QStringLiteral("userName eq \"x\"");
        request.objectType = QStringLiteral("device");
        queryIds(request, &e);
        QCOMPARE(e.kind, Kind::NotFound);
    }

    void anUnreachableRepository()
    {
        repo::Repository down(m_backend.unreachableSettings(), m_backend.secrets());
        repo::ManagedObjectConnector connector(down, repo::managedObjectTypes(*m_project));
        ConnectorError e = connector.test();
        QCOMPARE(e.kind, Kind::ConnectionFailed);
        QVERIFY(!e.hint.isEmpty());
        connectors::QueryRequest request;
        request.objectType = QStringLiteral("user");
        e = connector.query(request, [](const ConnectorObject&) { return true; });
        QCOMPARE(e.kind, Kind::ConnectionFailed);
        QCOMPARE(
            connector
                .create(QStringLiteral("user"), json(R"({"userName": "x", "sn": "x"})"), nullptr)
                .kind,
            Kind::ConnectionFailed);
    }

    void aWrongPassword()
    {
        if (!m_backend.isPostgres())
            QSKIP("SQLite has no password");
        repo::Repository repository(m_backend.freshSettings(), m_backend.wrongSecrets());
        repo::ManagedObjectConnector connector(repository, repo::managedObjectTypes(*m_project));
        const ConnectorError e = connector.test();
        QCOMPARE(e.kind, Kind::AuthenticationFailed);
        QVERIFY2(e.message.contains(QStringLiteral("refused the password of user")),
                 qPrintable(e.message));
        QCOMPARE(connector.read(QStringLiteral("user"), QStringLiteral("u1"), {}, nullptr).kind,
                 Kind::AuthenticationFailed);
    }

    void theConnectionTestPasses()
    {
        QVERIFY(!m_connector->test().isError());
        QCOMPARE(m_connector->name(), QStringLiteral("managed"));
    }

    // The same contract the LDAP, CSV and SCIM connectors keep (tests/connectors).
    void keepsTheSharedConnectorContract()
    {
        namespace contract = syncstudio::test::contract;
        for (const QJsonObject& user : users())
            QVERIFY(!m_connector->create(QStringLiteral("user"), user, nullptr).isError());
        repo::ManagedObjectConnector& c = *m_connector;
        // Numbers compare as numbers: u5's "34" is a string and does not match.
        contract::checkQuery(c, "user", "/age gt 30", "_id", {"u1", "u3", "u4"});
        if (QTest::currentTestFailed())
            return;
        contract::checkQuery(c, "user", "/roles eq \"admin\" and !(/active pr)", "_id", {"u4"});
        if (QTest::currentTestFailed())
            return;
        contract::checkPaging(c, "user", "true", "_id", 2, {"u1", "u2", "u3", "u4", "u5"});
        if (QTest::currentTestFailed())
            return;
        contract::checkEarlyStop(c, "user", 3);
        if (QTest::currentTestFailed())
            return;
        contract::checkFieldSelection(c, "user", "true", {"mail", "sn"});
        if (QTest::currentTestFailed())
            return;
        // Another client of the same repository writes between the read and the update.
        repo::ManagedObjectConnector other(*m_repository, repo::managedObjectTypes(*m_project));
        contract::CrudCase crud;
        crud.objectType = "user";
        crud.object = {
            {"_id", "crud1"}, {"userName", "crud1"}, {"sn", "Crud"}, {"givenName", "Carl"}};
        crud.changes = {{"sn", "Crudder"}, {"givenName", QJsonValue()}};
        crud.concurrentEdit = {{"mail", "carl@example.com"}};
        crud.editConcurrently = [&other](const QString& id, const QJsonObject& values) {
            const ConnectorError e = other.update("user", id, values, {}, nullptr);
            QVERIFY2(!e.isError(), qPrintable(e.toString()));
        };
        contract::checkCreateReadUpdateDelete(c, crud);
        if (QTest::currentTestFailed())
            return;
        contract::checkSchema(c, "user", {{"roles", true}, {"sn", false}}, {});
    }
};

QTEST_GUILESS_MAIN(TestManagedObjectConnector)
#include "TestManagedObjectConnector.moc"
