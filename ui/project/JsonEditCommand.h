#pragma once

#include <QByteArray>
#include <QString>
#include <QUndoCommand>

namespace syncstudio::config {
struct ConfigFile;
}

namespace syncstudio::ui {

class ProjectDocument;

// Base of every edit: performs one JsonText edit on one file the first time it is done, and
// afterwards swaps the file's text between the exact bytes before and after, so undo and
// redo give back the file byte for byte, however the edit rendered its value.
class JsonEditCommand : public QUndoCommand
{
public:
    JsonEditCommand(ProjectDocument* document, QString relativePath, const QString& text,
                    QUndoCommand* parent = nullptr);

    void undo() override;
    void redo() override;

    const QString& relativePath() const { return m_relativePath; }
    // Whether the edit could be made; a command that could not is obsolete after redo().
    bool succeeded() const { return m_succeeded; }

protected:
    // Makes the edit on file's text; false when it does not fit the text.
    virtual bool apply(config::ConfigFile& file) = 0;
    // For mergeWith(): takes over the result of a later edit of the same thing.
    void absorb(const JsonEditCommand& later);
    ProjectDocument* document() const { return m_document; }

private:
    void setText(const QByteArray& bytes);

    ProjectDocument* m_document;
    QString m_relativePath;
    QByteArray m_before;
    QByteArray m_after;
    bool m_done = false;
    bool m_succeeded = false;
};

} // namespace syncstudio::ui
