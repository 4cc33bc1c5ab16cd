#include "SetMemberCommand.h"

#include "config/ConfigFile.h"

#include <QJsonObject>

namespace syncstudio::ui {

SetMemberCommand::SetMemberCommand(ProjectDocument* document, const QString& relativePath,
                                   QString objectPointer, QString key, QJsonValue value,
                                   const QString& text, bool mergeable, QUndoCommand* parent)
    : JsonEditCommand(document, relativePath, text, parent)
    , m_objectPointer(std::move(objectPointer))
    , m_key(std::move(key))
    , m_value(std::move(value))
    , m_mergeable(mergeable)
{}

SetMemberCommand::SetMemberCommand(ProjectDocument* document, const QString& relativePath,
                                   QString objectPointer, QString key, OrderedObject object,
                                   const QString& text, QUndoCommand* parent)
    : JsonEditCommand(document, relativePath, text, parent)
    , m_objectPointer(std::move(objectPointer))
    , m_key(std::move(key))
    , m_value(QJsonObject{})
    , m_object(std::move(object))
    , m_mergeable(false)
{}

bool SetMemberCommand::mergeWith(const QUndoCommand* other)
{
    const auto* later = dynamic_cast<const SetMemberCommand*>(other);
    if (!later || !later->m_mergeable || !later->succeeded() ||
        later->relativePath() != relativePath() || later->m_objectPointer != m_objectPointer ||
        later->m_key != m_key)
        return false;
    absorb(*later);
    m_value = later->m_value;
    return true;
}

bool SetMemberCommand::apply(config::ConfigFile& file)
{
    config::JsonText& json = file.json;
    const config::JsonText::NodeId object = json.find(m_objectPointer);
    if (!json.isObject(object))
        return false;
    if (m_value.isUndefined())
        return json.member(object, m_key) == config::JsonText::NoNode ||
               json.removeMember(object, m_key);
    const config::JsonText::NodeId current = json.member(object, m_key);
    // Setting what is there already is no edit; keeping the text avoids a respelling.
    if (m_object.isEmpty() && current != config::JsonText::NoNode && json.value(current) == m_value)
        return false;
    if (m_object.isEmpty())
        return json.setMember(object, m_key, m_value);
    return json.setMember(object, m_key, QJsonObject{}) &&
           writeMembers(json,
                        m_objectPointer + QLatin1Char('/') + config::escapePointerToken(m_key),
                        m_object);
}

} // namespace syncstudio::ui
