#pragma once

#include "connectors/Connector.h"
#include "query/JsonPointer.h"

#include <QJsonArray>
#include <QJsonObject>

namespace syncstudio::connectors::scim {

// One object type of a SCIM provisioner file and how its objects map onto SCIM resources.
//
// The object type's nativeType names the SCIM resource type ("User" or "__ACCOUNT__" for
// /Users, "Group" or "__GROUP__" for /Groups). Each property's nativeName is a SCIM
// attribute path: "userName", "name.familyName", "emails" (the whole multi-valued
// attribute), or "emails.value" (the primary value of a multi-valued attribute; written as
// the one primary value). "__NAME__" is userName (displayName for groups), "__UID__" the id.
// An object type without properties passes resources through as they are.
// "_id" is the resource's id and "_rev" its version (meta.version, the ETag).
class ScimObjectType
{
public:
    // Fills error when nativeType names no resource type the connector knows.
    static ScimObjectType fromInfo(const ObjectTypeInfo& info, ConnectorError* error);

    const QString& name() const { return m_name; }
    const QString& endpoint() const { return m_endpoint; }   // "/Users"
    const QString& schemaUrn() const { return m_schemaUrn; } // the core schema
    bool passesThrough() const { return m_attributes.isEmpty(); }

    // The SCIM attribute path a filter field stands for; empty when there is none.
    QString scimPath(const query::JsonPointer& field) const;
    // The SCIM attributes to ask for (attributes=), for IDM fields; empty for all.
    QStringList scimAttributes(const QStringList& fields) const;

    ConnectorObject toObject(const QJsonObject& resource, const QString& etag,
                             const QStringList& fields = {}) const;
    // A new resource (POST) from an IDM object.
    ConnectorError toResource(const QJsonObject& object, QJsonObject* resource) const;
    // PatchOp operations that make changes (attributes by IDM name; null removes).
    ConnectorError patchOperations(const QJsonObject& changes, QJsonArray* operations) const;
    // changes made on a whole resource, for PUT.
    ConnectorError applyChanges(const QJsonObject& changes, QJsonObject* resource) const;

    static QJsonValue valueAt(const QJsonObject& resource, const QString& path);
    static bool isMultiValued(const QString& attribute);

private:
    struct Mapping
    {
        QString attribute; // IDM name
        QString path;      // SCIM attribute path
        bool readOnly = false;
    };
    // The SCIM path of an IDM attribute; error when it has none or cannot be written.
    ConnectorError pathOf(const QString& attribute, bool forWrite, QString* path) const;
    static void setValueAt(QJsonObject* resource, const QString& path, const QJsonValue& value);

    QString m_name;
    QString m_endpoint;
    QString m_schemaUrn;
    QVector<Mapping> m_attributes;
};

} // namespace syncstudio::connectors::scim
