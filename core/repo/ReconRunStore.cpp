#include "ReconRunStore.h"

#include "Repository.h"
#include "SqlSupport.h"
#include "SqlTransaction.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

namespace syncstudio::repo {

namespace {

// Timestamps are ISO 8601 UTC with milliseconds: they sort as text in both databases.
QString timestamp(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromTimestamp(const QVariant& value)
{
    if (value.isNull())
        return {};
    QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

// A null QString binds as SQL NULL; "" is meant.
QString nonNull(const QString& text)
{
    return text.isNull() ? QString(QLatin1String("")) : text;
}

QString json(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject fromJson(const QVariant& value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

} // namespace

bool ReconRunStore::startRun(const QString& mapping, ReconRun* run, QString* error)
{
    QSqlDatabase db = m_repository.database(error);
    if (!db.isValid())
        return false;
    ReconRun r;
    r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.mapping = mapping;
    r.started = QDateTime::currentDateTimeUtc();
    r.state = ReconRun::State::Active;
    QSqlQuery query(db);
    if (!execBound(
            query,
            QStringLiteral("INSERT INTO recon_runs (run_id, mapping, started, state, counts, "
                           "message) VALUES (?, ?, ?, ?, ?, ?)"),
            {r.id, r.mapping, timestamp(r.started), ReconRun::stateName(r.state), json(r.counts),
             QString(QLatin1String(""))},
            QStringLiteral("cannot record the start of a run of %1").arg(mapping), error))
        return false;
    if (run)
        *run = r;
    return true;
}

bool ReconRunStore::updateCounts(const QString& runId, const QJsonObject& counts, QString* error)
{
    QSqlDatabase db = m_repository.database(error);
    if (!db.isValid())
        return false;
    QSqlQuery query(db);
    if (!execBound(query, QStringLiteral("UPDATE recon_runs SET counts = ? WHERE run_id = ?"),
                   {json(counts), runId},
                   QStringLiteral("cannot record the progress of run %1").arg(runId), error))
        return false;
    if (query.numRowsAffected() == 0) {
        if (error)
            *error = QStringLiteral("there is no run %1").arg(runId);
        return false;
    }
    return true;
}

bool ReconRunStore::addExceptions(const QString& runId, const QVector<ReconException>& exceptions,
                                  QString* error)
{
    if (exceptions.isEmpty())
        return true;
    QSqlDatabase db = m_repository.database(error);
    if (!db.isValid())
        return false;
    QSqlQuery query(db); // before the transaction: rolled back first, cleaned up after
    SqlTransaction transaction(db);
    if (!transaction.begin(error))
        return false;
    if (!query.prepare(QStringLiteral("INSERT INTO recon_exceptions (run_id, source_id, "
                                      "target_id, situation, action, message, recorded) VALUES "
                                      "(?, ?, ?, ?, ?, ?, ?)"))) {
        if (error)
            *error = QStringLiteral("cannot record exceptions: %1").arg(query.lastError().text());
        return false;
    }
    const QString now = timestamp(QDateTime::currentDateTimeUtc());
    for (const ReconException& e : exceptions) {
        query.bindValue(0, runId);
        query.bindValue(1, e.sourceId);
        query.bindValue(2, e.targetId);
        query.bindValue(3, e.situation);
        query.bindValue(4, e.action);
        query.bindValue(5, e.message);
        query.bindValue(6, e.recorded.isValid() ? timestamp(e.recorded) : now);
        if (!execPrepared(query,
                          QStringLiteral("cannot record the exception of %1 in run %2")
                              .arg(e.sourceId.isEmpty() ? e.targetId : e.sourceId, runId),
                          error))
            return false;
    }
    query.finish();
    return transaction.commit(error);
}

bool ReconRunStore::finishRun(const QString& runId, ReconRun::State state,
                              const QJsonObject& counts, const QString& message, QString* error)
{
    QSqlDatabase db = m_repository.database(error);
    if (!db.isValid())
        return false;
    QSqlQuery query(db);
    if (!execBound(query,
                   QStringLiteral("UPDATE recon_runs SET ended = ?, state = ?, counts = ?, message "
                                  "= ? WHERE run_id = ?"),
                   {timestamp(QDateTime::currentDateTimeUtc()), ReconRun::stateName(state),
                    json(counts), nonNull(message), runId},
                   QStringLiteral("cannot record the end of run %1").arg(runId), error))
        return false;
    if (query.numRowsAffected() == 0) {
        if (error)
            *error = QStringLiteral("there is no run %1").arg(runId);
        return false;
    }
    return true;
}

namespace {

const QString RunColumns =
    QStringLiteral("r.run_id, r.mapping, r.started, r.ended, r.state, r.counts, r.message, "
                   "(SELECT COUNT(*) FROM recon_exceptions e WHERE e.run_id = r.run_id)");

ReconRun runFromRow(const QSqlQuery& query)
{
    ReconRun r;
    r.id = query.value(0).toString();
    r.mapping = query.value(1).toString();
    r.started = fromTimestamp(query.value(2));
    r.ended = fromTimestamp(query.value(3));
    r.state = ReconRun::stateFromName(query.value(4).toString());
    r.counts = fromJson(query.value(5));
    r.message = query.value(6).toString();
    r.exceptionCount = query.value(7).toLongLong();
    return r;
}

} // namespace

bool ReconRunStore::run(const QString& runId, ReconRun* run, bool* found, QString* error)
{
    *found = false;
    QSqlDatabase db = m_repository.database(error);
    if (!db.isValid())
        return false;
    QSqlQuery query(db);
    if (!execBound(query,
                   QStringLiteral("SELECT %1 FROM recon_runs r WHERE r.run_id = ?").arg(RunColumns),
                   {runId}, QStringLiteral("cannot read run %1").arg(runId), error))
        return false;
    if (query.next()) {
        *found = true;
        if (run)
            *run = runFromRow(query);
    }
    return true;
}

bool ReconRunStore::listRuns(const QString& mapping, QVector<ReconRun>* runs, QString* error)
{
    runs->clear();
    QSqlDatabase db = m_repository.database(error);
    if (!db.isValid())
        return false;
    QSqlQuery query(db);
    // An empty mapping matches every run; the parameter is bound either way.
    if (!execBound(query,
                   QStringLiteral("SELECT %1 FROM recon_runs r WHERE (? = '' OR r.mapping = ?) "
                                  "ORDER BY r.started DESC, r.run_id")
                       .arg(RunColumns),
                   {nonNull(mapping), nonNull(mapping)}, QStringLiteral("cannot list the runs"),
                   error))
        return false;
    while (query.next())
        *runs << runFromRow(query);
    return true;
}

bool ReconRunStore::forEachException(const QString& runId,
                                     const std::function<void(const ReconException&)>& sink,
                                     QString* error)
{
    QSqlDatabase db = m_repository.database(error);
    if (!db.isValid())
        return false;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!execBound(query,
                   QStringLiteral("SELECT source_id, target_id, situation, action, message, "
                                  "recorded FROM recon_exceptions WHERE run_id = ? ORDER BY "
                                  "exception_id"),
                   {runId}, QStringLiteral("cannot read the exceptions of run %1").arg(runId),
                   error))
        return false;
    while (query.next()) {
        ReconException e;
        e.sourceId = query.value(0).toString();
        e.targetId = query.value(1).toString();
        e.situation = query.value(2).toString();
        e.action = query.value(3).toString();
        e.message = query.value(4).toString();
        e.recorded = fromTimestamp(query.value(5));
        sink(e);
    }
    return true;
}

bool ReconRunStore::removeRun(const QString& runId, QString* error)
{
    QSqlDatabase db = m_repository.database(error);
    if (!db.isValid())
        return false;
    QSqlQuery query(db);
    SqlTransaction transaction(db);
    if (!transaction.begin(error))
        return false;
    if (!execBound(query, QStringLiteral("DELETE FROM recon_exceptions WHERE run_id = ?"), {runId},
                   QStringLiteral("cannot remove run %1").arg(runId), error) ||
        !execBound(query, QStringLiteral("DELETE FROM recon_runs WHERE run_id = ?"), {runId},
                   QStringLiteral("cannot remove run %1").arg(runId), error))
        return false;
    return transaction.commit(error);
}

} // namespace syncstudio::repo
