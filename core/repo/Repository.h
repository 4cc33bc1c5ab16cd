#pragma once

#include "RepositoryError.h"
#include "RepositorySettings.h"
#include "connectors/ConnectorFactory.h"

#include <QMutex>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <memory>

namespace syncstudio::repo {

// SyncStudio's repository: managed objects, links and reconciliation runs, in SQLite (the
// embedded default, a file in the project folder, WAL mode) or PostgreSQL (shared), chosen by
// RepositorySettings.
//
// A QSqlDatabase connection belongs to the thread that opened it, so each thread that uses
// the repository gets its own: database() opens the calling thread's connection on first use
// (under a name unique to this repository and thread), and the connection is closed when
// the thread ends, when the thread calls closeThreadConnection(), or when the Repository is
// destroyed — which must happen after its worker threads are done with it. The first
// connection also brings the schema up to date (SchemaMigrations).
//
// The stores (SqlLinkStore, ReconRunStore, ManagedObjectConnector) hold a Repository and ask
// it for the connection of the thread they run on; like the connection, each store instance
// is used by one thread at a time.
class Repository
{
public:
    Repository(RepositorySettings settings, connectors::SecretLookup secrets = {});
    ~Repository();
    Repository(const Repository&) = delete;
    Repository& operator=(const Repository&) = delete;

    // A repository whose connection from the calling thread works and whose schema is up to
    // date; nothing, with error, when it cannot be reached, the password is wrong or the
    // database was written by a newer SyncStudio.
    static std::unique_ptr<Repository> open(const RepositorySettings& settings,
                                            connectors::SecretLookup secrets,
                                            RepositoryError* error);

    const RepositorySettings& settings() const { return m_settings; }
    RepositorySettings::Backend backend() const { return m_settings.backend; }
    bool isPostgreSQL() const { return backend() == RepositorySettings::Backend::PostgreSQL; }

    // The calling thread's connection, opened on first use; an invalid QSqlDatabase, with
    // error, when it cannot be opened.
    QSqlDatabase database(RepositoryError* error);
    QSqlDatabase database(QString* error);
    // Closes the calling thread's connection; the next database() opens a new one.
    void closeThreadConnection();
    // How many per-thread connections are open now.
    int connectionCount() const;

    // The schema version of the database (SchemaMigrations::latestVersion() once open).
    bool schemaVersion(int* version, QString* error);

    // The secret lookup's (connector, key) for the PostgreSQL password.
    static QString secretConnectorName() { return QStringLiteral("repository"); }
    static QString secretKey() { return QStringLiteral("password"); }

private:
    QString connectionName() const;
    bool openConnection(QSqlDatabase& db, RepositoryError* error);
    RepositoryError classify(const QString& driverText) const;
    void forget(const QString& name);

    RepositorySettings m_settings;
    connectors::SecretLookup m_secrets;
    const quint64 m_serial;
    mutable QMutex m_mutex;
    QSet<QString> m_connections; // names of the open per-thread connections
    bool m_schemaReady = false;
};

} // namespace syncstudio::repo
