#pragma once

#include "config/JsonText.h"

#include <QJsonValue>
#include <QPair>
#include <QString>
#include <QVector>

namespace syncstudio::ui {

// A JSON object whose members are written in this order. QJsonObject sorts its keys, but
// people (and IDM's own files) write "situation" before "action" and "type" before "source".
using OrderedObject = QVector<QPair<QString, QJsonValue>>;

// {"type": "text/javascript", "source": source}
OrderedObject inlineJavaScript(const QString& source);

// Writes the members of object, in order, into the (existing, empty or not) object node at
// pointer of json; the node is found again after each edit.
bool writeMembers(config::JsonText& json, const QString& pointer, const OrderedObject& object);

} // namespace syncstudio::ui
