#include "InsertItemCommand.h"

#include "config/ConfigFile.h"

#include <QJsonArray>
#include <QJsonObject>

namespace syncstudio::ui {

InsertItemCommand::InsertItemCommand(ProjectDocument* document, const QString& relativePath,
                                     QString arrayPointer, int index, QJsonValue value,
                                     const QString& text, QUndoCommand* parent)
    : JsonEditCommand(document, relativePath, text, parent)
    , m_arrayPointer(std::move(arrayPointer))
    , m_index(index)
    , m_value(std::move(value))
{}

InsertItemCommand::InsertItemCommand(ProjectDocument* document, const QString& relativePath,
                                     QString arrayPointer, int index, OrderedObject object,
                                     const QString& text, QUndoCommand* parent)
    : JsonEditCommand(document, relativePath, text, parent)
    , m_arrayPointer(std::move(arrayPointer))
    , m_index(index)
    , m_object(std::move(object))
{}

bool InsertItemCommand::apply(config::ConfigFile& file)
{
    if (!m_object.isEmpty()) {
        // The first member makes the item; the others follow it in order.
        m_value = QJsonObject{{m_object.first().first, m_object.first().second}};
        if (!insert(file))
            return false;
        return writeMembers(file.json,
                            m_arrayPointer + QLatin1Char('/') + QString::number(m_insertedIndex),
                            m_object.mid(1));
    }
    return insert(file);
}

bool InsertItemCommand::insert(config::ConfigFile& file)
{
    config::JsonText& json = file.json;
    const config::JsonText::NodeId array = json.find(m_arrayPointer);
    if (array == config::JsonText::NoNode) {
        const int slash = m_arrayPointer.lastIndexOf(QLatin1Char('/'));
        if (slash < 0 || !m_rawText.isEmpty())
            return false;
        const config::JsonText::NodeId parent = json.find(m_arrayPointer.left(slash));
        if (!json.isObject(parent))
            return false;
        m_insertedIndex = 0;
        return json.setMember(parent, m_arrayPointer.mid(slash + 1), QJsonArray{m_value});
    }
    if (!json.isArray(array))
        return false;
    const int count = json.childCount(array);
    m_insertedIndex = m_index < 0 || m_index > count ? count : m_index;
    if (!m_rawText.isEmpty())
        return json.insertRawItem(array, m_insertedIndex, m_rawText);
    return json.insertItem(array, m_insertedIndex, m_value);
}

} // namespace syncstudio::ui
