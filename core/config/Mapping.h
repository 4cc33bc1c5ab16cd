#pragma once

#include "ConfigFile.h"
#include "ScriptObject.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <QVector>
#include <optional>

namespace syncstudio::config {

// A condition is either a CREST query filter string or a script object.
struct Condition
{
    QString filter;
    ScriptObject script;
    bool isFilter() const { return !filter.isEmpty(); }
    bool isScript() const { return script.present; }
    bool isSet() const { return isFilter() || isScript(); }
};

// One row of "properties": how one target attribute is computed.
struct PropertyMapping
{
    QString source; // empty with a transform means the whole source object
    QString target;
    ScriptObject transform;
    Condition condition;
    std::optional<QJsonValue> defaultValue;
    QString pointer;
};

struct Policy
{
    QString situation;
    QString action; // empty when the action is a script
    ScriptObject actionScript;
    Condition condition;
    ScriptObject postAction;
    QString pointer;
};

// One correlation query; a mapping has one, or one per link qualifier in the array form.
struct CorrelationQuery
{
    QString linkQualifier; // set in the array form
    ScriptObject script;
    QJsonValue expressionTree; // the admin UI's query builder form
    QString pointer;
};

// A mapping in sync.json or in conf/mapping-<name>.json: typed access over the lossless
// text of its file. Fields the model does not name stay in the file untouched.
// A Mapping is a handle: it stays valid across edits of its own fields, but not across
// edits that move mappings in their file (reorder, remove).
class Mapping
{
public:
    Mapping() = default;
    Mapping(ConfigFile* file, QString pointer, QString fileName = {});

    ConfigFile* file() const { return m_file; }
    const QString& pointer() const { return m_pointer; }
    bool isInSyncJson() const { return m_fileName.isEmpty(); }
    JsonText::NodeId node() const;
    // The file's text; an empty one for a mapping without a file (every field then absent).
    const JsonText& json() const;

    // The name: the "name" member, or for a mapping file without one, from the file name.
    QString name() const;
    QString source() const { return stringField("source"); }
    QString target() const { return stringField("target"); }
    QString links() const { return stringField("links"); }
    QStringList syncAfter() const;
    QVector<PropertyMapping> properties() const;
    QVector<Policy> policies() const;

    ScriptObject validSource() const { return scriptField("validSource"); }
    ScriptObject validTarget() const { return scriptField("validTarget"); }
    Condition sourceCondition() const;
    QVector<CorrelationQuery> correlationQueries() const;
    ScriptObject correlationScript() const { return scriptField("correlationScript"); }
    // Static link qualifiers, or the script that computes them.
    QStringList linkQualifiers() const;
    ScriptObject linkQualifiersScript() const { return scriptField("linkQualifiers"); }

    ScriptObject onCreate() const { return scriptField("onCreate"); }
    ScriptObject onUpdate() const { return scriptField("onUpdate"); }
    ScriptObject onDelete() const { return scriptField("onDelete"); }
    ScriptObject onLink() const { return scriptField("onLink"); }
    ScriptObject onUnlink() const { return scriptField("onUnlink"); }
    ScriptObject result() const { return scriptField("result"); }

    bool runTargetPhase() const { return boolField("runTargetPhase", true); }
    int taskThreads() const;
    bool enableSync() const { return boolField("enableSync", true); }
    bool prefetchLinks() const { return boolField("prefetchLinks", true); }
    bool correlateEmptyTargetSet() const { return boolField("correlateEmptyTargetSet", false); }
    bool allowEmptySourceSet() const { return boolField("allowEmptySourceSet", false); }
    QJsonObject sourceQuery() const { return field("sourceQuery").toObject(); }
    QJsonObject targetQuery() const { return field("targetQuery").toObject(); }
    QStringList defaultSourceFields() const { return stringListField("defaultSourceFields"); }
    QStringList defaultTargetFields() const { return stringListField("defaultTargetFields"); }

    // Any member, typed or not; undefined when absent.
    QJsonValue field(const char* key) const;
    QStringList fieldNames() const;

    // Edits: each changes only the span of the value it sets and marks the file modified.
    bool setField(const QString& key, const QJsonValue& value);
    bool removeField(const QString& key);
    bool setName(const QString& name) { return setField(QStringLiteral("name"), name); }
    bool setSource(const QString& source) { return setField(QStringLiteral("source"), source); }
    bool setTarget(const QString& target) { return setField(QStringLiteral("target"), target); }

private:
    QString stringField(const char* key) const;
    bool boolField(const char* key, bool fallback) const;
    QStringList stringListField(const char* key) const;
    ScriptObject scriptField(const char* key) const;
    Condition conditionAt(JsonText::NodeId node) const;

    ConfigFile* m_file = nullptr;
    QString m_pointer;
    QString m_fileName; // the name taken from mapping-<name>.json; empty in sync.json
};

} // namespace syncstudio::config
