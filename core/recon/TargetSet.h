#pragma once

#include "query/QueryFilter.h"

#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <memory>

namespace syncstudio::recon {

// The target objects of a run, read once up front so that links and correlation are
// answered from memory instead of one server round trip per source object.
class TargetSet
{
public:
    void insert(const QJsonObject& object);
    void remove(const QString& id);
    bool contains(const QString& id) const { return m_objects.contains(id); }
    QJsonObject object(const QString& id) const { return m_objects.value(id); }
    qint64 size() const { return m_objects.size(); }
    const QHash<QString, QJsonObject>& objects() const { return m_objects; }

    // The ids of the targets matching filter. An equality on one field (alone or in an
    // "and") is answered from an index built on first use; anything else is a scan.
    QStringList match(const query::QueryFilter& filter);

private:
    using ValueIndex = QHash<QString, QStringList>; // folded value -> ids
    std::shared_ptr<const ValueIndex> indexFor(const QString& field);
    static QString indexKey(const QJsonValue& value);

    QHash<QString, QJsonObject> m_objects;
    QHash<QString, std::shared_ptr<const ValueIndex>> m_indexes; // by field pointer
    QMutex m_indexMutex; // indexes are built lazily from worker threads
};

} // namespace syncstudio::recon
