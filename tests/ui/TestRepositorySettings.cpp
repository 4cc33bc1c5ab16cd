// The repository settings dialog, driven through its widgets: SQLite and PostgreSQL settings
// written to .syncstudio/repository.json and read back as a run reads them, a connection
// test against a real PostgreSQL (the "postgres" fixture), the password that goes to the
// keychain and never into the file, and the main window that uses the new repository.
#include "MainWindow.h"
#include "ReconciledExample.h"
#include "RepoTestBackend.h"
#include "config/Project.h"
#include "links/LinksView.h"
#include "project/ProjectTreeModel.h"
#include "recon/ProjectEnvironment.h"
#include "repo/Repository.h"
#include "repo/RepositorySettings.h"
#include "repository/RepositorySettingsDialog.h"
#include "secrets/Keychain.h"
#include "secrets/KeychainSecretLookup.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace syncstudio;
using repo::RepositorySettings;
using ui::RepositorySettingsDialog;

namespace {

const QString TestKeychainService = QStringLiteral("SyncStudio-test");

template <typename T> T* widget(QWidget* dialog, const char* name)
{
    return dialog->findChild<T*>(QString::fromLatin1(name));
}

void typeInto(QLineEdit* edit, const QString& text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

void typeInto(QSpinBox* spin, int value)
{
    spin->selectAll();
    QTest::keyClicks(spin, QString::number(value));
    QTest::keyClick(spin, Qt::Key_Tab);
}

void click(QAbstractButton* button)
{
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
}

void clickOk(QDialog* dialog)
{
    click(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok));
}

QJsonObject fileJson(const QString& projectRoot)
{
    QFile file(RepositorySettings::settingsFile(projectRoot));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QByteArray fileBytes(const QString& projectRoot)
{
    QFile file(RepositorySettings::settingsFile(projectRoot));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A port on loopback where nothing listens (it was free a moment ago).
int closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

class TestRepositorySettings : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void noFileShowsTheSqliteDefault();
    void sqliteSettingsAreWrittenAndReadBack_data();
    void sqliteSettingsAreWrittenAndReadBack();
    void aMalformedFileIsNamedAndTheFormStartsFromDefaults();
    void theEnvironmentOverrideIsShown();
    void postgresTestConnectionReportsWhatItFound();
    void postgresFailures_data();
    void postgresFailures();
    void anUnwritableSqliteFolderIsReported();
    void postgresSettingsAreWrittenWithoutThePassword();
    void aPasswordTheKeychainDoesNotTakeChangesNothing();
    void thePasswordGoesToTheKeychainThatRunsReadFrom();
    void theMainWindowUsesTheNewRepository();
    void nothingIsCutOff_data();
    void nothingIsCutOff();

private:
    std::unique_ptr<RepositorySettingsDialog> makeDialog();
    std::unique_ptr<RepositorySettingsDialog> openDialog();
    void fillPostgres(RepositorySettingsDialog* dialog, const RepositorySettings& settings,
                      const QString& password);
    QString runTest(RepositorySettingsDialog* dialog, bool* connected);
    bool keyringExpected() const;

    test::RepoTestBackend m_backend;
    RepositorySettings m_server; // the suite's database on the fixture's server
    QTemporaryDir m_dir;
    std::unique_ptr<QTemporaryDir> m_project;
};

void TestRepositorySettings::initTestCase()
{
    qunsetenv(RepositorySettings::environmentVariable());
    // The PostgreSQL parts need the server of the "postgres" fixture (see CMakeLists.txt).
    qputenv("SYNCSTUDIO_TEST_BACKEND", "postgresql");
    QString error;
    QVERIFY2(m_backend.init(&error), qPrintable(error));
    m_server = m_backend.freshSettings();
}

void TestRepositorySettings::cleanupTestCase()
{
    m_backend.cleanup();
}

void TestRepositorySettings::init()
{
    // Each test starts from a project folder with no repository settings.
    m_project = std::make_unique<QTemporaryDir>();
    QDir(m_project->path()).mkpath(QStringLiteral("conf"));
    QFile sync(m_project->filePath(QStringLiteral("conf/sync.json")));
    QVERIFY(sync.open(QIODevice::WriteOnly));
    sync.write("{\n    \"mappings\" : [ ]\n}\n");
}

bool TestRepositorySettings::keyringExpected() const
{
    return !qEnvironmentVariableIsEmpty("SYNCSTUDIO_TEST_KEYRING");
}

std::unique_ptr<RepositorySettingsDialog> TestRepositorySettings::makeDialog()
{
    auto dialog = std::make_unique<RepositorySettingsDialog>(m_project->path());
    dialog->setKeychainService(TestKeychainService);
    return dialog;
}

std::unique_ptr<RepositorySettingsDialog> TestRepositorySettings::openDialog()
{
    auto dialog = makeDialog();
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog.get()))
        return nullptr;
    return dialog;
}

void TestRepositorySettings::fillPostgres(RepositorySettingsDialog* dialog,
                                          const RepositorySettings& settings,
                                          const QString& password)
{
    click(widget<QRadioButton>(dialog, "postgresBackend"));
    typeInto(widget<QLineEdit>(dialog, "host"), settings.host);
    typeInto(widget<QSpinBox>(dialog, "port"), settings.port);
    typeInto(widget<QLineEdit>(dialog, "database"), settings.database);
    typeInto(widget<QLineEdit>(dialog, "user"), settings.user);
    typeInto(widget<QLineEdit>(dialog, "password"), password);
}

QString TestRepositorySettings::runTest(RepositorySettingsDialog* dialog, bool* connected)
{
    QSignalSpy tested(dialog, &RepositorySettingsDialog::tested);
    QTest::mouseClick(dialog->testButton(), Qt::LeftButton);
    // The test runs on a worker: the click returns at once, busy, with the button disabled.
    if (tested.isEmpty()) {
        if (dialog->testButton()->isEnabled() ||
            widget<QProgressBar>(dialog, "testBusy")->isHidden() ||
            !dialog->testResult()->text().startsWith(QLatin1String("Connecting to ")))
            return QStringLiteral("(not busy while testing)");
        if (!tested.wait(60000))
            return QStringLiteral("(no answer)");
        if (!widget<QProgressBar>(dialog, "testBusy")->isHidden() ||
            !dialog->testButton()->isEnabled())
            return QStringLiteral("(still busy after the answer)");
    }
    *connected = tested.first().at(0).toBool();
    if (tested.first().at(1).toString() != dialog->testResult()->text())
        return QStringLiteral("(the signal and the label differ)");
    return dialog->testResult()->text();
}

void TestRepositorySettings::noFileShowsTheSqliteDefault()
{
    auto dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(widget<QRadioButton>(dialog.get(), "sqliteBackend")->isChecked());
    QCOMPARE(widget<QLineEdit>(dialog.get(), "sqlitePath")->text(),
             QDir::toNativeSeparators(QStringLiteral(".syncstudio/repo.sqlite")));
    QVERIFY(!widget<QLabel>(dialog.get(), "loadError")->isVisible());
    QVERIFY(!widget<QLineEdit>(dialog.get(), "host")->isVisible());
    QCOMPARE(dialog->editedSettings().toJson(),
             RepositorySettings::defaults(m_project->path()).toJson());
    // Cancel writes nothing.
    dialog->reject();
    QVERIFY(!QFile::exists(RepositorySettings::settingsFile(m_project->path())));
}

void TestRepositorySettings::sqliteSettingsAreWrittenAndReadBack_data()
{
    QTest::addColumn<QString>("typed");   // into the file field; relative to the project
    QTest::addColumn<QString>("written"); // "path" in repository.json
    QTest::newRow("inside the project") << "data/links.sqlite"
                                        << "data/links.sqlite";
    const QString outside = m_dir.filePath(QStringLiteral("shared/links.sqlite"));
    QTest::newRow("outside the project") << outside << outside;
}

void TestRepositorySettings::sqliteSettingsAreWrittenAndReadBack()
{
    QFETCH(QString, typed);
    QFETCH(QString, written);
    const QString absolute = QDir::cleanPath(QDir(m_project->path()).absoluteFilePath(typed));
    {
        auto dialog = openDialog();
        QVERIFY(dialog);
        QSignalSpy saved(dialog.get(), &RepositorySettingsDialog::saved);
        click(widget<QRadioButton>(dialog.get(), "sqliteBackend"));
        typeInto(widget<QLineEdit>(dialog.get(), "sqlitePath"), typed);
        clickOk(dialog.get());
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        QCOMPARE(saved.count(), 1);
    }
    QCOMPARE(fileJson(m_project->path()).value(QStringLiteral("type")).toString(),
             QStringLiteral("sqlite"));
    QCOMPARE(fileJson(m_project->path()).value(QStringLiteral("path")).toString(), written);
    // A reconciliation reads the file back to the same settings.
    RepositorySettings loaded;
    QString error;
    QVERIFY2(RepositorySettings::load(m_project->path(), &loaded, &error), qPrintable(error));
    QCOMPARE(loaded.backend, RepositorySettings::Backend::SQLite);
    QCOMPARE(loaded.sqlitePath, absolute);
    // The dialog shows what it wrote.
    auto again = openDialog();
    QVERIFY(again);
    QCOMPARE(widget<QLineEdit>(again.get(), "sqlitePath")->text(), QDir::toNativeSeparators(typed));
}

void TestRepositorySettings::aMalformedFileIsNamedAndTheFormStartsFromDefaults()
{
    QDir(m_project->path()).mkpath(QStringLiteral(".syncstudio"));
    QFile file(RepositorySettings::settingsFile(m_project->path()));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"type\": \"postgresql\", ");
    file.close();
    auto dialog = openDialog();
    QVERIFY(dialog);
    auto* error = widget<QLabel>(dialog.get(), "loadError");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("repository.json")), qPrintable(error->text()));
    QVERIFY2(dialog->loadError().contains(QStringLiteral("not a JSON object")),
             qPrintable(dialog->loadError()));
    QVERIFY(widget<QRadioButton>(dialog.get(), "sqliteBackend")->isChecked());
    // OK replaces it with a file a run can read.
    clickOk(dialog.get());
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    RepositorySettings loaded;
    QString loadError;
    QVERIFY2(RepositorySettings::load(m_project->path(), &loaded, &loadError),
             qPrintable(loadError));
    QCOMPARE(loaded.toJson(), RepositorySettings::defaults(m_project->path()).toJson());
}

void TestRepositorySettings::theEnvironmentOverrideIsShown()
{
    // The dialog edits the project's file; runs use the one SYNCSTUDIO_REPOSITORY names.
    RepositorySettings projectSettings = m_server;
    QString error;
    QVERIFY2(projectSettings.save(m_project->path(), &error), qPrintable(error));
    const QString ci = m_project->filePath(QStringLiteral("ci.json"));
    QFile file(ci);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"type": "sqlite"})");
    file.close();
    qputenv(RepositorySettings::environmentVariable(), ci.toUtf8());
    auto dialog = openDialog();
    qunsetenv(RepositorySettings::environmentVariable());
    QVERIFY(dialog);
    auto* note = widget<QLabel>(dialog.get(), "environmentNote");
    QVERIFY(note && note->isVisible());
    QVERIFY2(note->text().contains(QDir::toNativeSeparators(ci)), qPrintable(note->text()));
    QVERIFY(widget<QRadioButton>(dialog.get(), "postgresBackend")->isChecked());
    QCOMPARE(dialog->editedSettings().describe(), m_server.describe());
}

void TestRepositorySettings::postgresTestConnectionReportsWhatItFound()
{
    auto dialog = openDialog();
    QVERIFY(dialog);
    fillPostgres(dialog.get(), m_server, m_backend.password());
    QCOMPARE(dialog->editedSettings().describe(), m_server.describe());
    bool connected = false;
    const QString result = runTest(dialog.get(), &connected);
    QVERIFY2(connected, qPrintable(result));
    QVERIFY2(result.startsWith(QStringLiteral("Connected: PostgreSQL 1")), qPrintable(result));
    QVERIFY2(result.contains(QStringLiteral("schema version 2")), qPrintable(result));
    QVERIFY2(result.contains(QStringLiteral("0 links, 0 recorded runs, 0 managed objects")),
             qPrintable(result));
    // Testing writes no settings.
    QVERIFY(!QFile::exists(RepositorySettings::settingsFile(m_project->path())));
}

void TestRepositorySettings::postgresFailures_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("expected"); // in the result line
    QTest::newRow("nothing listens at the port") << "port"
                                                 << "127.0.0.1:%port";
    QTest::newRow("wrong password") << "password"
                                    << "refused the password of user";
    QTest::newRow("no such database") << "database"
                                      << "has no database \"no_such_database\"";
}

void TestRepositorySettings::postgresFailures()
{
    QFETCH(QString, what);
    QFETCH(QString, expected);
    RepositorySettings settings = m_server;
    QString password = m_backend.password();
    if (what == QLatin1String("port"))
        settings.port = closedPort();
    else if (what == QLatin1String("password"))
        password = QStringLiteral("not-the-password");
    else
        settings.database = QStringLiteral("no_such_database");
    expected.replace(QStringLiteral("%port"), QString::number(settings.port));
    auto dialog = openDialog();
    QVERIFY(dialog);
    fillPostgres(dialog.get(), settings, password);
    bool connected = true;
    const QString result = runTest(dialog.get(), &connected);
    QVERIFY2(!connected, qPrintable(result));
    QVERIFY2(result.startsWith(QStringLiteral("Failed: ")), qPrintable(result));
    QVERIFY2(result.contains(expected), qPrintable(result));
    QVERIFY2(result.contains(QStringLiteral("Hint: ")), qPrintable(result));
    QVERIFY(!result.contains(password));
}

void TestRepositorySettings::anUnwritableSqliteFolderIsReported()
{
    // A folder cannot be made below a regular file, whoever runs the test.
    QFile blocker(m_project->filePath(QStringLiteral("blocker")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    auto dialog = openDialog();
    QVERIFY(dialog);
    typeInto(widget<QLineEdit>(dialog.get(), "sqlitePath"), QStringLiteral("blocker/repo.sqlite"));
    bool connected = true;
    const QString result = runTest(dialog.get(), &connected);
    QVERIFY2(!connected, qPrintable(result));
    QVERIFY2(result.contains(m_project->filePath(QStringLiteral("blocker"))), qPrintable(result));
}

void TestRepositorySettings::postgresSettingsAreWrittenWithoutThePassword()
{
    auto dialog = openDialog();
    QVERIFY(dialog);
    // An empty password field keeps whatever the keychain has: nothing is stored.
    QSignalSpy stored(dialog.get(), &RepositorySettingsDialog::passwordStored);
    fillPostgres(dialog.get(), m_server, QString());
    clickOk(dialog.get());
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(stored.count(), 0);
    const QJsonObject json = fileJson(m_project->path());
    QCOMPARE(json.value(QStringLiteral("type")).toString(), QStringLiteral("postgresql"));
    QVERIFY(!json.contains(QStringLiteral("password")));
    RepositorySettings loaded;
    QString error;
    QVERIFY2(RepositorySettings::load(m_project->path(), &loaded, &error), qPrintable(error));
    QCOMPARE(loaded.describe(), m_server.describe());
    QCOMPARE(loaded.toJson(), m_server.toJson());
}

void TestRepositorySettings::aPasswordTheKeychainDoesNotTakeChangesNothing()
{
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("a keychain may be reachable here: this covers the run without one");
    auto dialog = openDialog();
    QVERIFY(dialog);
    QSignalSpy stored(dialog.get(), &RepositorySettingsDialog::passwordStored);
    fillPostgres(dialog.get(), m_server, m_backend.password());
    clickOk(dialog.get());
    QVERIFY(stored.wait(150000));
    QCOMPARE(stored.first().at(0).toBool(), false);
    QVERIFY(dialog->isVisible());
    auto* status = widget<QLabel>(dialog.get(), "settingsStatus");
    QVERIFY2(status->text().contains(QStringLiteral("not stored in the keychain")),
             qPrintable(status->text()));
    QVERIFY(!QFile::exists(RepositorySettings::settingsFile(m_project->path())));
}

void TestRepositorySettings::thePasswordGoesToTheKeychainThatRunsReadFrom()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        if (keyringExpected())
            QFAIL("SYNCSTUDIO_TEST_KEYRING is set but there is no D-Bus session");
        QSKIP("no keyring is reachable: TestRepositorySettingsKeyring covers this");
    }
    const secrets::Keychain keychain(TestKeychainService);
    const QString key = secrets::Keychain::entryKey(
        m_project->path(), repo::Repository::secretConnectorName(), repo::Repository::secretKey());
    keychain.remove(key);
    {
        auto dialog = openDialog();
        QVERIFY(dialog);
        QSignalSpy checked(dialog.get(), &RepositorySettingsDialog::keychainChecked);
        QSignalSpy stored(dialog.get(), &RepositorySettingsDialog::passwordStored);
        fillPostgres(dialog.get(), m_server, m_backend.password());
        QVERIFY(checked.wait(30000));
        QCOMPARE(checked.first().at(0).toBool(), false); // nothing stored yet
        clickOk(dialog.get());
        QVERIFY(stored.wait(30000));
        QVERIFY2(stored.first().at(0).toBool(), qPrintable(stored.first().at(1).toString()));
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
    }
    // In the keychain, not in the file.
    QString secret;
    QVERIFY(keychain.read(key, &secret).ok());
    QCOMPARE(secret, m_backend.password());
    const QByteArray file = fileBytes(m_project->path());
    QVERIFY(!file.isEmpty());
    QVERIFY(!file.contains(m_backend.password().toUtf8()));
    QVERIFY(!fileJson(m_project->path()).contains(QStringLiteral("password")));

    // A reconciliation's environment finds the repository with the keychain's password.
    QString error;
    std::unique_ptr<config::Project> project = config::Project::open(m_project->path(), &error);
    QVERIFY2(project, qPrintable(error));
    auto environment = recon::ProjectEnvironment::open(
        *project, secrets::keychainSecretLookup(m_project->path(), keychain), &error);
    QVERIFY2(environment, qPrintable(error));
    QCOMPARE(environment->repository().settings().describe(), m_server.describe());
    environment.reset();

    // The dialog says so when opened again, and tests with the stored password.
    auto again = makeDialog();
    QSignalSpy checked(again.get(), &RepositorySettingsDialog::keychainChecked);
    again->show();
    QVERIFY(widget<QRadioButton>(again.get(), "postgresBackend")->isChecked());
    QVERIFY(checked.wait(30000));
    QCOMPARE(checked.first().at(0).toBool(), true);
    QVERIFY(widget<QLabel>(again.get(), "passwordState")
                ->text()
                .contains(QStringLiteral("stored in the keychain")));
    QVERIFY(widget<QLineEdit>(again.get(), "password")->text().isEmpty());
    bool connected = false;
    const QString result = runTest(again.get(), &connected);
    QVERIFY2(connected, qPrintable(result));
    QVERIFY(keychain.remove(key).ok());
}

void TestRepositorySettings::theMainWindowUsesTheNewRepository()
{
    // The example, reconciled into its default SQLite repository: 22 links.
    QTemporaryDir dir;
    QString error;
    const QString project = test::reconciledExampleProject(dir.path(), &error);
    QVERIFY2(!project.isEmpty(), qPrintable(error));
    ui::MainWindow window;
    window.setEnvironmentFactory([](const config::Project& p, QString* e) {
        return recon::ProjectEnvironment::selfContained(p, {}, e);
    });
    QVERIFY(window.openProject(project));
    QVERIFY(window.selectMapping(QStringLiteral("hrPeople_managedUser")));
    QVERIFY(window.setViewByName(QStringLiteral("links")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto settle = [&window] {
        bool done = false;
        window.linksView()->whenSettled([&done] { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
    };
    settle();
    QCOMPARE(window.linksView()->countLabel()->text(), QStringLiteral("22 links"));

    // The explorer shows the repository.
    QTreeView* tree = window.projectTree();
    const QModelIndex group = tree->model()->index(ui::ProjectTreeModel::Repository, 0);
    QCOMPARE(tree->model()->rowCount(group), 1);
    const QModelIndex item = tree->model()->index(0, 0, group);
    // Named relative to the project, as repository.json names it; the full path in the tip.
    QCOMPARE(item.data().toString(), QStringLiteral("SQLite .syncstudio/repo.sqlite"));
    QCOMPARE(item.data(Qt::ToolTipRole).toString(),
             RepositorySettings::defaults(project).describe());

    // Project > Repository...: another SQLite file.
    auto* action = window.findChild<QAction*>(QStringLiteral("editRepository"));
    QVERIFY(action);
    action->trigger();
    auto* dialog = window.findChild<RepositorySettingsDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    typeInto(widget<QLineEdit>(dialog, "sqlitePath"), QStringLiteral("other.sqlite"));
    clickOk(dialog);
    const QString other = QDir(project).filePath(QStringLiteral("other.sqlite"));
    const QString described = QStringLiteral("SQLite other.sqlite");
    QCOMPARE(tree->model()
                 ->index(0, 0, tree->model()->index(ui::ProjectTreeModel::Repository, 0))
                 .data()
                 .toString(),
             described);
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("other.sqlite")),
             qPrintable(window.statusBar()->currentMessage()));
    // The links browser reads the new, empty repository, not the one it had open.
    settle();
    QCOMPARE(window.linksView()->countLabel()->text(), QStringLiteral("0 links"));
    QVERIFY(QFile::exists(other));
    QTRY_VERIFY(!window.findChild<RepositorySettingsDialog*>());

    // Double-clicking the repository in the explorer opens the dialog on what was saved.
    const QModelIndex repository =
        tree->model()->index(0, 0, tree->model()->index(ui::ProjectTreeModel::Repository, 0));
    tree->scrollTo(repository);
    const QPoint at = tree->visualRect(repository).center();
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, at);
    QTRY_VERIFY(window.findChild<RepositorySettingsDialog*>());
    dialog = window.findChild<RepositorySettingsDialog*>();
    QCOMPARE(widget<QLineEdit>(dialog, "sqlitePath")->text(), QStringLiteral("other.sqlite"));
    // Back to the default: the 22 links are there again.
    typeInto(widget<QLineEdit>(dialog, "sqlitePath"), QStringLiteral(".syncstudio/repo.sqlite"));
    clickOk(dialog);
    settle();
    QCOMPARE(window.linksView()->countLabel()->text(), QStringLiteral("22 links"));
}

void TestRepositorySettings::nothingIsCutOff_data()
{
    QTest::addColumn<bool>("postgres");
    QTest::newRow("sqlite") << false;
    QTest::newRow("postgresql") << true;
}

void TestRepositorySettings::nothingIsCutOff()
{
    // As a person sees it after a connection test, in the main window's style: every line
    // of text fits its widget. SYNCSTUDIO_SCREENSHOT_DIR, when set, receives a picture of it.
    QFETCH(bool, postgres);
    ui::MainWindow window;
    auto dialog = std::make_unique<RepositorySettingsDialog>(m_project->path(), &window);
    dialog->setKeychainService(TestKeychainService);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    if (postgres)
        fillPostgres(dialog.get(), m_server, m_backend.password());
    bool connected = false;
    const QString result = runTest(dialog.get(), &connected);
    QVERIFY2(connected, qPrintable(result));
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    QApplication::processEvents();
    for (QWidget* w : dialog->findChildren<QWidget*>()) {
        if (!w->isVisible())
            continue;
        const auto* label = qobject_cast<QLabel*>(w);
        if (label && label->wordWrap())
            continue;
        if (label || qobject_cast<QAbstractButton*>(w))
            QVERIFY2(w->width() >= w->sizeHint().width() && w->height() >= w->sizeHint().height(),
                     qPrintable(QStringLiteral("%1 is %2x%3, needs %4x%5")
                                    .arg(w->objectName().isEmpty()
                                             ? label ? label->text() : w->metaObject()->className()
                                             : w->objectName())
                                    .arg(w->width())
                                    .arg(w->height())
                                    .arg(w->sizeHint().width())
                                    .arg(w->sizeHint().height())));
    }
    const QString directory = qEnvironmentVariable("SYNCSTUDIO_SCREENSHOT_DIR");
    if (!directory.isEmpty())
        QVERIFY(dialog->grab().save(
            QDir(directory).filePath(QStringLiteral("repository-dialog-%1.png")
                                         .arg(QLatin1String(QTest::currentDataTag())))));
}

QTEST_MAIN(TestRepositorySettings)
#include "TestRepositorySettings.moc"
