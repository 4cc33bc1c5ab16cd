#include "ProjectDocument.h"

#include "config/Project.h"
#include "config/ProjectValidator.h"

#include <QTimer>
#include <QUndoStack>

namespace syncstudio::ui {

ProjectDocument::ProjectDocument(std::unique_ptr<config::Project> project, QObject* parent)
    : QObject(parent)
    , m_project(std::move(project))
    , m_undoStack(new QUndoStack(this))
    , m_validateTimer(new QTimer(this))
{
    // Validation reads every file; batching it keeps typing in a cell fluid.
    m_validateTimer->setSingleShot(true);
    m_validateTimer->setInterval(150);
    connect(m_validateTimer, &QTimer::timeout, this, &ProjectDocument::validateNow);
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool) { emit modifiedChanged(isModified()); });
    m_diagnostics = config::validateProject(*m_project);
}

ProjectDocument::~ProjectDocument() = default;

config::ConfigFile* ProjectDocument::file(const QString& relativePath) const
{
    return m_project->file(relativePath);
}

config::Mapping ProjectDocument::mapping(const QString& name) const
{
    return m_project->mapping(name);
}

QVector<config::Diagnostic> ProjectDocument::diagnosticsAt(const config::ConfigFile* file,
                                                           const QString& pointer) const
{
    QVector<config::Diagnostic> found;
    if (!file)
        return found;
    for (const config::Diagnostic& d : m_diagnostics) {
        if (d.file != file->displayPath)
            continue;
        if (d.pointer == pointer || d.pointer.startsWith(pointer + QLatin1Char('/')))
            found.append(d);
    }
    return found;
}

void ProjectDocument::validateNow()
{
    m_validateTimer->stop();
    m_diagnostics = config::validateProject(*m_project);
    emit diagnosticsChanged();
}

bool ProjectDocument::isModified() const
{
    return m_project->isModified() && !m_undoStack->isClean();
}

bool ProjectDocument::save(QString* error)
{
    if (!m_project->save(error))
        return false;
    m_undoStack->setClean();
    emit modifiedChanged(false);
    return true;
}

void ProjectDocument::notifyEdited(const QString& relativePath)
{
    emit changed(relativePath);
    emit modifiedChanged(isModified());
    m_validateTimer->start();
}

} // namespace syncstudio::ui
