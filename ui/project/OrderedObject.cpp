#include "OrderedObject.h"

namespace syncstudio::ui {

OrderedObject inlineJavaScript(const QString& source)
{
    return {{QStringLiteral("type"), QStringLiteral("text/javascript")},
            {QStringLiteral("source"), source}};
}

bool writeMembers(config::JsonText& json, const QString& pointer, const OrderedObject& object)
{
    for (const auto& member : object) {
        const config::JsonText::NodeId node = json.find(pointer);
        if (!json.isObject(node) || !json.setMember(node, member.first, member.second))
            return false;
    }
    return true;
}

} // namespace syncstudio::ui
