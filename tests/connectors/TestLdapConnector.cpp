#include "ConnectorContract.h"
#include "TestProject.h"
#include "config/Project.h"
#include "connectors/BuiltinConnectors.h"
#include "connectors/ConnectorFactory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTest>

using namespace syncstudio::connectors;
using namespace syncstudio::test::contract;
using syncstudio::test::TestProject;
using Kind = ConnectorError::Kind;

namespace {

// What the slapd fixture (tests/fixtures/slapd) wrote for the tests to find it.
QString fixture(const char* name)
{
    QFile file(QStringLiteral(SLAPD_STATE_DIR "/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

QString hostOf(const QString& url)
{
    return QUrl(url).host();
}

int portOf(const QString& url)
{
    return QUrl(url).port();
}

const QString people = QStringLiteral("ou=people,dc=example,dc=com");
const QStringList everyone{"alice", "bob",   "carol", "dave", "erin",    "frank",
                           "grace", "heidi", "ivan",  "judy", "mallory", "star"};

QStringList everyoneBut(const QStringList& excluded)
{
    QStringList out;
    for (const QString& uid : everyone) {
        if (!excluded.contains(uid))
            out << uid;
    }
    return out;
}

// A project holding IDM's own sample LDAP provisioner file (openidm/sample2b), pointed at
// the fixture's slapd, with overrides on its configurationProperties.
class LdapProject
{
public:
    explicit LdapProject(const QJsonObject& overrides = {})
    {
        QFile sample(QStringLiteral(SYNCSTUDIO_CORPUS_DIR
                                    "/openidm/sample2b/conf/provisioner.openicf-ldap.json"));
        if (!sample.open(QIODevice::ReadOnly))
            qFatal("the corpus sample2b is missing");
        QJsonObject root = QJsonDocument::fromJson(sample.readAll()).object();
        QJsonObject properties = root.value(QStringLiteral("configurationProperties")).toObject();
        const QString url = fixture("url");
        properties.insert(QStringLiteral("host"), hostOf(url));
        properties.insert(QStringLiteral("port"), portOf(url));
        properties.insert(QStringLiteral("principal"), fixture("rootdn"));
        properties.insert(QStringLiteral("credentials"), fixture("rootpw"));
        for (auto it = overrides.begin(); it != overrides.end(); ++it)
            properties.insert(it.key(), it.value());
        root.insert(QStringLiteral("configurationProperties"), properties);
        // Two attributes the sample does not list, to test typed values and ordering.
        QJsonObject types = root.value(QStringLiteral("objectTypes")).toObject();
        QJsonObject account = types.value(QStringLiteral("account")).toObject();
        QJsonObject accountProperties = account.value(QStringLiteral("properties")).toObject();
        accountProperties.insert(QStringLiteral("uidNumber"),
                                 QJsonObject{{"type", "integer"}, {"nativeName", "uidNumber"}});
        accountProperties.insert(
            QStringLiteral("department"),
            QJsonObject{{"type", "string"}, {"nativeName", "departmentNumber"}});
        account.insert(QStringLiteral("properties"), accountProperties);
        types.insert(QStringLiteral("account"), account);
        root.insert(QStringLiteral("objectTypes"), types);
        m_files.reset(new TestProject({{QStringLiteral("conf/provisioner.openicf-ldap.json"),
                                        QJsonDocument(root).toJson()}}));
        QString error;
        m_project = syncstudio::config::Project::open(m_files->path(), &error);
        if (!m_project)
            qFatal("%s", qPrintable(error));
    }

    std::unique_ptr<Connector> connector(SecretLookup secrets = {}) const
    {
        registerBuiltinConnectors();
        ConnectorFactory factory(ConnectorContext{m_project.get(), std::move(secrets)});
        ConnectorError error;
        std::unique_ptr<Connector> c = factory.create(QStringLiteral("ldap"), &error);
        if (!c)
            qFatal("%s", qPrintable(error.toString()));
        return c;
    }

private:
    std::unique_ptr<TestProject> m_files;
    std::unique_ptr<syncstudio::config::Project> m_project;
};

QString dnOf(const QString& uid)
{
    return QStringLiteral("uid=%1,%2").arg(uid, people);
}

} // namespace

class TestLdapConnector : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void queriesEveryFilterOperatorOnTheServer_data();
    void queriesEveryFilterOperatorOnTheServer();
    void pagesAcrossPageBoundaries_data();
    void pagesAcrossPageBoundaries();
    void streamsEverythingWithItsOwnPaging_data();
    void streamsEverythingWithItsOwnPaging();
    void selectsFields();
    void readsValuesTypedAsTheFileSays();
    void accountSearchFilterNarrowsTheAccounts();
    void readsGroups();
    void createsReadsUpdatesAndDeletes_data();
    void createsReadsUpdatesAndDeletes();
    void appliesABatchWithManyWritesInFlight_data();
    void appliesABatchWithManyWritesInFlight();
    void discoversTheServerSchema();
    void reportsWhatWentWrong_data();
    void reportsWhatWentWrong();
    void prefersTheKeychainPassword();
    void checksCertificates_data();
    void checksCertificates();
};

void TestLdapConnector::initTestCase()
{
    QVERIFY2(!fixture("url").isEmpty(), "the slapd fixture is not running (run it through ctest)");
}

// Whatever a failed test left behind is removed, so the next one sees the fixture's data.
void TestLdapConnector::cleanup()
{
    LdapProject project;
    auto connector = project.connector();
    QueryRequest request;
    request.objectType = QStringLiteral("account");
    request.queryFilter = QStringLiteral("uid sw \"batch\" or uid eq \"newbie\"");
    QVector<Change> leftovers;
    connector->query(request, [&](const QJsonObject& o) {
        Change c;
        c.operation = Change::Operation::Delete;
        c.objectType = request.objectType;
        c.id = o.value("_id").toString();
        leftovers << c;
        return true;
    });
    connector->apply(leftovers);
}

void TestLdapConnector::queriesEveryFilterOperatorOnTheServer_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("expected"); // uids

    QTest::newRow("eq") << "uid eq \"carol\"" << QStringList{"carol"};
    QTest::newRow("eq ignores case as the schema says")
        << "sn eq \"ARCHER\"" << QStringList{"alice"};
    QTest::newRow("eq with *, ( ) and \\ escaped")
        << "cn eq \"Star * (Paren) \\\\ Back\"" << QStringList{"star"};
    QTest::newRow("co *: a literal star, not a wildcard") << "cn co \"*\"" << QStringList{"star"};
    QTest::newRow("co") << "mail co \"example.org\"" << QStringList{"erin", "heidi"};
    QTest::newRow("co with parentheses") << "cn co \"(Paren)\"" << QStringList{"star"};
    QTest::newRow("sw") << "sn sw \"Ba\"" << QStringList{"bob"};
    QTest::newRow("pr") << "telephoneNumber pr" << everyoneBut({"carol", "frank", "ivan", "star"});
    QTest::newRow("gt is strict") << "uidNumber gt 1010" << QStringList{"mallory", "star"};
    QTest::newRow("ge") << "uidNumber ge 1010" << QStringList{"judy", "mallory", "star"};
    QTest::newRow("lt is strict") << "uidNumber lt 1003" << QStringList{"alice", "bob"};
    QTest::newRow("le") << "uidNumber le 1003" << QStringList{"alice", "bob", "carol"};
    QTest::newRow("and") << "department eq \"Sales\" and mail co \"example.org\""
                         << QStringList{"erin", "heidi"};
    QTest::newRow("or") << "department eq \"Legal\" or department eq \"HR\""
                        << QStringList{"grace", "judy"};
    QTest::newRow("not") << "!(department eq \"Engineering\")"
                         << everyoneBut({"bob", "carol", "frank", "ivan"});
    QTest::newRow("nested") << "(uidNumber le 1002 or uid eq \"star\") and !(mail pr)"
                            << QStringList{};
    QTest::newRow("not pr: missing attribute") << "!(mail pr)" << QStringList{"mallory"};
    QTest::newRow("true") << "true" << everyone;
    QTest::newRow("false") << "false" << QStringList{};
    QTest::newRow("_id is the DN")
        << QStringLiteral("_id eq \"%1\"").arg(dnOf("dave")) << QStringList{"dave"};
    QTest::newRow("the __NAME__ property")
        << QStringLiteral("dn eq \"%1\"").arg(dnOf("erin")) << QStringList{"erin"};
    QTest::newRow("an injection attempt stays a value")
        << "uid eq \"alice)(uid=*\"" << QStringList{};
}

void TestLdapConnector::queriesEveryFilterOperatorOnTheServer()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, expected);
    LdapProject project;
    auto connector = project.connector();
    checkQuery(*connector, QStringLiteral("account"), filter, QStringLiteral("uid"), expected);
}

void TestLdapConnector::pagesAcrossPageBoundaries_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("5 of 12: 5, 5, 2") << 5 << "true" << everyone;
    QTest::newRow("1 of 12") << 1 << "true" << everyone;
    QTest::newRow("11 of 12") << 11 << "true" << everyone;
    QTest::newRow("3 of 8, filtered")
        << 3 << "telephoneNumber pr" << everyoneBut({"carol", "frank", "ivan", "star"});
}

void TestLdapConnector::pagesAcrossPageBoundaries()
{
    QFETCH(int, pageSize);
    QFETCH(QString, filter);
    QFETCH(QStringList, expected);
    LdapProject project;
    auto connector = project.connector();
    checkPaging(*connector, QStringLiteral("account"), filter, QStringLiteral("uid"), pageSize,
                expected);
}

void TestLdapConnector::streamsEverythingWithItsOwnPaging_data()
{
    QTest::addColumn<bool>("paged");
    QTest::addColumn<int>("blockSize");
    QTest::newRow("paged, blocks of 5") << true << 5;
    QTest::newRow("paged, blocks of 1") << true << 1;
    QTest::newRow("unpaged") << false << 100;
}

void TestLdapConnector::streamsEverythingWithItsOwnPaging()
{
    QFETCH(bool, paged);
    QFETCH(int, blockSize);
    LdapProject project({{"usePagedResultControl", paged}, {"blockSize", blockSize}});
    auto connector = project.connector();
    checkQuery(*connector, QStringLiteral("account"), QStringLiteral("true"), QStringLiteral("uid"),
               everyone);
    if (QTest::currentTestFailed())
        return;
    checkEarlyStop(*connector, QStringLiteral("account"), 7);
}

void TestLdapConnector::selectsFields()
{
    LdapProject project;
    auto connector = project.connector();
    checkFieldSelection(*connector, QStringLiteral("account"), QStringLiteral("true"),
                        {QStringLiteral("mail"), QStringLiteral("uidNumber")});
    if (QTest::currentTestFailed())
        return;
    // An attribute the provisioner file does not list is read by its LDAP name.
    checkFieldSelection(*connector, QStringLiteral("account"), QStringLiteral("uid eq \"bob\""),
                        {QStringLiteral("homeDirectory")});
}

void TestLdapConnector::readsValuesTypedAsTheFileSays()
{
    LdapProject project;
    auto connector = project.connector();
    QJsonObject alice;
    const ConnectorError e =
        connector->read(QStringLiteral("account"), dnOf(QStringLiteral("alice")), {}, &alice);
    QVERIFY2(!e.isError(), qPrintable(e.toString()));
    QCOMPARE(alice.value("_id").toString(), dnOf("alice"));
    QCOMPARE(alice.value("dn").toString(), dnOf("alice"));    // __NAME__
    QCOMPARE(alice.value("uidNumber"), QJsonValue(1001));     // "integer": a number
    QCOMPARE(alice.value("department"), QJsonValue("Sales")); // by its nativeName
    QVERIFY(alice.value("objectClass").isArray());            // "array"
    QVERIFY(alice.value("objectClass").toArray().contains("inetOrgPerson"));
    QVERIFY2(!alice.contains("userPassword"), "the password is not returned by default");
    QVERIFY2(!alice.contains("homeDirectory"), "only the file's attributes by default");
}

void TestLdapConnector::accountSearchFilterNarrowsTheAccounts()
{
    LdapProject project({{"accountSearchFilter", "(departmentNumber=Sales)"}});
    auto connector = project.connector();
    checkQuery(*connector, QStringLiteral("account"), QStringLiteral("true"), QStringLiteral("uid"),
               {"alice", "erin", "heidi"});
    if (QTest::currentTestFailed())
        return;
    checkQuery(*connector, QStringLiteral("account"), QStringLiteral("mail co \"example.org\""),
               QStringLiteral("uid"), {"erin", "heidi"});
}

void TestLdapConnector::readsGroups()
{
    LdapProject project;
    auto connector = project.connector();
    checkQuery(*connector, QStringLiteral("group"), QStringLiteral("true"), QStringLiteral("cn"),
               {"admins", "staff"});
    if (QTest::currentTestFailed())
        return;
    QJsonObject admins;
    const ConnectorError e =
        connector->read(QStringLiteral("group"),
                        QStringLiteral("cn=admins,ou=groups,dc=example,dc=com"), {}, &admins);
    QVERIFY2(!e.isError(), qPrintable(e.toString()));
    QVERIFY(sameValue(admins.value("uniqueMember"), QJsonArray{dnOf("alice"), dnOf("bob")}));
    QJsonObject notAGroup;
    checkError(connector->read(QStringLiteral("group"), dnOf("alice"), {}, &notAGroup),
               Kind::NotFound, {dnOf("alice")});
}

void TestLdapConnector::createsReadsUpdatesAndDeletes_data()
{
    QTest::addColumn<QString>("uidAttribute");
    QTest::addColumn<bool>("withDn"); // the object names its DN, or the connector makes it
    QTest::newRow("_id is the DN, DN given") << "dn" << true;
    QTest::newRow("_id is entryUUID, DN given") << "entryUUID" << true;
    QTest::newRow("_id is entryUUID, DN made from uid") << "entryUUID" << false;
}

void TestLdapConnector::createsReadsUpdatesAndDeletes()
{
    QFETCH(QString, uidAttribute);
    QFETCH(bool, withDn);
    LdapProject project({{"uidAttribute", uidAttribute}});
    auto connector = project.connector();
    auto otherClient = project.connector();
    CrudCase c;
    c.objectType = QStringLiteral("account");
    c.object = QJsonObject{{"uid", "newbie"},
                           {"cn", "New, Bie + \"Quoted\""},
                           {"sn", "Bie"},
                           {"mail", "newbie@example.com"},
                           {"telephoneNumber", "+1 555 0199"},
                           {"description", "created by the test"}};
    if (withDn)
        c.object.insert("dn", QStringLiteral("uid=newbie,%1").arg(people));
    c.changes = QJsonObject{{"mail", "newbie@example.net"}, {"description", QJsonValue::Null}};
    c.concurrentEdit = QJsonObject{{"telephoneNumber", "+1 555 0200"}};
    c.editConcurrently = [&](const QString& id, const QJsonObject& values) {
        const ConnectorError e =
            otherClient->update(QStringLiteral("account"), id, values, {}, nullptr);
        QVERIFY2(!e.isError(), qPrintable(e.toString()));
    };
    checkCreateReadUpdateDelete(*connector, c);
}

void TestLdapConnector::appliesABatchWithManyWritesInFlight_data()
{
    QTest::addColumn<QString>("uidAttribute");
    QTest::newRow("_id is the DN") << "dn";
    QTest::newRow("_id is entryUUID") << "entryUUID";
}

void TestLdapConnector::appliesABatchWithManyWritesInFlight()
{
    QFETCH(QString, uidAttribute);
    LdapProject project({{"uidAttribute", uidAttribute}});
    auto connector = project.connector();
    const QString account = QStringLiteral("account");
    const int n = 300;
    QVector<Change> creates;
    for (int i = 0; i < n; ++i) {
        Change c;
        c.operation = Change::Operation::Create;
        c.objectType = account;
        const QString uid = QStringLiteral("batch%1").arg(i, 4, 10, QLatin1Char('0'));
        c.object = QJsonObject{{"uid", uid}, {"cn", uid}, {"sn", "Batch"}};
        creates << c;
    }
    // One that exists already fails alone, in its place.
    Change duplicate;
    duplicate.operation = Change::Operation::Create;
    duplicate.objectType = account;
    duplicate.object =
        QJsonObject{{"dn", dnOf("alice")}, {"uid", "alice"}, {"cn", "Alice"}, {"sn", "Again"}};
    creates.insert(5, duplicate);

    const QVector<ChangeResult> created = connector->apply(creates);
    QCOMPARE(created.size(), creates.size());
    QVector<Change> second;
    for (int i = 0; i < created.size(); ++i) {
        if (i == 5) {
            checkError(created[i].error, Kind::AlreadyExists, {dnOf("alice")});
            if (QTest::currentTestFailed())
                return;
            continue;
        }
        QVERIFY2(!created[i].error.isError(), qPrintable(created[i].error.toString()));
        const int number = i < 5 ? i : i - 1; // batchNNNN
        const QString id = created[i].object.value("_id").toString();
        QVERIFY(!id.isEmpty());
        // An update then a delete of the same entry in one batch happen in that order.
        Change update;
        update.operation = Change::Operation::Update;
        update.objectType = account;
        update.id = id;
        update.object = QJsonObject{{"description", QStringLiteral("updated %1").arg(number)}};
        second << update;
        if (number % 2 == 0) {
            Change remove;
            remove.operation = Change::Operation::Delete;
            remove.objectType = account;
            remove.id = id;
            second << remove;
        }
    }
    Change missing;
    missing.operation = Change::Operation::Update;
    missing.objectType = account;
    missing.id = uidAttribute == "dn" ? dnOf("nobody")
                                      : QStringLiteral("00000000-0000-0000-0000-000000000000");
    missing.object = QJsonObject{{"description", "x"}};
    second << missing;
    const QVector<ChangeResult> results = connector->apply(second);
    QCOMPARE(results.size(), second.size());
    for (int i = 0; i + 1 < results.size(); ++i)
        QVERIFY2(!results[i].error.isError(), qPrintable(results[i].error.toString()));
    checkError(results.last().error, Kind::NotFound, {});
    if (QTest::currentTestFailed())
        return;

    // What is left: the odd ones, updated.
    QueryRequest request;
    request.objectType = account;
    request.queryFilter = QStringLiteral("uid sw \"batch\"");
    int left = 0;
    const ConnectorError e = connector->query(request, [&](const QJsonObject& o) {
        ++left;
        const int number = o.value("uid").toString().mid(5).toInt();
        if (number % 2 == 0 ||
            o.value("description").toString() != QStringLiteral("updated %1").arg(number))
            QTest::qFail(qPrintable(o.value("uid").toString() + " is not as the batch left it"),
                         __FILE__, __LINE__);
        return true;
    });
    QVERIFY2(!e.isError(), qPrintable(e.toString()));
    QCOMPARE(left, n / 2);
}

void TestLdapConnector::discoversTheServerSchema()
{
    LdapProject project;
    auto connector = project.connector();
    // From the file: its own types. From the server (inetOrgPerson, organizationalPerson,
    // person): what the file does not list, multi-valued unless SINGLE-VALUE.
    checkSchema(*connector, QStringLiteral("account"),
                {{"mail", false},
                 {"objectClass", true},
                 {"ldapGroups", true},
                 {"displayName", false},
                 {"employeeNumber", false},
                 {"mobile", true},
                 {"title", true}},
                {"displayName", "employeeNumber", "mobile", "title"});
    if (QTest::currentTestFailed())
        return;
    QVector<ObjectTypeInfo> types;
    QVERIFY(!connector->schema(&types).isError());
    const AttributeInfo* mobile = nullptr;
    for (const ObjectTypeInfo& t : types) {
        if (t.name == QLatin1String("account"))
            mobile = t.attribute("mobile");
    }
    QVERIFY(mobile);
    QCOMPARE(mobile->nativeName, QStringLiteral("mobile"));
    QCOMPARE(mobile->type, QStringLiteral("string"));
    checkSchema(*connector, QStringLiteral("group"), {{"uniqueMember", true}, {"cn", true}}, {});
}

void TestLdapConnector::reportsWhatWentWrong_data()
{
    QTest::addColumn<QJsonObject>("overrides");
    QTest::addColumn<QString>("filter");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("mentions");

    QTcpServer probe; // a port on which nothing listens once probe is gone
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const int closedPort = probe.serverPort();
    probe.close();
    QTest::newRow("server down") << QJsonObject{{"port", closedPort}} << "true"
                                 << int(Kind::ConnectionFailed)
                                 << QStringList{QStringLiteral("127.0.0.1:%1").arg(closedPort)};
    QTest::newRow("wrong password")
        << QJsonObject{{"credentials", "wrong"}} << "true" << int(Kind::AuthenticationFailed)
        << QStringList{"cn=admin,dc=example,dc=com"};
    QTest::newRow("bad filter") << QJsonObject{} << "uid eq" << int(Kind::InvalidFilter)
                                << QStringList{"uid eq"};
    QTest::newRow("filter on a nested field")
        << QJsonObject{} << "manager/uid eq \"x\"" << int(Kind::InvalidFilter)
        << QStringList{"/manager/uid"};
    QTest::newRow("an unparsable accountSearchFilter")
        << QJsonObject{{"accountSearchFilter", "(uid=x"}} << "true" << int(Kind::InvalidFilter)
        << QStringList{"(uid=x"};
    QTest::newRow("base context missing")
        << QJsonObject{{"baseContexts", QJsonArray{"ou=nowhere,dc=example,dc=com"}}} << "true"
        << int(Kind::NotFound) << QStringList{"ou=nowhere,dc=example,dc=com"};
}

void TestLdapConnector::reportsWhatWentWrong()
{
    QFETCH(QJsonObject, overrides);
    QFETCH(QString, filter);
    QFETCH(int, kind);
    QFETCH(QStringList, mentions);
    LdapProject project(overrides);
    auto connector = project.connector();
    QueryRequest request;
    request.objectType = QStringLiteral("account");
    request.queryFilter = filter;
    int delivered = 0;
    const ConnectorError e = connector->query(request, [&](const QJsonObject&) {
        ++delivered;
        return true;
    });
    checkError(e, Kind(kind), mentions);
    QCOMPARE(delivered, 0);
    QVERIFY2(!e.hint.isEmpty() || kind == int(Kind::NotFound), "says what to do");
}

void TestLdapConnector::prefersTheKeychainPassword()
{
    LdapProject project({{"credentials", "stale password in the file"}});
    QString askedFor;
    auto connector = project.connector([&](const QString& system, const QString& key) {
        askedFor = system + QLatin1Char('/') + key;
        return fixture("rootpw");
    });
    QVERIFY2(!connector->test().isError(), "the stored password is used");
    QCOMPARE(askedFor, QStringLiteral("ldap/credentials"));
    auto withoutStored =
        project.connector([](const QString&, const QString&) { return QString(); });
    checkError(withoutStored->test(), Kind::AuthenticationFailed, {});
}

void TestLdapConnector::checksCertificates_data()
{
    QTest::addColumn<QJsonObject>("overrides");
    QTest::addColumn<int>("kind"); // Kind::None: it connects
    const QString ca =
        fixture("ca.pem").isEmpty() ? QString() : QStringLiteral(SLAPD_STATE_DIR "/ca.pem");
    const QString ldaps = fixture("ldaps-url");
    const QJsonObject overLdaps{{"ssl", true}, {"port", portOf(ldaps)}};
    const QJsonObject startTls{{"startTLS", true}};
    auto with = [](QJsonObject o, const QJsonObject& more) {
        for (auto it = more.begin(); it != more.end(); ++it)
            o.insert(it.key(), it.value());
        return o;
    };
    // The fixture's certificate is for 127.0.0.1 only, signed by its own CA.
    QTest::newRow("StartTLS, unknown CA") << startTls << int(Kind::CertificateInvalid);
    QTest::newRow("StartTLS, with the CA")
        << with(startTls, {{"caCertificateFile", ca}}) << int(Kind::None);
    QTest::newRow("StartTLS, verification turned off")
        << with(startTls, {{"verifyCertificates", false}}) << int(Kind::None);
    QTest::newRow("ldaps, unknown CA") << overLdaps << int(Kind::CertificateInvalid);
    QTest::newRow("ldaps, with the CA")
        << with(overLdaps, {{"caCertificateFile", ca}}) << int(Kind::None);
    QTest::newRow("ldaps, with the CA, by a name the certificate does not have")
        << with(overLdaps, {{"caCertificateFile", ca}, {"host", "localhost"}})
        << int(Kind::CertificateInvalid);
}

void TestLdapConnector::checksCertificates()
{
    QFETCH(QJsonObject, overrides);
    QFETCH(int, kind);
    LdapProject project(overrides);
    auto connector = project.connector();
    if (kind == int(Kind::None)) {
        checkQuery(*connector, QStringLiteral("account"), QStringLiteral("true"),
                   QStringLiteral("uid"), everyone);
    } else {
        checkError(connector->test(), Kind(kind), {"certificate", "caCertificateFile"});
    }
}

QTEST_GUILESS_MAIN(TestLdapConnector)
#include "TestLdapConnector.moc"
