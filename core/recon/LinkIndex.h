#pragma once

#include "repo/LinkStore.h"

#include <QHash>
#include <QString>

namespace syncstudio::recon {

// The links of one mapping held in memory for a run, seen from the mapping's side: source
// id <-> target id per link qualifier, whichever way round the link type stores them.
class LinkIndex
{
public:
    LinkIndex(QString linkType, bool reversed);

    bool load(repo::LinkStore& store, QString* error);
    QString targetOf(const QString& qualifier, const QString& sourceId) const;
    QString sourceOf(const QString& qualifier, const QString& targetId) const;
    qint64 size() const { return m_size; }

    // The stored form of a link between sourceId and targetId.
    repo::Link link(const QString& qualifier, const QString& sourceId,
                    const QString& targetId) const;
    // Keeps the index in step with links the run writes.
    void insert(const QString& qualifier, const QString& sourceId, const QString& targetId);
    void remove(const QString& qualifier, const QString& sourceId, const QString& targetId);

    // Every (qualifier, targetId, sourceId), for the target phase.
    template <typename F> void forEachTarget(F&& f) const
    {
        for (auto q = m_byTarget.begin(); q != m_byTarget.end(); ++q) {
            for (auto it = q->begin(); it != q->end(); ++it)
                f(q.key(), it.key(), it.value());
        }
    }

private:
    QString m_linkType;
    bool m_reversed;
    QHash<QString, QHash<QString, QString>> m_bySource; // qualifier -> source -> target
    QHash<QString, QHash<QString, QString>> m_byTarget; // qualifier -> target -> source
    qint64 m_size = 0;
};

} // namespace syncstudio::recon
