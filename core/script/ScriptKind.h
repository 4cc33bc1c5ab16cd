#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace syncstudio::script {

// Where in a mapping a script stands; it decides which variables IDM binds for it.
enum class ScriptKind
{
    Generic, // no IDM hook: the caller's bindings, nothing else
    Transform,
    PropertyCondition,
    SourceCondition,
    ValidSource,
    ValidTarget,
    CorrelationQuery,
    CorrelationScript,
    LinkQualifiers,
    PolicyCondition,
    PolicyAction,
    PolicyPostAction,
    OnCreate,
    OnUpdate,
    OnDelete,
    OnLink,
    OnUnlink,
    Result,
    OnRecon,
    DefaultMapping,
};

struct ScriptKindInfo
{
    ScriptKind kind;
    QString name;         // as the CLI's --kind spells it (the mapping member's name)
    QStringList bindings; // the variables IDM puts into the script's scope
    QStringList mutated;  // bindings whose changes by the script IDM goes on to use
    QString idmSource;    // where OpenIDM builds that scope
};

// The table for every kind, in enum order.
const QVector<ScriptKindInfo>& scriptKinds();
const ScriptKindInfo& scriptKindInfo(ScriptKind kind);
// The kind named name, or nullptr.
const ScriptKindInfo* scriptKindByName(const QString& name);

} // namespace syncstudio::script
