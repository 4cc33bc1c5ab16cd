#pragma once

#include "config/Diagnostic.h"
#include "config/Mapping.h"

#include <QObject>
#include <QVector>
#include <memory>

class QUndoStack;
class QTimer;

namespace syncstudio::config {
class Project;
struct ConfigFile;
} // namespace syncstudio::config

namespace syncstudio::ui {

// An open project with its undo history: the one place views read the project from and
// edits go through. Every edit is an undo command (see JsonEditCommand) that changes the
// lossless text of one file; views listen to changed() and read the model again.
class ProjectDocument : public QObject
{
    Q_OBJECT
public:
    explicit ProjectDocument(std::unique_ptr<config::Project> project, QObject* parent = nullptr);
    ~ProjectDocument() override;

    config::Project& project() const { return *m_project; }
    QUndoStack* undoStack() const { return m_undoStack; }
    config::ConfigFile* file(const QString& relativePath) const;
    config::Mapping mapping(const QString& name) const;

    // Validation messages of the current text; recomputed shortly after each edit.
    const QVector<config::Diagnostic>& diagnostics() const { return m_diagnostics; }
    // Diagnostics of file whose pointer is pointer or lies below it.
    QVector<config::Diagnostic> diagnosticsAt(const config::ConfigFile* file,
                                              const QString& pointer) const;
    void validateNow();

    bool isModified() const;
    // Writes the changed files atomically; marks the undo stack clean on success.
    bool save(QString* error);

    // Called by commands after they changed the text of relativePath.
    void notifyEdited(const QString& relativePath);

signals:
    void changed(const QString& relativePath);
    void diagnosticsChanged();
    void modifiedChanged(bool modified);

private:
    std::unique_ptr<config::Project> m_project;
    QUndoStack* m_undoStack;
    QTimer* m_validateTimer;
    QVector<config::Diagnostic> m_diagnostics;
};

} // namespace syncstudio::ui
