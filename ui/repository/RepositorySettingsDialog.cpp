#include "RepositorySettingsDialog.h"

#include "common/BackgroundTask.h"
#include "repo/Repository.h"
#include "repo/RepositoryCheck.h"
#include "secrets/Keychain.h"
#include "secrets/KeychainSecretLookup.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace syncstudio::ui {

namespace {

const QString ErrorStyle = QStringLiteral("color: #c62828;");
const QString SuccessStyle = QStringLiteral("color: #2e7d32;");
const QString NoteStyle = QStringLiteral("color: #6b7280;");

struct KeychainAnswer
{
    secrets::Keychain::Result::Status status = secrets::Keychain::Result::Status::NotFound;
    QString message;
};

QString passwordEntryKey(const QString& projectRoot)
{
    return secrets::Keychain::entryKey(projectRoot, repo::Repository::secretConnectorName(),
                                       repo::Repository::secretKey());
}

QLabel* noteLabel(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

} // namespace

RepositorySettingsDialog::RepositorySettingsDialog(const QString& projectRoot, QWidget* parent)
    : QDialog(parent)
    , m_projectRoot(projectRoot)
{
    setWindowTitle(tr("Repository"));
    setObjectName(QStringLiteral("repositorySettings"));
    auto* layout = new QVBoxLayout(this);

    auto* intro = new QLabel(tr("Where this project keeps its links, recorded runs and managed "
                                "objects. The settings are saved in %1.")
                                 .arg(QStringLiteral(".syncstudio/repository.json")));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* loadError = noteLabel(QStringLiteral("loadError"));
    loadError->setStyleSheet(ErrorStyle);
    layout->addWidget(loadError);
    repo::RepositorySettings settings;
    if (!repo::RepositorySettings::loadProjectFile(projectRoot, &settings, &m_loadError)) {
        settings = repo::RepositorySettings::defaults(projectRoot);
        loadError->setText(
            tr("%1\nThe form starts from the defaults; OK replaces the file.").arg(m_loadError));
        loadError->show();
    }
    const QString overridden =
        qEnvironmentVariable(repo::RepositorySettings::environmentVariable());
    if (!overridden.isEmpty()) {
        auto* note = noteLabel(QStringLiteral("environmentNote"));
        note->setText(tr("%1 is set: reconciliations use %2 instead of these settings until it "
                         "is unset.")
                          .arg(QLatin1String(repo::RepositorySettings::environmentVariable()),
                               QDir::toNativeSeparators(overridden)));
        note->setStyleSheet(QStringLiteral("color: #b45309;"));
        note->show();
        layout->addWidget(note);
    }

    auto* backendBox = new QGroupBox(tr("Backend"));
    auto* backendLayout = new QVBoxLayout(backendBox);
    m_sqlite = new QRadioButton(tr("SQLite: a file on this computer (the default)"));
    m_sqlite->setObjectName(QStringLiteral("sqliteBackend"));
    m_postgres = new QRadioButton(tr("PostgreSQL: a database server a team can share"));
    m_postgres->setObjectName(QStringLiteral("postgresBackend"));
    auto* choice = new QButtonGroup(this);
    choice->addButton(m_sqlite);
    choice->addButton(m_postgres);
    backendLayout->addWidget(m_sqlite);
    backendLayout->addWidget(m_postgres);
    layout->addWidget(backendBox);

    m_pages = new QStackedWidget;
    m_pages->addWidget(createSqlitePage());
    m_pages->addWidget(createPostgresPage());
    layout->addWidget(m_pages);

    auto* testRow = new QHBoxLayout;
    m_testButton = new QPushButton(tr("Test connection"));
    m_testButton->setObjectName(QStringLiteral("testConnection"));
    m_testBusy = new QProgressBar;
    m_testBusy->setObjectName(QStringLiteral("testBusy"));
    m_testBusy->setRange(0, 0); // busy: no percentage to show
    m_testBusy->setTextVisible(false);
    m_testBusy->setFixedSize(80, 12);
    m_testBusy->hide();
    m_testResult = new QLabel;
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    testRow->addWidget(m_testButton, 0, Qt::AlignTop);
    testRow->addWidget(m_testBusy, 0, Qt::AlignVCenter);
    testRow->addWidget(m_testResult, 1);
    layout->addLayout(testRow);
    connect(m_testButton, &QPushButton::clicked, this, &RepositorySettingsDialog::testConnection);

    m_status = noteLabel(QStringLiteral("settingsStatus"));
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addSpacing(6);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RepositorySettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RepositorySettingsDialog::reject);
    layout->addWidget(m_buttons);

    setForm(settings);
    connect(m_sqlite, &QRadioButton::toggled, this, &RepositorySettingsDialog::backendChosen);
    backendChosen();
    resize(560, sizeHint().height());
}

namespace {

// A page of the stacked backends: the group at its natural height, space below it, so the
// shorter page does not stretch its frame to the taller one's height.
QWidget* backendPage(QGroupBox* group)
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(group);
    layout->addStretch(1);
    return page;
}

} // namespace

QWidget* RepositorySettingsDialog::createSqlitePage()
{
    auto* group = new QGroupBox(tr("SQLite"));
    auto* form = new QFormLayout(group);
    auto* row = new QHBoxLayout;
    m_sqlitePath = new QLineEdit;
    m_sqlitePath->setObjectName(QStringLiteral("sqlitePath"));
    m_sqlitePath->setToolTip(tr("A path relative to the project folder moves with the project"));
    auto* browse = new QPushButton(tr("Browse\u2026"));
    browse->setObjectName(QStringLiteral("browseSqlite"));
    connect(browse, &QPushButton::clicked, this, &RepositorySettingsDialog::browseSqliteFile);
    row->addWidget(m_sqlitePath, 1);
    row->addWidget(browse);
    form->addRow(tr("Database file:"), row);
    auto* note = new QLabel(tr("Created on first use. Keep it out of version control (add "
                               ".syncstudio/ to .gitignore)."));
    note->setWordWrap(true);
    note->setStyleSheet(NoteStyle);
    form->addRow(QString(), note);
    return backendPage(group);
}

QWidget* RepositorySettingsDialog::createPostgresPage()
{
    auto* group = new QGroupBox(tr("PostgreSQL"));
    auto* form = new QFormLayout(group);
    m_host = new QLineEdit;
    m_host->setObjectName(QStringLiteral("host"));
    m_port = new QSpinBox;
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setGroupSeparatorShown(false);
    m_database = new QLineEdit;
    m_database->setObjectName(QStringLiteral("database"));
    m_user = new QLineEdit;
    m_user->setObjectName(QStringLiteral("user"));
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordState = new QLabel;
    m_passwordState->setObjectName(QStringLiteral("passwordState"));
    m_passwordState->setWordWrap(true);
    m_passwordState->setStyleSheet(NoteStyle);
    form->addRow(tr("Host:"), m_host);
    form->addRow(tr("Port:"), m_port);
    form->addRow(tr("Database:"), m_database);
    form->addRow(tr("User:"), m_user);
    form->addRow(tr("Password:"), m_password);
    form->addRow(QString(), m_passwordState);
    return backendPage(group);
}

void RepositorySettingsDialog::setForm(const repo::RepositorySettings& settings)
{
    const bool postgres = settings.backend == repo::RepositorySettings::Backend::PostgreSQL;
    m_postgres->setChecked(postgres);
    m_sqlite->setChecked(!postgres);
    // The other backend's fields show its defaults, ready when the user switches.
    const repo::RepositorySettings defaults = repo::RepositorySettings::defaults(m_projectRoot);
    m_sqlitePath->setText(displayPath(postgres ? defaults.sqlitePath : settings.sqlitePath));
    m_host->setText(settings.host);
    m_port->setValue(settings.port);
    m_database->setText(settings.database);
    m_user->setText(settings.user);
}

void RepositorySettingsDialog::backendChosen()
{
    const bool postgres = m_postgres->isChecked();
    m_pages->setCurrentIndex(postgres ? 1 : 0);
    if (postgres && isVisible())
        checkKeychain();
}

void RepositorySettingsDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    if (m_postgres->isChecked())
        checkKeychain();
}

void RepositorySettingsDialog::checkKeychain()
{
    // Once per dialog: the answer does not change while it is open, and each read may make
    // the keychain ask the user to unlock it.
    if (m_keychainCheckStarted)
        return;
    m_keychainCheckStarted = true;
    m_passwordState->setText(tr("Checking the keychain\u2026"));
    const QString key = passwordEntryKey(m_projectRoot);
    const QString service = m_keychainService;
    runInBackground<KeychainAnswer>(
        this,
        [key, service] {
            QString secret; // only whether there is one matters here
            const secrets::Keychain::Result r = secrets::Keychain(service).read(key, &secret);
            return KeychainAnswer{r.status, r.message};
        },
        [this](const KeychainAnswer& answer) {
            using Status = secrets::Keychain::Result::Status;
            const bool stored = answer.status == Status::Ok;
            if (stored) {
                m_password->setPlaceholderText(tr("unchanged (stored in the keychain)"));
                m_passwordState->setText(tr("A password is stored in the keychain. Type a new "
                                            "one to replace it."));
            } else if (answer.status == Status::NotFound) {
                m_password->setPlaceholderText(QString());
                m_passwordState->setText(tr("No password is stored in the keychain yet; OK "
                                            "stores the one typed here."));
            } else {
                m_password->setPlaceholderText(QString());
                m_passwordState->setText(tr("The keychain cannot be read: %1").arg(answer.message));
            }
            emit keychainChecked(stored, m_passwordState->text());
        });
}

QString RepositorySettingsDialog::displayPath(const QString& absolutePath) const
{
    const QString relative = QDir(m_projectRoot).relativeFilePath(absolutePath);
    const bool outside =
        relative == QLatin1String("..") || relative.startsWith(QLatin1String("../"));
    return QDir::toNativeSeparators(outside || !QDir::isRelativePath(relative) ? absolutePath
                                                                               : relative);
}

QString RepositorySettingsDialog::absolutePath(const QString& displayed) const
{
    const QString path = QDir::fromNativeSeparators(displayed.trimmed());
    if (path.isEmpty())
        return {};
    return QDir::cleanPath(QDir(m_projectRoot).absoluteFilePath(path));
}

void RepositorySettingsDialog::browseSqliteFile()
{
    const QString current = absolutePath(m_sqlitePath->text());
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Repository file"), current.isEmpty() ? m_projectRoot : current,
        tr("SQLite databases (*.sqlite *.db);;All files (*)"), nullptr,
        QFileDialog::DontConfirmOverwrite); // an existing repository is opened, not replaced
    if (!chosen.isEmpty())
        m_sqlitePath->setText(displayPath(chosen));
}

repo::RepositorySettings RepositorySettingsDialog::editedSettings() const
{
    repo::RepositorySettings settings = repo::RepositorySettings::defaults(m_projectRoot);
    if (m_postgres->isChecked()) {
        settings.backend = repo::RepositorySettings::Backend::PostgreSQL;
        settings.host = m_host->text().trimmed();
        settings.port = m_port->value();
        settings.database = m_database->text().trimmed();
        settings.user = m_user->text().trimmed();
    } else {
        settings.sqlitePath = absolutePath(m_sqlitePath->text());
    }
    return settings;
}

QString RepositorySettingsDialog::formProblem(const repo::RepositorySettings& settings) const
{
    if (settings.backend == repo::RepositorySettings::Backend::SQLite)
        return settings.sqlitePath.isEmpty() ? tr("Enter the database file.") : QString();
    if (settings.host.isEmpty())
        return tr("Enter the host of the PostgreSQL server.");
    if (settings.database.isEmpty())
        return tr("Enter the name of the database.");
    if (settings.user.isEmpty())
        return tr("Enter the user to connect as.");
    return {};
}

void RepositorySettingsDialog::testConnection()
{
    const repo::RepositorySettings settings = editedSettings();
    const QString problem = formProblem(settings);
    if (!problem.isEmpty()) {
        m_testResult->setStyleSheet(ErrorStyle);
        m_testResult->setText(problem);
        emit tested(false, problem);
        return;
    }
    const QString typedPassword = m_postgres->isChecked() ? m_password->text() : QString();
    const QString projectRoot = m_projectRoot;
    const QString service = m_keychainService;
    m_testing = true;
    m_testButton->setEnabled(false);
    m_testBusy->show();
    m_testResult->setStyleSheet(QString());
    m_testResult->setText(tr("Connecting to %1\u2026").arg(settings.describe()));
    runInBackground<repo::RepositoryCheck>(
        this,
        [settings, typedPassword, projectRoot, service] {
            // The password typed in the form, else the one a run would take from the keychain.
            const connectors::SecretLookup keychain =
                secrets::keychainSecretLookup(projectRoot, secrets::Keychain(service));
            const connectors::SecretLookup lookup = [typedPassword, keychain](const QString& name,
                                                                              const QString& key) {
                const bool isPassword = name == repo::Repository::secretConnectorName() &&
                                        key == repo::Repository::secretKey();
                return isPassword && !typedPassword.isEmpty() ? typedPassword : keychain(name, key);
            };
            return repo::checkRepository(settings, lookup);
        },
        [this](const repo::RepositoryCheck& check) {
            m_testing = false;
            m_testButton->setEnabled(m_buttons->isEnabled());
            m_testBusy->hide();
            QString text;
            if (check.ok()) {
                const QLocale locale;
                const QString links = check.linkCount == 1
                                          ? tr("1 link")
                                          : tr("%1 links").arg(locale.toString(check.linkCount));
                const QString runs =
                    check.runCount == 1
                        ? tr("1 recorded run")
                        : tr("%1 recorded runs").arg(locale.toString(check.runCount));
                const QString objects =
                    check.managedObjectCount == 1
                        ? tr("1 managed object")
                        : tr("%1 managed objects").arg(locale.toString(check.managedObjectCount));
                text = tr("Connected: %1, schema version %2; %3, %4, %5")
                           .arg(check.server)
                           .arg(check.schemaVersion)
                           .arg(links, runs, objects);
                if (check.createdFile)
                    text += QLatin1Char('\n') +
                            tr("The file did not exist: it was created with empty tables.");
                m_testResult->setStyleSheet(SuccessStyle);
            } else {
                text = check.error.hint.isEmpty()
                           ? tr("Failed: %1").arg(check.error.message)
                           : tr("Failed: %1\nHint: %2").arg(check.error.message, check.error.hint);
                m_testResult->setStyleSheet(ErrorStyle);
            }
            m_testResult->setText(text);
            emit tested(check.ok(), text);
        });
}

void RepositorySettingsDialog::accept()
{
    const repo::RepositorySettings settings = editedSettings();
    const QString problem = formProblem(settings);
    if (!problem.isEmpty()) {
        showStatus(problem, true);
        return;
    }
    const QString password = m_postgres->isChecked() ? m_password->text() : QString();
    if (password.isEmpty()) {
        if (writeSettings(settings))
            QDialog::accept();
        return;
    }
    setBusy(true);
    showStatus(tr("Storing the password in the keychain\u2026"), false);
    const QString key = passwordEntryKey(m_projectRoot);
    const QString service = m_keychainService;
    runInBackground<KeychainAnswer>(
        this,
        [key, service, password] {
            const secrets::Keychain::Result r = secrets::Keychain(service).write(key, password);
            return KeychainAnswer{r.status, r.message};
        },
        [this, settings](const KeychainAnswer& answer) {
            setBusy(false);
            const bool ok = answer.status == secrets::Keychain::Result::Status::Ok;
            emit passwordStored(ok, answer.message);
            if (!ok) {
                // Nothing written: a file naming a server whose password is nowhere would
                // only fail later, in a run.
                showStatus(tr("The password was not stored in the keychain (%1). Nothing was "
                              "changed; clear the password field to save the other settings.")
                               .arg(answer.message),
                           true);
                return;
            }
            m_password->clear();
            if (writeSettings(settings))
                QDialog::accept();
        });
}

void RepositorySettingsDialog::reject()
{
    // While OK stores the password, closing would leave it stored and the file unwritten.
    if (!m_buttons->isEnabled())
        return;
    QDialog::reject();
}

bool RepositorySettingsDialog::writeSettings(const repo::RepositorySettings& settings)
{
    QString error;
    if (!settings.save(m_projectRoot, &error)) {
        showStatus(tr("The settings were not saved: %1").arg(error), true);
        return false;
    }
    emit saved(settings);
    return true;
}

void RepositorySettingsDialog::showStatus(const QString& text, bool isError)
{
    m_status->setStyleSheet(isError ? ErrorStyle : QString());
    m_status->setText(text);
    m_status->show();
}

void RepositorySettingsDialog::setBusy(bool busy)
{
    m_buttons->setEnabled(!busy);
    m_testButton->setEnabled(!busy && !m_testing);
}

} // namespace syncstudio::ui
