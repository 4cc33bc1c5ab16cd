#include "LdapModifications.h"

#include <ldap.h>

namespace syncstudio::connectors::ldap {

void LdapModifications::append(int operation, const QString& attribute,
                               const QList<QByteArray>& values)
{
    m_items.push_back(Item{operation, attribute.toUtf8(), values});
}

bool LdapModifications::contains(const QString& attribute) const
{
    const QByteArray name = attribute.toUtf8();
    for (const Item& item : m_items) {
        if (item.attribute.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

LDAPMod** LdapModifications::data()
{
    m_values.assign(m_items.size(), {});
    m_valuePointers.assign(m_items.size(), {});
    m_mods.assign(m_items.size(), LDAPMod{});
    m_modPointers.clear();
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        Item& item = m_items[i];
        for (QByteArray& v : item.values)
            m_values[i].push_back(berval{static_cast<ber_len_t>(v.size()), v.data()});
        for (berval& b : m_values[i])
            m_valuePointers[i].push_back(&b);
        m_valuePointers[i].push_back(nullptr);
        LDAPMod& mod = m_mods[i];
        mod.mod_op = item.operation | LDAP_MOD_BVALUES;
        mod.mod_type = item.attribute.data();
        mod.mod_bvalues = m_valuePointers[i].data();
        m_modPointers.push_back(&mod);
    }
    m_modPointers.push_back(nullptr);
    return m_modPointers.data();
}

} // namespace syncstudio::connectors::ldap
