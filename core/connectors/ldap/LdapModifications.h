#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <deque>
#include <vector>

struct berval;
struct ldapmod;

namespace syncstudio::connectors::ldap {

// The LDAPMod array of an add or a modify, holding the memory libldap reads from.
class LdapModifications
{
public:
    // operation is LDAP_MOD_ADD, LDAP_MOD_REPLACE or LDAP_MOD_DELETE; a replace with no
    // values removes the attribute (and is no error when it is absent).
    void append(int operation, const QString& attribute, const QList<QByteArray>& values);
    bool isEmpty() const { return m_items.empty(); }
    bool contains(const QString& attribute) const;
    // NULL-terminated; valid until the next append() or until this is destroyed.
    struct ldapmod** data();

private:
    struct Item
    {
        int operation = 0;
        QByteArray attribute;
        QList<QByteArray> values;
    };
    std::deque<Item> m_items;
    std::vector<std::vector<struct berval>> m_values;
    std::vector<std::vector<struct berval*>> m_valuePointers;
    std::vector<struct ldapmod> m_mods;
    std::vector<struct ldapmod*> m_modPointers;
};

} // namespace syncstudio::connectors::ldap
