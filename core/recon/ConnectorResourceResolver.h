#pragma once

#include "ReconEngine.h"
#include "script/ScriptResourceResolver.h"

#include <QHash>
#include <QMutex>
#include <QThread>
#include <map>
#include <memory>

namespace syncstudio::recon {

// Answers scripts' openidm.read and openidm.query from the project's own systems and
// repository, so a transform or a correlation script that looks something up is evaluated
// for real in a preview. Each calling thread gets its own connections.
class ConnectorResourceResolver : public script::ScriptResourceResolver
{
public:
    explicit ConnectorResourceResolver(ReconEnvironment::OpenResource openResource);
    ~ConnectorResourceResolver() override;

    QJsonValue read(const QString& resourcePath, QString* whyNot) override;
    QJsonValue query(const QString& resourcePath, const QJsonObject& params,
                     QString* whyNot) override;

private:
    connectors::Connector* connectorFor(const ResourcePath& resource, QString* whyNot);

    ReconEnvironment::OpenResource m_openResource;
    QMutex m_mutex;
    // Per thread, per resource ("system/ldap/account"): the connection that thread uses.
    std::map<QThread*, std::map<QString, std::unique_ptr<connectors::Connector>>> m_connectors;
};

// "managed/user/42" -> managed/user and "42"; "system/ldap/account" -> that and no id.
// The id of a system object may hold '/' (a DN does not, an LDAP id could): all that follows
// the object type is the id.
bool splitResourcePath(const QString& path, ResourcePath* resource, QString* id);

} // namespace syncstudio::recon
