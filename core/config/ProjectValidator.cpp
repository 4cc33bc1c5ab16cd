#include "ProjectValidator.h"

#include "ProcessingOrder.h"
#include "Project.h"
#include "SyncVocabulary.h"
#include "TextDistance.h"

#include <QFileInfo>
#include <QHash>
#include <algorithm>

namespace syncstudio::config {

const QStringList& knownMappingFields()
{
    static const QStringList fields{
        QStringLiteral("name"),
        QStringLiteral("source"),
        QStringLiteral("target"),
        QStringLiteral("links"),
        QStringLiteral("syncAfter"),
        QStringLiteral("properties"),
        QStringLiteral("policies"),
        QStringLiteral("validSource"),
        QStringLiteral("validTarget"),
        QStringLiteral("sourceCondition"),
        QStringLiteral("correlationQuery"),
        QStringLiteral("correlationScript"),
        QStringLiteral("linkQualifiers"),
        QStringLiteral("onCreate"),
        QStringLiteral("onUpdate"),
        QStringLiteral("onDelete"),
        QStringLiteral("onLink"),
        QStringLiteral("onUnlink"),
        QStringLiteral("result"),
        QStringLiteral("runTargetPhase"),
        QStringLiteral("taskThreads"),
        QStringLiteral("sourceQuery"),
        QStringLiteral("targetQuery"),
        QStringLiteral("defaultSourceFields"),
        QStringLiteral("defaultTargetFields"),
        QStringLiteral("enableSync"),
        QStringLiteral("prefetchLinks"),
        QStringLiteral("correlateEmptyTargetSet"),
        QStringLiteral("allowEmptySourceSet"),
        QStringLiteral("sourceIdsCaseSensitive"),
        QStringLiteral("targetIdsCaseSensitive"),
        QStringLiteral("reconSourceQueryPaging"),
        QStringLiteral("reconSourceQueryPageSize"),
        QStringLiteral("sourceQueryFullEntry"),
        QStringLiteral("targetQueryFullEntry"),
        QStringLiteral("displayName"),
        QStringLiteral("description"),
        QStringLiteral("icon"),
        QStringLiteral("consentRequired"),
        QStringLiteral("queuedSync"),
    };
    return fields;
}

const QStringList& knownPropertyFields()
{
    static const QStringList fields{QStringLiteral("source"), QStringLiteral("target"),
                                    QStringLiteral("transform"), QStringLiteral("condition"),
                                    QStringLiteral("default")};
    return fields;
}

const QStringList& knownPolicyFields()
{
    static const QStringList fields{QStringLiteral("situation"), QStringLiteral("action"),
                                    QStringLiteral("condition"), QStringLiteral("postAction")};
    return fields;
}

Diagnostic parseErrorDiagnostic(const ConfigFile& file)
{
    Diagnostic d;
    d.file = file.displayPath;
    d.position = file.parseError.position;
    d.message = QStringLiteral("malformed JSON: %1").arg(file.parseError.message);
    d.hint = QStringLiteral("fix the file at this position; nothing was changed");
    return d;
}

namespace {

class Validator
{
public:
    explicit Validator(const Project& project)
        : m_project(project)
    {}

    QVector<Diagnostic> run()
    {
        for (const auto& file : m_project.files()) {
            if (!file->isValid())
                m_diagnostics << parseErrorDiagnostic(*file);
        }
        checkSyncFileShape();
        const QVector<Mapping> mappings = m_project.mappings();
        for (const Mapping& m : mappings)
            m_names[m.name()] << m;
        for (const Mapping& m : mappings)
            checkMapping(m);
        checkCycles();
        std::stable_sort(m_diagnostics.begin(), m_diagnostics.end(),
                         [](const Diagnostic& a, const Diagnostic& b) {
                             if (a.file != b.file)
                                 return a.file < b.file;
                             if (a.position.line != b.position.line)
                                 return a.position.line < b.position.line;
                             return a.position.column < b.position.column;
                         });
        return m_diagnostics;
    }

private:
    void add(Diagnostic::Severity severity, const ConfigFile* file, JsonText::NodeId node,
             const QString& message, const QString& hint, bool atKey = false)
    {
        Diagnostic d;
        d.severity = severity;
        d.file = file->displayPath;
        if (node != JsonText::NoNode) {
            const int offset = atKey && file->json.keyBegin(node) >= 0 ? file->json.keyBegin(node)
                                                                       : file->json.begin(node);
            d.position = file->json.positionOf(offset);
            d.pointer = file->json.pointerOf(node);
        } else {
            d.position = {1, 1};
        }
        d.message = message;
        d.hint = hint;
        m_diagnostics << d;
    }
    void error(const ConfigFile* f, JsonText::NodeId n, const QString& m, const QString& h,
               bool atKey = false)
    {
        add(Diagnostic::Severity::Error, f, n, m, h, atKey);
    }
    void warning(const ConfigFile* f, JsonText::NodeId n, const QString& m, const QString& h,
                 bool atKey = false)
    {
        add(Diagnostic::Severity::Warning, f, n, m, h, atKey);
    }

    void checkSyncFileShape()
    {
        const ConfigFile* sync = m_project.syncFile();
        if (!sync || !sync->isValid())
            return;
        const JsonText& j = sync->json;
        const JsonText::NodeId mappings = j.member(j.root(), QStringLiteral("mappings"));
        if (!j.isObject(j.root()) || !j.isArray(mappings)) {
            error(sync, mappings == JsonText::NoNode ? j.root() : mappings,
                  QStringLiteral("sync.json has no \"mappings\" array"),
                  QStringLiteral("write the mappings as { \"mappings\" : [ { ... } ] }"));
            return;
        }
        for (int i = 0; i < j.childCount(mappings); ++i) {
            if (!j.isObject(j.child(mappings, i)))
                error(sync, j.child(mappings, i), QStringLiteral("a mapping must be an object"),
                      QStringLiteral("replace this value with { \"name\" : ..., \"source\" : ..., "
                                     "\"target\" : ... }"));
        }
    }

    void checkUnknownFields(const ConfigFile* file, JsonText::NodeId object,
                            const QStringList& known, const QString& what)
    {
        const JsonText& j = file->json;
        for (int i = 0; j.isObject(object) && i < j.childCount(object); ++i) {
            const JsonText::NodeId memberNode = j.child(object, i);
            const QString key = j.keyOf(memberNode);
            if (known.contains(key))
                continue;
            const QString suggestion = closestMatch(key, known, 1);
            if (!suggestion.isEmpty() && !j.keys(object).contains(suggestion))
                warning(file, memberNode, QStringLiteral("unknown %1 field \"%2\"").arg(what, key),
                        QStringLiteral("did you mean \"%1\"?").arg(suggestion), true);
        }
    }

    void checkScript(const ConfigFile* file, JsonText::NodeId node, const QString& where)
    {
        const JsonText& j = file->json;
        if (node == JsonText::NoNode)
            return;
        if (!j.isObject(node)) {
            error(file, node, QStringLiteral("%1 must be a script object").arg(where),
                  QStringLiteral("write { \"type\" : \"text/javascript\", \"source\" : \"...\" }"));
            return;
        }
        const QStringList keys = j.keys(node);
        const JsonText::NodeId type = j.member(node, QStringLiteral("type"));
        if (type == JsonText::NoNode) {
            error(file, node, QStringLiteral("the script of %1 has no \"type\"").arg(where),
                  QStringLiteral("add \"type\" : \"text/javascript\" (or \"groovy\")"));
        } else {
            const QString typeName = j.stringValue(type);
            if (typeName != QLatin1String("text/javascript") && typeName != QLatin1String("groovy"))
                warning(file, type,
                        QStringLiteral("unknown script type \"%1\" in %2").arg(typeName, where),
                        QStringLiteral("IDM runs \"text/javascript\" and \"groovy\""));
        }
        if (!keys.contains(QStringLiteral("source")) && !keys.contains(QStringLiteral("file"))) {
            QString hint = QStringLiteral("add \"source\" : \"...\" with the script, or \"file\" "
                                          ": \"name.js\" relative to script/");
            for (const QString& key : keys) {
                const QString suggestion =
                    closestMatch(key, {QStringLiteral("source"), QStringLiteral("file")}, 1);
                if (!suggestion.isEmpty() && key != suggestion) {
                    hint = QStringLiteral("did you mean \"%1\" instead of \"%2\"?")
                               .arg(suggestion, key);
                    break;
                }
            }
            error(file, node,
                  QStringLiteral("the script of %1 has neither \"source\" nor \"file\"").arg(where),
                  hint);
        }
    }

    void checkScriptOrFilter(const ConfigFile* file, JsonText::NodeId node, const QString& where)
    {
        if (node != JsonText::NoNode && !file->json.isString(node))
            checkScript(file, node, where);
    }

    void checkReference(const Mapping& m, const char* key)
    {
        const ConfigFile* file = m.file();
        const JsonText& j = file->json;
        const JsonText::NodeId node = j.member(m.node(), QString::fromLatin1(key));
        if (node == JsonText::NoNode || j.stringValue(node).trimmed().isEmpty()) {
            error(file, node == JsonText::NoNode ? m.node() : node,
                  QStringLiteral("mapping \"%1\" has no \"%2\"").arg(m.name(), QLatin1String(key)),
                  QStringLiteral("add \"%1\" : \"system/<connector>/<objectType>\" or "
                                 "\"managed/<type>\"")
                      .arg(QLatin1String(key)));
            return;
        }
        const QString resource = j.stringValue(node);
        const QStringList parts = resource.split(QLatin1Char('/'));
        if (parts.first() == QLatin1String("system") && parts.size() >= 2) {
            const QVector<Provisioner> provisioners = m_project.provisioners();
            const auto found =
                std::find_if(provisioners.begin(), provisioners.end(),
                             [&](const Provisioner& p) { return p.name == parts[1]; });
            if (found == provisioners.end()) {
                warning(file, node,
                        QStringLiteral("no connector named \"%1\" in this project").arg(parts[1]),
                        QStringLiteral("add conf/provisioner.openicf-%1.json with \"name\" : "
                                       "\"%1\", or check the name")
                            .arg(parts[1]));
            } else if (parts.size() >= 3 && found->file->isValid() &&
                       !found->objectTypes().isEmpty() &&
                       !found->objectTypes().contains(parts[2])) {
                const QString suggestion = closestMatch(parts[2], found->objectTypes(), 2);
                warning(file, node,
                        QStringLiteral("connector \"%1\" has no object type \"%2\"")
                            .arg(parts[1], parts[2]),
                        suggestion.isEmpty()
                            ? QStringLiteral("its object types are: %1")
                                  .arg(found->objectTypes().join(QStringLiteral(", ")))
                            : QStringLiteral("did you mean \"%1\"?").arg(suggestion));
            }
        } else if (parts.first() == QLatin1String("managed") && parts.size() >= 2 &&
                   m_project.managedFile() && m_project.managedFile()->isValid()) {
            const QStringList types = m_project.managedObjectTypes();
            if (!types.contains(parts[1]))
                warning(file, node,
                        QStringLiteral("managed.json defines no object type \"%1\"").arg(parts[1]),
                        QStringLiteral("its types are: %1").arg(types.join(QStringLiteral(", "))));
        }
    }

    void checkMappingNames(const Mapping& m, JsonText::NodeId names, const char* key)
    {
        const ConfigFile* file = m.file();
        const JsonText& j = file->json;
        QVector<JsonText::NodeId> nodes;
        if (j.isArray(names)) {
            for (int i = 0; i < j.childCount(names); ++i)
                nodes << j.child(names, i);
        } else if (names != JsonText::NoNode) {
            nodes << names;
        }
        for (const JsonText::NodeId n : nodes) {
            const QString name = j.stringValue(n);
            if (!j.isString(n)) {
                error(file, n, QStringLiteral("\"%1\" must name mappings").arg(QLatin1String(key)),
                      QStringLiteral("write mapping names as strings"));
                continue;
            }
            if (m_names.contains(name))
                continue;
            const QString suggestion = closestMatch(name, m_names.keys(), 2);
            error(file, n,
                  QStringLiteral("%1 names mapping \"%2\", which does not exist")
                      .arg(QLatin1String(key), name),
                  suggestion.isEmpty() ? QStringLiteral("add that mapping or remove the name")
                                       : QStringLiteral("did you mean \"%1\"?").arg(suggestion));
        }
    }

    void checkMapping(const Mapping& m)
    {
        const ConfigFile* file = m.file();
        const JsonText& j = file->json;
        const JsonText::NodeId node = m.node();
        const QString name = m.name();

        const QVector<Mapping> sameName = m_names.value(name);
        if (sameName.size() > 1 &&
            !(sameName.first().file() == file && sameName.first().pointer() == m.pointer())) {
            const Mapping& first = sameName.first();
            const TextPosition at = first.file()->json.positionOf(first.json().begin(first.node()));
            const JsonText::NodeId nameNode = j.member(node, QStringLiteral("name"));
            error(file, nameNode == JsonText::NoNode ? node : nameNode,
                  QStringLiteral("duplicate mapping name \"%1\"").arg(name),
                  QStringLiteral("it is already defined at %1:%2:%3; rename one of them")
                      .arg(first.file()->displayPath)
                      .arg(at.line)
                      .arg(at.column));
        }
        if (m.isInSyncJson() && j.member(node, QStringLiteral("name")) == JsonText::NoNode)
            error(file, node, QStringLiteral("mapping has no \"name\""),
                  QStringLiteral("add \"name\" : \"<source>_<target>\""));
        if (!m.isInSyncJson()) {
            const QString fileName =
                mappingNameFromFileName(QFileInfo(file->relativePath).fileName());
            const JsonText::NodeId nameNode = j.member(node, QStringLiteral("name"));
            if (nameNode != JsonText::NoNode && j.stringValue(nameNode) != fileName)
                warning(file, nameNode,
                        QStringLiteral("the name \"%1\" differs from the file name's \"%2\"")
                            .arg(j.stringValue(nameNode), fileName),
                        QStringLiteral("rename the file to mapping-%1.json or change the name")
                            .arg(j.stringValue(nameNode)));
        }

        checkReference(m, "source");
        checkReference(m, "target");
        checkUnknownFields(file, node, knownMappingFields(), QStringLiteral("mapping"));

        checkMappingNames(m, j.member(node, QStringLiteral("syncAfter")), "syncAfter");
        checkMappingNames(m, j.member(node, QStringLiteral("links")), "links");

        const JsonText::NodeId properties = j.member(node, QStringLiteral("properties"));
        for (int i = 0; j.isArray(properties) && i < j.childCount(properties); ++i) {
            const JsonText::NodeId p = j.child(properties, i);
            const QString where = QStringLiteral("property \"%1\"")
                                      .arg(j.stringValue(j.member(p, QStringLiteral("target"))));
            checkUnknownFields(file, p, knownPropertyFields(), QStringLiteral("property"));
            checkScript(file, j.member(p, QStringLiteral("transform")),
                        where + QLatin1String(" transform"));
            checkScriptOrFilter(file, j.member(p, QStringLiteral("condition")),
                                where + QLatin1String(" condition"));
            if (j.member(p, QStringLiteral("target")) == JsonText::NoNode)
                error(file, p, QStringLiteral("property mapping without \"target\""),
                      QStringLiteral("add \"target\" : \"<attribute>\""));
        }

        const JsonText::NodeId policies = j.member(node, QStringLiteral("policies"));
        for (int i = 0; j.isArray(policies) && i < j.childCount(policies); ++i)
            checkPolicy(file, j.child(policies, i));

        for (const char* key : {"validSource", "validTarget", "correlationScript", "onCreate",
                                "onUpdate", "onDelete", "onLink", "onUnlink", "result"})
            checkScript(file, j.member(node, QString::fromLatin1(key)), QString::fromLatin1(key));
        checkScriptOrFilter(file, j.member(node, QStringLiteral("sourceCondition")),
                            QStringLiteral("sourceCondition"));
        const JsonText::NodeId qualifiers = j.member(node, QStringLiteral("linkQualifiers"));
        if (j.isObject(qualifiers))
            checkScript(file, qualifiers, QStringLiteral("linkQualifiers"));
        const JsonText::NodeId correlation = j.member(node, QStringLiteral("correlationQuery"));
        // IDM's Correlation refuses to load such a mapping.
        const JsonText::NodeId correlationScript =
            j.member(node, QStringLiteral("correlationScript"));
        if (correlation != JsonText::NoNode && correlationScript != JsonText::NoNode)
            error(file, correlationScript,
                  QStringLiteral("mapping \"%1\" has both a correlationQuery and a "
                                 "correlationScript")
                      .arg(m.name()),
                  QStringLiteral("IDM accepts only one of them; remove the other"));
        if (j.isArray(correlation)) {
            for (int i = 0; i < j.childCount(correlation); ++i)
                checkScript(file, j.child(correlation, i), QStringLiteral("correlationQuery"));
        } else {
            checkScript(file, correlation, QStringLiteral("correlationQuery"));
        }
    }

    void checkPolicy(const ConfigFile* file, JsonText::NodeId policy)
    {
        const JsonText& j = file->json;
        checkUnknownFields(file, policy, knownPolicyFields(), QStringLiteral("policy"));
        const JsonText::NodeId situation = j.member(policy, QStringLiteral("situation"));
        if (situation == JsonText::NoNode) {
            error(file, policy, QStringLiteral("policy without \"situation\""),
                  QStringLiteral("add \"situation\" : one of %1")
                      .arg(allSituationNames().join(QStringLiteral(", "))));
        } else if (!situationFromName(j.stringValue(situation))) {
            const QString suggestion =
                closestMatch(j.stringValue(situation).toUpper(), allSituationNames(), 2);
            error(file, situation,
                  QStringLiteral("unknown situation \"%1\"").arg(j.stringValue(situation)),
                  suggestion.isEmpty() ? QStringLiteral("use one of %1")
                                             .arg(allSituationNames().join(QStringLiteral(", ")))
                                       : QStringLiteral("did you mean \"%1\"?").arg(suggestion));
        }
        const JsonText::NodeId action = j.member(policy, QStringLiteral("action"));
        if (action == JsonText::NoNode) {
            error(file, policy, QStringLiteral("policy without \"action\""),
                  QStringLiteral("add \"action\" : one of %1")
                      .arg(allActionNames().join(QStringLiteral(", "))));
        } else if (j.isString(action)) {
            if (!actionFromName(j.stringValue(action))) {
                const QString suggestion =
                    closestMatch(j.stringValue(action).toUpper(), allActionNames(), 2);
                error(file, action,
                      QStringLiteral("unknown action \"%1\"").arg(j.stringValue(action)),
                      suggestion.isEmpty()
                          ? QStringLiteral("use one of %1")
                                .arg(allActionNames().join(QStringLiteral(", ")))
                          : QStringLiteral("did you mean \"%1\"?").arg(suggestion));
            }
        } else {
            checkScript(file, action, QStringLiteral("the policy action"));
        }
        checkScriptOrFilter(file, j.member(policy, QStringLiteral("condition")),
                            QStringLiteral("the policy condition"));
        checkScript(file, j.member(policy, QStringLiteral("postAction")),
                    QStringLiteral("the policy postAction"));
    }

    void checkCycles()
    {
        const ProcessingOrder order = computeProcessingOrder(m_project);
        for (const QStringList& cycle : order.cycles) {
            const QString path = cycle.join(QStringLiteral(" -> "));
            QStringList members = cycle;
            members.removeLast();
            for (const QString& name : members) {
                const Mapping m = m_names.value(name).first();
                const JsonText::NodeId syncAfter =
                    m.json().member(m.node(), QStringLiteral("syncAfter"));
                error(m.file(), syncAfter == JsonText::NoNode ? m.node() : syncAfter,
                      QStringLiteral("syncAfter cycle: %1").arg(path),
                      QStringLiteral("remove one of these syncAfter entries so the mappings "
                                     "%1 can be ordered")
                          .arg(members.join(QStringLiteral(", "))));
            }
        }
    }

    const Project& m_project;
    QVector<Diagnostic> m_diagnostics;
    QHash<QString, QVector<Mapping>> m_names;
};

} // namespace

QVector<Diagnostic> validateProject(const Project& project)
{
    return Validator(project).run();
}

} // namespace syncstudio::config
