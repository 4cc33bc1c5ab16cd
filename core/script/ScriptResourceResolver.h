#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace syncstudio::script {

// Answers the openidm.read and openidm.query calls of scripts from the project's own
// resources (connectors, the repository). Called on script worker threads: implementations
// must be thread-safe.
class ScriptResourceResolver
{
public:
    virtual ~ScriptResourceResolver() = default;

    // The object at resourcePath ("managed/user/42", "system/ldap/account/uid=x"), or null
    // when there is none (IDM's read returns null then). An undefined value means the
    // resolver cannot answer here; whyNot says why and the script is not evaluated.
    virtual QJsonValue read(const QString& resourcePath, QString* whyNot) = 0;

    // The query response for params ({"_queryFilter": ...} or {"_queryId": ...}) as IDM's
    // openidm.query returns it: {"result": [...], "resultCount": n, ...}. Undefined as above.
    virtual QJsonValue query(const QString& resourcePath, const QJsonObject& params,
                             QString* whyNot) = 0;
};

} // namespace syncstudio::script
