#include "RepoTestBackend.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>

namespace syncstudio::test {

bool RepoTestBackend::init(QString* error)
{
    m_postgres = qEnvironmentVariable("SYNCSTUDIO_TEST_BACKEND") == QLatin1String("postgresql");
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_postgres)
        return true;
    const QString path = qEnvironmentVariable("SYNCSTUDIO_TEST_POSTGRES");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the PostgreSQL fixture's connection file \"%1\"; run "
                                "the suite through ctest (fixture postgres)")
                     .arg(path);
        return false;
    }
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    if (!repo::RepositorySettings::fromJson(json, m_dir->path(), &m_server, error))
        return false;
    m_password = json.value(QStringLiteral("password")).toString();
    // A database per suite process, so suites can run in parallel.
    m_database = QStringLiteral("test_%1_%2")
                     .arg(QCoreApplication::applicationName().toLower())
                     .arg(QCoreApplication::applicationPid());
    return adminExec(m_server.database, QStringLiteral("DROP DATABASE IF EXISTS ") + m_database,
                     error) &&
           adminExec(m_server.database, QStringLiteral("CREATE DATABASE ") + m_database, error);
}

void RepoTestBackend::cleanup()
{
    if (m_postgres) {
        QString ignored;
        adminExec(m_server.database,
                  QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_database),
                  &ignored);
    }
}

bool RepoTestBackend::adminExec(const QString& database, const QString& sql, QString* error) const
{
    const QString name = QStringLiteral("repo-test-admin");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(m_server.host);
        db.setPort(m_server.port);
        db.setDatabaseName(database);
        db.setUserName(m_server.user);
        db.setPassword(m_password);
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            ok = query.exec(sql);
            if (!ok)
                *error = sql + QStringLiteral(": ") + query.lastError().text();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

repo::RepositorySettings RepoTestBackend::freshSettings()
{
    ++m_fresh;
    if (!m_postgres)
        return repo::RepositorySettings::defaults(
            m_dir->filePath(QStringLiteral("project-%1").arg(m_fresh)));
    QString error;
    // Empties the suite's database: every table of the previous test goes.
    repo::RepositorySettings s = m_server;
    s.database = m_database;
    if (!adminExec(m_database, QStringLiteral("DROP SCHEMA public CASCADE"), &error) ||
        !adminExec(m_database, QStringLiteral("CREATE SCHEMA public"), &error))
        qFatal("cannot empty the test database: %s", qPrintable(error));
    return s;
}

connectors::SecretLookup RepoTestBackend::secrets() const
{
    const QString password = m_password;
    return [password](const QString& connector, const QString& key) {
        return connector == QLatin1String("repository") && key == QLatin1String("password")
                   ? password
                   : QString();
    };
}

connectors::SecretLookup RepoTestBackend::wrongSecrets() const
{
    return [](const QString&, const QString&) { return QStringLiteral("not-the-password"); };
}

repo::RepositorySettings RepoTestBackend::unreachableSettings() const
{
    repo::RepositorySettings s = m_server;
    if (!m_postgres) {
        // A folder cannot be created below a regular file.
        const QString blocker = m_dir->filePath(QStringLiteral("a-file"));
        QFile f(blocker);
        f.open(QIODevice::WriteOnly);
        s = repo::RepositorySettings::defaults(blocker);
        return s;
    }
    // A port that was free a moment ago: nothing listens there.
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    s.port = probe.serverPort();
    probe.close();
    return s;
}

} // namespace syncstudio::test
