#pragma once

#include "connectors/ConnectorError.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace syncstudio::connectors::ldap {

class LdapConnection;

// The attribute types and object classes of the server's subschema entry (RFC 4512), as
// far as SyncStudio needs them: names, SINGLE-VALUE, syntax, and what a class must and may
// have.
class LdapSchema
{
public:
    struct AttributeType
    {
        QString name; // the first NAME
        QString superior;
        QString syntax;
        bool singleValued = false;
    };
    struct ObjectClass
    {
        QString name;
        QStringList superiors;
        QStringList must;
        QStringList may;
    };
    struct Member
    {
        QString name;
        bool required = false;
    };

    // Reads the subschema entry named by the root DSE's subschemaSubentry.
    static ConnectorError read(LdapConnection& connection, LdapSchema* schema);
    bool isEmpty() const { return m_attributes.isEmpty(); }

    // By any of its names or its OID, in any letter case; null when unknown.
    const AttributeType* attribute(const QString& name) const;
    bool isSingleValued(const QString& name) const;
    // "integer", "boolean" or "string", from the syntax (inherited through SUP).
    QString jsonType(const QString& name) const;
    // The attributes of entries with these object classes and their superclasses, in
    // schema order (MUST first), each once, by its first name.
    QVector<Member> membersOf(const QStringList& objectClasses) const;

private:
    QVector<AttributeType> m_attributes;
    QHash<QString, int> m_attributeIndex; // lower-case name or OID -> m_attributes
    QVector<ObjectClass> m_classes;
    QHash<QString, int> m_classIndex;
};

} // namespace syncstudio::connectors::ldap
