#include "MainWindow.h"

#include "ProblemsModel.h"
#include "ProjectTreeModel.h"
#include "PropertyTableModel.h"
#include "config/Project.h"
#include "config/ProjectValidator.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace syncstudio::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_treeModel(new ProjectTreeModel(this))
    , m_problemsModel(new ProblemsModel(this))
    , m_propertyModel(new PropertyTableModel(this))
    , m_tree(new QTreeView)
    , m_properties(new QTableView)
    , m_problems(new QTableView)
    , m_mappingTitle(new QLabel)
{
    setWindowTitle(tr("SyncStudio"));
    setObjectName(QStringLiteral("MainWindow"));

    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    QFont titleFont = m_mappingTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_mappingTitle->setFont(titleFont);
    m_mappingTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_mappingTitle);
    m_properties->setModel(m_propertyModel);
    m_properties->setObjectName(QStringLiteral("propertyTable"));
    m_properties->horizontalHeader()->setStretchLastSection(true);
    m_properties->verticalHeader()->hide();
    m_properties->setAlternatingRowColors(true);
    m_properties->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_properties);
    setCentralWidget(central);

    m_tree->setModel(m_treeModel);
    m_tree->setObjectName(QStringLiteral("projectTree"));
    m_tree->header()->hide();
    m_tree->setColumnHidden(1, true);
    auto* explorer = new QDockWidget(tr("Project"), this);
    explorer->setObjectName(QStringLiteral("projectDock"));
    explorer->setWidget(m_tree);
    addDockWidget(Qt::LeftDockWidgetArea, explorer);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::showSelectedMapping);

    m_problems->setModel(m_problemsModel);
    m_problems->setObjectName(QStringLiteral("problemsTable"));
    m_problems->horizontalHeader()->setSectionResizeMode(ProblemsModel::Message,
                                                         QHeaderView::Stretch);
    m_problems->verticalHeader()->hide();
    m_problems->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto* problemsDock = new QDockWidget(tr("Problems"), this);
    problemsDock->setObjectName(QStringLiteral("problemsDock"));
    problemsDock->setWidget(m_problems);
    addDockWidget(Qt::BottomDockWidgetArea, problemsDock);

    createActions();
    resize(1280, 800);
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open Project\u2026"), this, &MainWindow::chooseProject);
    open->setShortcut(QKeySequence::Open);
    QAction* saveAction = file->addAction(tr("&Save"), this, &MainWindow::save);
    saveAction->setShortcut(QKeySequence::Save);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About SyncStudio"), this, [this] {
        QMessageBox::about(this, tr("About SyncStudio"),
                           tr("<b>SyncStudio %1</b><p>Design, preview and run IDM synchronization "
                              "mappings.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

bool MainWindow::openProject(const QString& path)
{
    QString error;
    auto project = config::Project::open(path, &error);
    if (!project) {
        statusBar()->showMessage(error);
        return false;
    }
    m_project = std::move(project);
    m_treeModel->setProject(m_project.get());
    m_tree->expandAll();
    m_problemsModel->setDiagnostics(config::validateProject(*m_project));
    m_propertyModel->setMapping({});
    m_mappingTitle->clear();
    setWindowTitle(tr("%1 \u2014 SyncStudio").arg(m_project->displayPath()));
    statusBar()->showMessage(tr("Opened %1: %2 mapping(s), %3 problem(s)")
                                 .arg(m_project->displayPath())
                                 .arg(m_project->mappings().size())
                                 .arg(m_problemsModel->rowCount()));
    const QModelIndex mappings = m_treeModel->index(ProjectTreeModel::Mappings, 0);
    if (m_treeModel->rowCount(mappings) > 0)
        m_tree->setCurrentIndex(m_treeModel->index(0, 0, mappings));
    return true;
}

bool MainWindow::selectMapping(const QString& name)
{
    const QModelIndex index = m_treeModel->mappingIndex(name);
    if (!index.isValid())
        return false;
    m_tree->setCurrentIndex(index);
    return true;
}

void MainWindow::showSelectedMapping()
{
    const QModelIndex current = m_tree->currentIndex();
    if (!m_project || current.data(ProjectTreeModel::KindRole) != ProjectTreeModel::Mappings ||
        !current.parent().isValid())
        return;
    const config::Mapping mapping =
        m_project->mapping(current.data(ProjectTreeModel::NameRole).toString());
    m_propertyModel->setMapping(mapping);
    m_mappingTitle->setText(
        tr("%1: %2 \u2192 %3").arg(mapping.name(), mapping.source(), mapping.target()));
    m_properties->resizeColumnsToContents();
}

void MainWindow::chooseProject()
{
    if (!maybeSave())
        return;
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open IDM Project"));
    if (!dir.isEmpty())
        openProject(dir);
}

bool MainWindow::save()
{
    if (!m_project)
        return true;
    QString error;
    if (!m_project->save(&error)) {
        QMessageBox::critical(this, tr("Save failed"), error);
        return false;
    }
    statusBar()->showMessage(tr("Saved"), 3000);
    return true;
}

bool MainWindow::maybeSave()
{
    if (!m_project || !m_project->isModified())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"), tr("The project has unsaved changes. Save them?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    event->accept();
}

} // namespace syncstudio::ui
