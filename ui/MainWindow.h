#pragma once

#include "run/ReconEnvironmentFactory.h"

#include <QMainWindow>
#include <functional>
#include <memory>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QPlainTextEdit;
class QProgressBar;
class QStackedWidget;
class QTableView;
class QTreeView;

namespace syncstudio::ui {

class ConnectorSettingsDialog;
class RepositorySettingsDialog;
class LinksView;
class MappingEditor;
class MappingOrderView;
class PreviewView;
class ProblemsModel;
class ProjectDocument;
class ProjectTreeModel;
class RunView;
class SchemaModel;

// The application window: the project explorer on the left, one of the views (mapping
// editor, order, preview, run, links) in the middle, Problems, Schema and Log docks.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class View
    {
        Editor,
        Order,
        Preview,
        Run,
        Links
    };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Given by app/: how reconciliations reach the systems of a project.
    void setEnvironmentFactory(ReconEnvironmentFactory factory);

    // Opens the project at path (after asking about unsaved changes when interactive);
    // shows why in the status bar and returns false otherwise.
    bool openProject(const QString& path);
    bool selectMapping(const QString& name);
    QString selectedMapping() const;
    void setView(View view);
    View view() const;
    // "editor", "order", "preview", "run", "links"; false for an unknown name.
    bool setViewByName(const QString& name);

    // Adds a mapping to sync.json with name, source and target; false when there is no
    // sync.json or the name is taken.
    bool createMapping(const QString& name, const QString& source = {}, const QString& target = {});
    bool save();
    bool exportSyncJson(const QString& path, QString* error);

    // Calls done once the current view has nothing left to do: for the preview, after its
    // job finished (it is started if it has not run); for other views, after the layout.
    void whenSettled(std::function<void()> done);

    // Opens the settings dialog of connector (window-modal, deleted when closed); null when
    // the project has no such connector. Double-clicking a connector in the project
    // explorer does this.
    ConnectorSettingsDialog* editConnector(const QString& connector);
    // Opens the settings dialog of the project's repository (window-modal, deleted when
    // closed); null without a project. Project > Repository... and double-clicking the
    // repository in the project explorer do this. After OK the views use the new repository.
    RepositorySettingsDialog* editRepository();

    ProjectDocument* document() const { return m_document.get(); }
    MappingEditor* editor() const { return m_editor; }
    MappingOrderView* orderView() const { return m_orderView; }
    PreviewView* previewView() const { return m_previewView; }
    RunView* runView() const { return m_runView; }
    LinksView* linksView() const { return m_linksView; }
    QTreeView* projectTree() const { return m_tree; }
    QTableView* problemsTable() const { return m_problems; }
    ProblemsModel* problemsModel() const { return m_problemsModel; }
    QAction* undoAction() const { return m_undo; }
    QAction* redoAction() const { return m_redo; }

public slots:
    void log(const QString& text);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createDocks();
    void applyStyle();
    void setDocument(std::unique_ptr<ProjectDocument> document);
    void treeSelectionChanged();
    void showSchemaFor(const QString& kind, const QString& name);
    void problemActivated(const QModelIndex& index);
    void chooseProject();
    void newProject();
    void newMappingDialog();
    bool saveAs();
    void exportDialog();
    bool maybeSave();
    void updateRecentMenu();
    void updateTitle();
    void setRunning(bool running, const QString& description);
    void refreshTree();
    void showRepository();
    void repositoryChanged();

    std::unique_ptr<ProjectDocument> m_document;
    ReconEnvironmentFactory m_factory;
    ProjectTreeModel* m_treeModel;
    ProblemsModel* m_problemsModel;
    SchemaModel* m_schemaModel;
    QTreeView* m_tree;
    QTableView* m_problems;
    QTreeView* m_schema;
    QPlainTextEdit* m_log;
    QStackedWidget* m_views;
    MappingEditor* m_editor;
    MappingOrderView* m_orderView;
    PreviewView* m_previewView;
    RunView* m_runView;
    LinksView* m_linksView;
    QActionGroup* m_viewActions;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QAction* m_saveAction = nullptr;
    QMenu* m_recentMenu = nullptr;
    QLabel* m_runningLabel;
    QProgressBar* m_runningBar;
    QLabel* m_problemCount;
    QString m_selectedMapping;
};

} // namespace syncstudio::ui
