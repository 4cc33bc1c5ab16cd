#include "ManagedObjectConnector.h"

#include "Repository.h"
#include "SqlFilterTranslator.h"
#include "SqlSupport.h"
#include "SqlTransaction.h"
#include "query/QueryFilter.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>
#include <utility>

namespace syncstudio::repo {

using connectors::Change;
using connectors::ChangeResult;
using connectors::ConnectorObject;
using connectors::ObjectTypeInfo;
using connectors::QueryRequest;
using connectors::QueryResult;
using Kind = connectors::ConnectorError::Kind;

namespace {

QString resource(const QString& objectType, const QString& id = {})
{
    return id.isEmpty() ? QStringLiteral("managed/%1").arg(objectType)
                        : QStringLiteral("managed/%1/%2").arg(objectType, id);
}

QString documentText(QJsonObject object)
{
    object.remove(QStringLiteral("_id"));
    object.remove(QStringLiteral("_rev"));
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

ConnectorObject objectFromRow(const QString& id, qint64 rev, const QString& doc)
{
    ConnectorObject object = QJsonDocument::fromJson(doc.toUtf8()).object();
    object.insert(QStringLiteral("_id"), id);
    object.insert(QStringLiteral("_rev"), QString::number(rev));
    return object;
}

// The named top-level attributes of object, with "_id" and "_rev"; all of it for no fields.
ConnectorObject selectFields(const ConnectorObject& object, const QStringList& fields)
{
    if (fields.isEmpty())
        return object;
    ConnectorObject out;
    out.insert(QStringLiteral("_id"), object.value(QStringLiteral("_id")));
    out.insert(QStringLiteral("_rev"), object.value(QStringLiteral("_rev")));
    for (const QString& field : fields) {
        const QString name = query::JsonPointer::parse(field).tokens().value(0);
        if (name == QLatin1String("*")) // IDM's "all fields"
            return object;
        if (object.contains(name))
            out.insert(name, object.value(name));
    }
    return out;
}

struct Row
{
    QString id;
    qint64 rev = 0;
    QString doc;
};

} // namespace

ManagedObjectConnector::ManagedObjectConnector(Repository& repository,
                                               QVector<ObjectTypeInfo> types)
    : m_repository(repository)
    , m_types(std::move(types))
{}

ManagedObjectConnector::Error ManagedObjectConnector::fromRepositoryError(const RepositoryError& e)
{
    switch (e.kind) {
    case RepositoryError::Kind::None:
        return {};
    case RepositoryError::Kind::ConnectionFailed:
    case RepositoryError::Kind::DatabaseMissing:
        return {Kind::ConnectionFailed, e.message, e.hint};
    case RepositoryError::Kind::AuthenticationFailed:
        return {Kind::AuthenticationFailed, e.message, e.hint};
    case RepositoryError::Kind::SchemaTooNew:
        return {Kind::InvalidConfiguration, e.message, e.hint};
    case RepositoryError::Kind::SchemaFailed:
    case RepositoryError::Kind::QueryFailed:
        break;
    }
    return {Kind::ServerError, e.message, e.hint};
}

ManagedObjectConnector::Error ManagedObjectConnector::sqlError(const QString& what,
                                                               const QString& detail)
{
    return {Kind::ServerError, what + QStringLiteral(": ") + detail,
            QStringLiteral("check the repository database (its log says more)")};
}

ManagedObjectConnector::Error ManagedObjectConnector::connection(QSqlDatabase* db)
{
    RepositoryError e;
    *db = m_repository.database(&e);
    return fromRepositoryError(e);
}

ManagedObjectConnector::Error ManagedObjectConnector::checkType(const QString& objectType) const
{
    for (const ObjectTypeInfo& t : m_types) {
        if (t.name == objectType)
            return {};
    }
    QStringList names;
    for (const ObjectTypeInfo& t : m_types)
        names << t.name;
    return {
        Kind::NotFound,
        QStringLiteral("%1 is not a managed object type of this project").arg(resource(objectType)),
        names.isEmpty() ? QStringLiteral("declare it in conf/managed.json")
                        : QStringLiteral("conf/managed.json declares: %1; declare it there")
                              .arg(names.join(QStringLiteral(", ")))};
}

ManagedObjectConnector::Error ManagedObjectConnector::checkRequired(const QString& objectType,
                                                                    const QJsonObject& object) const
{
    for (const ObjectTypeInfo& t : m_types) {
        if (t.name != objectType)
            continue;
        for (const connectors::AttributeInfo& a : t.attributes) {
            if (!a.required || a.name.startsWith(QLatin1Char('_')))
                continue;
            const QJsonValue v = object.value(a.name);
            if (v.isUndefined() || v.isNull())
                return {Kind::InvalidObject,
                        QStringLiteral("%1: the required attribute \"%2\" has no value")
                            .arg(resource(objectType), a.name),
                        QStringLiteral("give \"%1\" a value (conf/managed.json requires it)")
                            .arg(a.name)};
        }
    }
    return {};
}

connectors::ConnectorError ManagedObjectConnector::test()
{
    QSqlDatabase db;
    Error e = connection(&db);
    if (e.isError())
        return e;
    QSqlQuery query(db);
    QString detail;
    if (!execBound(query,
                   QStringLiteral("SELECT COUNT(*) FROM managed_objects WHERE object_type = ?"),
                   {QString()}, QStringLiteral("the repository does not answer"), &detail))
        return sqlError(m_repository.settings().describe(), detail);
    return {};
}

connectors::ConnectorError ManagedObjectConnector::schema(QVector<ObjectTypeInfo>* types)
{
    *types = m_types;
    return {};
}

connectors::ConnectorError ManagedObjectConnector::query(const QueryRequest& request,
                                                         const connectors::ObjectSink& sink,
                                                         QueryResult* result)
{
    if (result)
        *result = QueryResult{};
    Error e = checkType(request.objectType);
    if (e.isError())
        return e;
    query::QueryFilterError parseError;
    const QString filterText =
        request.queryFilter.isEmpty() ? QStringLiteral("true") : request.queryFilter;
    const std::optional<query::QueryFilter> filter =
        query::QueryFilter::parse(filterText, &parseError);
    if (!filter)
        return {Kind::InvalidFilter,
                QStringLiteral("%1: the query filter %2 is not valid: %3")
                    .arg(resource(request.objectType), filterText, parseError.toString()),
                QStringLiteral("write it as field operator value, e.g. userName eq \"bjensen\"")};
    QString condition;
    QVariantList conditionBindings;
    QString translateError;
    if (!SqlFilterTranslator::translate(*filter, m_repository.backend(), &condition,
                                        &conditionBindings, &translateError))
        return {Kind::InvalidFilter,
                QStringLiteral("%1: %2").arg(resource(request.objectType), translateError),
                {}};
    QSqlDatabase db;
    e = connection(&db);
    if (e.isError())
        return e;

    const bool paged = request.pageSize > 0;
    QString after = request.pagedResultsCookie;
    int offset = after.isEmpty() ? std::max(0, request.pagedResultsOffset) : 0;
    int remaining = paged ? request.pageSize : -1;
    int delivered = 0;
    QString lastId;
    bool more = true;
    while (more && remaining != 0) {
        // One row more than wanted tells whether more follow; it is never delivered.
        const int want = paged ? std::min(remaining, m_batchSize) : m_batchSize;
        const int limit = want + 1;
        QString sql = QStringLiteral("SELECT object_id, rev, doc FROM managed_objects WHERE "
                                     "object_type = ? AND (%1)")
                          .arg(condition);
        QVariantList bindings{request.objectType};
        bindings << conditionBindings;
        if (!after.isEmpty()) {
            sql += QStringLiteral(" AND object_id > ?");
            bindings << after;
        }
        sql += QStringLiteral(" ORDER BY object_id LIMIT ? OFFSET ?");
        bindings << limit << offset;
        QVector<Row> rows;
        {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            if (!q.prepare(sql))
                return sqlError(QStringLiteral("cannot query %1").arg(resource(request.objectType)),
                                q.lastError().text());
            for (int i = 0; i < bindings.size(); ++i)
                q.bindValue(i, bindings.at(i));
            if (!q.exec())
                return sqlError(QStringLiteral("cannot query %1").arg(resource(request.objectType)),
                                q.lastError().text());
            while (q.next())
                rows.push_back(
                    {q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString()});
        }
        // The statement is finished before the sink runs, so the sink may use the connector.
        offset = 0;
        more = rows.size() > want;
        const int usable = std::min<int>(rows.size(), want);
        for (int i = 0; i < usable; ++i) {
            const Row& row = rows.at(i);
            lastId = row.id;
            ++delivered;
            if (remaining > 0)
                --remaining;
            if (!sink(selectFields(objectFromRow(row.id, row.rev, row.doc), request.fields))) {
                if (result)
                    result->count = delivered;
                return {};
            }
        }
        after = lastId;
    }
    if (result) {
        result->count = delivered;
        result->pagedResultsCookie = paged && more ? lastId : QString();
    }
    return {};
}

connectors::ConnectorError ManagedObjectConnector::read(const QString& objectType,
                                                        const QString& id,
                                                        const QStringList& fields,
                                                        ConnectorObject* object)
{
    Error e = checkType(objectType);
    if (e.isError())
        return e;
    QSqlDatabase db;
    e = connection(&db);
    if (e.isError())
        return e;
    QSqlQuery q(db);
    QString detail;
    if (!execBound(q,
                   QStringLiteral("SELECT rev, doc FROM managed_objects WHERE object_type = ? AND "
                                  "object_id = ?"),
                   {objectType, id}, QStringLiteral("cannot read %1").arg(resource(objectType, id)),
                   &detail))
        return sqlError(resource(objectType, id), detail);
    if (!q.next())
        return {Kind::NotFound, QStringLiteral("%1 does not exist").arg(resource(objectType, id)),
                QStringLiteral("check the id, or query the type to find the object")};
    if (object)
        *object =
            selectFields(objectFromRow(id, q.value(0).toLongLong(), q.value(1).toString()), fields);
    return {};
}

ManagedObjectConnector::Error ManagedObjectConnector::createIn(QSqlDatabase& db,
                                                               const QString& objectType,
                                                               const QJsonObject& object,
                                                               ConnectorObject* created)
{
    Error e = checkType(objectType);
    if (e.isError())
        return e;
    const QJsonValue givenId = object.value(QStringLiteral("_id"));
    if (!givenId.isUndefined() && !givenId.isNull() && !givenId.isString())
        return {Kind::InvalidObject,
                QStringLiteral("%1: \"_id\" must be a string").arg(resource(objectType)),
                {}};
    e = checkRequired(objectType, object);
    if (e.isError())
        return e;
    const QString id = givenId.toString().isEmpty()
                           ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                           : givenId.toString();
    const QString doc = documentText(object);
    QSqlQuery q(db);
    QString detail;
    // A given id is checked first: a failed INSERT would abort a PostgreSQL transaction (the
    // unique index still decides when two writers race).
    if (!givenId.toString().isEmpty()) {
        if (!execBound(q,
                       QStringLiteral("SELECT 1 FROM managed_objects WHERE object_type = ? AND "
                                      "object_id = ?"),
                       {objectType, id}, QStringLiteral("cannot read"), &detail))
            return sqlError(QStringLiteral("cannot create %1").arg(resource(objectType, id)),
                            detail);
        if (q.next())
            return {Kind::AlreadyExists,
                    QStringLiteral("%1 already exists").arg(resource(objectType, id)),
                    QStringLiteral("update it, or create the object without an \"_id\"")};
    }
    if (!execBound(q,
                   QStringLiteral("INSERT INTO managed_objects (object_type, object_id, rev, doc) "
                                  "VALUES (?, ?, ?, ?)"),
                   {objectType, id, 1, doc}, QStringLiteral("cannot create"), &detail)) {
        if (isUniqueViolation(q.lastError()))
            return {Kind::AlreadyExists,
                    QStringLiteral("%1 already exists").arg(resource(objectType, id)),
                    QStringLiteral("update it, or create the object without an \"_id\"")};
        return sqlError(QStringLiteral("cannot create %1").arg(resource(objectType, id)), detail);
    }
    if (created)
        *created = objectFromRow(id, 1, doc);
    return {};
}

ManagedObjectConnector::Error
ManagedObjectConnector::updateIn(QSqlDatabase& db, const QString& objectType, const QString& id,
                                 const QJsonObject& changes, const QString& revision,
                                 ConnectorObject* updated)
{
    Error e = checkType(objectType);
    if (e.isError())
        return e;
    QSqlQuery q(db);
    QString detail;
    const QString select =
        QStringLiteral("SELECT rev, doc FROM managed_objects WHERE object_type "
                       "= ? AND object_id = ?") +
        (m_repository.isPostgreSQL() ? QStringLiteral(" FOR UPDATE") : QString());
    if (!execBound(q, select, {objectType, id}, QStringLiteral("cannot read"), &detail))
        return sqlError(QStringLiteral("cannot update %1").arg(resource(objectType, id)), detail);
    if (!q.next())
        return {Kind::NotFound, QStringLiteral("%1 does not exist").arg(resource(objectType, id)),
                QStringLiteral("create it instead")};
    const qint64 rev = q.value(0).toLongLong();
    QJsonObject doc = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
    q.finish();
    if (!revision.isEmpty() && revision != QString::number(rev))
        return {Kind::InvalidObject,
                QStringLiteral("%1 has changed since it was read: revision %2 was expected, it "
                               "is at %3")
                    .arg(resource(objectType, id), revision)
                    .arg(rev),
                QStringLiteral("read it again and apply the change to the new revision")};
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (it.key() == QLatin1String("_id") || it.key() == QLatin1String("_rev"))
            continue;
        if (it.value().isNull())
            doc.remove(it.key());
        else
            doc.insert(it.key(), it.value());
    }
    e = checkRequired(objectType, doc);
    if (e.isError())
        return e;
    const QString text = documentText(doc);
    if (!execBound(q,
                   QStringLiteral("UPDATE managed_objects SET rev = ?, doc = ? WHERE object_type = "
                                  "? AND object_id = ? AND rev = ?"),
                   {rev + 1, text, objectType, id, rev}, QStringLiteral("cannot write"), &detail))
        return sqlError(QStringLiteral("cannot update %1").arg(resource(objectType, id)), detail);
    if (q.numRowsAffected() != 1)
        return {Kind::InvalidObject,
                QStringLiteral("%1 was changed by someone else while it was being updated")
                    .arg(resource(objectType, id)),
                QStringLiteral("read it again and retry")};
    if (updated)
        *updated = objectFromRow(id, rev + 1, text);
    return {};
}

ManagedObjectConnector::Error ManagedObjectConnector::removeIn(QSqlDatabase& db,
                                                               const QString& objectType,
                                                               const QString& id,
                                                               const QString& revision)
{
    Error e = checkType(objectType);
    if (e.isError())
        return e;
    QSqlQuery q(db);
    QString detail;
    bool ok = revision.isEmpty()
                  ? execBound(q,
                              QStringLiteral("DELETE FROM managed_objects WHERE object_type = ? "
                                             "AND object_id = ?"),
                              {objectType, id}, QStringLiteral("cannot delete"), &detail)
                  : execBound(q,
                              QStringLiteral("DELETE FROM managed_objects WHERE object_type = ? "
                                             "AND object_id = ? AND CAST(rev AS TEXT) = ?"),
                              {objectType, id, revision}, QStringLiteral("cannot delete"), &detail);
    if (!ok)
        return sqlError(QStringLiteral("cannot delete %1").arg(resource(objectType, id)), detail);
    if (q.numRowsAffected() > 0)
        return {};
    // Nothing deleted: say whether the object is missing or at another revision.
    ok = execBound(q,
                   QStringLiteral("SELECT rev FROM managed_objects WHERE object_type = ? AND "
                                  "object_id = ?"),
                   {objectType, id}, QStringLiteral("cannot read"), &detail);
    if (ok && q.next())
        return {Kind::InvalidObject,
                QStringLiteral("%1 has changed since it was read: revision %2 was expected, it "
                               "is at %3")
                    .arg(resource(objectType, id), revision, q.value(0).toString()),
                QStringLiteral("read it again before deleting it")};
    return {Kind::NotFound, QStringLiteral("%1 does not exist").arg(resource(objectType, id)),
            QStringLiteral("it may have been deleted already")};
}

connectors::ConnectorError ManagedObjectConnector::create(const QString& objectType,
                                                          const QJsonObject& object,
                                                          ConnectorObject* created)
{
    QSqlDatabase db;
    Error e = connection(&db);
    return e.isError() ? e : createIn(db, objectType, object, created);
}

connectors::ConnectorError ManagedObjectConnector::update(const QString& objectType,
                                                          const QString& id,
                                                          const QJsonObject& changes,
                                                          const QString& revision,
                                                          ConnectorObject* updated)
{
    QSqlDatabase db;
    Error e = connection(&db);
    if (e.isError())
        return e;
    SqlTransaction transaction(db);
    QString detail;
    if (!transaction.begin(&detail))
        return sqlError(resource(objectType, id), detail);
    e = updateIn(db, objectType, id, changes, revision, updated);
    if (e.isError())
        return e;
    if (!transaction.commit(&detail))
        return sqlError(QStringLiteral("cannot update %1").arg(resource(objectType, id)), detail);
    return {};
}

connectors::ConnectorError ManagedObjectConnector::remove(const QString& objectType,
                                                          const QString& id,
                                                          const QString& revision)
{
    QSqlDatabase db;
    Error e = connection(&db);
    return e.isError() ? e : removeIn(db, objectType, id, revision);
}

QVector<ChangeResult> ManagedObjectConnector::apply(const QVector<Change>& changes)
{
    QVector<ChangeResult> results(changes.size());
    QSqlDatabase db;
    Error e = connection(&db);
    QString detail;
    QSqlQuery savepoint(db); // before the transaction: rolled back first, cleaned up after
    SqlTransaction transaction(db);
    if (!e.isError() && !transaction.begin(&detail))
        e = sqlError(QStringLiteral("cannot start a batch of writes"), detail);
    if (e.isError()) {
        for (ChangeResult& r : results)
            r.error = e;
        return results;
    }
    for (int i = 0; i < changes.size(); ++i) {
        const Change& c = changes.at(i);
        ChangeResult& r = results[i];
        // A savepoint per change: a failed statement (which aborts a PostgreSQL
        // transaction) is undone alone.
        if (!execBound(savepoint, QStringLiteral("SAVEPOINT change"), {},
                       QStringLiteral("savepoint"), &detail)) {
            r.error = sqlError(QStringLiteral("cannot write"), detail);
            continue;
        }
        switch (c.operation) {
        case Change::Operation::Create:
            r.error = createIn(db, c.objectType, c.object, &r.object);
            break;
        case Change::Operation::Update:
            r.error = updateIn(db, c.objectType, c.id, c.object, c.revision, &r.object);
            break;
        case Change::Operation::Delete:
            r.error = removeIn(db, c.objectType, c.id, c.revision);
            r.object.insert(QStringLiteral("_id"), c.id);
            break;
        }
        const QString end = r.error.isError() ? QStringLiteral("ROLLBACK TO SAVEPOINT change")
                                              : QStringLiteral("RELEASE SAVEPOINT change");
        if (!execBound(savepoint, end, {}, QStringLiteral("savepoint"), &detail) &&
            !r.error.isError())
            r.error = sqlError(QStringLiteral("cannot write"), detail);
        if (r.error.isError())
            execBound(savepoint, QStringLiteral("RELEASE SAVEPOINT change"), {},
                      QStringLiteral("savepoint"), &detail);
    }
    if (!transaction.commit(&detail)) {
        const Error failed = sqlError(QStringLiteral("cannot commit a batch of writes"), detail);
        for (ChangeResult& r : results) {
            if (!r.error.isError())
                r.error = failed;
        }
    }
    return results;
}

} // namespace syncstudio::repo
