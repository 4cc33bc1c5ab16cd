// BenchLinks: raw insert/select of N link rows through SqlLinkStore next to a plain
// QSqlQuery loop on the same database, as ../shared/bench/README.md asks ("SQLite links table
// via QtSql, 2 unique indexes, one transaction: 125k inserts/s, 555k selects/s").
//
//   BenchLinks [N] [--repository settings.json]
//
// Without --repository it uses a SQLite repository in a temporary folder; with it, the
// settings file (the shape of .syncstudio/repository.json, plus "password" for PostgreSQL,
// as the test fixture writes it).
#include "repo/Repository.h"
#include "repo/SqlLinkStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <cstdio>

using namespace syncstudio;

namespace {

double rate(qint64 n, qint64 ms)
{
    return ms > 0 ? 1000.0 * double(n) / double(ms) : 0.0;
}

void report(const char* what, qint64 n, qint64 storeMs, qint64 rawMs)
{
    std::printf("%-34s store %8lld ms %10.0f/s   raw QSqlQuery %8lld ms %10.0f/s   ratio "
                "raw/store %.2f\n",
                what, static_cast<long long>(storeMs), rate(n, storeMs),
                static_cast<long long>(rawMs), rate(n, rawMs),
                storeMs > 0 ? double(rawMs) / double(storeMs) : 0.0);
}

bool wipe(QSqlDatabase db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("DELETE FROM links"));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    qint64 n = 100000;
    QString settingsFile;
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--repository") && i + 1 < args.size())
            settingsFile = args[++i];
        else
            n = args[i].toLongLong();
    }
    QTemporaryDir dir;
    repo::RepositorySettings settings = repo::RepositorySettings::defaults(dir.path());
    QString password;
    if (!settingsFile.isEmpty()) {
        QFile f(settingsFile);
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(settingsFile));
            return 1;
        }
        const QJsonObject json = QJsonDocument::fromJson(f.readAll()).object();
        QString error;
        if (!repo::RepositorySettings::fromJson(json, dir.path(), &settings, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        password = json.value(QStringLiteral("password")).toString();
    }
    repo::RepositoryError error;
    auto repository = repo::Repository::open(
        settings, [password](const QString&, const QString&) { return password; }, &error);
    if (!repository) {
        std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
        return 1;
    }
    QSqlDatabase db = repository->database(static_cast<QString*>(nullptr));
    std::printf("BenchLinks: %lld links, %s\n", static_cast<long long>(n),
                qPrintable(settings.describe()));

    const QString type = QStringLiteral("systemCsvAccounts_managedUser");
    const QString qualifier = QStringLiteral("default");
    auto firstId = [](qint64 i) { return QStringLiteral("uid=user.%1,ou=people").arg(i); };
    auto secondId = [](qint64 i) {
        return QStringLiteral("%1-b7c1-4a2e-9f00-managed").arg(i, 8, 10, QLatin1Char('0'));
    };

    // Raw: one transaction, one prepared statement, bindValue + exec per row. It runs twice,
    // the first time as a warm-up, so that both timed inserts (raw and store) fill a table
    // whose pages a DELETE freed rather than one that grows its file.
    QElapsedTimer t;
    for (int round = 0; round < 2; ++round) {
        wipe(db);
        t.start();
        db.transaction();
        QSqlQuery q(db);
        q.prepare(
            QStringLiteral("INSERT INTO links (link_type, link_qualifier, first_id, second_id) "
                           "VALUES (?, ?, ?, ?)"));
        for (qint64 i = 0; i < n; ++i) {
            q.bindValue(0, type);
            q.bindValue(1, qualifier);
            q.bindValue(2, firstId(i));
            q.bindValue(3, secondId(i));
            if (!q.exec()) {
                std::fprintf(stderr, "raw insert: %s\n", qPrintable(q.lastError().text()));
                return 1;
            }
        }
        db.commit();
    }
    const qint64 rawInsert = t.elapsed();

    t.restart();
    qint64 rawFound = 0;
    {
        db.transaction();
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT first_id, second_id FROM links WHERE link_type = ? AND "
                                 "link_qualifier = ? AND first_id = ?"));
        for (qint64 i = 0; i < n; ++i) {
            q.bindValue(0, type);
            q.bindValue(1, qualifier);
            q.bindValue(2, firstId(i));
            q.exec();
            if (q.next())
                ++rawFound;
        }
        db.commit();
    }
    const qint64 rawSelect = t.elapsed();

    // The same without the enclosing transaction: each statement its own (autocommit), as
    // the store's lookups run.
    t.restart();
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT first_id, second_id FROM links WHERE link_type = ? AND "
                                 "link_qualifier = ? AND first_id = ?"));
        for (qint64 i = 0; i < n; ++i) {
            q.bindValue(0, type);
            q.bindValue(1, qualifier);
            q.bindValue(2, firstId(i));
            q.exec();
            q.next();
        }
    }
    const qint64 rawSelectAutocommit = t.elapsed();

    t.restart();
    qint64 rawStreamed = 0;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT link_qualifier, first_id, second_id FROM links WHERE "
                                 "link_type = ?"));
        q.bindValue(0, type);
        q.exec();
        while (q.next()) {
            const QString a = q.value(0).toString();
            const QString b = q.value(1).toString();
            const QString c = q.value(2).toString();
            rawStreamed += !a.isEmpty() && !b.isEmpty() && !c.isEmpty();
        }
    }
    const qint64 rawStream = t.elapsed();

    // The store: the same rows as one batch, point lookups, and a full stream.
    wipe(db);
    repo::SqlLinkStore links(*repository);
    QVector<repo::LinkChange> batch;
    batch.reserve(int(n));
    for (qint64 i = 0; i < n; ++i)
        batch.push_back({repo::LinkChange::Operation::Insert,
                         repo::Link{type, qualifier, firstId(i), secondId(i)}});
    QString detail;
    t.restart();
    if (!links.applyLinkChanges(batch, &detail)) {
        std::fprintf(stderr, "store insert: %s\n", qPrintable(detail));
        return 1;
    }
    const qint64 storeInsert = t.elapsed();
    batch.clear();

    t.restart();
    qint64 storeFound = 0;
    for (qint64 i = 0; i < n; ++i) {
        bool found = false;
        repo::Link link;
        links.findByFirstId(type, qualifier, firstId(i), &link, &found, &detail);
        storeFound += found;
    }
    const qint64 storeSelect = t.elapsed();

    t.restart();
    qint64 storeStreamed = 0;
    links.forEachLink(
        type, [&](const repo::Link& l) { storeStreamed += !l.secondId.isEmpty(); }, &detail);
    const qint64 storeStream = t.elapsed();

    if (rawFound != n || storeFound != n || rawStreamed != n || storeStreamed != n) {
        std::fprintf(stderr, "count mismatch: raw %lld/%lld, store %lld/%lld\n",
                     static_cast<long long>(rawFound), static_cast<long long>(rawStreamed),
                     static_cast<long long>(storeFound), static_cast<long long>(storeStreamed));
        return 1;
    }
    report("insert (one transaction)", n, storeInsert, rawInsert);
    report("select by firstId (point lookups)", n, storeSelect, rawSelect);
    report("select by firstId, raw autocommit", n, storeSelect, rawSelectAutocommit);
    report("stream all links of a type", n, storeStream, rawStream);
    return 0;
}
