#include "TestProject.h"
#include "config/Project.h"
#include "connectors/ConnectorSecrets.h"
#include "connectors/ProvisionerValidator.h"

#include <QTest>

using namespace syncstudio::connectors;
using syncstudio::config::Diagnostic;
using syncstudio::config::Project;
using syncstudio::test::TestProject;

namespace {

QByteArray provisioner(const QByteArray& credentials)
{
    return "{\n    \"name\" : \"ldap\",\n    \"connectorRef\" : {\n"
           "        \"connectorName\" : \"org.identityconnectors.ldap.LdapConnector\"\n    },\n"
           "    \"configurationProperties\" : {\n        \"host\" : \"localhost\",\n"
           "        \"credentials\" : " +
           credentials + "\n    }\n}\n";
}

ProvisionerConfig configOf(const Project& project)
{
    return ProvisionerConfig::fromProvisioner(project, project.provisioners().first());
}

} // namespace

// Where a connector's password comes from, and what a user is told when it cannot be had.
class TestConnectorSecrets : public QObject
{
    Q_OBJECT
private slots:
    void keychainFirstThenPlainValue();
    void encryptedValueAsksForThePassword();
    void missingSecretSaysHowToStoreIt();
    void plainSecretIsAValidationWarning();
    void plainSecretWarningInCli();
};

void TestConnectorSecrets::keychainFirstThenPlainValue()
{
    TestProject files({{"conf/provisioner.openicf-ldap.json", provisioner("\"in-file\"")}});
    const auto project = Project::open(files.path(), nullptr);
    const ProvisionerConfig config = configOf(*project);
    QString secret;
    ConnectorContext context;
    QVERIFY(!lookupSecret(config, context, "credentials", &secret).isError());
    QCOMPARE(secret, QString("in-file")); // no keychain: the plain value is used
    context.secrets = [](const QString& connector, const QString& key) {
        return connector == "ldap" && key == "credentials" ? QString("in-keychain") : QString();
    };
    QVERIFY(!lookupSecret(config, context, "credentials", &secret).isError());
    QCOMPARE(secret, QString("in-keychain"));
}

void TestConnectorSecrets::encryptedValueAsksForThePassword()
{
    TestProject files({{"conf/provisioner.openicf-ldap.json",
                        provisioner("{ \"$crypto\" : { \"type\" : \"x-simple-encryption\", "
                                    "\"value\" : { \"data\" : \"AbC=\" } } }")}});
    const auto project = Project::open(files.path(), nullptr);
    const ProvisionerConfig config = configOf(*project);
    QString secret;
    ConnectorContext context;
    context.secrets = [](const QString&, const QString&) { return QString(); };
    const ConnectorError e = lookupSecret(config, context, "credentials", &secret);
    QCOMPARE(e.kind, ConnectorError::Kind::MissingCredentials);
    QVERIFY2(e.message.contains("encrypted with IDM's key ($crypto)"), qPrintable(e.message));
    QVERIFY2(e.hint.startsWith("enter the credentials (it is encrypted with IDM's key)"),
             qPrintable(e.hint));
    QVERIFY(!e.toString().contains("AbC=")); // nothing of the encrypted value is shown
    // Once entered, the keychain's secret is used.
    context.secrets = [](const QString&, const QString&) { return QString("entered"); };
    QVERIFY(!lookupSecret(config, context, "credentials", &secret).isError());
    QCOMPARE(secret, QString("entered"));
}

void TestConnectorSecrets::missingSecretSaysHowToStoreIt()
{
    TestProject files({{"conf/provisioner.openicf-ldap.json", provisioner("\"\"")}});
    const auto project = Project::open(files.path(), nullptr);
    QString secret;
    const ConnectorError e = lookupSecret(configOf(*project), {}, "credentials", &secret);
    QCOMPARE(e.kind, ConnectorError::Kind::MissingCredentials);
    QCOMPARE(e.hint, QString("store it in the keychain: syncstudio-cli secret PROJECT "
                             "system/ldap credentials"));
}

void TestConnectorSecrets::plainSecretIsAValidationWarning()
{
    TestProject files({{"conf/provisioner.openicf-ldap.json", provisioner("\"Passw0rd\"")}});
    const auto project = Project::open(files.path(), nullptr);
    const QVector<Diagnostic> d = validateProvisioners(*project);
    QCOMPARE(d.size(), 1);
    QCOMPARE(d.at(0).severity, Diagnostic::Severity::Warning);
    QCOMPARE(d.at(0).pointer, QString("/configurationProperties/credentials"));
    QCOMPARE(d.at(0).position.line, 8); // the line of "credentials" in provisioner()
    QCOMPARE(d.at(0).position.column, 25);
    QVERIFY(!d.at(0).toString().contains("Passw0rd"));
    // An encrypted value or none is not a warning.
    TestProject encrypted(
        {{"conf/provisioner.openicf-ldap.json", provisioner("{ \"$crypto\" : {} }")}});
    QCOMPARE(validateProvisioners(*Project::open(encrypted.path(), nullptr)).size(), 0);
}

void TestConnectorSecrets::plainSecretWarningInCli()
{
    TestProject files({{"conf/provisioner.openicf-ldap.json", provisioner("\"Passw0rd\"")}});
    QByteArray out;
    QByteArray err;
    QCOMPARE(syncstudio::test::runCli({"validate", files.path()}, &out, &err), 0); // a warning
    QVERIFY2(err.contains("provisioner.openicf-ldap.json:8:25:"), err.constData());
    QVERIFY2(err.contains("warning: credentials of connector \"ldap\" is written in the file"),
             err.constData());
    QVERIFY(!out.contains("Passw0rd") && !err.contains("Passw0rd"));
}

QTEST_GUILESS_MAIN(TestConnectorSecrets)
#include "TestConnectorSecrets.moc"
