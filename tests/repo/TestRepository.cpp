// The repository: settings, schema migrations, the links table, reconciliation runs and
// per-thread connections. Runs against SQLite and against a real PostgreSQL (see
// RepoTestBackend).
#include "RepoTestBackend.h"
#include "TestProject.h"
#include "repo/ReconRunStore.h"
#include "repo/Repository.h"
#include "repo/SchemaMigrations.h"
#include "repo/SqlLinkStore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <algorithm>
#include <tuple>

using namespace syncstudio;
using repo::Link;
using repo::LinkChange;
using repo::ReconRun;
using repo::Repository;
using repo::RepositoryError;
using repo::RepositorySettings;

class TestRepository : public QObject
{
    Q_OBJECT

private:
    test::RepoTestBackend m_backend;

    std::unique_ptr<Repository> openFresh()
    {
        RepositoryError error;
        auto repository = Repository::open(m_backend.freshSettings(), m_backend.secrets(), &error);
        if (!repository)
            qWarning("%s", qPrintable(error.toString()));
        return repository;
    }
    static LinkChange insert(const QString& type, const QString& first, const QString& second,
                             const QString& qualifier = QStringLiteral("default"))
    {
        return {LinkChange::Operation::Insert, Link{type, qualifier, first, second}};
    }
    static qint64 count(repo::SqlLinkStore& links, const QString& type)
    {
        qint64 n = -1;
        QString error;
        if (!links.countLinks(type, &n, &error))
            qWarning("%s", qPrintable(error));
        return n;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_backend.init(&error), qPrintable(error));
        qInfo("backend: %s", qPrintable(m_backend.name()));
    }
    void cleanupTestCase() { m_backend.cleanup(); }

    // Settings -------------------------------------------------------------------------

    void settingsDefaultToSqliteInTheProjectFolder()
    {
        qunsetenv(RepositorySettings::environmentVariable());
        test::TestProject project({{QStringLiteral("conf/managed.json"), "{}"}});
        RepositorySettings s;
        QString error;
        QVERIFY2(RepositorySettings::load(project.path(), &s, &error), qPrintable(error));
        QCOMPARE(s.backend, RepositorySettings::Backend::SQLite);
        QCOMPARE(s.sqlitePath, project.filePath(QStringLiteral(".syncstudio/repo.sqlite")));
    }

    void settingsFromTheProjectFile_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("expected"); // describe(), or a part of the error
        QTest::newRow("postgresql")
            << QByteArray(R"({"type": "postgresql", "host": "db.example.com",
            "port": 5433, "database": "idm", "user": "openidm"})")
            << true << "PostgreSQL openidm@db.example.com:5433/idm";
        QTest::newRow("sqlite relative path")
            << QByteArray(R"({"type": "sqlite", "path": "data/r.db"})") << true << "data/r.db";
        QTest::newRow("unknown type") << QByteArray(R"({"type": "oracle"})") << false
                                      << "unknown repository \"type\": \"oracle\"";
        QTest::newRow("bad port") << QByteArray(R"({"type": "postgresql", "port": 70000})") << false
                                  << "\"port\" must be a number from 1 to 65535";
        QTest::newRow("malformed") << QByteArray("{\"type\": ") << false << "not a JSON object";
    }
    void settingsFromTheProjectFile()
    {
        QFETCH(QByteArray, file);
        QFETCH(bool, ok);
        QFETCH(QString, expected);
        qunsetenv(RepositorySettings::environmentVariable());
        test::TestProject project({{QStringLiteral(".syncstudio/repository.json"), file}});
        RepositorySettings s;
        QString error;
        QCOMPARE(RepositorySettings::load(project.path(), &s, &error), ok);
        if (ok) {
            QVERIFY2(s.describe().contains(expected), qPrintable(s.describe()));
        } else {
            QVERIFY2(error.contains(expected), qPrintable(error));
            // The message names the file the user has to fix.
            QVERIFY2(error.contains(QStringLiteral("repository.json")), qPrintable(error));
        }
    }

    void environmentOverridesTheProjectFile()
    {
        test::TestProject project(
            {{QStringLiteral(".syncstudio/repository.json"), R"({"type": "sqlite"})"},
             {QStringLiteral("ci.json"), R"({"type": "postgresql", "port": 6000})"}});
        qputenv(RepositorySettings::environmentVariable(),
                project.filePath(QStringLiteral("ci.json")).toUtf8());
        RepositorySettings s;
        QString error;
        const bool ok = RepositorySettings::load(project.path(), &s, &error);
        qunsetenv(RepositorySettings::environmentVariable());
        QVERIFY2(ok, qPrintable(error));
        QCOMPARE(s.backend, RepositorySettings::Backend::PostgreSQL);
        QCOMPARE(s.port, 6000);
    }

    void savedSettingsLoadBack_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("path"); // SQLite: relative to the project, or absolute
        QTest::addColumn<QString>("written");
        QTest::newRow("sqlite inside the project") << "sqlite"
                                                   << "data/links.sqlite"
                                                   << "data/links.sqlite";
        QTest::newRow("sqlite outside the project") << "sqlite"
                                                    << "/var/lib/syncstudio/links.sqlite"
                                                    << "/var/lib/syncstudio/links.sqlite";
        QTest::newRow("postgresql") << "postgresql" << QString() << QString();
    }
    void savedSettingsLoadBack()
    {
        QFETCH(QString, type);
        QFETCH(QString, path);
        QFETCH(QString, written);
        qunsetenv(RepositorySettings::environmentVariable());
        test::TestProject project({{QStringLiteral("conf/managed.json"), "{}"}});
        RepositorySettings s = RepositorySettings::defaults(project.path());
        if (type == QLatin1String("sqlite")) {
            s.sqlitePath = QDir(project.path()).absoluteFilePath(path);
        } else {
            s.backend = RepositorySettings::Backend::PostgreSQL;
            s.host = QStringLiteral("db.example.com");
            s.port = 6432;
            s.database = QStringLiteral("idm");
            s.user = QStringLiteral("openidm");
        }
        QString error;
        QVERIFY2(s.save(project.path(), &error), qPrintable(error));
        QFile file(RepositorySettings::settingsFile(project.path()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(json.value(QStringLiteral("type")).toString(), type);
        QCOMPARE(json.value(QStringLiteral("path")).toString(), written);
        QVERIFY(!json.contains(QStringLiteral("password")));

        RepositorySettings loaded;
        QVERIFY2(RepositorySettings::load(project.path(), &loaded, &error), qPrintable(error));
        QCOMPARE(loaded.describe(), s.describe());
        QCOMPARE(loaded.toJson(), s.toJson());
    }

    void theProjectFileIsReadEvenWhenTheEnvironmentOverridesIt()
    {
        // What a settings editor shows is the project's own file: the one it replaces.
        test::TestProject project(
            {{QStringLiteral(".syncstudio/repository.json"), R"({"type": "postgresql"})"},
             {QStringLiteral("ci.json"), R"({"type": "sqlite"})"}});
        qputenv(RepositorySettings::environmentVariable(),
                project.filePath(QStringLiteral("ci.json")).toUtf8());
        RepositorySettings s;
        QString error;
        const bool ok = RepositorySettings::loadProjectFile(project.path(), &s, &error);
        qunsetenv(RepositorySettings::environmentVariable());
        QVERIFY2(ok, qPrintable(error));
        QCOMPARE(s.backend, RepositorySettings::Backend::PostgreSQL);
    }

    // Migrations -----------------------------------------------------------------------

    void aNewRepositoryIsAtTheLatestSchemaVersion()
    {
        auto repository = openFresh();
        QVERIFY(repository);
        int version = 0;
        QString error;
        QVERIFY2(repository->schemaVersion(&version, &error), qPrintable(error));
        QCOMPARE(version, 2);
        QCOMPARE(repo::SchemaMigrations::latestVersion(), 2);
    }

    void anOldRepositoryIsUpgradedKeepingItsData()
    {
        const RepositorySettings settings = m_backend.freshSettings();
        {
            // A database as the first release left it: version 1, one link, no run tables.
            Repository old(settings, m_backend.secrets());
            QSqlDatabase db = old.database(static_cast<QString*>(nullptr));
            QVERIFY(db.isValid());
            QSqlQuery drop(db);
            QVERIFY(drop.exec(QStringLiteral("DROP TABLE recon_exceptions")));
            QVERIFY(drop.exec(QStringLiteral("DROP TABLE recon_runs")));
            QVERIFY(drop.exec(QStringLiteral("UPDATE schema_version SET version = 1")));
            QVERIFY(
                drop.exec(QStringLiteral("INSERT INTO links VALUES ('m', 'default', 'a', 'b')")));
            int version = 0;
            QString error;
            QVERIFY(repo::SchemaMigrations::currentVersion(db, &version, &error));
            QCOMPARE(version, 1);
        }
        RepositoryError error;
        auto repository = Repository::open(settings, m_backend.secrets(), &error);
        QVERIFY2(repository, qPrintable(error.toString()));
        int version = 0;
        QString detail;
        QVERIFY(repository->schemaVersion(&version, &detail));
        QCOMPARE(version, 2);
        repo::SqlLinkStore links(*repository);
        bool found = false;
        Link link;
        QVERIFY(links.findByFirstId(QStringLiteral("m"), QStringLiteral("default"),
                                    QStringLiteral("a"), &link, &found, &detail));
        QVERIFY(found);
        QCOMPARE(link.secondId, QStringLiteral("b"));
        // What version 2 added works.
        repo::ReconRunStore runs(*repository);
        ReconRun run;
        QVERIFY2(runs.startRun(QStringLiteral("m"), &run, &detail), qPrintable(detail));
    }

    void aMigrationFromScratchStopsAtTheTargetVersion()
    {
        const RepositorySettings settings = m_backend.freshSettings();
        Repository r(settings, m_backend.secrets());
        QSqlDatabase db = r.database(static_cast<QString*>(nullptr));
        QVERIFY(db.isValid());
        QSqlQuery drop(db);
        for (const char* table :
             {"recon_exceptions", "recon_runs", "links", "managed_objects", "schema_version"})
            QVERIFY(drop.exec(QStringLiteral("DROP TABLE ") + QLatin1String(table)));
        RepositoryError error;
        QVERIFY2(
            repo::SchemaMigrations::migrate(db, settings.backend, 1, settings.describe(), &error),
            qPrintable(error.toString()));
        int version = 0;
        QString detail;
        QVERIFY(repo::SchemaMigrations::currentVersion(db, &version, &detail));
        QCOMPARE(version, 1);
        QVERIFY(drop.exec(QStringLiteral("SELECT COUNT(*) FROM links")));
        QVERIFY(!drop.exec(QStringLiteral("SELECT COUNT(*) FROM recon_runs")));
    }

    void aNewerSchemaIsRefused()
    {
        const RepositorySettings settings = m_backend.freshSettings();
        {
            Repository newer(settings, m_backend.secrets());
            QSqlDatabase db = newer.database(static_cast<QString*>(nullptr));
            QVERIFY(db.isValid());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("UPDATE schema_version SET version = 7")));
        }
        RepositoryError error;
        auto repository = Repository::open(settings, m_backend.secrets(), &error);
        QVERIFY(!repository);
        QCOMPARE(error.kind, RepositoryError::Kind::SchemaTooNew);
        QVERIFY2(error.message.contains(QStringLiteral("schema version 7, newer than this "
                                                       "SyncStudio knows (2)")),
                 qPrintable(error.message));
        QVERIFY2(error.hint.contains(QStringLiteral("newer SyncStudio")), qPrintable(error.hint));
        // Refused, not touched: the version is still 7.
        Repository again(settings, m_backend.secrets());
        QVERIFY(!again.database(static_cast<QString*>(nullptr)).isValid());
    }

    // Links ----------------------------------------------------------------------------

    void linksAreFoundFromEitherSideAndDeleted()
    {
        auto repository = openFresh();
        QVERIFY(repository);
        repo::SqlLinkStore links(*repository);
        QString error;
        QVERIFY2(
            links.applyLinkChanges(
                {insert(QStringLiteral("csv_user"), QStringLiteral("s1"), QStringLiteral("t1")),
                 insert(QStringLiteral("csv_user"), QStringLiteral("s2"), QStringLiteral("t2"))},
                &error),
            qPrintable(error));
        Link link;
        bool found = false;
        QVERIFY(links.findByFirstId(QStringLiteral("csv_user"), QStringLiteral("default"),
                                    QStringLiteral("s2"), &link, &found, &error));
        QVERIFY(found);
        QCOMPARE(link, (Link{QStringLiteral("csv_user"), QStringLiteral("default"),
                             QStringLiteral("s2"), QStringLiteral("t2")}));
        QVERIFY(links.findBySecondId(QStringLiteral("csv_user"), QStringLiteral("default"),
                                     QStringLiteral("t1"), &link, &found, &error));
        QVERIFY(found);
        QCOMPARE(link.firstId, QStringLiteral("s1"));
        // Another qualifier is another link set.
        QVERIFY(links.findByFirstId(QStringLiteral("csv_user"), QStringLiteral("manager"),
                                    QStringLiteral("s1"), &link, &found, &error));
        QVERIFY(!found);

        QVERIFY2(
            links.applyLinkChanges({{LinkChange::Operation::Delete,
                                     Link{QStringLiteral("csv_user"), QStringLiteral("default"),
                                          QStringLiteral("s1"), QStringLiteral("t1")}}},
                                   &error),
            qPrintable(error));
        QVERIFY(links.findByFirstId(QStringLiteral("csv_user"), QStringLiteral("default"),
                                    QStringLiteral("s1"), &link, &found, &error));
        QVERIFY(!found);
        QCOMPARE(count(links, QStringLiteral("csv_user")), 1);
    }

    void linksAreUniquePerSideTypeAndQualifier_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("qualifier");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addColumn<bool>("accepted");
        // The store holds m/default a -> b.
        QTest::newRow("same source, other target") << "m"
                                                   << "default"
                                                   << "a"
                                                   << "c" << false;
        QTest::newRow("other source, same target") << "m"
                                                   << "default"
                                                   << "x"
                                                   << "b" << false;
        QTest::newRow("the same link again") << "m"
                                             << "default"
                                             << "a"
                                             << "b" << false;
        QTest::newRow("other qualifier") << "m"
                                         << "manager"
                                         << "a"
                                         << "c" << true;
        QTest::newRow("other mapping") << "m2"
                                       << "default"
                                       << "a"
                                       << "b" << true;
        QTest::newRow("ids differ only in case") << "m"
                                                 << "default"
                                                 << "A"
                                                 << "B" << true;
    }
    void linksAreUniquePerSideTypeAndQualifier()
    {
        QFETCH(QString, type);
        QFETCH(QString, qualifier);
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(bool, accepted);
        auto repository = openFresh();
        QVERIFY(repository);
        repo::SqlLinkStore links(*repository);
        QString error;
        QVERIFY(links.applyLinkChanges(
            {insert(QStringLiteral("m"), QStringLiteral("a"), QStringLiteral("b"))}, &error));
        QCOMPARE(links.applyLinkChanges({insert(type, first, second, qualifier)}, &error),
                 accepted);
        if (!accepted)
            QVERIFY2(error.contains(QStringLiteral("is already linked")), qPrintable(error));
    }

    void aBatchWithAFailureWritesNothing_data()
    {
        QTest::addColumn<int>("failAt");
        QTest::addColumn<bool>("deleteMissing");
        QTest::addColumn<QString>("message");
        QTest::newRow("duplicate in the middle") << 50 << false << "s0 or t0 is already linked";
        QTest::newRow("duplicate last") << 99 << false << "is already linked";
        QTest::newRow("delete of a link that is not there")
            << 30 << true << "there is no such link";
    }
    void aBatchWithAFailureWritesNothing()
    {
        QFETCH(int, failAt);
        QFETCH(bool, deleteMissing);
        QFETCH(QString, message);
        auto repository = openFresh();
        QVERIFY(repository);
        repo::SqlLinkStore links(*repository);
        const QString m = QStringLiteral("m");
        QString error;
        QVERIFY(links.applyLinkChanges({insert(m, QStringLiteral("s0"), QStringLiteral("t0")),
                                        insert(m, QStringLiteral("keep"), QStringLiteral("kept"))},
                                       &error));
        QVector<LinkChange> batch;
        batch << LinkChange{
            LinkChange::Operation::Delete,
            Link{m, QStringLiteral("default"), QStringLiteral("keep"), QStringLiteral("kept")}};
        for (int i = 1; i < 100; ++i) {
            if (i == failAt)
                batch << (deleteMissing
                              ? LinkChange{LinkChange::Operation::Delete,
                                           Link{m, QStringLiteral("default"),
                                                QStringLiteral("nope"), QStringLiteral("nope")}}
                              : insert(m, QStringLiteral("s0"), QStringLiteral("t0")));
            else
                batch << insert(m, QStringLiteral("s%1").arg(i), QStringLiteral("t%1").arg(i));
        }
        QVERIFY(!links.applyLinkChanges(batch, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("no link of this batch was written")),
                 qPrintable(error));
        // Nothing of the batch: the two links from before, the deleted one included.
        QCOMPARE(count(links, m), 2);
        bool found = false;
        QVERIFY(links.findByFirstId(m, QStringLiteral("default"), QStringLiteral("keep"), nullptr,
                                    &found, &error));
        QVERIFY(found);
        QVERIFY(links.findByFirstId(m, QStringLiteral("default"), QStringLiteral("s1"), nullptr,
                                    &found, &error));
        QVERIFY(!found);
        // The connection is usable afterwards (the transaction was rolled back).
        QVERIFY2(
            links.applyLinkChanges({insert(m, QStringLiteral("s1"), QStringLiteral("t1"))}, &error),
            qPrintable(error));
        QCOMPARE(count(links, m), 3);
    }

    void forEachLinkStreamsExactlyTheLinksOfAType()
    {
        auto repository = openFresh();
        QVERIFY(repository);
        repo::SqlLinkStore links(*repository);
        QVector<LinkChange> batch;
        QSet<QString> expected;
        for (int i = 0; i < 2500; ++i) {
            const QString q = i % 5 == 0 ? QStringLiteral("manager") : QStringLiteral("default");
            batch << insert(QStringLiteral("a"), QStringLiteral("s%1").arg(i),
                            QStringLiteral("t%1").arg(i), q);
            expected << q + QStringLiteral("/s%1/t%1").arg(i);
            if (i < 700)
                batch << insert(QStringLiteral("b"), QStringLiteral("s%1").arg(i),
                                QStringLiteral("t%1").arg(i));
        }
        QString error;
        QVERIFY2(links.applyLinkChanges(batch, &error), qPrintable(error));
        QSet<QString> seen;
        int calls = 0;
        QVERIFY2(links.forEachLink(
                     QStringLiteral("a"),
                     [&](const Link& l) {
                         ++calls;
                         QCOMPARE(l.linkType, QStringLiteral("a"));
                         seen << l.linkQualifier + QLatin1Char('/') + l.firstId + QLatin1Char('/') +
                                     l.secondId;
                     },
                     &error),
                 qPrintable(error));
        QCOMPARE(calls, 2500);
        QCOMPARE(seen, expected);
        QStringList types;
        QVERIFY(links.linkTypes(&types, &error));
        QCOMPARE(types, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    }

    // The links browser's pages: every link a filter selects, in order, exactly once, with
    // the count; the SQL filter agrees with IDM's evaluation of the same filter.
    void linksArePagedAndFiltered_data()
    {
        QTest::addColumn<bool>("reversed");
        QTest::addColumn<QString>("search");
        QTest::addColumn<int>("expected");
        QTest::newRow("all") << false << QString() << 60;
        QTest::newRow("all, reversed") << true << QString() << 60;
        QTest::newRow("id search, either side, any case")
            << false << QStringLiteral("USER-1") << 10; // user-10 ... user-19
        QTest::newRow("id search, target side") << false << QStringLiteral("acct-2") << 10;
        QTest::newRow("id search finds nothing") << false << QStringLiteral("nobody") << 0;
        QTest::newRow("one source") << false << QStringLiteral("sourceId eq \"User-07\"") << 1;
        QTest::newRow("one source, reversed")
            << true << QStringLiteral("sourceId eq \"acct-07\"") << 1;
        QTest::newRow("qualifier") << false << QStringLiteral("linkQualifier eq \"manager\"") << 12;
        QTest::newRow("starts with, and")
            << false << QStringLiteral("targetId sw \"ACCT-1\" and !(linkQualifier eq \"manager\")")
            << 8;
        QTest::newRow("range") << false << QStringLiteral("sourceId ge \"user-50\"") << 10;
        QTest::newRow("unknown field") << false << QStringLiteral("mail pr") << 0;
        QTest::newRow("number never equals an id") << false << QStringLiteral("sourceId eq 7") << 0;
        QTest::newRow("quote in value")
            << false << QStringLiteral("sourceId co \"'; DROP TABLE links; --\"") << 0;
    }
    void linksArePagedAndFiltered()
    {
        QFETCH(bool, reversed);
        QFETCH(QString, search);
        QFETCH(int, expected);
        auto repository = openFresh();
        QVERIFY(repository);
        repo::SqlLinkStore links(*repository);
        QVector<LinkChange> batch;
        QVector<repo::MappingLink> all;
        for (int i = 0; i < 60; ++i) {
            const QString q = i % 5 == 0 ? QStringLiteral("manager") : QStringLiteral("default");
            const QString user = QStringLiteral("user-%1").arg(i, 2, 10, QLatin1Char('0'));
            const QString account = QStringLiteral("acct-%1").arg(i, 2, 10, QLatin1Char('0'));
            batch << insert(QStringLiteral("hr_ad"), user, account, q);
            all << (reversed ? repo::MappingLink{q, account, user}
                             : repo::MappingLink{q, user, account});
        }
        batch << insert(QStringLiteral("other"), QStringLiteral("user-01"), QStringLiteral("x"));
        QString error;
        QVERIFY2(links.applyLinkChanges(batch, &error), qPrintable(error));

        const repo::LinkQuery query =
            repo::LinkQuery::forSearch(QStringLiteral("hr_ad"), reversed, search);
        QVector<repo::MappingLink> want;
        for (const repo::MappingLink& l : all) {
            const QJsonObject json{{QStringLiteral("sourceId"), l.sourceId},
                                   {QStringLiteral("targetId"), l.targetId},
                                   {QStringLiteral("linkQualifier"), l.linkQualifier}};
            const bool idHit = !query.idContains.isEmpty() &&
                               (l.sourceId.contains(query.idContains, Qt::CaseInsensitive) ||
                                l.targetId.contains(query.idContains, Qt::CaseInsensitive));
            if (query.idContains.isEmpty() ? query.filter.matches(json) : idHit)
                want << l;
        }
        std::sort(want.begin(), want.end(), [](const auto& a, const auto& b) {
            return std::tie(a.sourceId, a.linkQualifier) < std::tie(b.sourceId, b.linkQualifier);
        });
        QCOMPARE(want.size(), expected);

        qint64 n = -1;
        QVERIFY2(links.countLinks(query, &n, &error), qPrintable(error));
        QCOMPARE(n, qint64(expected));
        QVector<repo::MappingLink> got;
        QVector<repo::MappingLink> page;
        int pages = 0;
        do {
            QVERIFY2(
                links.linksPage(query, got.isEmpty() ? nullptr : &got.last(), 7, &page, &error),
                qPrintable(error));
            QVERIFY(page.size() <= 7);
            got += page;
            QVERIFY(++pages < 20);
        } while (!page.isEmpty());
        QCOMPARE(got, want);
    }

    void eachThreadUsesItsOwnConnection()
    {
        auto repository = openFresh();
        QVERIFY(repository);
        QCOMPARE(repository->connectionCount(), 1); // this thread's, from open()
        const int threads = 4;
        const int perThread = 250;
        QStringList errors;
        QMutex mutex;
        int peak = 0;
        std::vector<std::unique_ptr<QThread>> workers;
        QAtomicInt started = 0;
        for (int t = 0; t < threads; ++t) {
            workers.emplace_back(QThread::create([&, t] {
                repo::SqlLinkStore links(*repository);
                QString error;
                for (int i = 0; i < perThread; i += 50) {
                    QVector<LinkChange> batch;
                    for (int j = i; j < i + 50; ++j)
                        batch << insert(QStringLiteral("m"), QStringLiteral("s%1-%2").arg(t).arg(j),
                                        QStringLiteral("t%1-%2").arg(t).arg(j));
                    if (!links.applyLinkChanges(batch, &error)) {
                        QMutexLocker lock(&mutex);
                        errors << error;
                        return;
                    }
                }
                started.fetchAndAddOrdered(1);
                // Wait until every worker has its connection open, to see them side by side.
                while (started.loadAcquire() < threads)
                    QThread::msleep(1);
                QMutexLocker lock(&mutex);
                peak = std::max(peak, repository->connectionCount());
            }));
            workers.back()->start();
        }
        for (auto& w : workers)
            QVERIFY(w->wait(60000));
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(peak, threads + 1);
        // The threads ended and closed their connections (as they exit, just after wait()
        // returns); this thread's is still open.
        QTRY_COMPARE(repository->connectionCount(), 1);
        repo::SqlLinkStore links(*repository);
        QCOMPARE(count(links, QStringLiteral("m")), threads * perThread);
        repository->closeThreadConnection();
        QCOMPARE(repository->connectionCount(), 0);
        // ... and the next use opens it again.
        QCOMPARE(count(links, QStringLiteral("m")), threads * perThread);
    }

    // Recon runs -----------------------------------------------------------------------

    void reconRunsAreRecordedAndListed()
    {
        auto repository = openFresh();
        QVERIFY(repository);
        repo::ReconRunStore runs(*repository);
        QString error;
        ReconRun first;
        ReconRun second;
        ReconRun other;
        QVERIFY2(runs.startRun(QStringLiteral("csv_user"), &first, &error), qPrintable(error));
        QTest::qWait(5); // started times differ
        QVERIFY(runs.startRun(QStringLiteral("csv_user"), &second, &error));
        QVERIFY(runs.startRun(QStringLiteral("ldap_user"), &other, &error));
        QVERIFY(first.id != second.id);
        QCOMPARE(first.state, ReconRun::State::Active);

        const QJsonObject progress{{QStringLiteral("processed"), 10}};
        QVERIFY2(runs.updateCounts(first.id, progress, &error), qPrintable(error));
        QVERIFY2(runs.addExceptions(first.id,
                                    {{QStringLiteral("s1"),
                                      {},
                                      QStringLiteral("ABSENT"),
                                      QStringLiteral("CREATE"),
                                      QStringLiteral("mail is required"),
                                      {}},
                                     {QStringLiteral("s2"),
                                      QStringLiteral("t2"),
                                      QStringLiteral("CONFIRMED"),
                                      QStringLiteral("UPDATE"),
                                      QStringLiteral("permission denied"),
                                      {}}},
                                    &error),
                 qPrintable(error));
        const QJsonObject final{
            {QStringLiteral("situationSummary"), QJsonObject{{QStringLiteral("ABSENT"), 3}}},
            {QStringLiteral("processed"), 20}};
        QVERIFY(runs.finishRun(first.id, ReconRun::State::Failed, final,
                               QStringLiteral("2 objects failed"), &error));
        QVERIFY(runs.finishRun(second.id, ReconRun::State::Success, {}, {}, &error));

        QVector<ReconRun> list;
        QVERIFY2(runs.listRuns(QStringLiteral("csv_user"), &list, &error), qPrintable(error));
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].id, second.id); // newest first
        QCOMPARE(list[1].id, first.id);
        QCOMPARE(list[1].state, ReconRun::State::Failed);
        QCOMPARE(list[1].counts, final);
        QCOMPARE(list[1].message, QStringLiteral("2 objects failed"));
        QCOMPARE(list[1].exceptionCount, 2);
        QVERIFY(list[1].ended.isValid());
        QVERIFY(list[1].ended >= list[1].started);
        QCOMPARE(list[0].exceptionCount, 0);

        QVERIFY(runs.listRuns(QString(), &list, &error));
        QCOMPARE(list.size(), 3);
        bool found = false;
        ReconRun active;
        QVERIFY(runs.run(other.id, &active, &found, &error));
        QVERIFY(found);
        QCOMPARE(active.state, ReconRun::State::Active);
        QVERIFY(!active.ended.isValid());

        QStringList messages;
        QVERIFY(runs.forEachException(
            first.id,
            [&](const repo::ReconException& e) {
                messages << e.sourceId + QLatin1Char(':') + e.message;
            },
            &error));
        QCOMPARE(messages, (QStringList{QStringLiteral("s1:mail is required"),
                                        QStringLiteral("s2:permission denied")}));

        QVERIFY(!runs.finishRun(QStringLiteral("no-such-run"), ReconRun::State::Success, {}, {},
                                &error));
        QVERIFY2(error.contains(QStringLiteral("no-such-run")), qPrintable(error));
        QVERIFY(runs.removeRun(first.id, &error));
        QVERIFY(runs.run(first.id, nullptr, &found, &error));
        QVERIFY(!found);
    }

    // Errors ---------------------------------------------------------------------------

    void anUnreachableRepositorySaysWhere()
    {
        RepositoryError error;
        const RepositorySettings settings = m_backend.unreachableSettings();
        auto repository = Repository::open(settings, m_backend.secrets(), &error);
        QVERIFY(!repository);
        QCOMPARE(error.kind, RepositoryError::Kind::ConnectionFailed);
        if (m_backend.isPostgres())
            QVERIFY2(error.message.contains(QStringLiteral(":%1").arg(settings.port)),
                     qPrintable(error.message));
        QVERIFY(!error.hint.isEmpty());
    }

    void aWrongPasswordIsAnAuthenticationFailure()
    {
        if (!m_backend.isPostgres())
            QSKIP("SQLite has no password");
        RepositoryError error;
        auto repository =
            Repository::open(m_backend.freshSettings(), m_backend.wrongSecrets(), &error);
        QVERIFY(!repository);
        QCOMPARE(error.kind, RepositoryError::Kind::AuthenticationFailed);
        QVERIFY2(error.hint.contains(QStringLiteral("keychain")), qPrintable(error.hint));
        // The password itself is never in a message.
        QVERIFY(!error.toString().contains(QStringLiteral("not-the-password")));
    }
};

QTEST_GUILESS_MAIN(TestRepository)
#include "TestRepository.moc"
