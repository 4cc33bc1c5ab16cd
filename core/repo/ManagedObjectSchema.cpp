#include "ManagedObjectSchema.h"

#include "config/Project.h"

#include <QJsonArray>

namespace syncstudio::repo {

using connectors::AttributeInfo;
using connectors::ObjectTypeInfo;

namespace {

QString schemaType(const QJsonValue& type)
{
    if (type.isString())
        return type.toString();
    for (const QJsonValue& t : type.toArray()) {
        if (t.toString() != QLatin1String("null"))
            return t.toString();
    }
    return QStringLiteral("string");
}

} // namespace

QVector<ObjectTypeInfo> managedObjectTypes(const config::Project& project)
{
    QVector<ObjectTypeInfo> types;
    const config::ConfigFile* managed = project.managedFile();
    if (!managed || !managed->isValid())
        return types;
    const config::JsonText& j = managed->json;
    const config::JsonText::NodeId objects = j.find(QStringLiteral("/objects"));
    for (int i = 0; j.isArray(objects) && i < j.childCount(objects); ++i) {
        const config::JsonText::NodeId object = j.child(objects, i);
        ObjectTypeInfo type;
        type.name = j.stringValue(j.member(object, QStringLiteral("name")));
        if (type.name.isEmpty())
            continue;
        type.nativeName = type.name;
        const config::JsonText::NodeId schema = j.member(object, QStringLiteral("schema"));
        QStringList required;
        if (j.isObject(schema)) {
            const config::JsonText::NodeId req = j.member(schema, QStringLiteral("required"));
            if (j.isArray(req)) {
                for (const QJsonValue& r : j.value(req).toArray())
                    required << r.toString();
            }
            // JsonText keeps the file's key order, which QJsonObject would sort.
            const config::JsonText::NodeId properties =
                j.member(schema, QStringLiteral("properties"));
            if (j.isObject(properties)) {
                for (const QString& key : j.keys(properties)) {
                    const QJsonObject property = j.value(j.member(properties, key)).toObject();
                    AttributeInfo a;
                    a.name = key;
                    a.nativeName = key;
                    a.type = schemaType(property.value(QStringLiteral("type")));
                    a.multiValued = a.type == QLatin1String("array");
                    a.required = required.contains(key);
                    type.attributes << a;
                }
            }
        }
        types << type;
    }
    return types;
}

} // namespace syncstudio::repo
