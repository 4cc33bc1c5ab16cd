#pragma once

#include "LdapObjectType.h"
#include "connectors/Connector.h"

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

struct ldap;
struct ldapmsg;

namespace syncstudio::connectors::ldap {

// Which LDAP attributes a read asks for and how an entry becomes an IDM object: "_id" from
// uidAttribute (or the DN), the __NAME__ property from the DN, the other attributes under
// their IDM names, typed as the file says (single value or array; string, integer, number,
// boolean). Attributes the file does not list are single- or multi-valued as the server's
// schema says.
class LdapProjection
{
public:
    // Whether the server's schema declares the attribute (lower-case LDAP name) SINGLE-VALUE.
    using SingleValued = std::function<bool(const QString& nativeName)>;

    // fields are IDM names; empty means the type's default fields.
    LdapProjection(const LdapObjectType& type, const QStringList& fields,
                   const LdapSettings& settings, const SingleValued& singleValued);

    // The attribute list for ldap_search_ext: NULL-terminated, valid while this lives.
    char** attributes() { return m_attributePointers.data(); }
    // The object for an entry of a search result.
    ConnectorObject toObject(struct ldap* ld, struct ldapmsg* entry) const;

    // An IDM value as LDAP values: strings as they are, numbers in decimal, booleans as
    // TRUE/FALSE, arrays item by item; null is no value.
    static QList<QByteArray> toLdapValues(const QJsonValue& value);

private:
    struct Slot
    {
        QString key;
        QString type;
        bool multiValued = false;
    };
    QJsonValue convert(const QByteArray& value, const QString& type) const;

    QHash<QByteArray, QVector<Slot>> m_slots; // lower-case LDAP name -> where its values go
    QStringList m_dnKeys;                     // the properties that get the DN
    QByteArray m_uidAttribute;                // lower-case; empty when the DN is the id
    bool m_everything = false;                // no list of attributes: take what comes
    SingleValued m_singleValued;
    std::vector<QByteArray> m_attributeNames;
    std::vector<char*> m_attributePointers;
};

} // namespace syncstudio::connectors::ldap
