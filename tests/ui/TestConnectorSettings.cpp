// The connector settings dialog on the example project's CSV connector "hr": its form, an
// edit that changes exactly one line of the provisioner file (and undoes to the same
// bytes), and the connection test with the dialog's unsaved settings.
#include "MainWindow.h"
#include "config/Project.h"
#include "connectors/ConnectorSettings.h"
#include "connectors/ConnectorSettingsDialog.h"
#include "project/ExampleProject.h"
#include "project/ProjectDocument.h"
#include "project/ProjectTreeModel.h"
#include "secrets/Keychain.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace syncstudio;

namespace {

const QString HrFile = QStringLiteral("conf/provisioner.openicf-hr.json");

QStringList lines(const QByteArray& bytes)
{
    return QString::fromUtf8(bytes).split(QLatin1Char('\n'));
}

} // namespace

class TestConnectorSettings : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void settingsHelpers();
    void doubleClickOpensTheCsvForm();
    void okChangesExactlyTheEditedLine();
    void testConnectionUsesTheUnsavedSettings();
    void plainSecretIsFlagged();
    void plainSecretMovesToTheKeychain();

private:
    std::unique_ptr<ui::ProjectDocument> openDocument();
    std::unique_ptr<ui::ProjectDocument> openDatabaseProject(QTemporaryDir* dir);
    QString waitForTest(ui::ConnectorSettingsDialog* dialog);

    QTemporaryDir m_dir;
    QString m_project;
};

void TestConnectorSettings::initTestCase()
{
    QString error;
    m_project = ui::materializeExampleProject(m_dir.filePath(QStringLiteral("example")), &error);
    QVERIFY2(!m_project.isEmpty(), qPrintable(error));
}

std::unique_ptr<ui::ProjectDocument> TestConnectorSettings::openDocument()
{
    QString error;
    std::unique_ptr<config::Project> project = config::Project::open(m_project, &error);
    if (!project)
        return nullptr;
    return std::make_unique<ui::ProjectDocument>(std::move(project));
}

QString TestConnectorSettings::waitForTest(ui::ConnectorSettingsDialog* dialog)
{
    QSignalSpy tested(dialog, &ui::ConnectorSettingsDialog::tested);
    QTest::mouseClick(dialog->testButton(), Qt::LeftButton);
    if (!tested.wait(30000))
        return QStringLiteral("(no answer)");
    return dialog->testResult()->text();
}

void TestConnectorSettings::settingsHelpers()
{
    using S = ui::ConnectorSettings;
    QCOMPARE(S::kindOf(QStringLiteral("org.identityconnectors.ldap.LdapConnector")), S::Kind::Ldap);
    QCOMPARE(S::kindOf(QStringLiteral("org.forgerock.openicf.csvfile.CSVFileConnector")),
             S::Kind::Csv);
    QCOMPARE(S::kindOf(QStringLiteral("org.syncstudio.connectors.scim.ScimConnector")),
             S::Kind::Scim);
    QCOMPARE(S::kindOf(QStringLiteral("org.example.Other")), S::Kind::Other);
    QCOMPARE(S::secretKeys(S::Kind::Scim, {}),
             QStringList({QStringLiteral("bearerToken"), QStringLiteral("password")}));
    QCOMPARE(S::secretKeys(S::Kind::Other, QJsonObject{{QStringLiteral("password"), 1},
                                                       {QStringLiteral("host"), 2}}),
             QStringList{QStringLiteral("password")});
    QCOMPARE(S::jsonText(QStringLiteral("a\"b")), QStringLiteral("\"a\\\"b\""));
    QCOMPARE(S::parseJsonText(QStringLiteral("389")), QJsonValue(389));
    QCOMPARE(S::parseJsonText(QStringLiteral("plain text")),
             QJsonValue(QStringLiteral("plain text")));
    const QJsonObject before{{QStringLiteral("a"), 1}, {QStringLiteral("b"), 2}};
    const QJsonObject after{
        {QStringLiteral("a"), 1}, {QStringLiteral("b"), 3}, {QStringLiteral("c"), true}};
    const auto changes = S::changes(before, after);
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes.at(0).first, QStringLiteral("b"));
    QCOMPARE(changes.at(1).first, QStringLiteral("c"));
    QVERIFY(S::changes(after, before).last().second.isUndefined());
}

void TestConnectorSettings::doubleClickOpensTheCsvForm()
{
    ui::MainWindow window;
    QVERIFY(window.openProject(m_project));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTreeView* tree = window.projectTree();
    const QModelIndex group = tree->model()->index(ui::ProjectTreeModel::Connectors, 0);
    QModelIndex hr;
    for (int row = 0; row < tree->model()->rowCount(group); ++row) {
        const QModelIndex index = tree->model()->index(row, 0, group);
        if (index.data(ui::ProjectTreeModel::NameRole).toString() == QLatin1String("hr"))
            hr = index;
    }
    QVERIFY(hr.isValid());
    tree->scrollTo(hr);
    const QPoint at = tree->visualRect(hr).center();
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, at);
    QTRY_VERIFY(window.findChild<ui::ConnectorSettingsDialog*>());
    auto* dialog = window.findChild<ui::ConnectorSettingsDialog*>();
    for (const char* key :
         {"csvFile", "headerUid", "headerName", "fieldDelimiter", "quoteCharacter"})
        QVERIFY2(qobject_cast<QLineEdit*>(dialog->fieldEditor(QString::fromLatin1(key))), key);
    QCOMPARE(qobject_cast<QLineEdit*>(dialog->fieldEditor(QStringLiteral("csvFile")))->text(),
             QStringLiteral("&{launcher.project.location}/data/people.csv"));
    QCOMPARE(dialog->otherSettings()->rowCount(), 0); // the form covers everything
    dialog->reject();
}

void TestConnectorSettings::okChangesExactlyTheEditedLine()
{
    auto document = openDocument();
    QVERIFY(document);
    const QByteArray before = document->file(HrFile)->bytes();
    ui::ConnectorSettingsDialog dialog(document.get(), QStringLiteral("hr"));
    QVERIFY(dialog.isValid());
    auto* delimiter =
        qobject_cast<QLineEdit*>(dialog.fieldEditor(QStringLiteral("fieldDelimiter")));
    QVERIFY(delimiter);
    delimiter->selectAll();
    QTest::keyClicks(delimiter, QStringLiteral(";"));
    QCOMPARE(delimiter->text(), QStringLiteral(";"));
    auto* buttons = dialog.findChild<QDialogButtonBox*>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    const QByteArray after = document->file(HrFile)->bytes();
    const QStringList a = lines(before), b = lines(after);
    QCOMPARE(a.size(), b.size());
    QStringList changed;
    for (int i = 0; i < a.size(); ++i) {
        if (a.at(i) != b.at(i))
            changed << b.at(i);
    }
    QCOMPARE(changed, QStringList{QStringLiteral("        \"fieldDelimiter\" : \";\"")});
    QVERIFY(document->file(HrFile)->modified);
    QCOMPARE(document->undoStack()->count(), 1);
    document->undoStack()->undo();
    QCOMPARE(document->file(HrFile)->bytes(), before);
}

void TestConnectorSettings::testConnectionUsesTheUnsavedSettings()
{
    auto document = openDocument();
    QVERIFY(document);
    const QByteArray before = document->file(HrFile)->bytes();
    ui::ConnectorSettingsDialog dialog(document.get(), QStringLiteral("hr"));
    QCOMPARE(waitForTest(&dialog), QStringLiteral("Connected"));

    auto* file = qobject_cast<QLineEdit*>(dialog.fieldEditor(QStringLiteral("csvFile")));
    file->setText(QStringLiteral("&{launcher.project.location}/data/missing.csv"));
    const QString result = waitForTest(&dialog);
    QVERIFY2(result.startsWith(QLatin1String("Failed: ")), qPrintable(result));
    QVERIFY2(result.contains(QLatin1String("missing.csv")), qPrintable(result));
    // The test did not touch the file.
    QCOMPARE(document->file(HrFile)->bytes(), before);
    QCOMPARE(document->undoStack()->count(), 0);
}

void TestConnectorSettings::plainSecretIsFlagged()
{
    // A generic connector whose file holds a password in plain text: the dialog says so and
    // offers to move it; the rest is in the key/value table. Nothing is stored here (a GUI
    // test must not need a keyring): Cancel leaves everything as it was.
    QTemporaryDir dir;
    auto document = openDatabaseProject(&dir);
    QVERIFY(document);
    ui::ConnectorSettingsDialog dialog(document.get(), QStringLiteral("db"));
    QVERIFY(dialog.isValid());
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("passwordWarning")));
    QVERIFY(dialog.findChild<QWidget*>(QStringLiteral("passwordMoveToKeychain")));
    QCOMPARE(dialog.otherSettings()->rowCount(), 2);
    QVERIFY(!dialog.editedProperties().isEmpty());
    QCOMPARE(dialog.editedProperties().value(QStringLiteral("user")).toString(),
             QStringLiteral("idm"));
    // An edited table value reaches the file as JSON.
    dialog.otherSettings()->item(1, 1)->setText(QStringLiteral("\"root\""));
    QCOMPARE(dialog.editedProperties().value(QStringLiteral("user")).toString(),
             QStringLiteral("root"));
    dialog.reject();
    QCOMPARE(document->undoStack()->count(), 0);
}

std::unique_ptr<ui::ProjectDocument> TestConnectorSettings::openDatabaseProject(QTemporaryDir* dir)
{
    QDir().mkpath(dir->filePath(QStringLiteral("conf")));
    QFile file(dir->filePath(QStringLiteral("conf/provisioner.openicf-db.json")));
    if (!file.open(QIODevice::WriteOnly))
        return nullptr;
    file.write(R"({
    "name" : "db",
    "connectorRef" : { "connectorName" : "org.identityconnectors.databasetable.DatabaseTableConnector" },
    "configurationProperties" : {
        "url" : "jdbc:mysql://localhost/hr",
        "user" : "idm",
        "password" : "secret"
    }
}
)");
    file.close();
    QString error;
    std::unique_ptr<config::Project> project = config::Project::open(dir->path(), &error);
    if (!project)
        return nullptr;
    return std::make_unique<ui::ProjectDocument>(std::move(project));
}

void TestConnectorSettings::plainSecretMovesToTheKeychain()
{
    // Storing needs a Secret Service; a GUI test must not need one (nor touch the user's
    // own keyring: the entries go to a service of the tests). Run it with
    // tests/fixtures/keyring/run-with-keyring.sh to cover storing too.
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("no keyring is reachable (no D-Bus session): moving the password into the "
              "keychain is not tested in this run");
    QTemporaryDir dir;
    auto document = openDatabaseProject(&dir);
    QVERIFY(document);
    const QString path = QStringLiteral("conf/provisioner.openicf-db.json");
    const QByteArray before = document->file(path)->bytes();
    ui::ConnectorSettingsDialog dialog(document.get(), QStringLiteral("db"));
    dialog.setKeychainService(QStringLiteral("SyncStudio-test"));
    auto* move = dialog.findChild<QCheckBox*>(QStringLiteral("passwordMoveToKeychain"));
    QVERIFY(move);
    move->setChecked(true);
    QSignalSpy stored(&dialog, &ui::ConnectorSettingsDialog::secretsStored);
    QTest::mouseClick(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QVERIFY(stored.wait(30000));
    if (!stored.first().at(0).toBool())
        QSKIP(qPrintable(QStringLiteral("no keyring is reachable, nothing stored: %1")
                             .arg(stored.first().at(1).toString())));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const QByteArray after = document->file(path)->bytes();
    QVERIFY(!after.contains("password"));
    QVERIFY(after.contains("\"user\" : \"idm\""));
    const secrets::Keychain keychain(QStringLiteral("SyncStudio-test"));
    const QString key = secrets::Keychain::entryKey(
        document->project().rootPath(), QStringLiteral("db"), QStringLiteral("password"));
    QString secret;
    QVERIFY(keychain.read(key, &secret).ok());
    QCOMPARE(secret, QStringLiteral("secret"));
    QVERIFY(keychain.remove(key).ok());
    document->undoStack()->undo();
    QCOMPARE(document->file(path)->bytes(), before);
}

QTEST_MAIN(TestConnectorSettings)
#include "TestConnectorSettings.moc"
