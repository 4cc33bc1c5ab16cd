#include "ScriptKind.h"

namespace syncstudio::script {

namespace {

QStringList names(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* name : list)
        out << QLatin1String(name);
    return out;
}

// What OpenIDM puts into the scope of each script, read from OpenIdentityPlatform/OpenIDM
// at d7bd51f4 (paths below openidm-core/src/main/java/org/forgerock/openidm/sync/).
// A script of that kind sees exactly these names (those the caller leaves out are
// undefined); anything else it uses must come from its "globals".
QVector<ScriptKindInfo> buildTable()
{
    const QStringList hook = names({"context", "linkQualifier", "mappingConfig", "source",
                                    "oldSource", "sourceId", "target", "targetId", "situation"});
    const QString hookSource = QStringLiteral("impl/SyncOperation.java execScript()");
    QVector<ScriptKindInfo> table{
        {ScriptKind::Generic, QStringLiteral("script"), {}, {}, {}},
        {ScriptKind::Transform,
         QStringLiteral("transform"),
         names({"source", "linkQualifier"}),
         {},
         QStringLiteral("PropertyMapping.java apply()")},
        {ScriptKind::PropertyCondition,
         QStringLiteral("condition"),
         names({"object", "target", "linkQualifier", "oldSource", "oldTarget"}),
         {},
         QStringLiteral("PropertyMapping.java evaluateCondition(), via "
                        "openidm-util condition/ScriptedCondition.java")},
        {ScriptKind::SourceCondition,
         QStringLiteral("sourceCondition"),
         names({"source", "linkQualifier"}),
         {},
         QStringLiteral("impl/SyncOperation.java checkSourceConditions()")},
        {ScriptKind::ValidSource,
         QStringLiteral("validSource"),
         names({"source", "linkQualifier"}),
         {},
         QStringLiteral("impl/SyncOperation.java isSourceValid()")},
        {ScriptKind::ValidTarget,
         QStringLiteral("validTarget"),
         names({"target", "linkQualifier"}),
         {},
         QStringLiteral("impl/SyncOperation.java isTargetValid()")},
        {ScriptKind::CorrelationQuery,
         QStringLiteral("correlationQuery"),
         names({"source", "linkQualifier"}),
         {},
         QStringLiteral("impl/SourceSyncOperation.java correlateTarget(), "
                        "impl/Correlation.java correlate()")},
        {ScriptKind::CorrelationScript,
         QStringLiteral("correlationScript"),
         names({"source", "linkQualifier"}),
         {},
         QStringLiteral("impl/SourceSyncOperation.java correlateTarget(), "
                        "impl/Correlation.java correlate()")},
        {ScriptKind::LinkQualifiers,
         QStringLiteral("linkQualifiers"),
         names({"mapping", "object", "oldValue", "returnAll"}),
         {},
         QStringLiteral("impl/ObjectMapping.java getLinkQualifiers()")},
        {ScriptKind::PolicyCondition,
         QStringLiteral("policyCondition"),
         names({"object", "linkQualifier"}),
         {},
         QStringLiteral("impl/SyncOperation.java determineAction()")},
        {ScriptKind::PolicyAction,
         QStringLiteral("action"),
         names({"recon", "sourceAction", "linkQualifier", "source", "target"}),
         {},
         QStringLiteral("impl/Policy.java getAction()")},
        {ScriptKind::PolicyPostAction,
         QStringLiteral("postAction"),
         names({"linkQualifier", "sourceAction", "action", "situation", "reconId", "source",
                "target"}),
         {},
         QStringLiteral("impl/Policy.java evaluatePostAction()")},
        {ScriptKind::OnCreate, QStringLiteral("onCreate"), hook, names({"target"}), hookSource},
        {ScriptKind::OnUpdate, QStringLiteral("onUpdate"), hook + names({"oldTarget"}),
         names({"target"}), hookSource},
        {ScriptKind::OnDelete, QStringLiteral("onDelete"), hook, {}, hookSource},
        {ScriptKind::OnLink, QStringLiteral("onLink"), hook, {}, hookSource},
        {ScriptKind::OnUnlink, QStringLiteral("onUnlink"), hook, {}, hookSource},
        {ScriptKind::Result,
         QStringLiteral("result"),
         names({"source", "target", "global"}),
         {},
         QStringLiteral("impl/ObjectMapping.java (recon result script)")},
        {ScriptKind::OnRecon,
         QStringLiteral("onRecon"),
         names({"context", "mappingConfig"}),
         {},
         QStringLiteral("impl/ObjectMapping.java (onRecon script)")},
        {ScriptKind::DefaultMapping,
         QStringLiteral("defaultMapping"),
         names({"source", "oldSource", "target", "config", "existingTarget", "linkQualifier"}),
         {},
         QStringLiteral("impl/SyncOperation.java applyDefaultMappings()")},
    };
    return table;
}

} // namespace

const QVector<ScriptKindInfo>& scriptKinds()
{
    static const QVector<ScriptKindInfo> table = buildTable();
    return table;
}

const ScriptKindInfo& scriptKindInfo(ScriptKind kind)
{
    return scriptKinds().at(int(kind));
}

const ScriptKindInfo* scriptKindByName(const QString& name)
{
    for (const ScriptKindInfo& info : scriptKinds()) {
        if (info.name == name)
            return &info;
    }
    return nullptr;
}

} // namespace syncstudio::script
