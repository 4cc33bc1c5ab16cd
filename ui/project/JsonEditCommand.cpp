#include "JsonEditCommand.h"

#include "ProjectDocument.h"
#include "config/ConfigFile.h"

namespace syncstudio::ui {

JsonEditCommand::JsonEditCommand(ProjectDocument* document, QString relativePath,
                                 const QString& text, QUndoCommand* parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_relativePath(std::move(relativePath))
{}

void JsonEditCommand::redo()
{
    config::ConfigFile* file = m_document->file(m_relativePath);
    if (!file) {
        setObsolete(true);
        return;
    }
    if (!m_done) {
        m_done = true;
        m_before = file->json.text();
        m_succeeded = apply(*file);
        if (!m_succeeded) {
            file->json = config::JsonText::parse(m_before, &file->parseError);
            setObsolete(true);
            return;
        }
        m_after = file->json.text();
        file->modified = true;
        m_document->notifyEdited(m_relativePath);
        return;
    }
    // An edit that failed changed nothing; QUndoStack drops only top-level obsolete
    // commands, so a failed child of a macro comes back here and must stay a no-op.
    if (m_succeeded)
        setText(m_after);
}

void JsonEditCommand::undo()
{
    if (m_succeeded)
        setText(m_before);
}

void JsonEditCommand::absorb(const JsonEditCommand& later)
{
    m_after = later.m_after;
}

void JsonEditCommand::setText(const QByteArray& bytes)
{
    config::ConfigFile* file = m_document->file(m_relativePath);
    if (!file)
        return;
    if (file->json.text() != bytes) {
        file->parseError = {};
        file->json = config::JsonText::parse(bytes, &file->parseError);
    }
    // The text may differ from the disk after an undo past a save; the undo stack's clean
    // state says whether the project as a whole is saved.
    file->modified = true;
    m_document->notifyEdited(m_relativePath);
}

} // namespace syncstudio::ui
