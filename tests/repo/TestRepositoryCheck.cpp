// The connection test of a repository (what the repository settings dialog runs): it opens
// the repository as a reconciliation does and says what it holds, or exactly what failed.
// Runs against SQLite and against a real PostgreSQL (see RepoTestBackend).
#include "RepoTestBackend.h"
#include "repo/ReconRunStore.h"
#include "repo/Repository.h"
#include "repo/RepositoryCheck.h"
#include "repo/SchemaMigrations.h"
#include "repo/SqlLinkStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>
#include <unistd.h>

using namespace syncstudio;
using repo::RepositoryError;
using repo::RepositorySettings;

class TestRepositoryCheck : public QObject
{
    Q_OBJECT

private:
    test::RepoTestBackend m_backend;

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_backend.init(&error), qPrintable(error));
        qInfo("backend: %s", qPrintable(m_backend.name()));
    }
    void cleanupTestCase() { m_backend.cleanup(); }

    void aCheckSaysWhatTheRepositoryHolds()
    {
        const RepositorySettings settings = m_backend.freshSettings();
        {
            RepositoryError error;
            auto repository = repo::Repository::open(settings, m_backend.secrets(), &error);
            QVERIFY2(repository, qPrintable(error.toString()));
            repo::SqlLinkStore links(*repository);
            QVector<repo::LinkChange> changes;
            for (int i = 0; i < 3; ++i)
                changes.append(
                    {repo::LinkChange::Operation::Insert,
                     repo::Link{QStringLiteral("m"), QStringLiteral("default"),
                                QStringLiteral("s%1").arg(i), QStringLiteral("t%1").arg(i)}});
            QString detail;
            QVERIFY2(links.applyLinkChanges(changes, &detail), qPrintable(detail));
            repo::ReconRunStore runs(*repository);
            repo::ReconRun run;
            QVERIFY2(runs.startRun(QStringLiteral("m"), &run, &detail), qPrintable(detail));
        }
        const repo::RepositoryCheck check = repo::checkRepository(settings, m_backend.secrets());
        QVERIFY2(check.ok(), qPrintable(check.error.toString()));
        QVERIFY2(check.server.startsWith(m_backend.isPostgres() ? QStringLiteral("PostgreSQL 1")
                                                                : QStringLiteral("SQLite 3.")),
                 qPrintable(check.server));
        QCOMPARE(check.schemaVersion, repo::SchemaMigrations::latestVersion());
        QCOMPARE(check.linkCount, qint64(3));
        QCOMPARE(check.runCount, qint64(1));
        QCOMPARE(check.managedObjectCount, qint64(0));
        QVERIFY(!check.createdFile);
    }

    void aCheckOfANewSqliteFileCreatesItAsARunWould()
    {
        if (m_backend.isPostgres())
            QSKIP("SQLite only");
        const RepositorySettings settings = m_backend.freshSettings();
        QVERIFY(!QFile::exists(settings.sqlitePath));
        repo::RepositoryCheck check = repo::checkRepository(settings, {});
        QVERIFY2(check.ok(), qPrintable(check.error.toString()));
        QVERIFY(check.createdFile);
        QVERIFY(QFile::exists(settings.sqlitePath));
        QCOMPARE(check.schemaVersion, repo::SchemaMigrations::latestVersion());
        QCOMPARE(check.linkCount, qint64(0));
        check = repo::checkRepository(settings, {});
        QVERIFY(check.ok());
        QVERIFY(!check.createdFile);
    }

    void anUnreachableRepositorySaysWhere()
    {
        const RepositorySettings settings = m_backend.unreachableSettings();
        const repo::RepositoryCheck check = repo::checkRepository(settings, m_backend.secrets());
        QVERIFY(!check.ok());
        QCOMPARE(check.error.kind, RepositoryError::Kind::ConnectionFailed);
        const QString where = m_backend.isPostgres()
                                  ? QStringLiteral("%1:%2").arg(settings.host).arg(settings.port)
                                  : QFileInfo(settings.sqlitePath).absolutePath();
        QVERIFY2(check.error.toString().contains(where), qPrintable(check.error.toString()));
        QVERIFY(check.server.isEmpty());
    }

    void aWrongPasswordIsAnAuthenticationFailure()
    {
        if (!m_backend.isPostgres())
            QSKIP("SQLite has no password");
        const repo::RepositoryCheck check =
            repo::checkRepository(m_backend.freshSettings(), m_backend.wrongSecrets());
        QCOMPARE(check.error.kind, RepositoryError::Kind::AuthenticationFailed);
        QVERIFY(!check.error.toString().contains(QStringLiteral("not-the-password")));
    }

    void aMissingDatabaseIsNamedNotTheServer()
    {
        if (!m_backend.isPostgres())
            QSKIP("SQLite creates its file");
        RepositorySettings settings = m_backend.freshSettings();
        settings.database = QStringLiteral("no_such_database");
        const repo::RepositoryCheck check = repo::checkRepository(settings, m_backend.secrets());
        QCOMPARE(check.error.kind, RepositoryError::Kind::DatabaseMissing);
        QVERIFY2(check.error.message.contains(QStringLiteral("no database \"no_such_database\"")),
                 qPrintable(check.error.message));
        QVERIFY2(check.error.message.contains(
                     QStringLiteral("%1:%2").arg(settings.host).arg(settings.port)),
                 qPrintable(check.error.message));
        QVERIFY2(check.error.hint.contains(QStringLiteral("createdb")),
                 qPrintable(check.error.hint));
    }

    void aReadOnlySqliteFileCannotBeWritten()
    {
        if (m_backend.isPostgres())
            QSKIP("SQLite only");
        if (::geteuid() == 0)
            QSKIP("root writes read-only files: run as another user to cover this");
        const RepositorySettings settings = m_backend.freshSettings();
        QVERIFY(repo::checkRepository(settings, {}).ok());
        QVERIFY(QFile::setPermissions(settings.sqlitePath,
                                      QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        const repo::RepositoryCheck check = repo::checkRepository(settings, {});
        QFile::setPermissions(settings.sqlitePath, QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(check.error.kind, RepositoryError::Kind::ConnectionFailed);
        QVERIFY2(check.error.message.contains(settings.sqlitePath),
                 qPrintable(check.error.message));
    }
};

QTEST_GUILESS_MAIN(TestRepositoryCheck)
#include "TestRepositoryCheck.moc"
