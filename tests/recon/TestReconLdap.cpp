#include "ReconTestProject.h"
#include "SlapdServer.h"
#include "config/JsonText.h"

#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace syncstudio;
using syncstudio::test::ReconTestProject;
using syncstudio::test::SlapdServer;

namespace {

const QString Sample2b = QStringLiteral(SYNCSTUDIO_CORPUS_DIR) + "/openidm/sample2b/conf/";

// managed/user as IDM's default managed.json has it, for the attributes sample2b maps.
const QByteArray ManagedUser = R"({
    "objects" : [
        { "name" : "user", "schema" : { "properties" : {
            "userName" : { "type" : "string" }, "givenName" : { "type" : "string" },
            "sn" : { "type" : "string" }, "mail" : { "type" : "string" },
            "displayName" : { "type" : "string" }, "description" : { "type" : "string" },
            "telephoneNumber" : { "type" : "string" }, "password" : { "type" : "string" } } } }
    ]
})";

// OpenIDM's sample2b as it is, with its LDAP provisioner pointed at server.
QMap<QString, QByteArray> sample2b(const SlapdServer& server)
{
    using config::JsonText;
    JsonText provisioner =
        JsonText::parse(test::readFile(Sample2b + "provisioner.openicf-ldap.json"));
    const JsonText::NodeId properties = provisioner.find("/configurationProperties");
    provisioner.setMember(properties, "host", server.host());
    provisioner.setMember(provisioner.find("/configurationProperties"), "port", server.port());
    provisioner.setMember(provisioner.find("/configurationProperties"), "principal",
                          SlapdServer::rootDn());
    provisioner.setMember(provisioner.find("/configurationProperties"), "credentials",
                          SlapdServer::rootPassword());
    return {{"conf/sync.json", test::readFile(Sample2b + "sync.json")},
            {"conf/provisioner.openicf-ldap.json", provisioner.text()},
            {"conf/managed.json", ManagedUser}};
}

QString dnOf(int i)
{
    return QString("uid=u%1,ou=people,dc=example,dc=com").arg(i, 8, 10, QLatin1Char('0'));
}

// Every link points at a managed user that exists, and every managed user has a link: what
// a failed or cancelled run must leave behind.
void verifyLinksMatchManagedUsers(ReconTestProject& p, const QString& linkType)
{
    const QMap<QString, QJsonObject> users = p.allManaged("user");
    QSet<QString> linkedTargets;
    for (const repo::Link& l : p.links(linkType)) {
        QVERIFY2(users.contains(l.secondId), qPrintable("link to a missing user " + l.secondId));
        QVERIFY2(!linkedTargets.contains(l.secondId), qPrintable("two links to " + l.secondId));
        linkedTargets.insert(l.secondId);
    }
    QCOMPARE(linkedTargets.size(), users.size());
}

} // namespace

class TestReconLdap : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void sample2bDriftShowsExactlyTheChanges();
    void aCancelledRunLeavesLinksConsistentAndTheNextConverges();
    void aServerKilledDuringARunLosesNoLink();

private:
    QTemporaryDir m_data;
};

void TestReconLdap::initTestCase()
{
    QVERIFY(m_data.isValid());
}

void TestReconLdap::sample2bDriftShowsExactlyTheChanges()
{
    SlapdServer server({SlapdServer::generatePeople(m_data.path(), 5000)});
    QVERIFY(server.isRunning());
    ReconTestProject p(sample2b(server));
    QVERIFY2(p.isOpen(), qPrintable(p.error()));
    const QString mapping = "systemLdapAccounts_managedUser";

    const auto initial = p.reconcile(mapping, false);
    QVERIFY2(initial.statistics.error.isEmpty(), qPrintable(initial.statistics.error));
    QCOMPARE(initial.statistics.situations.value(config::Situation::Absent), 5000);
    QCOMPARE(initial.statistics.changedObjects, 5000);
    QCOMPARE(p.allManaged("user").size(), 5000);
    QCOMPARE(p.links(mapping).size(), 5000);

    const auto quiet = p.reconcile(mapping, true);
    QCOMPARE(quiet.statistics.situations.value(config::Situation::Confirmed), 5000);
    QCOMPARE(quiet.statistics.changedObjects, 0);

    // 10 modified, 5 deleted, 3 added.
    QByteArray ldif;
    for (int i = 100; i < 110; ++i)
        ldif += "dn: " + dnOf(i).toUtf8() + "\nchangetype: modify\nreplace: mail\nmail: changed" +
                QByteArray::number(i) + "@example.com\n\n";
    for (int i = 200; i < 205; ++i)
        ldif += "dn: " + dnOf(i).toUtf8() + "\nchangetype: delete\n\n";
    QString output;
    QVERIFY2(server.modify(ldif, &output), qPrintable(output));
    QVERIFY2(
        server.add(test::readFile(SlapdServer::generatePeople(m_data.path(), 3, 5000)), &output),
        qPrintable(output));

    const auto drift = p.reconcile(mapping, true);
    QVERIFY2(drift.statistics.error.isEmpty(), qPrintable(drift.statistics.error));
    QCOMPARE(drift.statistics.changedObjects, 18);
    QCOMPARE(drift.statistics.situations.value(config::Situation::Confirmed),
             4995); // 10 of them changed
    QCOMPARE(drift.statistics.situations.value(config::Situation::Absent), 3);
    QCOMPARE(drift.statistics.situations.value(config::Situation::SourceMissing), 5);

    QSet<QString> updated, created, deletedSources;
    QMap<QString, QString> linkedSource; // target -> source
    for (const repo::Link& l : p.links(mapping))
        linkedSource.insert(l.secondId, l.firstId);
    for (const recon::ObjectResult& r : drift.results) {
        if (!r.changesTarget())
            continue;
        switch (r.action) {
        case config::Action::Update:
            updated.insert(r.sourceId);
            QCOMPARE(r.changes.size(), 1);
            QCOMPARE(r.changes.first().attribute, QStringLiteral("mail"));
            break;
        case config::Action::Create:
            created.insert(r.sourceId);
            break;
        case config::Action::Delete:
            deletedSources.insert(linkedSource.value(r.targetId));
            break;
        default:
            QFAIL(qPrintable("unexpected action " + config::actionName(r.action)));
        }
    }
    QSet<QString> expectedUpdated, expectedDeleted, expectedCreated;
    for (int i = 100; i < 110; ++i)
        expectedUpdated.insert(dnOf(i));
    for (int i = 200; i < 205; ++i)
        expectedDeleted.insert(dnOf(i));
    for (int i = 5000; i < 5003; ++i)
        expectedCreated.insert(dnOf(i));
    QCOMPARE(updated, expectedUpdated);
    QCOMPARE(deletedSources, expectedDeleted);
    QCOMPARE(created, expectedCreated);

    // Running it makes exactly those changes; afterwards there is nothing left to do.
    const auto applied = p.reconcile(mapping, false);
    QCOMPARE(applied.statistics.changedObjects, 18);
    QCOMPARE(p.allManaged("user").size(), 4998);
    const auto after = p.reconcile(mapping, true);
    QCOMPARE(after.statistics.changedObjects, 0);
    verifyLinksMatchManagedUsers(p, mapping);
}

void TestReconLdap::aCancelledRunLeavesLinksConsistentAndTheNextConverges()
{
    SlapdServer server({SlapdServer::generatePeople(m_data.path(), 3000)});
    QVERIFY(server.isRunning());
    ReconTestProject p(sample2b(server));
    QVERIFY2(p.isOpen(), qPrintable(p.error()));
    const QString mapping = "systemLdapAccounts_managedUser";

    int seen = 0;
    const auto cancelled = p.reconcile(
        mapping, false, [&](recon::ReconControl& control, const recon::ObjectResults& batch) {
            seen += batch.size();
            if (seen >= 1500)
                control.cancel();
        });
    QCOMPARE(cancelled.statistics.state, QStringLiteral("CANCELED"));
    const int created = p.allManaged("user").size();
    QVERIFY2(created >= 1500 && created < 3000, qPrintable(QString::number(created)));
    verifyLinksMatchManagedUsers(p, mapping);

    const auto resumed = p.reconcile(mapping, false);
    QCOMPARE(resumed.statistics.state, QStringLiteral("SUCCESS"));
    QCOMPARE(resumed.statistics.situations.value(config::Situation::Confirmed), created);
    QCOMPARE(resumed.statistics.situations.value(config::Situation::Absent), 3000 - created);
    QCOMPARE(p.allManaged("user").size(), 3000);
    verifyLinksMatchManagedUsers(p, mapping);
    QCOMPARE(p.reconcile(mapping, true).statistics.changedObjects, 0);
}

void TestReconLdap::aServerKilledDuringARunLosesNoLink()
{
    // Managed users provisioned into the directory (sample2b's reverse mapping), and the
    // directory dies half way.
    SlapdServer server({QStringLiteral(SYNCSTUDIO_SOURCE_DIR) + "/tests/fixtures/slapd/base.ldif"});
    QVERIFY(server.isRunning());
    ReconTestProject p(sample2b(server));
    QVERIFY2(p.isOpen(), qPrintable(p.error()));
    QJsonArray users;
    for (int i = 0; i < 2000; ++i)
        users.append(QJsonObject{{"_id", QString("user%1").arg(i)},
                                 {"userName", QString("k%1").arg(i, 5, 10, QLatin1Char('0'))},
                                 {"givenName", "Given"},
                                 {"sn", QString("Surname%1").arg(i)},
                                 {"mail", QString("k%1@example.com").arg(i)}});
    p.putManaged("user", users);
    const QString mapping = "managedUser_systemLdapAccounts";
    const QString linkType = "systemLdapAccounts_managedUser"; // it reuses the other's links

    int seen = 0;
    bool killed = false;
    const auto broken =
        p.reconcile(mapping, false, [&](recon::ReconControl&, const recon::ObjectResults& batch) {
            seen += batch.size();
            if (!killed && seen >= 500) {
                server.kill();
                killed = true;
            }
        });
    QVERIFY(killed);
    QCOMPARE(broken.statistics.state, QStringLiteral("FAILED"));
    QVERIFY2(broken.statistics.error.contains("system/ldap/account") &&
                 broken.statistics.error.contains("stopped answering"),
             qPrintable(broken.statistics.error));

    QVERIFY(server.restart());
    // No lost link: every linked entry exists, and every entry the run wrote is linked.
    const QStringList entries = server.search("(uid=k*)", "ou=People,dc=example,dc=com");
    QSet<QString> linkedDns;
    for (const repo::Link& l : p.links(linkType))
        linkedDns.insert(l.firstId.toLower());
    QSet<QString> entryDns;
    for (const QString& dn : entries)
        entryDns.insert(dn.toLower());
    QCOMPARE(linkedDns, entryDns);
    QVERIFY(entryDns.size() >= 500 && entryDns.size() < 2000);

    const auto resumed = p.reconcile(mapping, false);
    QVERIFY2(resumed.statistics.error.isEmpty(), qPrintable(resumed.statistics.error));
    QCOMPARE(resumed.statistics.failed, 0);
    QCOMPARE(server.search("(uid=k*)", "ou=People,dc=example,dc=com").size(), 2000);
    QCOMPARE(p.links(linkType).size(), 2000);
    QCOMPARE(p.reconcile(mapping, true).statistics.changedObjects, 0);
}

QTEST_GUILESS_MAIN(TestReconLdap)
#include "TestReconLdap.moc"
