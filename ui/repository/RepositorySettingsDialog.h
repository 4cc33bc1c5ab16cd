#pragma once

#include "repo/RepositorySettings.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QStackedWidget;

namespace syncstudio::ui {

// Where the project keeps its links, recorded runs and managed objects: the SQLite file in
// the project (the default) or a shared PostgreSQL database, as .syncstudio/repository.json
// says. The PostgreSQL password goes into the keychain, never into the file. "Test
// connection" opens the repository as the form has it, the way a reconciliation does, on a
// worker thread. OK stores the password (on a worker), then writes the file atomically.
class RepositorySettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RepositorySettingsDialog(const QString& projectRoot, QWidget* parent = nullptr);

    // The settings as the form has them now (the password aside).
    repo::RepositorySettings editedSettings() const;
    // Why the project's settings file could not be read; empty when it could (or is absent).
    QString loadError() const { return m_loadError; }
    // The keychain service the password goes to ("SyncStudio"); tests use their own.
    void setKeychainService(const QString& service) { m_keychainService = service; }
    QPushButton* testButton() const { return m_testButton; }
    QLabel* testResult() const { return m_testResult; }

public slots:
    void testConnection();
    void accept() override;
    void reject() override;

signals:
    // After a connection test: what the result line shows.
    void tested(bool connected, const QString& text);
    // After the keychain said whether it holds the project's repository password.
    void keychainChecked(bool stored, const QString& message);
    // After OK stored the password in the keychain (ok), or could not (message says why).
    void passwordStored(bool ok, const QString& message);
    // After OK wrote the settings file.
    void saved(const syncstudio::repo::RepositorySettings& settings);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* createSqlitePage();
    QWidget* createPostgresPage();
    void setForm(const repo::RepositorySettings& settings);
    void backendChosen();
    void browseSqliteFile();
    void checkKeychain();
    QString displayPath(const QString& absolutePath) const;
    QString absolutePath(const QString& displayed) const;
    QString formProblem(const repo::RepositorySettings& settings) const;
    bool writeSettings(const repo::RepositorySettings& settings);
    void showStatus(const QString& text, bool isError);
    void setBusy(bool busy);

    QString m_projectRoot;
    QString m_loadError;
    QString m_keychainService = QStringLiteral("SyncStudio");
    bool m_keychainCheckStarted = false;
    bool m_testing = false;

    QRadioButton* m_sqlite = nullptr;
    QRadioButton* m_postgres = nullptr;
    QStackedWidget* m_pages = nullptr;
    QLineEdit* m_sqlitePath = nullptr;
    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_database = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_passwordState = nullptr;
    QPushButton* m_testButton = nullptr;
    QProgressBar* m_testBusy = nullptr;
    QLabel* m_testResult = nullptr;
    QLabel* m_status = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace syncstudio::ui
