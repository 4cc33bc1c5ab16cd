#include "Mapping.h"

#include <QJsonArray>

namespace syncstudio::config {

Mapping::Mapping(ConfigFile* file, QString pointer, QString fileName)
    : m_file(file)
    , m_pointer(std::move(pointer))
    , m_fileName(std::move(fileName))
{}

const JsonText& Mapping::json() const
{
    static const JsonText noFile;
    return m_file ? m_file->json : noFile;
}

JsonText::NodeId Mapping::node() const
{
    return m_file ? m_file->json.find(m_pointer) : JsonText::NoNode;
}

QString Mapping::name() const
{
    const JsonText::NodeId nameNode = json().member(node(), QStringLiteral("name"));
    if (json().isString(nameNode))
        return json().stringValue(nameNode);
    return m_fileName;
}

QJsonValue Mapping::field(const char* key) const
{
    return json().value(json().member(node(), QString::fromLatin1(key)));
}

QStringList Mapping::fieldNames() const
{
    return json().keys(node());
}

QString Mapping::stringField(const char* key) const
{
    return json().stringValue(json().member(node(), QString::fromLatin1(key)));
}

bool Mapping::boolField(const char* key, bool fallback) const
{
    const QJsonValue value = field(key);
    return value.isBool() ? value.toBool() : fallback;
}

QStringList Mapping::stringListField(const char* key) const
{
    QStringList out;
    const QJsonValue value = field(key);
    if (value.isString())
        out << value.toString();
    for (const QJsonValue& item : value.toArray())
        out << item.toString();
    return out;
}

ScriptObject Mapping::scriptField(const char* key) const
{
    return ScriptObject::fromNode(json(), json().member(node(), QString::fromLatin1(key)));
}

QStringList Mapping::syncAfter() const
{
    return stringListField("syncAfter");
}

int Mapping::taskThreads() const
{
    const QJsonValue value = field("taskThreads");
    return value.isDouble() ? value.toInt() : 10;
}

Condition Mapping::conditionAt(JsonText::NodeId conditionNode) const
{
    Condition condition;
    if (json().isString(conditionNode))
        condition.filter = json().stringValue(conditionNode);
    else
        condition.script = ScriptObject::fromNode(json(), conditionNode);
    return condition;
}

Condition Mapping::sourceCondition() const
{
    return conditionAt(json().member(node(), QStringLiteral("sourceCondition")));
}

QVector<PropertyMapping> Mapping::properties() const
{
    QVector<PropertyMapping> out;
    const JsonText& j = json();
    const JsonText::NodeId array = j.member(node(), QStringLiteral("properties"));
    if (!j.isArray(array))
        return out;
    for (int i = 0; i < j.childCount(array); ++i) {
        const JsonText::NodeId item = j.child(array, i);
        PropertyMapping property;
        property.pointer = j.pointerOf(item);
        property.source = j.stringValue(j.member(item, QStringLiteral("source")));
        property.target = j.stringValue(j.member(item, QStringLiteral("target")));
        property.transform = ScriptObject::fromNode(j, j.member(item, QStringLiteral("transform")));
        property.condition = conditionAt(j.member(item, QStringLiteral("condition")));
        const JsonText::NodeId def = j.member(item, QStringLiteral("default"));
        if (def != JsonText::NoNode)
            property.defaultValue = j.value(def);
        out << property;
    }
    return out;
}

QVector<Policy> Mapping::policies() const
{
    QVector<Policy> out;
    const JsonText& j = json();
    const JsonText::NodeId array = j.member(node(), QStringLiteral("policies"));
    if (!j.isArray(array))
        return out;
    for (int i = 0; i < j.childCount(array); ++i) {
        const JsonText::NodeId item = j.child(array, i);
        Policy policy;
        policy.pointer = j.pointerOf(item);
        policy.situation = j.stringValue(j.member(item, QStringLiteral("situation")));
        const JsonText::NodeId action = j.member(item, QStringLiteral("action"));
        if (j.isString(action))
            policy.action = j.stringValue(action);
        else
            policy.actionScript = ScriptObject::fromNode(j, action);
        policy.condition = conditionAt(j.member(item, QStringLiteral("condition")));
        policy.postAction = ScriptObject::fromNode(j, j.member(item, QStringLiteral("postAction")));
        out << policy;
    }
    return out;
}

QVector<CorrelationQuery> Mapping::correlationQueries() const
{
    QVector<CorrelationQuery> out;
    const JsonText& j = json();
    const JsonText::NodeId value = j.member(node(), QStringLiteral("correlationQuery"));
    auto read = [&](JsonText::NodeId queryNode) {
        CorrelationQuery query;
        query.pointer = j.pointerOf(queryNode);
        query.linkQualifier = j.stringValue(j.member(queryNode, QStringLiteral("linkQualifier")));
        query.script = ScriptObject::fromNode(j, queryNode);
        query.expressionTree = j.value(j.member(queryNode, QStringLiteral("expressionTree")));
        out << query;
    };
    if (j.isObject(value)) {
        read(value);
    } else if (j.isArray(value)) {
        for (int i = 0; i < j.childCount(value); ++i) {
            if (j.isObject(j.child(value, i)))
                read(j.child(value, i));
        }
    }
    return out;
}

QStringList Mapping::linkQualifiers() const
{
    const QJsonValue value = field("linkQualifiers");
    QStringList out;
    for (const QJsonValue& item : value.toArray())
        out << item.toString();
    return out;
}

bool Mapping::setField(const QString& key, const QJsonValue& value)
{
    if (!m_file || !m_file->json.setMember(node(), key, value))
        return false;
    m_file->modified = true;
    return true;
}

bool Mapping::removeField(const QString& key)
{
    if (!m_file || !m_file->json.removeMember(node(), key))
        return false;
    m_file->modified = true;
    return true;
}

} // namespace syncstudio::config
