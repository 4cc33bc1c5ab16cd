#include "Connector.h"

namespace syncstudio::connectors {

Connector::~Connector() = default;

const AttributeInfo* ObjectTypeInfo::attribute(const QString& attributeName) const
{
    for (const AttributeInfo& a : attributes) {
        if (a.name == attributeName)
            return &a;
    }
    return nullptr;
}

QVector<ChangeResult> Connector::apply(const QVector<Change>& changes)
{
    QVector<ChangeResult> results;
    results.reserve(changes.size());
    for (const Change& change : changes) {
        ChangeResult r;
        switch (change.operation) {
        case Change::Operation::Create:
            r.error = create(change.objectType, change.object, &r.object);
            break;
        case Change::Operation::Update:
            r.error =
                update(change.objectType, change.id, change.object, change.revision, &r.object);
            break;
        case Change::Operation::Delete:
            r.error = remove(change.objectType, change.id, change.revision);
            r.object.insert(QStringLiteral("_id"), change.id);
            break;
        }
        results << r;
    }
    return results;
}

} // namespace syncstudio::connectors
