#include "ScimTestServer.h"
#include "TestProject.h"

#include <QProcess>
#include <QTest>

using syncstudio::test::filesBelow;
using syncstudio::test::readFile;
using syncstudio::test::runCli;
using syncstudio::test::ScimTestServer;
using syncstudio::test::TestProject;

namespace {

// syncstudio-cli secret, with the secret on standard input.
int storeSecret(const QString& project, const QByteArray& secret, QByteArray* out, QByteArray* err)
{
    QProcess process;
    process.start(QStringLiteral(SYNCSTUDIO_CLI_PATH),
                  {"secret", project, "system/scim", "bearerToken"});
    process.write(secret + "\n");
    process.closeWriteChannel();
    if (!process.waitForFinished(120000))
        return -1;
    *out = process.readAllStandardOutput();
    *err = process.readAllStandardError();
    return process.exitCode();
}

} // namespace

// A SCIM token from the user to the service through the real keychain (gnome-keyring in a
// private D-Bus session) and the real SCIM server, and nowhere else: not in a file of the
// project, not in anything the project writes, not in the output.
class TestConnectorCliKeyring : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void tokenGoesThroughTheKeychainOnly();
};

void TestConnectorCliKeyring::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") || !ScimTestServer::isRunning())
        QFAIL("run through ctest: it needs run-with-keyring.sh and the scim-server fixture");
    ScimTestServer::reset();
}

void TestConnectorCliKeyring::tokenGoesThroughTheKeychainOnly()
{
    TestProject p({{"conf/provisioner.openicf-scim.json", ScimTestServer::provisioner()}});
    const QByteArray token = ScimTestServer::token().toUtf8();
    QByteArray out;
    QByteArray err;
    QByteArray everything; // all the CLI printed

    // No token yet: the error says how to store one.
    QCOMPARE(runCli({"test", p.path(), "system/scim"}, &out, &err), 1);
    QVERIFY2(err.contains("missing credentials: connector \"scim\" needs a bearerToken and none "
                          "is stored; store it in the keychain: syncstudio-cli secret PROJECT "
                          "system/scim bearerToken"),
             err.constData());

    // A wrong token first: the service refuses it.
    QCOMPARE(storeSecret(p.path(), "not-the-token", &out, &err), 0);
    QCOMPARE(runCli({"test", p.path(), "system/scim"}, &out, &err), 1);
    QVERIFY2(err.contains("authentication failed"), err.constData());
    QVERIFY(!err.contains("not-the-token"));

    // The right one replaces it.
    QCOMPARE(storeSecret(p.path(), token, &out, &err), 0);
    QCOMPARE(out, QByteArray("stored bearerToken of system/scim in the keychain\n"));
    everything += out + err;
    QCOMPARE(runCli({"test", p.path(), "system/scim"}, &out, &err), 0);
    QCOMPARE(out, QByteArray("system/scim: OK\n"));
    everything += out + err;
    QCOMPARE(runCli({"query", p.path(), "system/scim/account"}, &out, &err), 0);
    QCOMPARE(out, QByteArray()); // reset: no users
    everything += out + err;
    QCOMPARE(runCli({"validate", p.path()}, &out, &err), 0);
    QVERIFY2(err.contains("0 error(s), 0 warning(s)"), err.constData()); // nothing in plain text
    everything += out + err;
    const QString copy = p.filePath("copy");
    QCOMPARE(runCli({"rewrite", p.path(), "-o", copy}, &out, &err), 0);
    everything += out + err;

    QVERIFY(!everything.contains(token));
    const QStringList files = filesBelow(p.path());
    QVERIFY(files.contains("copy/conf/provisioner.openicf-scim.json"));
    for (const QString& file : files)
        QVERIFY2(!readFile(p.filePath(file)).contains(token), qPrintable(file));

    // Deleted from the keychain: missing again.
    QCOMPARE(runCli({"secret", p.path(), "system/scim", "bearerToken", "--delete"}, &out, &err), 0);
    QCOMPARE(runCli({"test", p.path(), "system/scim"}, &out, &err), 1);
    QVERIFY2(err.contains("missing credentials"), err.constData());
}

QTEST_GUILESS_MAIN(TestConnectorCliKeyring)
#include "TestConnectorCliKeyring.moc"
