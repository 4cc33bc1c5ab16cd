#include "ScimObjectType.h"

namespace syncstudio::connectors::scim {

using Kind = ConnectorError::Kind;

namespace {

const QString UserSchema = QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User");
const QString GroupSchema = QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:Group");

// The member of object named key, ignoring letter case as SCIM attribute names do.
QString memberName(const QJsonObject& object, const QString& key)
{
    if (object.contains(key))
        return key;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key().compare(key, Qt::CaseInsensitive) == 0)
            return it.key();
    }
    return key;
}

} // namespace

bool ScimObjectType::isMultiValued(const QString& attribute)
{
    static const QStringList names{QStringLiteral("emails"),
                                   QStringLiteral("phoneNumbers"),
                                   QStringLiteral("ims"),
                                   QStringLiteral("photos"),
                                   QStringLiteral("addresses"),
                                   QStringLiteral("groups"),
                                   QStringLiteral("entitlements"),
                                   QStringLiteral("roles"),
                                   QStringLiteral("x509Certificates"),
                                   QStringLiteral("members")};
    return names.contains(attribute, Qt::CaseInsensitive);
}

ScimObjectType ScimObjectType::fromInfo(const ObjectTypeInfo& info, ConnectorError* error)
{
    ScimObjectType t;
    t.m_name = info.name;
    const QString native = info.nativeName;
    QString nameAttribute;
    if (native == QLatin1String("User") || native == QLatin1String("__ACCOUNT__")) {
        t.m_endpoint = QStringLiteral("/Users");
        t.m_schemaUrn = UserSchema;
        nameAttribute = QStringLiteral("userName");
    } else if (native == QLatin1String("Group") || native == QLatin1String("__GROUP__")) {
        t.m_endpoint = QStringLiteral("/Groups");
        t.m_schemaUrn = GroupSchema;
        nameAttribute = QStringLiteral("displayName");
    } else {
        *error = {Kind::InvalidConfiguration,
                  QStringLiteral("object type \"%1\" has nativeType \"%2\", which is not a SCIM "
                                 "resource type the connector knows")
                      .arg(info.name, native),
                  QStringLiteral("use \"User\" (or __ACCOUNT__) or \"Group\" (or __GROUP__)")};
        return t;
    }
    for (const AttributeInfo& a : info.attributes) {
        Mapping m;
        m.attribute = a.name;
        m.path = a.nativeName;
        if (m.path == QLatin1String("__NAME__"))
            m.path = nameAttribute;
        else if (m.path == QLatin1String("__UID__") || m.path == QLatin1String("id")) {
            m.path = QStringLiteral("id");
            m.readOnly = true;
        } else if (m.path.startsWith(QLatin1String("meta."))) {
            m.readOnly = true;
        }
        t.m_attributes << m;
    }
    *error = {};
    return t;
}

ConnectorError ScimObjectType::pathOf(const QString& attribute, bool forWrite, QString* path) const
{
    if (passesThrough()) {
        *path = attribute;
        if (forWrite && (attribute == QLatin1String("id") || attribute == QLatin1String("meta")))
            return {Kind::InvalidObject,
                    QStringLiteral("\"%1\" is set by the SCIM service").arg(attribute),
                    {}};
        return {};
    }
    for (const Mapping& m : m_attributes) {
        if (m.attribute != attribute)
            continue;
        if (forWrite && m.readOnly)
            return {Kind::InvalidObject,
                    QStringLiteral("\"%1\" (%2) is set by the SCIM service and cannot be written")
                        .arg(attribute, m.path),
                    {}};
        *path = m.path;
        return {};
    }
    return {Kind::InvalidObject,
            QStringLiteral("object type \"%1\" has no property \"%2\"").arg(m_name, attribute),
            QStringLiteral("add it to the object type's properties with the SCIM attribute as "
                           "its nativeName")};
}

QString ScimObjectType::scimPath(const query::JsonPointer& field) const
{
    const QStringList& tokens = field.tokens();
    if (tokens == QStringList{QStringLiteral("_id")})
        return QStringLiteral("id");
    if (tokens == QStringList{QStringLiteral("_rev")})
        return QStringLiteral("meta.version");
    if (!passesThrough() && tokens.size() == 1) {
        for (const Mapping& m : m_attributes) {
            if (m.attribute == tokens.first())
                return m.path;
        }
        return {};
    }
    if (!passesThrough())
        return {};
    return tokens.join(QLatin1Char('.'));
}

QStringList ScimObjectType::scimAttributes(const QStringList& fields) const
{
    QStringList out;
    for (QString f : fields) {
        if (f.startsWith(QLatin1Char('/')))
            f = f.mid(1);
        QString path;
        if (f == QLatin1String("_id") || f == QLatin1String("_rev") ||
            pathOf(f, false, &path).isError())
            continue;
        const QString top = path.section(QLatin1Char('.'), 0, 0);
        if (!out.contains(top))
            out << top;
    }
    if (!out.isEmpty())
        out << QStringLiteral("meta"); // for _rev
    return out;
}

QJsonValue ScimObjectType::valueAt(const QJsonObject& resource, const QString& path)
{
    const QString top = path.section(QLatin1Char('.'), 0, 0);
    const QString sub = path.section(QLatin1Char('.'), 1);
    const QJsonValue value = resource.value(memberName(resource, top));
    if (sub.isEmpty() || value.isUndefined())
        return value;
    if (value.isArray()) {
        // The primary value of a multi-valued attribute, or the first.
        const QJsonArray items = value.toArray();
        for (const QJsonValue& item : items) {
            if (item.toObject().value(QStringLiteral("primary")).toBool())
                return valueAt(item.toObject(), sub);
        }
        return items.isEmpty() ? QJsonValue(QJsonValue::Undefined)
                               : valueAt(items.first().toObject(), sub);
    }
    return valueAt(value.toObject(), sub);
}

void ScimObjectType::setValueAt(QJsonObject* resource, const QString& path, const QJsonValue& value)
{
    const QString top = memberName(*resource, path.section(QLatin1Char('.'), 0, 0));
    const QString sub = path.section(QLatin1Char('.'), 1);
    if (sub.isEmpty()) {
        if (value.isNull())
            resource->remove(top);
        else
            resource->insert(top, value);
        return;
    }
    if (isMultiValued(top) || resource->value(top).isArray()) {
        if (value.isNull())
            resource->remove(top);
        else
            resource->insert(
                top, QJsonArray{QJsonObject{{sub, value}, {QStringLiteral("primary"), true}}});
        return;
    }
    QJsonObject inner = resource->value(top).toObject();
    setValueAt(&inner, sub, value);
    if (inner.isEmpty())
        resource->remove(top);
    else
        resource->insert(top, inner);
}

ConnectorObject ScimObjectType::toObject(const QJsonObject& resource, const QString& etag,
                                         const QStringList& fields) const
{
    ConnectorObject object;
    object.insert(QStringLiteral("_id"), resource.value(QStringLiteral("id")));
    const QString version = resource.value(QStringLiteral("meta"))
                                .toObject()
                                .value(QStringLiteral("version"))
                                .toString();
    auto wanted = [&fields](const QString& attribute) {
        return fields.isEmpty() || fields.contains(attribute) ||
               fields.contains(QLatin1Char('/') + attribute);
    };
    if ((!version.isEmpty() || !etag.isEmpty()) && wanted(QStringLiteral("_rev")))
        object.insert(QStringLiteral("_rev"), version.isEmpty() ? etag : version);
    if (passesThrough()) {
        for (auto it = resource.begin(); it != resource.end(); ++it) {
            if (it.key() != QLatin1String("id") && it.key() != QLatin1String("schemas") &&
                it.key() != QLatin1String("meta") && wanted(it.key()))
                object.insert(it.key(), it.value());
        }
        return object;
    }
    for (const Mapping& m : m_attributes) {
        if (!wanted(m.attribute))
            continue;
        // An attribute without a value is left out, as every connector leaves it out.
        const QJsonValue value = valueAt(resource, m.path);
        if (!value.isUndefined() && !value.isNull())
            object.insert(m.attribute, value);
    }
    return object;
}

ConnectorError ScimObjectType::toResource(const QJsonObject& object, QJsonObject* resource) const
{
    *resource = QJsonObject{{QStringLiteral("schemas"), QJsonArray{m_schemaUrn}}};
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == QLatin1String("_id") || it.key() == QLatin1String("_rev") ||
            it.value().isNull())
            continue;
        QString path;
        if (const ConnectorError e = pathOf(it.key(), true, &path); e.isError())
            return e;
        setValueAt(resource, path, it.value());
    }
    return {};
}

ConnectorError ScimObjectType::patchOperations(const QJsonObject& changes,
                                               QJsonArray* operations) const
{
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (it.key() == QLatin1String("_id") || it.key() == QLatin1String("_rev"))
            continue;
        QString path;
        if (const ConnectorError e = pathOf(it.key(), true, &path); e.isError())
            return e;
        const QString top = path.section(QLatin1Char('.'), 0, 0);
        const QString sub = path.section(QLatin1Char('.'), 1);
        if (it.value().isNull()) {
            operations->append(
                QJsonObject{{QStringLiteral("op"), QStringLiteral("remove")},
                            {QStringLiteral("path"), isMultiValued(top) ? top : path}});
        } else if (!sub.isEmpty() && isMultiValued(top)) {
            // One primary value replaces the attribute's values.
            operations->append(QJsonObject{
                {QStringLiteral("op"), QStringLiteral("replace")},
                {QStringLiteral("path"), top},
                {QStringLiteral("value"),
                 QJsonArray{QJsonObject{{sub, it.value()}, {QStringLiteral("primary"), true}}}}});
        } else {
            operations->append(QJsonObject{{QStringLiteral("op"), QStringLiteral("replace")},
                                           {QStringLiteral("path"), path},
                                           {QStringLiteral("value"), it.value()}});
        }
    }
    return {};
}

ConnectorError ScimObjectType::applyChanges(const QJsonObject& changes, QJsonObject* resource) const
{
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (it.key() == QLatin1String("_id") || it.key() == QLatin1String("_rev"))
            continue;
        QString path;
        if (const ConnectorError e = pathOf(it.key(), true, &path); e.isError())
            return e;
        setValueAt(resource, path, it.value());
    }
    return {};
}

} // namespace syncstudio::connectors::scim
