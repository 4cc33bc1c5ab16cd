#include "ObjectSetCatalog.h"

#include "config/Project.h"

#include <QJsonArray>
#include <QJsonObject>

namespace syncstudio::ui {

namespace {

void addAttributes(ObjectSetCatalog::ObjectSet& set, const QJsonObject& properties,
                   const QJsonArray& requiredList)
{
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        const QJsonObject p = it.value().toObject();
        ObjectSetCatalog::Attribute a;
        a.name = it.key();
        a.type = p.value(QLatin1String("type")).toString();
        a.nativeName = p.value(QLatin1String("nativeName")).toString();
        a.required = p.value(QLatin1String("required")).toBool() ||
                     requiredList.contains(QJsonValue(it.key()));
        set.attributes.append(a);
    }
}

void addUsed(ObjectSetCatalog::ObjectSet& set, const QString& name)
{
    if (name.isEmpty())
        return;
    const QString top = name.section(QLatin1Char('/'), 0, 0);
    for (const auto& a : set.attributes) {
        if (a.name == top)
            return;
    }
    ObjectSetCatalog::Attribute a;
    a.name = top;
    a.declared = false;
    set.attributes.append(a);
}

} // namespace

QStringList ObjectSetCatalog::ObjectSet::attributeNames() const
{
    QStringList names;
    for (const Attribute& a : attributes)
        names.append(a.name);
    return names;
}

ObjectSetCatalog::ObjectSetCatalog(const config::Project& project)
{
    for (const config::Provisioner& p : project.provisioners()) {
        if (!p.file || !p.file->json.isValid())
            continue;
        const QJsonObject types = p.file->json.value(p.file->json.root())
                                      .toObject()
                                      .value(QLatin1String("objectTypes"))
                                      .toObject();
        for (auto it = types.begin(); it != types.end(); ++it) {
            ObjectSet& set =
                ensure(QStringLiteral("system/%1/%2").arg(p.name, it.key()), p.file->relativePath);
            addAttributes(set, it.value().toObject().value(QLatin1String("properties")).toObject(),
                          {});
        }
    }
    if (const config::ConfigFile* managed = project.managedFile();
        managed && managed->json.isValid()) {
        const QJsonArray objects = managed->json.value(managed->json.root())
                                       .toObject()
                                       .value(QLatin1String("objects"))
                                       .toArray();
        for (const QJsonValue& o : objects) {
            const QJsonObject object = o.toObject();
            const QString name = object.value(QLatin1String("name")).toString();
            if (name.isEmpty())
                continue;
            const QJsonObject schema = object.value(QLatin1String("schema")).toObject();
            ObjectSet& set = ensure(QStringLiteral("managed/") + name, managed->relativePath);
            addAttributes(set, schema.value(QLatin1String("properties")).toObject(),
                          schema.value(QLatin1String("required")).toArray());
        }
    }
    // Object sets and attributes a mapping uses count too: sample projects often name
    // managed/user without a managed.json.
    for (const config::Mapping& m : project.mappings()) {
        if (m.source().isEmpty() || m.target().isEmpty())
            continue;
        ensure(m.source(), m.name());
        ensure(m.target(), m.name());
    }
    for (const config::Mapping& m : project.mappings()) {
        if (m.source().isEmpty() || m.target().isEmpty())
            continue;
        for (const config::PropertyMapping& p : m.properties()) {
            addUsed(ensure(m.source(), m.name()), p.source);
            addUsed(ensure(m.target(), m.name()), p.target);
        }
    }
}

ObjectSetCatalog::ObjectSet& ObjectSetCatalog::ensure(const QString& path, const QString& origin)
{
    for (ObjectSet& set : m_sets) {
        if (set.path == path)
            return set;
    }
    m_sets.append({path, origin, {}});
    return m_sets.last();
}

QStringList ObjectSetCatalog::paths() const
{
    QStringList result;
    for (const ObjectSet& set : m_sets)
        result.append(set.path);
    return result;
}

const ObjectSetCatalog::ObjectSet* ObjectSetCatalog::find(const QString& path) const
{
    for (const ObjectSet& set : m_sets) {
        if (set.path == path)
            return &set;
    }
    return nullptr;
}

QVector<const ObjectSetCatalog::ObjectSet*>
ObjectSetCatalog::systemSets(const QString& systemName) const
{
    QVector<const ObjectSet*> result;
    const QString prefix = QStringLiteral("system/%1/").arg(systemName);
    for (const ObjectSet& set : m_sets) {
        if (set.path.startsWith(prefix))
            result.append(&set);
    }
    return result;
}

} // namespace syncstudio::ui
