#pragma once

#include "LdapSettings.h"
#include "connectors/Connector.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace syncstudio::connectors::ldap {

// An object type of the provisioner file as it lives in the directory: which object classes
// its entries have, the filter that finds them, and how IDM's property names map to LDAP
// attributes. IDM's conventions: nativeType __ACCOUNT__ is accountObjectClasses (with
// accountSearchFilter), __GROUP__ is groupObjectClasses, any other nativeType is an object
// class; the property with nativeName __NAME__ is the DN, and __UID__ is uidAttribute.
class LdapObjectType
{
public:
    // info may be null (a type the file does not declare): then the name is the object class.
    static LdapObjectType resolve(const QString& name, const ObjectTypeInfo* info,
                                  const LdapSettings& settings);

    const QString& name() const { return m_name; }
    const QStringList& objectClasses() const { return m_objectClasses; }
    // The filter every search of this type is and-ed with.
    const QString& baseFilter() const { return m_baseFilter; }
    // The attribute of the RDN when a DN has to be made for a new entry.
    const QString& namingAttribute() const { return m_namingAttribute; }
    const QVector<AttributeInfo>& attributes() const { return m_attributes; }

    // The file's attribute with IDM name name, or null.
    const AttributeInfo* attribute(const QString& name) const;
    // The file's attribute whose LDAP name is nativeName (any letter case), or null.
    const AttributeInfo* attributeByNative(const QString& nativeName) const;
    // The LDAP attribute for an IDM property name; the name itself when the file does not
    // list it (any attribute of the directory can be read by its own name).
    QString nativeName(const QString& name) const;
    // The IDM name of the DN (__NAME__) property, empty when the file has none.
    const QString& dnProperty() const { return m_dnProperty; }
    // What a query reads when it names no fields: the file's attributes, without the password.
    QStringList defaultFields() const;

private:
    QString m_name;
    QStringList m_objectClasses;
    QString m_baseFilter;
    QString m_namingAttribute;
    QString m_passwordAttribute;
    QVector<AttributeInfo> m_attributes;
    QHash<QString, int> m_byNative; // lower-case native name -> index in m_attributes
    QString m_dnProperty;
};

} // namespace syncstudio::connectors::ldap
