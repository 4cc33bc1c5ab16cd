#pragma once

#include <QMainWindow>
#include <memory>

class QLabel;
class QTableView;
class QTreeView;

namespace syncstudio::config {
class Project;
}

namespace syncstudio::ui {

class ProblemsModel;
class ProjectTreeModel;
class PropertyTableModel;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens the project at path; shows why in the status bar and returns false otherwise.
    bool openProject(const QString& path);
    bool selectMapping(const QString& name);
    const config::Project* project() const { return m_project.get(); }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void showSelectedMapping();
    void chooseProject();
    bool save();
    bool maybeSave();

    std::unique_ptr<config::Project> m_project;
    ProjectTreeModel* m_treeModel;
    ProblemsModel* m_problemsModel;
    PropertyTableModel* m_propertyModel;
    QTreeView* m_tree;
    QTableView* m_properties;
    QTableView* m_problems;
    QLabel* m_mappingTitle;
};

} // namespace syncstudio::ui
