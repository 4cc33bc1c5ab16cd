#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace syncstudio::config {
class Project;
}

namespace syncstudio::ui {

// The object sets a project knows ("system/<name>/<type>" from the provisioner files,
// "managed/<type>" from managed.json, and any a mapping names) with their attributes: what
// the source and target pickers offer and what attribute names complete to.
class ObjectSetCatalog
{
public:
    struct Attribute
    {
        QString name;
        QString type;
        QString nativeName;
        bool required = false;
        bool declared = true; // false: only seen in a mapping, not in a schema
    };
    struct ObjectSet
    {
        QString path;   // "system/ldap/account", "managed/user"
        QString origin; // the file that declares it, or the mapping that names it
        QVector<Attribute> attributes;
        QStringList attributeNames() const;
    };

    ObjectSetCatalog() = default;
    explicit ObjectSetCatalog(const config::Project& project);

    const QVector<ObjectSet>& objectSets() const { return m_sets; }
    QStringList paths() const;
    // The set at path, or null.
    const ObjectSet* find(const QString& path) const;
    // The object sets of the system named systemName.
    QVector<const ObjectSet*> systemSets(const QString& systemName) const;

private:
    ObjectSet& ensure(const QString& path, const QString& origin);
    QVector<ObjectSet> m_sets;
};

} // namespace syncstudio::ui
