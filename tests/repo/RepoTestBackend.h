#pragma once

#include "connectors/ConnectorFactory.h"
#include "repo/RepositorySettings.h"

#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace syncstudio::test {

// The database a repository suite runs against. The same suite runs twice under CTest:
// SYNCSTUDIO_TEST_BACKEND=sqlite (the default: a file in a temporary folder) and
// SYNCSTUDIO_TEST_BACKEND=postgresql, with SYNCSTUDIO_TEST_POSTGRES naming the
// connection.json the PostgreSQL fixture (tests/fixtures/postgres) wrote. For PostgreSQL the
// suite gets a database of its own, emptied before each test and dropped at the end.
class RepoTestBackend
{
public:
    // Reads the environment and, for PostgreSQL, creates the suite's database.
    bool init(QString* error);
    void cleanup();

    bool isPostgres() const { return m_postgres; }
    QString name() const
    {
        return m_postgres ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
    }

    // Settings of an empty repository (nothing migrated yet).
    repo::RepositorySettings freshSettings();
    // The fixture's password for the repository's secret lookup.
    connectors::SecretLookup secrets() const;
    connectors::SecretLookup wrongSecrets() const;
    // Settings that point at a server that does not listen (PostgreSQL) or a file that
    // cannot be created (SQLite).
    repo::RepositorySettings unreachableSettings() const;
    QString password() const { return m_password; }

private:
    bool adminExec(const QString& database, const QString& sql, QString* error) const;

    bool m_postgres = false;
    repo::RepositorySettings m_server;
    QString m_password;
    QString m_database;
    std::unique_ptr<QTemporaryDir> m_dir;
    int m_fresh = 0;
};

} // namespace syncstudio::test
