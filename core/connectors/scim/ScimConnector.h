#pragma once

#include "ScimHttpClient.h"
#include "ScimObjectType.h"
#include "ScimSettings.h"
#include "connectors/Connector.h"
#include "connectors/ConnectorFactory.h"

#include <memory>

namespace syncstudio::connectors::scim {

// A SCIM 2.0 service (RFC 7643/7644) as a system: Users and Groups, CREST filters run by the
// service as SCIM filters, startIndex/count paging streamed page by page, POST, PATCH (only
// the changed attributes) or PUT, DELETE, ETags as _rev (If-Match), bearer or basic
// authentication with the secret from the keychain. docs/connectors/scim.md describes the
// provisioner file.
class ScimConnector : public Connector
{
public:
    ScimConnector(ProvisionerConfig config, ConnectorContext context);
    ~ScimConnector() override;

    QString name() const override { return m_config.name; }
    ConnectorError test() override;
    ConnectorError schema(QVector<ObjectTypeInfo>* types) override;
    ConnectorError query(const QueryRequest& request, const ObjectSink& sink,
                         QueryResult* result = nullptr) override;
    ConnectorError read(const QString& objectType, const QString& id, const QStringList& fields,
                        ConnectorObject* object) override;
    ConnectorError create(const QString& objectType, const QJsonObject& object,
                          ConnectorObject* created) override;
    ConnectorError update(const QString& objectType, const QString& id, const QJsonObject& changes,
                          const QString& revision, ConnectorObject* updated) override;
    ConnectorError remove(const QString& objectType, const QString& id,
                          const QString& revision) override;

    // Requests sent again after a 429 or 5xx, since the connector was made.
    int retries() const { return m_client ? m_client->retries() : 0; }

    static const char* const ConnectorName;

private:
    ConnectorError prepare();
    ConnectorError objectType(const QString& name, ScimObjectType* type) const;
    QString resourcePath(const ScimObjectType& type, const QString& id) const;
    ConnectorError withObject(ConnectorError error, const ScimObjectType& type,
                              const QString& id) const;

    ProvisionerConfig m_config;
    ConnectorContext m_context;
    ScimSettings m_settings;
    ConnectorError m_settingsError;
    QVector<ObjectTypeInfo> m_types;
    std::unique_ptr<ScimHttpClient> m_client;
};

} // namespace syncstudio::connectors::scim
