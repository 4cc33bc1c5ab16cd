#pragma once

#include "RepositoryError.h"
#include "connectors/Connector.h"

#include <QSqlDatabase>

namespace syncstudio::repo {

class Repository;

// The repository's managed objects (managed/<type>) as a Connector, so that a mapping reads
// and writes them like any other system.
//
// - Types and attributes come from conf/managed.json (managedObjectTypes()); a type it does
//   not list is an error, as in IDM.
// - create() keeps a given "_id" and generates a UUID otherwise; "_rev" starts at "1" and
//   each update or delete given a revision checks it first (optimistic concurrency).
// - update() changes only the attributes it is given; a null value removes one.
// - query() translates the CREST filter to SQL (SqlFilterTranslator) with bound parameters,
//   pages by id (pagedResultsCookie is the last id of the page), and streams: it reads
//   batches of batchSize() rows, so neither the connection nor the memory holds the whole
//   result, and the sink may call back into the connector.
// - Field selection returns the named top-level attributes, always with "_id" and "_rev".
// - apply() writes a batch in one transaction, each change behind a savepoint so that one
//   failed change does not undo the others.
// An instance is used by one thread at a time, on that thread's connection.
class ManagedObjectConnector : public connectors::Connector
{
public:
    ManagedObjectConnector(Repository& repository, QVector<connectors::ObjectTypeInfo> types);

    QString name() const override { return QStringLiteral("managed"); }
    connectors::ConnectorError test() override;
    connectors::ConnectorError schema(QVector<connectors::ObjectTypeInfo>* types) override;
    connectors::ConnectorError query(const connectors::QueryRequest& request,
                                     const connectors::ObjectSink& sink,
                                     connectors::QueryResult* result = nullptr) override;
    connectors::ConnectorError read(const QString& objectType, const QString& id,
                                    const QStringList& fields,
                                    connectors::ConnectorObject* object) override;
    connectors::ConnectorError create(const QString& objectType, const QJsonObject& object,
                                      connectors::ConnectorObject* created) override;
    connectors::ConnectorError update(const QString& objectType, const QString& id,
                                      const QJsonObject& changes, const QString& revision,
                                      connectors::ConnectorObject* updated) override;
    connectors::ConnectorError remove(const QString& objectType, const QString& id,
                                      const QString& revision) override;
    QVector<connectors::ChangeResult> apply(const QVector<connectors::Change>& changes) override;

    int batchSize() const { return m_batchSize; }
    void setBatchSize(int rows) { m_batchSize = rows > 0 ? rows : 1; }

private:
    using Error = connectors::ConnectorError;
    Error connection(QSqlDatabase* db);
    Error checkType(const QString& objectType) const;
    Error checkRequired(const QString& objectType, const QJsonObject& object) const;
    Error createIn(QSqlDatabase& db, const QString& objectType, const QJsonObject& object,
                   connectors::ConnectorObject* created);
    Error updateIn(QSqlDatabase& db, const QString& objectType, const QString& id,
                   const QJsonObject& changes, const QString& revision,
                   connectors::ConnectorObject* updated);
    Error removeIn(QSqlDatabase& db, const QString& objectType, const QString& id,
                   const QString& revision);
    static Error fromRepositoryError(const RepositoryError& error);
    static Error sqlError(const QString& what, const QString& detail);

    Repository& m_repository;
    QVector<connectors::ObjectTypeInfo> m_types;
    int m_batchSize = 1000;
};

} // namespace syncstudio::repo
