#include "LdapObjectType.h"

#include "LdapFilterTranslator.h"

namespace syncstudio::connectors::ldap {

namespace {

// "(x)" for "x" or "(x)": IDM's search filter settings are written either way.
QString parenthesized(const QString& filter)
{
    const QString f = filter.trimmed();
    return f.startsWith(QLatin1Char('(')) ? f : QLatin1Char('(') + f + QLatin1Char(')');
}

} // namespace

LdapObjectType LdapObjectType::resolve(const QString& name, const ObjectTypeInfo* info,
                                       const LdapSettings& settings)
{
    LdapObjectType type;
    type.m_name = name;
    type.m_passwordAttribute = settings.passwordAttribute;
    const QString nativeType = info ? info->nativeName : name;
    QString extraFilter;
    if (nativeType == QLatin1String("__ACCOUNT__")) {
        type.m_objectClasses = settings.accountObjectClasses;
        type.m_namingAttribute = settings.accountUserNameAttributes.value(0, QStringLiteral("uid"));
        extraFilter = settings.accountSearchFilter;
    } else if (nativeType == QLatin1String("__GROUP__")) {
        type.m_objectClasses = settings.groupObjectClasses;
        type.m_namingAttribute = settings.groupNameAttribute;
        extraFilter = settings.groupSearchFilter;
    } else {
        type.m_objectClasses = QStringList{nativeType};
        type.m_namingAttribute = QStringLiteral("cn");
    }
    QStringList parts;
    for (const QString& objectClass : type.m_objectClasses) {
        // Every entry is a "top"; asking the server to check it only costs time.
        if (objectClass.compare(QLatin1String("top"), Qt::CaseInsensitive) != 0)
            parts << QStringLiteral("(objectClass=%1)")
                         .arg(LdapFilterTranslator::escapeValue(objectClass));
    }
    if (!extraFilter.trimmed().isEmpty())
        parts << parenthesized(extraFilter);
    if (parts.isEmpty())
        type.m_baseFilter = QStringLiteral("(objectClass=*)");
    else if (parts.size() == 1)
        type.m_baseFilter = parts.constFirst();
    else
        type.m_baseFilter = QStringLiteral("(&%1)").arg(parts.join(QString()));

    if (info)
        type.m_attributes = info->attributes;
    for (int i = 0; i < type.m_attributes.size(); ++i) {
        const AttributeInfo& a = type.m_attributes[i];
        if (a.nativeName == QLatin1String("__NAME__"))
            type.m_dnProperty = a.name;
        type.m_byNative.insert(a.nativeName.toLower(), i);
    }
    return type;
}

const AttributeInfo* LdapObjectType::attribute(const QString& attributeName) const
{
    for (const AttributeInfo& a : m_attributes) {
        if (a.name == attributeName)
            return &a;
    }
    return nullptr;
}

const AttributeInfo* LdapObjectType::attributeByNative(const QString& native) const
{
    const auto it = m_byNative.constFind(native.toLower());
    return it == m_byNative.constEnd() ? nullptr : &m_attributes[*it];
}

QString LdapObjectType::nativeName(const QString& attributeName) const
{
    const AttributeInfo* a = attribute(attributeName);
    return a ? a->nativeName : attributeName;
}

QStringList LdapObjectType::defaultFields() const
{
    QStringList out;
    for (const AttributeInfo& a : m_attributes) {
        if (a.nativeName.compare(m_passwordAttribute, Qt::CaseInsensitive) != 0)
            out << a.name;
    }
    return out;
}

} // namespace syncstudio::connectors::ldap
