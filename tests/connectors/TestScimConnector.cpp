#include "ConnectorContract.h"
#include "ScimTestServer.h"
#include "TestProject.h"
#include "config/Project.h"
#include "connectors/BuiltinConnectors.h"
#include "connectors/ConnectorFactory.h"
#include "connectors/scim/ScimConnector.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace syncstudio::connectors;
using syncstudio::config::Project;
using syncstudio::test::ScimTestServer;
using syncstudio::test::TestProject;
using Kind = ConnectorError::Kind;

namespace {

// A project with the SCIM provisioner file, and its connector with a keychain stand-in.
struct Fixture
{
    explicit Fixture(const QByteArray& extra = {}, const QByteArray& baseUrl = {},
                     QString secret = ScimTestServer::token())
        : files(
              {{"conf/provisioner.openicf-scim.json", ScimTestServer::provisioner(extra, baseUrl)}})
    {
        registerBuiltinConnectors();
        project = Project::open(files.path(), nullptr);
        ConnectorContext context;
        context.project = project.get();
        context.secrets = [secret](const QString& system, const QString&) {
            return system == "scim" ? secret : QString();
        };
        ConnectorError e;
        connector = ConnectorFactory(context).create("scim", &e);
        if (!connector)
            qFatal("no connector: %s", qPrintable(e.toString()));
    }
    scim::ScimConnector* scimConnector() const
    {
        return static_cast<scim::ScimConnector*>(connector.get());
    }
    QStringList userNames(const QString& filter, QueryResult* result = nullptr,
                          ConnectorError* error = nullptr, int pageSize = 0,
                          const QString& cookie = {})
    {
        QueryRequest request;
        request.objectType = "account";
        request.queryFilter = filter;
        request.pageSize = pageSize;
        request.pagedResultsCookie = cookie;
        QStringList out;
        const ConnectorError e = connector->query(
            request,
            [&](const ConnectorObject& o) {
                out << o.value("userName").toString();
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

struct Person
{
    const char* userName;
    const char* givenName;
    const char* familyName;
    const char* email; // "" for none
    bool active;
    const char* title; // "" for none
};

// In creation order, which is the order the server lists them in.
const Person People[] = {
    {"bjensen", "Barbara", "Jensen", "bjensen@example.com", true, "Tour Guide"},
    {"jsanchez", "Jane", "Sanchez", "jsanchez@example.com", true, ""},
    {"scarter", "Steven", "Carter", "scarter@example.org", false, ""},
    {"kvaughan", "Kirsten", "Vaughan", "", true, "Manager"},
    {"ajensen", "Andy", "Jensen", "ajensen@example.com", true, ""},
};

QJsonObject toObject(const Person& p)
{
    QJsonObject o{{"userName", p.userName},
                  {"givenName", p.givenName},
                  {"familyName", p.familyName},
                  {"active", p.active}};
    if (*p.email)
        o.insert("email", p.email);
    if (*p.title)
        o.insert("title", p.title);
    return o;
}

// A loopback port with nothing listening on it.
quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    return server.serverPort(); // closed again when server goes
}

} // namespace

// The SCIM connector against a real SCIM 2.0 service (Node + scimmy, started by the
// scim-server fixture): the connector contract plus what SCIM adds (ETags, retries).
class TestScimConnector : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void queryWithEveryOperator_data();
    void queryWithEveryOperator();
    void falseNeedsNoRequest();
    void pagingAcrossPageBoundaries();
    void unpagedQueryStreamsEveryPage();
    void fieldsSelectAttributes();
    void createReadUpdateDelete();
    void updateSendsOnlyTheChangedAttributes();
    void etagGuardsUpdatesAndDeletes();
    void putUpdatesWholeResource();
    void groupsPassThrough();
    void schemaAddsTheServiceAttributes();
    void basicAuthentication();
    void errors_data();
    void errors();
    void rateLimitedThenSucceeds();
    void retriesRunOut();
    void retryAfterBeyondTheMaximumFailsAtOnce();
    void serviceUnavailableThenSucceeds();
    void timeout();
    void tlsCertificatesAreVerified();
    void keepsTheConnectorContract();

private:
    QHash<QString, QString> m_ids; // userName -> id
};

void TestScimConnector::initTestCase()
{
    if (!ScimTestServer::isRunning())
        QFAIL("the SCIM test server is not running; run this suite through ctest (fixture "
              "scim-server)");
}

void TestScimConnector::init()
{
    ScimTestServer::reset();
    m_ids.clear();
    Fixture f;
    for (const Person& p : People) {
        ConnectorObject created;
        const ConnectorError e = f.connector->create("account", toObject(p), &created);
        QVERIFY2(!e.isError(), qPrintable(e.toString()));
        m_ids.insert(p.userName, created.value("_id").toString());
    }
}

void TestScimConnector::queryWithEveryOperator_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("userNames");
    // The service runs the filter with its own rules: scimmy compares strings exactly.
    QTest::newRow("eq on a sub-attribute")
        << "/familyName eq \"Jensen\"" << QStringList{"bjensen", "ajensen"};
    QTest::newRow("co on a multi-valued attribute")
        << "/email co \"example.org\"" << QStringList{"scarter"};
    QTest::newRow("sw") << "/userName sw \"j\"" << QStringList{"jsanchez"};
    QTest::newRow("gt") << "/userName gt \"kvaughan\"" << QStringList{"scarter"};
    QTest::newRow("ge") << "/userName ge \"kvaughan\"" << QStringList{"scarter", "kvaughan"};
    QTest::newRow("lt") << "/userName lt \"bjensen\"" << QStringList{"ajensen"};
    QTest::newRow("le") << "/userName le \"bjensen\"" << QStringList{"bjensen", "ajensen"};
    QTest::newRow("pr") << "/title pr" << QStringList{"bjensen", "kvaughan"};
    QTest::newRow("not") << "!(/title pr)" << QStringList{"jsanchez", "scarter", "ajensen"};
    QTest::newRow("boolean value") << "/active eq false" << QStringList{"scarter"};
    QTest::newRow("and") << "/familyName eq \"Jensen\" and /givenName eq \"Andy\""
                         << QStringList{"ajensen"};
    QTest::newRow("or") << "/familyName eq \"Carter\" or /title eq \"Manager\""
                        << QStringList{"scarter", "kvaughan"};
    QTest::newRow("true folded out of and")
        << "/familyName eq \"Jensen\" and true" << QStringList{"bjensen", "ajensen"};
    QTest::newRow("true") << "true"
                          << QStringList{"bjensen", "jsanchez", "scarter", "kvaughan", "ajensen"};
    QTest::newRow("false") << "false" << QStringList{};
}

void TestScimConnector::queryWithEveryOperator()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, userNames);
    Fixture f;
    ConnectorError e;
    QCOMPARE(f.userNames(filter, nullptr, &e), userNames);
    QVERIFY2(!e.isError(), qPrintable(e.toString()));
    // By id too.
    QCOMPARE(f.userNames(QString("/_id eq \"%1\"").arg(m_ids.value("kvaughan"))),
             QStringList{"kvaughan"});
}

void TestScimConnector::falseNeedsNoRequest()
{
    Fixture f;
    QVERIFY(!f.connector->test().isError()); // credentials ready
    const int before = ScimTestServer::requests();
    QCOMPARE(f.userNames("/userName eq \"x\" and false"), QStringList{});
    QCOMPARE(ScimTestServer::requests(), before);
}

void TestScimConnector::pagingAcrossPageBoundaries()
{
    Fixture f;
    QueryResult r;
    QCOMPARE(f.userNames("true", &r, nullptr, 2), (QStringList{"bjensen", "jsanchez"}));
    QCOMPARE(r.totalPagedResults, 5);
    QCOMPARE(r.pagedResultsCookie, QString("3")); // the next startIndex
    QCOMPARE(f.userNames("true", &r, nullptr, 2, r.pagedResultsCookie),
             (QStringList{"scarter", "kvaughan"}));
    QCOMPARE(f.userNames("true", &r, nullptr, 2, r.pagedResultsCookie), QStringList{"ajensen"});
    QVERIFY(r.pagedResultsCookie.isEmpty());
    // Pages of the matches: the server filters, then pages.
    QCOMPARE(f.userNames("/familyName eq \"Jensen\"", &r, nullptr, 1), QStringList{"bjensen"});
    QCOMPARE(r.totalPagedResults, 2);
    QCOMPARE(f.userNames("/familyName eq \"Jensen\"", &r, nullptr, 1, r.pagedResultsCookie),
             QStringList{"ajensen"});
    QVERIFY(r.pagedResultsCookie.isEmpty());
}

void TestScimConnector::unpagedQueryStreamsEveryPage()
{
    Fixture f("\"pageSize\" : 2,");
    const int before = ScimTestServer::requests();
    QueryResult r;
    QCOMPARE(f.userNames("true", &r),
             (QStringList{"bjensen", "jsanchez", "scarter", "kvaughan", "ajensen"}));
    QCOMPARE(r.count, 5);
    // Pages of 2: three requests (plus none for anything else).
    QCOMPARE(ScimTestServer::requests() - before, 3);
    // A sink that stops ends the query without asking for more pages.
    QueryRequest request;
    request.objectType = "account";
    int seen = 0;
    const int beforeStop = ScimTestServer::requests();
    QVERIFY(
        !f.connector->query(request, [&](const ConnectorObject&) { return ++seen < 2; }).isError());
    QCOMPARE(seen, 2);
    QCOMPARE(ScimTestServer::requests() - beforeStop, 1);
}

void TestScimConnector::fieldsSelectAttributes()
{
    Fixture f;
    QueryRequest request;
    request.objectType = "account";
    request.queryFilter = "/userName eq \"bjensen\"";
    request.fields = QStringList{"email"};
    QVector<ConnectorObject> objects;
    QVERIFY(!f.connector
                 ->query(request,
                         [&](const ConnectorObject& o) {
                             objects << o;
                             return true;
                         })
                 .isError());
    QCOMPARE(objects.size(), 1);
    const ConnectorObject& o = objects.at(0);
    QCOMPARE(o.value("_id").toString(), m_ids.value("bjensen"));
    QCOMPARE(o.value("email").toString(), QString("bjensen@example.com"));
    QVERIFY(!o.contains("familyName"));
    QVERIFY(!o.contains("title"));
}

void TestScimConnector::createReadUpdateDelete()
{
    Fixture f;
    ConnectorObject created;
    ConnectorError e = f.connector->create("account",
                                           {{"userName", "nnew"},
                                            {"familyName", "New"},
                                            {"givenName", "Nina"},
                                            {"email", "nina@example.com"},
                                            {"active", true}},
                                           &created);
    QVERIFY2(!e.isError(), qPrintable(e.toString()));
    const QString id = created.value("_id").toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(created.value("_rev").toString(), QString("W/\"1\""));
    QCOMPARE(created.value("email").toString(), QString("nina@example.com"));

    ConnectorObject read;
    QVERIFY(!f.connector->read("account", id, {}, &read).isError());
    QCOMPARE(read, created);

    ConnectorObject updated;
    e = f.connector->update("account", id, {{"familyName", "Newer"}, {"email", QJsonValue()}},
                            created.value("_rev").toString(), &updated);
    QVERIFY2(!e.isError(), qPrintable(e.toString()));
    QCOMPARE(updated.value("familyName").toString(), QString("Newer"));
    QVERIFY(!updated.contains("email"));
    QCOMPARE(updated.value("givenName").toString(), QString("Nina")); // untouched
    QCOMPARE(updated.value("_rev").toString(), QString("W/\"2\""));

    QVERIFY(!f.connector->remove("account", id, updated.value("_rev").toString()).isError());
    e = f.connector->read("account", id, {}, &read);
    QCOMPARE(e.kind, Kind::NotFound);
    QVERIFY2(e.message.startsWith(QString("system/scim/account/%1 does not exist").arg(id)),
             qPrintable(e.message));
    QCOMPARE(f.connector->remove("account", id, {}).kind, Kind::NotFound);
    // A second user with a taken userName.
    QCOMPARE(f.connector->create("account", {{"userName", "bjensen"}}, nullptr).kind,
             Kind::AlreadyExists);
}

void TestScimConnector::updateSendsOnlyTheChangedAttributes()
{
    // Another client changes the title; our update of the family name must not undo it.
    Fixture mine;
    Fixture theirs;
    const QString id = m_ids.value("bjensen");
    QVERIFY(!theirs.connector->update("account", id, {{"title", "Chief Guide"}}, {}, nullptr)
                 .isError());
    ConnectorObject updated;
    QVERIFY(!mine.connector->update("account", id, {{"familyName", "Jensen-Smith"}}, {}, &updated)
                 .isError());
    QCOMPARE(updated.value("title").toString(), QString("Chief Guide"));
    QCOMPARE(updated.value("familyName").toString(), QString("Jensen-Smith"));
}

void TestScimConnector::etagGuardsUpdatesAndDeletes()
{
    Fixture f;
    const QString id = m_ids.value("jsanchez");
    ConnectorObject current;
    QVERIFY(!f.connector->read("account", id, {}, &current).isError());
    const QString rev = current.value("_rev").toString();
    QVERIFY(!f.connector->update("account", id, {{"title", "Analyst"}}, rev, nullptr).isError());
    // rev is stale now.
    const ConnectorError e = f.connector->update("account", id, {{"title", "Lost"}}, rev, nullptr);
    QCOMPARE(e.kind, Kind::InvalidObject);
    QVERIFY2(e.message.contains("412"), qPrintable(e.message));
    QVERIFY2(e.hint.contains("ETag"), qPrintable(e.hint));
    QCOMPARE(f.connector->remove("account", id, rev).kind, Kind::InvalidObject);
    QVERIFY(!f.connector->read("account", id, {}, &current).isError());
    QCOMPARE(current.value("title").toString(), QString("Analyst"));
}

void TestScimConnector::putUpdatesWholeResource()
{
    Fixture f("\"updateMethod\" : \"put\",");
    const QString id = m_ids.value("kvaughan");
    ConnectorObject updated;
    const ConnectorError e = f.connector->update(
        "account", id, {{"email", "kirsten@example.com"}, {"title", QJsonValue()}}, {}, &updated);
    QVERIFY2(!e.isError(), qPrintable(e.toString()));
    QCOMPARE(updated.value("email").toString(), QString("kirsten@example.com"));
    QVERIFY(!updated.contains("title"));
    QCOMPARE(updated.value("givenName").toString(), QString("Kirsten"));
    QCOMPARE(updated.value("_rev").toString(), QString("W/\"2\""));
}

void TestScimConnector::groupsPassThrough()
{
    Fixture f;
    ConnectorObject group;
    const QJsonArray members{QJsonObject{{"value", m_ids.value("bjensen")}},
                             QJsonObject{{"value", m_ids.value("kvaughan")}}};
    ConnectorError e = f.connector->create(
        "group", {{"displayName", "Tour Guides"}, {"members", members}}, &group);
    QVERIFY2(!e.isError(), qPrintable(e.toString()));
    QueryRequest request;
    request.objectType = "group";
    request.queryFilter = "/displayName sw \"Tour\"";
    QVector<ConnectorObject> found;
    e = f.connector->query(request, [&](const ConnectorObject& o) {
        found << o;
        return true;
    });
    QVERIFY2(!e.isError(), qPrintable(e.toString()));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.at(0).value("_id"), group.value("_id"));
    QStringList memberIds;
    for (const QJsonValue& m : found.at(0).value("members").toArray())
        memberIds << m.toObject().value("value").toString();
    QCOMPARE(memberIds, (QStringList{m_ids.value("bjensen"), m_ids.value("kvaughan")}));
}

void TestScimConnector::schemaAddsTheServiceAttributes()
{
    Fixture f;
    QVector<ObjectTypeInfo> types;
    const ConnectorError e = f.connector->schema(&types);
    QVERIFY2(!e.isError(), qPrintable(e.toString()));
    QCOMPARE(types.size(), 2);
    const ObjectTypeInfo& account = types.at(0);
    QCOMPARE(account.name, QString("account"));
    QVERIFY(account.attribute("familyName"));
    QCOMPARE(account.attribute("familyName")->nativeName, QString("name.familyName"));
    QVERIFY(!account.attribute("familyName")->fromServerOnly);
    // From the service's User schema, not listed in the provisioner file.
    QVERIFY(account.attribute("nickName"));
    QVERIFY(account.attribute("nickName")->fromServerOnly);
    QVERIFY(account.attribute("phoneNumbers"));
    QVERIFY(account.attribute("phoneNumbers")->multiValued);
    QVERIFY(!account.attribute("name")); // mapped through name.familyName and name.givenName
    QVERIFY(types.at(1).attribute("members"));
}

void TestScimConnector::basicAuthentication()
{
    const QByteArray settings = "\"authenticationMethod\" : \"basic\",\n        \"username\" : \"" +
                                ScimTestServer::basicUser().toUtf8() + "\",";
    Fixture right(settings, {}, ScimTestServer::basicPassword());
    QVERIFY(!right.connector->test().isError());
    QCOMPARE(right.userNames("/userName eq \"scarter\""), QStringList{"scarter"});
    Fixture wrong(settings, {}, "not-the-password");
    QCOMPARE(wrong.connector->test().kind, Kind::AuthenticationFailed);
}

void TestScimConnector::errors_data()
{
    QTest::addColumn<QByteArray>("baseUrl");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("filter");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("message");
    using K = Kind;
    const QString token = ScimTestServer::token();
    QTest::newRow("server down") << QByteArray("http://127.0.0.1:" +
                                               QByteArray::number(closedPort()) + "/scim/v2")
                                 << token << "true" << int(K::ConnectionFailed)
                                 << "cannot reach the SCIM service at";
    QTest::newRow("not an http URL")
        << QByteArray("ftp://127.0.0.1/scim") << token << "true" << int(K::InvalidConfiguration)
        << "baseUrl \"ftp://127.0.0.1/scim\" is not an http(s) URL";
    QTest::newRow("wrong token") << QByteArray() << "wrong-token"
                                 << "true" << int(K::AuthenticationFailed) << "answered 401";
    QTest::newRow("no token") << QByteArray() << ""
                              << "true" << int(K::MissingCredentials)
                              << "needs a bearerToken and none is stored";
    QTest::newRow("filter that does not parse")
        << QByteArray() << token << "/userName eq" << int(K::InvalidFilter) << "column";
    QTest::newRow("field without SCIM attribute")
        << QByteArray() << token << "/shoeSize eq 9" << int(K::InvalidFilter)
        << "the field /shoeSize has no SCIM attribute";
    // scimmy's filter parser does not take a quote escaped inside a value (RFC 7644 does):
    // the service refuses the filter and says so.
    QTest::newRow("filter the service refuses")
        << QByteArray() << token << "/userName eq \"a\\\"b\"" << int(K::InvalidFilter)
        << "(SCIM filter: userName eq \"a\\\"b\")";
}

void TestScimConnector::errors()
{
    QFETCH(QByteArray, baseUrl);
    QFETCH(QString, secret);
    QFETCH(QString, filter);
    QFETCH(int, kind);
    QFETCH(QString, message);
    Fixture f({}, baseUrl, secret);
    ConnectorError e;
    QCOMPARE(f.userNames(filter, nullptr, &e), QStringList{});
    QCOMPARE(int(e.kind), kind);
    QVERIFY2(e.message.contains(message), qPrintable(e.toString()));
    QVERIFY2(!e.hint.isEmpty(), qPrintable(e.toString()));
    if (!secret.isEmpty())
        QVERIFY(!e.toString().contains(secret)); // a secret never shows in a message
}

void TestScimConnector::rateLimitedThenSucceeds()
{
    Fixture f;
    ScimTestServer::control("throttle", {{"times", 2}, {"retryAfter", 1}});
    QElapsedTimer timer;
    timer.start();
    ConnectorError e;
    QCOMPARE(f.userNames("/userName eq \"ajensen\"", nullptr, &e), QStringList{"ajensen"});
    QVERIFY2(!e.isError(), qPrintable(e.toString()));
    QCOMPARE(f.scimConnector()->retries(), 2);
    // Retry-After: 1 was honoured twice (the backoff alone would be 0.1 + 0.2 s).
    QVERIFY2(timer.elapsed() >= 1900, qPrintable(QString::number(timer.elapsed())));
}

void TestScimConnector::retriesRunOut()
{
    Fixture f("\"maxRetries\" : 2,");
    ScimTestServer::control("throttle", {{"times", 5}, {"retryAfter", 0}});
    ConnectorObject created;
    const ConnectorError e =
        f.connector->create("account", {{"userName", "never"}, {"familyName", "N"}}, &created);
    QCOMPARE(e.kind, Kind::RateLimited);
    QVERIFY2(e.message.contains("answered 429"), qPrintable(e.message));
    QCOMPARE(f.scimConnector()->retries(), 2); // three tries in all
    ScimTestServer::control("throttle", {{"times", 0}});
    QCOMPARE(f.userNames("/userName eq \"never\""), QStringList{}); // nothing half-made
}

void TestScimConnector::retryAfterBeyondTheMaximumFailsAtOnce()
{
    Fixture f("\"maxRetryDelaySeconds\" : 5,");
    ScimTestServer::control("throttle", {{"times", 1}, {"retryAfter", 3600}});
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(f.connector->test().kind, Kind::RateLimited);
    QVERIFY(timer.elapsed() < 5000);
    QCOMPARE(f.scimConnector()->retries(), 0);
}

void TestScimConnector::serviceUnavailableThenSucceeds()
{
    Fixture f;
    ScimTestServer::control("fail", {{"times", 2}, {"status", 503}});
    ConnectorObject created;
    // A POST is sent again on 503: the service did not handle it.
    const ConnectorError e =
        f.connector->create("account", {{"userName", "later"}, {"familyName", "L"}}, &created);
    QVERIFY2(!e.isError(), qPrintable(e.toString()));
    QCOMPARE(f.scimConnector()->retries(), 2);
    QCOMPARE(f.userNames("/userName eq \"later\""), QStringList{"later"}); // once
}

void TestScimConnector::timeout()
{
    // A server that accepts the connection and never answers.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QList<QTcpSocket*> held;
    connect(&silent, &QTcpServer::newConnection, this,
            [&] { held << silent.nextPendingConnection(); });
    Fixture f("\"timeoutSeconds\" : 1,",
              "http://127.0.0.1:" + QByteArray::number(silent.serverPort()) + "/scim/v2");
    QElapsedTimer timer;
    timer.start();
    const ConnectorError e = f.connector->test();
    QCOMPARE(e.kind, Kind::Timeout);
    QVERIFY2(e.message.contains("no answer"), qPrintable(e.message));
    QVERIFY(timer.elapsed() >= 900 && timer.elapsed() < 10000);
    qDeleteAll(held);
}

void TestScimConnector::tlsCertificatesAreVerified()
{
    // A second test server over HTTPS with a self-signed certificate no CA vouches for.
    QTemporaryDir dir;
    QProcess openssl;
    openssl.start("openssl",
                  {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj",
                   "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1", "-keyout",
                   dir.filePath("key.pem"), "-out", dir.filePath("cert.pem")});
    QVERIFY(openssl.waitForFinished(60000) && openssl.exitCode() == 0);
    QProcess server;
    server.start("node", {SYNCSTUDIO_SOURCE_DIR "/tests/scim-server/server.js", "0", "--token",
                          "tls-token", "--tls-cert", dir.filePath("cert.pem"), "--tls-key",
                          dir.filePath("key.pem"), "--port-file", dir.filePath("url")});
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(dir.filePath("url")), 20000);
    const QByteArray url = syncstudio::test::readFile(dir.filePath("url")).trimmed();
    QVERIFY(url.startsWith("https://127.0.0.1:"));

    Fixture verified({}, url, "tls-token");
    const ConnectorError e = verified.connector->test();
    QCOMPARE(e.kind, Kind::CertificateInvalid);
    QVERIFY2(e.message.contains("is not trusted"), qPrintable(e.message));
    QVERIFY2(e.hint.contains("verifyCertificates: false"), qPrintable(e.hint));
    // Turned off for this connector only, it connects.
    Fixture unverified("\"verifyCertificates\" : false,", url, "tls-token");
    const ConnectorError off = unverified.connector->test();
    QVERIFY2(!off.isError(), qPrintable(off.toString()));
    server.terminate();
    QVERIFY(server.waitForFinished(10000));
}

void TestScimConnector::keepsTheConnectorContract()
{
    namespace contract = syncstudio::test::contract;
    Fixture f;
    Connector& c = *f.connector;
    contract::checkQuery(c, "account", "/familyName eq \"Jensen\"", "userName",
                         {"ajensen", "bjensen"});
    if (QTest::currentTestFailed())
        return;
    contract::checkQuery(c, "account", "/active eq true and !(/title pr)", "userName",
                         {"ajensen", "jsanchez"});
    if (QTest::currentTestFailed())
        return;
    contract::checkPaging(c, "account", "true", "userName", 2,
                          {"ajensen", "bjensen", "jsanchez", "kvaughan", "scarter"});
    if (QTest::currentTestFailed())
        return;
    contract::checkEarlyStop(c, "account", 3);
    if (QTest::currentTestFailed())
        return;
    contract::checkFieldSelection(c, "account", "true", {"email", "familyName"});
    if (QTest::currentTestFailed())
        return;
    Fixture other; // another client of the service
    contract::CrudCase crud;
    crud.objectType = "account";
    crud.object = {{"userName", "crud1"}, {"familyName", "Crud"}, {"title", "Tester"}};
    crud.changes = {{"familyName", "Crudder"}, {"title", QJsonValue()}};
    crud.concurrentEdit = {{"email", "crud1@example.com"}, {"givenName", "Carl"}};
    crud.editConcurrently = [&other](const QString& id, const QJsonObject& values) {
        const ConnectorError e = other.connector->update("account", id, values, {}, nullptr);
        QVERIFY2(!e.isError(), qPrintable(e.toString()));
    };
    contract::checkCreateReadUpdateDelete(c, crud);
    if (QTest::currentTestFailed())
        return;
    contract::checkSchema(c, "account",
                          {{"familyName", false}, {"nickName", false}, {"phoneNumbers", true}},
                          {"nickName", "phoneNumbers"});
    if (QTest::currentTestFailed())
        return;
    const QByteArray down = "127.0.0.1:" + QByteArray::number(closedPort());
    Fixture unreachable({}, "http://" + down + "/scim/v2");
    contract::checkError(unreachable.connector->test(), Kind::ConnectionFailed, {down});
}

QTEST_GUILESS_MAIN(TestScimConnector)
#include "TestScimConnector.moc"
