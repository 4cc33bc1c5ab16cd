#include "LdapSchema.h"

#include "LdapConnection.h"

#include <QSet>
#include <ldap.h>
#include <ldap_schema.h>

namespace syncstudio::connectors::ldap {

namespace {

QStringList strings(char** list)
{
    QStringList out;
    for (char** p = list; p && *p; ++p)
        out << QString::fromUtf8(*p);
    return out;
}

// The values of attribute of the only entry of a base search; rc is the search's result.
int readBase(LDAP* ld, const char* dn, const char* filter, const char** attributes,
             QHash<QByteArray, QList<QByteArray>>* values, QString* diagnostic)
{
    LDAPMessage* result = nullptr;
    const int rc =
        ldap_search_ext_s(ld, dn, LDAP_SCOPE_BASE, filter, const_cast<char**>(attributes), 0,
                          nullptr, nullptr, nullptr, 0, &result);
    if (rc == LDAP_SUCCESS) {
        if (LDAPMessage* entry = ldap_first_entry(ld, result)) {
            for (const char** a = attributes; *a; ++a) {
                berval** v = ldap_get_values_len(ld, entry, *a);
                QList<QByteArray>& list = (*values)[QByteArray(*a)];
                for (int i = 0; v && v[i]; ++i)
                    list << QByteArray(v[i]->bv_val, static_cast<qsizetype>(v[i]->bv_len));
                if (v)
                    ldap_value_free_len(v);
            }
        }
    } else {
        char* text = nullptr;
        ldap_get_option(ld, LDAP_OPT_DIAGNOSTIC_MESSAGE, &text);
        *diagnostic = QString::fromUtf8(text);
        ldap_memfree(text);
    }
    if (result)
        ldap_msgfree(result);
    return rc;
}

} // namespace

ConnectorError LdapSchema::read(LdapConnection& connection, LdapSchema* schema)
{
    *schema = {};
    LDAP* ld = connection.handle();
    QHash<QByteArray, QList<QByteArray>> values;
    QString diagnostic;
    const char* rootAttributes[] = {"subschemaSubentry", nullptr};
    int rc = readBase(ld, "", "(objectClass=*)", rootAttributes, &values, &diagnostic);
    if (rc != LDAP_SUCCESS)
        return connection.error(rc, QStringLiteral("reading the root DSE"),
                                diagnostic.toUtf8().constData());
    const QByteArray subschema =
        values.value("subschemaSubentry").value(0, QByteArray("cn=Subschema"));
    values.clear();
    const char* schemaAttributes[] = {"attributeTypes", "objectClasses", nullptr};
    rc = readBase(ld, subschema.constData(), "(objectClass=subschema)", schemaAttributes, &values,
                  &diagnostic);
    if (rc != LDAP_SUCCESS)
        return connection.error(
            rc, QStringLiteral("reading the schema %1").arg(QString::fromUtf8(subschema)),
            diagnostic.toUtf8().constData());

    for (const QByteArray& text : values.value("attributeTypes")) {
        int code = 0;
        const char* where = nullptr;
        LDAPAttributeType* at =
            ldap_str2attributetype(text.constData(), &code, &where, LDAP_SCHEMA_ALLOW_ALL);
        if (!at)
            continue;
        AttributeType type;
        const QStringList names = strings(at->at_names);
        const QString oid = QString::fromUtf8(at->at_oid);
        type.name = names.value(0, oid);
        type.superior = QString::fromUtf8(at->at_sup_oid);
        type.syntax = QString::fromUtf8(at->at_syntax_oid);
        type.singleValued = at->at_single_value != 0;
        const int index = static_cast<int>(schema->m_attributes.size());
        schema->m_attributes << type;
        for (const QString& n : names)
            schema->m_attributeIndex.insert(n.toLower(), index);
        schema->m_attributeIndex.insert(oid, index);
        ldap_attributetype_free(at);
    }
    for (const QByteArray& text : values.value("objectClasses")) {
        int code = 0;
        const char* where = nullptr;
        LDAPObjectClass* oc =
            ldap_str2objectclass(text.constData(), &code, &where, LDAP_SCHEMA_ALLOW_ALL);
        if (!oc)
            continue;
        ObjectClass c;
        const QStringList names = strings(oc->oc_names);
        c.name = names.value(0, QString::fromUtf8(oc->oc_oid));
        c.superiors = strings(oc->oc_sup_oids);
        c.must = strings(oc->oc_at_oids_must);
        c.may = strings(oc->oc_at_oids_may);
        const int index = static_cast<int>(schema->m_classes.size());
        schema->m_classes << c;
        for (const QString& n : names)
            schema->m_classIndex.insert(n.toLower(), index);
        schema->m_classIndex.insert(QString::fromUtf8(oc->oc_oid), index);
        ldap_objectclass_free(oc);
    }
    return {};
}

const LdapSchema::AttributeType* LdapSchema::attribute(const QString& name) const
{
    const auto it = m_attributeIndex.constFind(name.toLower());
    return it == m_attributeIndex.constEnd() ? nullptr : &m_attributes[*it];
}

bool LdapSchema::isSingleValued(const QString& name) const
{
    const AttributeType* a = attribute(name);
    return a && a->singleValued;
}

QString LdapSchema::jsonType(const QString& name) const
{
    const AttributeType* a = attribute(name);
    for (int depth = 0; a && depth < 16; ++depth) {
        if (!a->syntax.isEmpty()) {
            const QString syntax = a->syntax.section(QLatin1Char('{'), 0, 0);
            if (syntax == QLatin1String("1.3.6.1.4.1.1466.115.121.1.27"))
                return QStringLiteral("integer");
            if (syntax == QLatin1String("1.3.6.1.4.1.1466.115.121.1.7"))
                return QStringLiteral("boolean");
            return QStringLiteral("string");
        }
        a = a->superior.isEmpty() ? nullptr : attribute(a->superior);
    }
    return QStringLiteral("string");
}

QVector<LdapSchema::Member> LdapSchema::membersOf(const QStringList& objectClasses) const
{
    QVector<Member> out;
    QHash<QString, int> seen; // lower-case first name -> index in out
    QSet<QString> visited;
    QStringList pending = objectClasses;
    QVector<const ObjectClass*> classes;
    while (!pending.isEmpty()) {
        const QString key = pending.takeFirst().toLower();
        if (visited.contains(key))
            continue;
        visited.insert(key);
        const auto it = m_classIndex.constFind(key);
        if (it == m_classIndex.constEnd())
            continue;
        classes << &m_classes[*it];
        pending += m_classes[*it].superiors;
    }
    for (const bool required : {true, false}) {
        for (const ObjectClass* c : classes) {
            for (const QString& n : required ? c->must : c->may) {
                const AttributeType* a = attribute(n);
                const QString name = a ? a->name : n;
                const auto found = seen.constFind(name.toLower());
                if (found != seen.constEnd())
                    continue;
                seen.insert(name.toLower(), static_cast<int>(out.size()));
                out << Member{name, required};
            }
        }
    }
    return out;
}

} // namespace syncstudio::connectors::ldap
