#pragma once

#include "JsonEditCommand.h"

namespace syncstudio::ui {

// Moves item from of the array at arrayPointer so that it ends up at index to: reorders
// sync.json mappings and a mapping's attribute rows.
class MoveItemCommand : public JsonEditCommand
{
public:
    MoveItemCommand(ProjectDocument* document, const QString& relativePath, QString arrayPointer,
                    int from, int to, const QString& text, QUndoCommand* parent = nullptr);

protected:
    bool apply(config::ConfigFile& file) override;

private:
    QString m_arrayPointer;
    int m_from;
    int m_to;
};

} // namespace syncstudio::ui
