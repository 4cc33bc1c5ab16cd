#include "Repository.h"

#include "SchemaMigrations.h"
#include "SqlSupport.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <algorithm>

namespace syncstudio::repo {

namespace {

QAtomicInteger<quint64> repositorySerials;
QAtomicInteger<quint64> threadSerials;

// The connections the current thread opened, closed when the thread ends (QSqlDatabase
// connections must be closed by their own thread).
struct ThreadConnections
{
    QStringList names;
    ~ThreadConnections()
    {
        for (const QString& name : std::as_const(names)) {
            if (QSqlDatabase::contains(name)) {
                QSqlDatabase::database(name, false).close();
                QSqlDatabase::removeDatabase(name);
            }
        }
    }
};

ThreadConnections& threadConnections()
{
    thread_local ThreadConnections connections;
    return connections;
}

quint64 threadSerial()
{
    thread_local const quint64 serial = ++threadSerials;
    return serial;
}

} // namespace

Repository::Repository(RepositorySettings settings, connectors::SecretLookup secrets)
    : m_settings(std::move(settings))
    , m_secrets(std::move(secrets))
    , m_serial(++repositorySerials)
{}

Repository::~Repository()
{
    QMutexLocker lock(&m_mutex);
    for (const QString& name : std::as_const(m_connections))
        QSqlDatabase::removeDatabase(name);
}

std::unique_ptr<Repository> Repository::open(const RepositorySettings& settings,
                                             connectors::SecretLookup secrets,
                                             RepositoryError* error)
{
    auto repository = std::make_unique<Repository>(settings, std::move(secrets));
    if (!repository->database(error).isValid())
        return nullptr;
    return repository;
}

QString Repository::connectionName() const
{
    return QStringLiteral("syncstudio-repository-%1-thread-%2").arg(m_serial).arg(threadSerial());
}

QSqlDatabase Repository::database(QString* error)
{
    RepositoryError e;
    QSqlDatabase db = database(&e);
    if (error && e.isError())
        *error = e.toString();
    return db;
}

QSqlDatabase Repository::database(RepositoryError* error)
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
    }
    QSqlDatabase db;
    if (!openConnection(db, error)) {
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return {};
    }
    {
        QMutexLocker lock(&m_mutex);
        m_connections.insert(name);
    }
    threadConnections().names << name;

    QMutexLocker lock(&m_mutex);
    if (!m_schemaReady) {
        if (!SchemaMigrations::migrate(db, backend(), SchemaMigrations::latestVersion(),
                                       m_settings.describe(), error)) {
            lock.unlock();
            db.close();
            db = QSqlDatabase();
            forget(name);
            return {};
        }
        m_schemaReady = true;
    }
    return db;
}

bool Repository::openConnection(QSqlDatabase& db, RepositoryError* error)
{
    const bool pg = isPostgreSQL();
    const QString driver = pg ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE");
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        if (error)
            *error = {RepositoryError::Kind::ConnectionFailed,
                      QStringLiteral("the Qt SQL driver %1 is not installed").arg(driver),
                      pg ? QStringLiteral("install libqt6sql6-psql")
                         : QStringLiteral("install libqt6sql6-sqlite")};
        return false;
    }
    const QString name = connectionName();
    db = QSqlDatabase::addDatabase(driver, name);
    if (pg) {
        db.setHostName(m_settings.host);
        db.setPort(m_settings.port);
        db.setDatabaseName(m_settings.database);
        db.setUserName(m_settings.user);
        if (m_secrets)
            db.setPassword(m_secrets(secretConnectorName(), secretKey()));
        db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    } else {
        const QFileInfo file(m_settings.sqlitePath);
        if (!QDir().mkpath(file.absolutePath())) {
            if (error)
                *error = {RepositoryError::Kind::ConnectionFailed,
                          QStringLiteral("cannot create the folder %1 for the repository")
                              .arg(file.absolutePath()),
                          QStringLiteral("check that the project folder is writable")};
            return false;
        }
        db.setDatabaseName(file.absoluteFilePath());
        // Writers from other threads wait for each other instead of failing at once.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
    }
    if (!db.open()) {
        if (error)
            *error = classify(db.lastError().text());
        return false;
    }
    if (!pg) {
        // WAL: readers do not block the writer; synchronous=NORMAL is durable across
        // application crashes in WAL mode and much faster than FULL.
        QString detail;
        QSqlQuery pragma(db);
        for (const QString& sql : {QStringLiteral("PRAGMA journal_mode=WAL"),
                                   QStringLiteral("PRAGMA synchronous=NORMAL"),
                                   QStringLiteral("PRAGMA foreign_keys=ON")}) {
            if (!execBound(pragma, sql, {}, m_settings.describe(), &detail)) {
                if (error)
                    *error = {RepositoryError::Kind::ConnectionFailed, detail,
                              QStringLiteral("check that the file is a SQLite database and "
                                             "writable")};
                db.close();
                return false;
            }
        }
    }
    return true;
}

RepositoryError Repository::classify(const QString& driverText) const
{
    const QString text = driverText.simplified();
    if (isPostgreSQL() && (text.contains(QLatin1String("password authentication failed")) ||
                           text.contains(QLatin1String("no password supplied")) ||
                           text.contains(QLatin1String("authentication failed")))) {
        return {RepositoryError::Kind::AuthenticationFailed,
                QStringLiteral("the PostgreSQL repository %1 refused the password of user \"%2\"")
                    .arg(m_settings.describe(), m_settings.user),
                QStringLiteral("check the user in .syncstudio/repository.json and the password "
                               "stored in the keychain for \"%1\"")
                    .arg(secretConnectorName())};
    }
    // libpq: FATAL:  database "x" does not exist. The server answered, so host, port, user
    // and password are right; pointing at the server would send the user the wrong way.
    if (isPostgreSQL() && text.contains(QLatin1String("database \"")) &&
        text.contains(QLatin1String("does not exist"))) {
        return {RepositoryError::Kind::DatabaseMissing,
                QStringLiteral("the PostgreSQL server at %1:%2 has no database \"%3\"")
                    .arg(m_settings.host)
                    .arg(m_settings.port)
                    .arg(m_settings.database),
                QStringLiteral("create it (createdb -h %1 -p %2 -U %3 %4) or correct the "
                               "database name in .syncstudio/repository.json")
                    .arg(m_settings.host)
                    .arg(m_settings.port)
                    .arg(m_settings.user, m_settings.database)};
    }
    if (isPostgreSQL())
        return {RepositoryError::Kind::ConnectionFailed,
                QStringLiteral("cannot connect to the PostgreSQL repository %1: %2")
                    .arg(m_settings.describe(), text),
                QStringLiteral("check that the server runs and accepts connections at %1:%2")
                    .arg(m_settings.host)
                    .arg(m_settings.port)};
    return {RepositoryError::Kind::ConnectionFailed,
            QStringLiteral("cannot open the repository %1: %2").arg(m_settings.describe(), text),
            QStringLiteral("check that the file and its folder are writable")};
}

void Repository::forget(const QString& name)
{
    QSqlDatabase::removeDatabase(name);
    {
        QMutexLocker lock(&m_mutex);
        m_connections.remove(name);
    }
    threadConnections().names.removeAll(name);
}

void Repository::closeThreadConnection()
{
    const QString name = connectionName();
    if (!QSqlDatabase::contains(name))
        return;
    QSqlDatabase::database(name, false).close();
    forget(name);
}

int Repository::connectionCount() const
{
    QMutexLocker lock(&m_mutex);
    // A thread that ended has closed its connection itself.
    return int(std::count_if(m_connections.begin(), m_connections.end(),
                             [](const QString& name) { return QSqlDatabase::contains(name); }));
}

bool Repository::schemaVersion(int* version, QString* error)
{
    QSqlDatabase db = database(error);
    if (!db.isValid())
        return false;
    return SchemaMigrations::currentVersion(db, version, error);
}

} // namespace syncstudio::repo
