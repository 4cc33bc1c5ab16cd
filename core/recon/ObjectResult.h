#pragma once

#include "config/SyncVocabulary.h"

#include <QJsonValue>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

namespace syncstudio::recon {

// One attribute an action would change (preview) or changed (run).
struct AttributeChange
{
    QString attribute;
    QJsonValue oldValue; // undefined when the attribute was not there
    QJsonValue newValue; // undefined when the attribute is removed
};

// What reconciliation decided and did for one object and link qualifier.
struct ObjectResult
{
    enum class Phase
    {
        Source,
        Target
    };
    enum class Status
    {
        Success,
        Failure
    };

    Phase phase = Phase::Source;
    QString linkQualifier = QStringLiteral("default");
    QString sourceId;
    QString targetId;
    config::Situation situation = config::Situation::Absent;
    config::Action action = config::Action::NoReport;
    QVector<AttributeChange> changes; // for CREATE and UPDATE: old -> new per attribute
    QStringList ambiguousTargetIds;
    Status status = Status::Success;
    QString message;   // the error when status is Failure
    QStringList notes; // e.g. "transform of mail: not evaluated in preview: openidm.create"

    // Whether the action writes to the target (what "changedObjects" counts).
    bool changesTarget() const;
};

using ObjectResults = QVector<ObjectResult>;

} // namespace syncstudio::recon

Q_DECLARE_METATYPE(syncstudio::recon::ObjectResult)
Q_DECLARE_METATYPE(syncstudio::recon::ObjectResults)
