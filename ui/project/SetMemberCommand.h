#pragma once

#include "JsonEditCommand.h"
#include "OrderedObject.h"

#include <QJsonValue>

namespace syncstudio::ui {

// Sets (or, with an undefined value, removes) the member key of the object at
// objectPointer. Only the span of that value changes in the file.
// Edits made while typing pass mergeable: consecutive ones on the same member merge into
// one undo step.
class SetMemberCommand : public JsonEditCommand
{
public:
    enum
    {
        Id = 0x5353
    };

    SetMemberCommand(ProjectDocument* document, const QString& relativePath, QString objectPointer,
                     QString key, QJsonValue value, const QString& text, bool mergeable = false,
                     QUndoCommand* parent = nullptr);

    // Sets the member to an object written with its members in the given order.
    SetMemberCommand(ProjectDocument* document, const QString& relativePath, QString objectPointer,
                     QString key, OrderedObject object, const QString& text,
                     QUndoCommand* parent = nullptr);

    int id() const override { return m_mergeable ? Id : -1; }
    bool mergeWith(const QUndoCommand* other) override;

protected:
    bool apply(config::ConfigFile& file) override;

private:
    QString m_objectPointer;
    QString m_key;
    QJsonValue m_value;
    OrderedObject m_object;
    bool m_mergeable;
};

} // namespace syncstudio::ui
