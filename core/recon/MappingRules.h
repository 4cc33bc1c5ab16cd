#pragma once

#include "ResourcePath.h"
#include "config/Mapping.h"
#include "config/SyncVocabulary.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace syncstudio::recon {

// Everything reconciliation needs from a mapping, copied out of the document so worker
// threads read it without touching the (editable, not thread-safe) project.
struct MappingRules
{
    QString name;
    ResourcePath source;
    ResourcePath target;
    // The links this mapping reads and writes: its own, or for a mapping with "links" the
    // other mapping's, seen from the other side (first and second id swapped).
    QString linkType;
    bool linksReversed = false;

    QVector<config::PropertyMapping> properties;
    QHash<config::Situation, QVector<config::Policy>> policies;
    config::ScriptObject validSource;
    config::ScriptObject validTarget;
    config::Condition sourceCondition;
    QVector<config::CorrelationQuery> correlationQueries;
    config::ScriptObject correlationScript;
    QStringList linkQualifiers; // the static list, {"default"} when none is given
    config::ScriptObject linkQualifiersScript;
    config::ScriptObject onCreate, onUpdate, onDelete, onLink, onUnlink, result;

    bool runTargetPhase = true;
    bool prefetchLinks = true;
    bool correlateEmptyTargetSet = false;
    int taskThreads = 10;
    QString sourceQueryFilter = QStringLiteral("true");
    QString targetQueryFilter = QStringLiteral("true");
    QStringList sourceFields;
    QStringList targetFields;

    bool hasCorrelation() const
    {
        return !correlationQueries.isEmpty() || correlationScript.present;
    }
    // The correlation query for a link qualifier: its own in the array form, else the one
    // without a qualifier.
    const config::CorrelationQuery* correlationQuery(const QString& qualifier) const;

    // Reads mapping; error names what makes it impossible to reconcile (no source...).
    static MappingRules fromMapping(const config::Mapping& mapping, QString* error);
};

} // namespace syncstudio::recon
