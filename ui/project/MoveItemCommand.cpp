#include "MoveItemCommand.h"

#include "config/ConfigFile.h"

namespace syncstudio::ui {

MoveItemCommand::MoveItemCommand(ProjectDocument* document, const QString& relativePath,
                                 QString arrayPointer, int from, int to, const QString& text,
                                 QUndoCommand* parent)
    : JsonEditCommand(document, relativePath, text, parent)
    , m_arrayPointer(std::move(arrayPointer))
    , m_from(from)
    , m_to(to)
{}

bool MoveItemCommand::apply(config::ConfigFile& file)
{
    const config::JsonText::NodeId array = file.json.find(m_arrayPointer);
    if (!file.json.isArray(array) || m_from == m_to)
        return false;
    const int count = file.json.childCount(array);
    if (m_from < 0 || m_from >= count || m_to < 0 || m_to >= count)
        return false;
    return file.json.moveItem(array, m_from, m_to);
}

} // namespace syncstudio::ui
