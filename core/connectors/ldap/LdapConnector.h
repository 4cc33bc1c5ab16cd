#pragma once

#include "LdapConnection.h"
#include "LdapObjectType.h"
#include "LdapSchema.h"
#include "LdapSettings.h"
#include "connectors/Connector.h"
#include "connectors/ConnectorFactory.h"
#include "connectors/ProvisionerConfig.h"

#include <QByteArray>
#include <optional>

namespace syncstudio::connectors::ldap {

class LdapModifications;
class LdapProjection;

// An LDAP directory through OpenLDAP's libldap, configured by an IDM provisioner file for
// org.identityconnectors.ldap.LdapConnector. Queries run on the server (the CREST filter is
// translated to an LDAP filter) and stream page by page (RFC 2696); apply() keeps many
// writes in flight on the one connection.
class LdapConnector : public Connector
{
public:
    LdapConnector(const ProvisionerConfig& config, const ConnectorContext& context);
    ~LdapConnector() override;

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
    QVector<ChangeResult> apply(const QVector<Change>& changes) override;

    const LdapSettings& settings() const { return m_settings; }

    // The pieces LdapBatchWriter shares with the one-at-a-time operations.
    ConnectorError connection(LdapConnection** connection);
    ConnectorError resolveType(const QString& name, LdapObjectType* type) const;
    // The DN of the entry with this _id: the id itself when uidAttribute is the DN, else a
    // search for it.
    ConnectorError dnOf(const LdapObjectType& type, const QString& id, QString* dn);
    // The DN a new object gets: its __NAME__ property, or namingAttribute=value under the
    // first base context.
    ConnectorError dnForNew(const LdapObjectType& type, const QJsonObject& object,
                            QString* dn) const;
    // The native attribute name for a property of an object being written, empty for the
    // properties that are not attributes (_id, __NAME__, __UID__).
    QString writableAttribute(const LdapObjectType& type, const QString& property) const;
    // Whether the DN text a and b name the same entry.
    static bool sameDn(const QString& a, const QString& b);
    // The attributes of a new entry (objectClass from the type when the object has none).
    void addModifications(const LdapObjectType& type, const QJsonObject& object,
                          LdapModifications* mods) const;
    // Replaces of the changed attributes; null removes one.
    void changeModifications(const LdapObjectType& type, const QJsonObject& changes,
                             LdapModifications* mods) const;
    // The entry at dn as an object of type.
    ConnectorError readEntry(const LdapObjectType& type, const QString& dn,
                             const QStringList& fields, ConnectorObject* object);

private:
    ConnectorError searchPage(const QString& base, int scope, const QString& filter,
                              LdapProjection& projection, int pageSize, QByteArray* cookie,
                              const ObjectSink& sink, int skip, int* delivered, bool* stopped);
    ConnectorError rename(const QString& dn, const QString& newDn);
    bool isSingleValued(const QString& nativeName);
    ConnectorError failed(const ConnectorError& error);

    ProvisionerConfig m_config;
    ConnectorError m_configError; // before m_settings, which fills it
    LdapSettings m_settings;
    std::unique_ptr<LdapConnection> m_connection;
    std::optional<LdapSchema> m_schema; // read when first needed
};

} // namespace syncstudio::connectors::ldap
