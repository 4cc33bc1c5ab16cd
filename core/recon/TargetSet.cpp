#include "TargetSet.h"

#include <QJsonArray>

namespace syncstudio::recon {

namespace {

// The field and value of "field eq value", or of one such operand of an "and".
const query::QueryFilter* indexableEquality(const query::QueryFilter& filter)
{
    using Kind = query::QueryFilter::Kind;
    if (filter.kind() == Kind::Comparison && filter.op() == query::FilterOperator::Equals &&
        !filter.value().isNull())
        return &filter;
    if (filter.kind() == Kind::And) {
        for (const query::QueryFilter& operand : filter.operands()) {
            if (const query::QueryFilter* eq = indexableEquality(operand))
                return eq;
        }
    }
    return nullptr;
}

} // namespace

void TargetSet::insert(const QJsonObject& object)
{
    m_objects.insert(object.value(QStringLiteral("_id")).toString(), object);
    if (!m_indexes.isEmpty()) { // an index built before would miss the new object
        QMutexLocker lock(&m_indexMutex);
        m_indexes.clear();
    }
}

void TargetSet::remove(const QString& id)
{
    m_objects.remove(id);
    QMutexLocker lock(&m_indexMutex);
    m_indexes.clear();
}

QString TargetSet::indexKey(const QJsonValue& value)
{
    // Folded like the evaluator's case-insensitive equality; candidates are checked with the
    // filter itself afterwards, so the index only has to never miss.
    if (value.isString())
        return QLatin1Char('s') + value.toString().toCaseFolded();
    if (value.isDouble())
        return QLatin1Char('n') + QString::number(value.toDouble(), 'g', 17);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("btrue") : QStringLiteral("bfalse");
    return {};
}

std::shared_ptr<const TargetSet::ValueIndex> TargetSet::indexFor(const QString& field)
{
    QMutexLocker lock(&m_indexMutex);
    auto it = m_indexes.find(field);
    if (it != m_indexes.end())
        return *it;
    auto index = std::make_shared<ValueIndex>();
    const query::JsonPointer pointer = query::JsonPointer::parse(field);
    for (auto o = m_objects.begin(); o != m_objects.end(); ++o) {
        const auto value = pointer.resolve(o.value());
        if (!value)
            continue;
        if (value->isArray()) {
            for (const QJsonValue& item : value->toArray())
                (*index)[indexKey(item)] << o.key();
        } else {
            (*index)[indexKey(*value)] << o.key();
        }
    }
    m_indexes.insert(field, index);
    return index;
}

QStringList TargetSet::match(const query::QueryFilter& filter)
{
    QStringList ids;
    if (const query::QueryFilter* eq = indexableEquality(filter)) {
        const auto index = indexFor(eq->field().toString());
        for (const QString& id : index->value(indexKey(eq->value().toJson()))) {
            if (filter.matches(m_objects.value(id)))
                ids << id;
        }
        return ids;
    }
    for (auto o = m_objects.begin(); o != m_objects.end(); ++o) {
        if (filter.matches(o.value()))
            ids << o.key();
    }
    return ids;
}

} // namespace syncstudio::recon
