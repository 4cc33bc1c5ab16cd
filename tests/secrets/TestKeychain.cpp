#include "TestProject.h"
#include "secrets/Keychain.h"
#include "secrets/KeychainSecretLookup.h"

#include <QProcess>
#include <QTest>
#include <QThread>

using syncstudio::secrets::Keychain;
using syncstudio::secrets::keychainSecretLookup;
using Status = Keychain::Result::Status;

// The keychain through a real gnome-keyring daemon (run by run-with-keyring.sh in a private
// D-Bus session): what a connector's password goes through.
class TestKeychain : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void storesReadsOverwritesAndDeletes();
    void theSecretIsInTheDaemon();
    void keysSeparateProjectsAndConnectors();
    void workerThreadsUseItOneAfterAnother();
    void lookupGivesConnectorsTheirSecret();

private:
    Keychain m_keychain{QStringLiteral("SyncStudio-test")};
};

void TestKeychain::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QFAIL("run this suite through tests/fixtures/keyring/run-with-keyring.sh");
}

void TestKeychain::storesReadsOverwritesAndDeletes()
{
    const QString key = Keychain::entryKey("/srv/idm", "ldap", "credentials");
    QString secret;
    QCOMPARE(m_keychain.read(key, &secret).status, Status::NotFound);

    QVERIFY(m_keychain.write(key, "s3cret, with ünïcode").ok());
    QVERIFY(m_keychain.read(key, &secret).ok());
    QCOMPARE(secret, QString("s3cret, with ünïcode"));

    QVERIFY(m_keychain.write(key, "changed").ok());
    QVERIFY(m_keychain.read(key, &secret).ok());
    QCOMPARE(secret, QString("changed"));

    QVERIFY(m_keychain.remove(key).ok());
    secret = "untouched";
    QCOMPARE(m_keychain.read(key, &secret).status, Status::NotFound);
    QCOMPARE(secret, QString("untouched"));
}

void TestKeychain::theSecretIsInTheDaemon()
{
    // Another client of the same Secret Service finds it: it is in gnome-keyring, not in a
    // file of ours or in this process.
    const QString key = Keychain::entryKey("/srv/idm", "scim", "bearerToken");
    QVERIFY(m_keychain.write(key, "token-123").ok());
    QProcess lookup;
    lookup.start("secret-tool", {"lookup", "server", "SyncStudio-test", "user", key});
    QVERIFY(lookup.waitForFinished(30000));
    QCOMPARE(lookup.readAllStandardOutput(), QByteArray("token-123"));
    QVERIFY(m_keychain.remove(key).ok());
}

void TestKeychain::keysSeparateProjectsAndConnectors()
{
    const QString a = Keychain::entryKey("/srv/one", "ldap", "credentials");
    const QString b = Keychain::entryKey("/srv/two", "ldap", "credentials");
    const QString c = Keychain::entryKey("/srv/one", "ad", "credentials");
    QCOMPARE(Keychain::entryKey("/srv/one/", "ldap", "credentials"), a);
    QVERIFY(m_keychain.write(a, "A").ok());
    QVERIFY(m_keychain.write(b, "B").ok());
    QString secret;
    QVERIFY(m_keychain.read(a, &secret).ok());
    QCOMPARE(secret, QString("A"));
    QVERIFY(m_keychain.read(b, &secret).ok());
    QCOMPARE(secret, QString("B"));
    QCOMPARE(m_keychain.read(c, &secret).status, Status::NotFound);
    QVERIFY(m_keychain.remove(a).ok());
    QVERIFY(m_keychain.remove(b).ok());
}

void TestKeychain::workerThreadsUseItOneAfterAnother()
{
    // Connectors run on worker threads that come and go; the keychain outlives each of them.
    const QString key = Keychain::entryKey("/srv/idm", "csv", "password");
    QVERIFY(m_keychain.write(key, "from-main").ok());
    for (int round = 0; round < 3; ++round) {
        QString seen;
        Keychain::Result result;
        QThread* worker = QThread::create([&] { result = m_keychain.read(key, &seen); });
        worker->start();
        QVERIFY(worker->wait(60000));
        delete worker;
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(seen, QString("from-main"));
    }
    QVERIFY(m_keychain.remove(key).ok());
}

void TestKeychain::lookupGivesConnectorsTheirSecret()
{
    syncstudio::test::TestProject project({{"conf/sync.json", "{}"}});
    const auto lookup = keychainSecretLookup(project.path(), m_keychain);
    QCOMPARE(lookup("scim", "bearerToken"), QString());
    QVERIFY(
        m_keychain.write(Keychain::entryKey(project.path(), "scim", "bearerToken"), "tok").ok());
    QCOMPARE(lookup("scim", "bearerToken"), QString("tok"));
    QCOMPARE(lookup("scim", "password"), QString());
    QCOMPARE(lookup("other", "bearerToken"), QString());
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "TestKeychain.moc"
