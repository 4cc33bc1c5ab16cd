#pragma once

#include "JsonText.h"

#include <QJsonObject>
#include <QString>

namespace syncstudio::config {

// An IDM script object: {"type": "text/javascript", "source": "..."} or {"type": ...,
// "file": "..."}, with optional "globals".
struct ScriptObject
{
    QString type;
    QString source;
    QString file;
    QJsonObject globals;
    QString pointer; // where it stands in its file
    bool present = false;

    bool isInline() const { return file.isEmpty(); }
    bool isJavaScript() const { return type == QLatin1String("text/javascript"); }
    bool isGroovy() const { return type == QLatin1String("groovy"); }

    // Reads the script object at node; present is false when node is not an object.
    static ScriptObject fromNode(const JsonText& json, JsonText::NodeId node);
    QJsonObject toJson() const;
};

} // namespace syncstudio::config
