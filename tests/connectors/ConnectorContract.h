#pragma once

#include "connectors/Connector.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <functional>

// The contract every connector keeps, as checks a connector's test suite calls against its
// real server with data it knows. Each check uses QTest's macros: after calling one, return
// when QTest::currentTestFailed().
namespace syncstudio::test::contract {

using connectors::Connector;
using connectors::ConnectorError;
using connectors::QueryRequest;
using connectors::QueryResult;

// The keyField values of the objects request returns, sorted; fails on an error.
QStringList queryKeys(Connector& connector, const QueryRequest& request, const QString& keyField,
                      QueryResult* result = nullptr);

// The server returns exactly the objects whose keys are expected for filter.
void checkQuery(Connector& connector, const QString& objectType, const QString& filter,
                const QString& keyField, const QStringList& expected);

// Reading pages of pageSize, following the cookie until it is empty, gives every expected
// object once: no page is larger than pageSize, each page's count is what it delivered,
// there are as many pages as needed, and the counts add up to the total.
void checkPaging(Connector& connector, const QString& objectType, const QString& filter,
                 const QString& keyField, int pageSize, const QStringList& expected);

// A sink that returns false stops the query after that object.
void checkEarlyStop(Connector& connector, const QString& objectType, int stopAfter);

// Objects carry "_id" (and "_rev" where the system has revisions) and at most the fields
// asked for, and some object has all of them.
void checkFieldSelection(Connector& connector, const QString& objectType, const QString& filter,
                         const QStringList& fields);

struct CrudCase
{
    QString objectType;
    QJsonObject object;  // what is created
    QJsonObject changes; // the update; a null value removes the attribute
    // Another client writes these attributes between the read and the update; an update
    // that writes only its changes leaves them as that client wrote them.
    QJsonObject concurrentEdit;
    std::function<void(const QString& id, const QJsonObject& values)> editConcurrently;
};

// create, read, create again (AlreadyExists), update (only the changes are written), read,
// delete, read and delete again (NotFound).
void checkCreateReadUpdateDelete(Connector& connector, const CrudCase& c);

// The object type's schema has each of these attributes with this multiValued flag, and
// serverOnly are marked as found on the server rather than in the provisioner file.
void checkSchema(Connector& connector, const QString& objectType,
                 const QMap<QString, bool>& multiValued, const QStringList& serverOnly);

// error is of kind and its text names each of mentions (a host:port, a filter, a DN).
void checkError(const ConnectorError& error, ConnectorError::Kind kind,
                const QStringList& mentions);

// a and b are the same JSON value, arrays compared as sets.
bool sameValue(const QJsonValue& a, const QJsonValue& b);

} // namespace syncstudio::test::contract
