#pragma once

#include "JsonEditCommand.h"
#include "OrderedObject.h"

#include <QJsonValue>

namespace syncstudio::ui {

// Inserts an item into the array at arrayPointer (index -1 appends). When the array does
// not exist yet, it is created as member of its parent object holding just this item.
// With rawText set, that text is inserted as it is (a duplicated row keeps its spelling).
class InsertItemCommand : public JsonEditCommand
{
public:
    InsertItemCommand(ProjectDocument* document, const QString& relativePath, QString arrayPointer,
                      int index, QJsonValue value, const QString& text,
                      QUndoCommand* parent = nullptr);
    // Inserts an object written with its members in the given order.
    InsertItemCommand(ProjectDocument* document, const QString& relativePath, QString arrayPointer,
                      int index, OrderedObject object, const QString& text,
                      QUndoCommand* parent = nullptr);
    void setRawText(const QByteArray& rawText) { m_rawText = rawText; }
    // The index the item got, after redo().
    int insertedIndex() const { return m_insertedIndex; }

protected:
    bool apply(config::ConfigFile& file) override;

private:
    bool insert(config::ConfigFile& file);

    QString m_arrayPointer;
    int m_index;
    QJsonValue m_value;
    QByteArray m_rawText;
    OrderedObject m_object;
    int m_insertedIndex = -1;
};

} // namespace syncstudio::ui
