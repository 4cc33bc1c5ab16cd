#pragma once

#include "JsonEditCommand.h"

namespace syncstudio::ui {

// Removes item index of the array at arrayPointer.
class RemoveItemCommand : public JsonEditCommand
{
public:
    RemoveItemCommand(ProjectDocument* document, const QString& relativePath, QString arrayPointer,
                      int index, const QString& text, QUndoCommand* parent = nullptr);

protected:
    bool apply(config::ConfigFile& file) override;

private:
    QString m_arrayPointer;
    int m_index;
};

} // namespace syncstudio::ui
