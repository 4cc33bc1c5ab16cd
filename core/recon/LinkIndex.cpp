#include "LinkIndex.h"

namespace syncstudio::recon {

LinkIndex::LinkIndex(QString linkType, bool reversed)
    : m_linkType(std::move(linkType))
    , m_reversed(reversed)
{}

bool LinkIndex::load(repo::LinkStore& store, QString* error)
{
    m_bySource.clear();
    m_byTarget.clear();
    m_size = 0;
    return store.forEachLink(
        m_linkType,
        [this](const repo::Link& link) {
            const QString& sourceId = m_reversed ? link.secondId : link.firstId;
            const QString& targetId = m_reversed ? link.firstId : link.secondId;
            insert(link.linkQualifier, sourceId, targetId);
        },
        error);
}

QString LinkIndex::targetOf(const QString& qualifier, const QString& sourceId) const
{
    const auto q = m_bySource.constFind(qualifier);
    return q == m_bySource.constEnd() ? QString() : q->value(sourceId);
}

QString LinkIndex::sourceOf(const QString& qualifier, const QString& targetId) const
{
    const auto q = m_byTarget.constFind(qualifier);
    return q == m_byTarget.constEnd() ? QString() : q->value(targetId);
}

repo::Link LinkIndex::link(const QString& qualifier, const QString& sourceId,
                           const QString& targetId) const
{
    repo::Link l;
    l.linkType = m_linkType;
    l.linkQualifier = qualifier;
    l.firstId = m_reversed ? targetId : sourceId;
    l.secondId = m_reversed ? sourceId : targetId;
    return l;
}

void LinkIndex::insert(const QString& qualifier, const QString& sourceId, const QString& targetId)
{
    QHash<QString, QString>& bySource = m_bySource[qualifier];
    if (!bySource.contains(sourceId))
        ++m_size;
    bySource.insert(sourceId, targetId);
    m_byTarget[qualifier].insert(targetId, sourceId);
}

void LinkIndex::remove(const QString& qualifier, const QString& sourceId, const QString& targetId)
{
    if (m_bySource[qualifier].remove(sourceId))
        --m_size;
    m_byTarget[qualifier].remove(targetId);
}

} // namespace syncstudio::recon
