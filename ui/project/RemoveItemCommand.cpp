#include "RemoveItemCommand.h"

#include "config/ConfigFile.h"

namespace syncstudio::ui {

RemoveItemCommand::RemoveItemCommand(ProjectDocument* document, const QString& relativePath,
                                     QString arrayPointer, int index, const QString& text,
                                     QUndoCommand* parent)
    : JsonEditCommand(document, relativePath, text, parent)
    , m_arrayPointer(std::move(arrayPointer))
    , m_index(index)
{}

bool RemoveItemCommand::apply(config::ConfigFile& file)
{
    const config::JsonText::NodeId array = file.json.find(m_arrayPointer);
    if (!file.json.isArray(array) || m_index < 0 || m_index >= file.json.childCount(array))
        return false;
    return file.json.removeItem(array, m_index);
}

} // namespace syncstudio::ui
