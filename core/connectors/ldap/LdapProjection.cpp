#include "LdapProjection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <ldap.h>

namespace syncstudio::connectors::ldap {

LdapProjection::LdapProjection(const LdapObjectType& type, const QStringList& requested,
                               const LdapSettings& settings, const SingleValued& singleValued)
    : m_singleValued(singleValued)
{
    if (!settings.uidIsDn())
        m_uidAttribute = settings.uidAttribute.toLower().toLatin1();
    QStringList fields = requested.isEmpty() ? type.defaultFields() : requested;
    m_everything = requested.isEmpty() && fields.isEmpty();
    QStringList natives;
    for (const QString& field : fields) {
        if (field == QLatin1String("_id"))
            continue;
        const AttributeInfo* a = type.attribute(field);
        const QString native = a ? a->nativeName : field;
        if (native == QLatin1String("__NAME__")) {
            m_dnKeys << field;
            continue;
        }
        if (native == QLatin1String("__UID__")) {
            if (m_uidAttribute.isEmpty())
                m_dnKeys << field;
            else
                m_slots[m_uidAttribute].append(Slot{field, QStringLiteral("string"), false});
            continue;
        }
        Slot slot{field, a ? a->type : QStringLiteral("string"), false};
        slot.multiValued = a ? a->multiValued : !m_singleValued(native.toLower());
        m_slots[native.toLower().toLatin1()].append(slot);
        natives << native;
    }
    if (!m_uidAttribute.isEmpty())
        natives << settings.uidAttribute;
    if (m_everything)
        natives = QStringList{QStringLiteral("*")} + natives;
    if (natives.isEmpty())
        natives << QStringLiteral("1.1"); // RFC 4511: no attributes, only the DN
    natives.removeDuplicates();
    for (const QString& n : natives)
        m_attributeNames.push_back(n.toUtf8());
    for (QByteArray& n : m_attributeNames)
        m_attributePointers.push_back(n.data());
    m_attributePointers.push_back(nullptr);
}

QJsonValue LdapProjection::convert(const QByteArray& value, const QString& type) const
{
    if (type == QLatin1String("integer")) {
        bool ok = false;
        const qint64 n = value.toLongLong(&ok);
        if (ok)
            return n;
    } else if (type == QLatin1String("number")) {
        bool ok = false;
        const double n = value.toDouble(&ok);
        if (ok)
            return n;
    } else if (type == QLatin1String("boolean")) {
        if (value.compare("TRUE", Qt::CaseInsensitive) == 0)
            return true;
        if (value.compare("FALSE", Qt::CaseInsensitive) == 0)
            return false;
    }
    return QString::fromUtf8(value);
}

ConnectorObject LdapProjection::toObject(LDAP* ld, LDAPMessage* entry) const
{
    ConnectorObject object;
    char* dnText = ldap_get_dn(ld, entry);
    const QString dn = QString::fromUtf8(dnText);
    ldap_memfree(dnText);
    if (m_uidAttribute.isEmpty())
        object.insert(QStringLiteral("_id"), dn);
    for (const QString& key : m_dnKeys)
        object.insert(key, dn);

    BerElement* ber = nullptr;
    for (char* name = ldap_first_attribute(ld, entry, &ber); name;
         name = ldap_next_attribute(ld, entry, ber)) {
        const QByteArray lower = QByteArray(name).toLower();
        berval** values = ldap_get_values_len(ld, entry, name);
        const int count = values ? ldap_count_values_len(values) : 0;
        auto valueAt = [values](int i) {
            return QByteArray::fromRawData(values[i]->bv_val,
                                           static_cast<qsizetype>(values[i]->bv_len));
        };
        if (count > 0 && lower == m_uidAttribute)
            object.insert(QStringLiteral("_id"), QString::fromUtf8(valueAt(0)));
        auto it = m_slots.constFind(lower);
        if (count > 0 && it != m_slots.constEnd()) {
            for (const Slot& slot : *it) {
                if (slot.multiValued) {
                    QJsonArray array;
                    for (int i = 0; i < count; ++i)
                        array.append(convert(valueAt(i), slot.type));
                    object.insert(slot.key, array);
                } else {
                    object.insert(slot.key, convert(valueAt(0), slot.type));
                }
            }
        } else if (count > 0 && m_everything && lower != m_uidAttribute) {
            const QString key = QString::fromUtf8(name);
            if (m_singleValued(QString::fromLatin1(lower))) {
                object.insert(key, QString::fromUtf8(valueAt(0)));
            } else {
                QJsonArray array;
                for (int i = 0; i < count; ++i)
                    array.append(QString::fromUtf8(valueAt(i)));
                object.insert(key, array);
            }
        }
        if (values)
            ldap_value_free_len(values);
        ldap_memfree(name);
    }
    if (ber)
        ber_free(ber, 0);
    return object;
}

QList<QByteArray> LdapProjection::toLdapValues(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return {value.toString().toUtf8()};
    case QJsonValue::Bool:
        return {value.toBool() ? QByteArray("TRUE") : QByteArray("FALSE")};
    case QJsonValue::Double: {
        const double d = value.toDouble();
        const qint64 n = value.toInteger();
        return {static_cast<double>(n) == d ? QByteArray::number(n)
                                            : QByteArray::number(d, 'g', 17)};
    }
    case QJsonValue::Array: {
        QList<QByteArray> out;
        for (const QJsonValue& item : value.toArray())
            out += toLdapValues(item);
        return out;
    }
    case QJsonValue::Object:
        return {QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)};
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

} // namespace syncstudio::connectors::ldap
