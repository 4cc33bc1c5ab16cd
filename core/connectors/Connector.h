#pragma once

#include "ConnectorError.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>
#include <functional>
#include <memory>

namespace syncstudio::connectors {

// One attribute of an object type, as IDM names it and as the system names it.
struct AttributeInfo
{
    QString name;       // the IDM property name ("userName")
    QString nativeName; // the system's name ("uid", "__NAME__")
    QString type;       // JSON schema type: string, number, integer, boolean, object, array
    bool multiValued = false;
    bool required = false;
    bool fromServerOnly = false; // discovered on the server, not listed in the provisioner file
};

struct ObjectTypeInfo
{
    QString name;       // "account"
    QString nativeName; // "__ACCOUNT__", "inetOrgPerson"
    QVector<AttributeInfo> attributes;
    const AttributeInfo* attribute(const QString& name) const;
};

// A query as CREST expresses it; each connector translates the filter to its native query
// and runs it on the server rather than filtering on the client.
struct QueryRequest
{
    QString objectType;
    QString queryFilter = QStringLiteral("true"); // CREST _queryFilter
    QStringList fields;                           // empty: the default set
    int pageSize = 0;                             // 0: the connector's own paging, all results
    QString pagedResultsCookie;                   // from the previous page
    int pagedResultsOffset = 0;
};

struct QueryResult
{
    int count = 0;              // objects delivered
    QString pagedResultsCookie; // empty on the last page
    int totalPagedResults = -1; // when the server says
};

// An object as IDM sees it: "_id" (the system's unique id), "_rev" where the system has
// revisions (ETag), and the attributes by IDM name.
using ConnectorObject = QJsonObject;

// Called for each result in order; return false to stop the query early.
using ObjectSink = std::function<bool(const ConnectorObject&)>;

// One write of a batch.
struct Change
{
    enum class Operation
    {
        Create,
        Update,
        Delete
    };
    Operation operation = Operation::Update;
    QString objectType;
    QString id;         // empty for Create
    QJsonObject object; // Create: the whole object; Update: only the changed attributes
    QString revision;   // expected "_rev" for optimistic updates, empty for none
};

struct ChangeResult
{
    ConnectorError error;
    ConnectorObject object; // the created or updated object, at least with "_id"
};

// A system SyncStudio reads and writes: an LDAP directory, a CSV file, a SCIM service, or
// the repository's managed objects. Calls block and run on worker threads; an instance is
// used by one thread at a time (jobs create one per thread through ConnectorFactory).
class Connector
{
public:
    virtual ~Connector();

    // The system name: "ldap" in system/ldap/account.
    virtual QString name() const = 0;
    // Checks the configuration, connection and credentials.
    virtual ConnectorError test() = 0;
    // Object types with their attributes; discovers what the server has where it can.
    virtual ConnectorError schema(QVector<ObjectTypeInfo>* types) = 0;

    // Streams the objects matching request to sink, one page of the server at a time, so a
    // whole directory never needs to be in memory.
    virtual ConnectorError query(const QueryRequest& request, const ObjectSink& sink,
                                 QueryResult* result = nullptr) = 0;
    virtual ConnectorError read(const QString& objectType, const QString& id,
                                const QStringList& fields, ConnectorObject* object) = 0;
    virtual ConnectorError create(const QString& objectType, const QJsonObject& object,
                                  ConnectorObject* created) = 0;
    // Writes only the attributes in changes; a null value removes the attribute.
    virtual ConnectorError update(const QString& objectType, const QString& id,
                                  const QJsonObject& changes, const QString& revision,
                                  ConnectorObject* updated) = 0;
    virtual ConnectorError remove(const QString& objectType, const QString& id,
                                  const QString& revision) = 0;

    // Applies many writes; connectors that can keep several in flight (LDAP's asynchronous
    // operations) override this. Results are in the order of changes.
    virtual QVector<ChangeResult> apply(const QVector<Change>& changes);
};

} // namespace syncstudio::connectors
