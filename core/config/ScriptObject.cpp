#include "ScriptObject.h"

namespace syncstudio::config {

ScriptObject ScriptObject::fromNode(const JsonText& json, JsonText::NodeId node)
{
    ScriptObject script;
    if (!json.isObject(node))
        return script;
    script.present = true;
    script.pointer = json.pointerOf(node);
    script.type = json.stringValue(json.member(node, QStringLiteral("type")));
    script.source = json.stringValue(json.member(node, QStringLiteral("source")));
    script.file = json.stringValue(json.member(node, QStringLiteral("file")));
    script.globals = json.value(json.member(node, QStringLiteral("globals"))).toObject();
    return script;
}

QJsonObject ScriptObject::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("type"), type);
    if (!file.isEmpty())
        object.insert(QStringLiteral("file"), file);
    else
        object.insert(QStringLiteral("source"), source);
    if (!globals.isEmpty())
        object.insert(QStringLiteral("globals"), globals);
    return object;
}

} // namespace syncstudio::config
