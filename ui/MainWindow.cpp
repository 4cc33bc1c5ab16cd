#include "MainWindow.h"

#include "config/AtomicFile.h"
#include "config/MappingExport.h"
#include "config/ProcessingOrder.h"
#include "config/Project.h"
#include "connectors/ConnectorSettingsDialog.h"
#include "links/LinksView.h"
#include "mapping/MappingEditor.h"
#include "order/MappingOrderView.h"
#include "preview/PreviewModel.h"
#include "preview/PreviewView.h"
#include "project/InsertItemCommand.h"
#include "project/ObjectSetCatalog.h"
#include "project/ProblemsModel.h"
#include "project/ProjectDocument.h"
#include "project/ProjectTreeModel.h"
#include "project/RecentProjects.h"
#include "project/SchemaModel.h"
#include "repo/RepositorySettings.h"
#include "repository/RepositorySettingsDialog.h"
#include "run/RunView.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

namespace syncstudio::ui {

namespace {
const char* const ViewNames[] = {"editor", "order", "preview", "run", "links"};
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_treeModel(new ProjectTreeModel(this))
    , m_problemsModel(new ProblemsModel(this))
    , m_schemaModel(new SchemaModel(this))
    , m_tree(new QTreeView)
    , m_problems(new QTableView)
    , m_schema(new QTreeView)
    , m_log(new QPlainTextEdit)
    , m_views(new QStackedWidget)
    , m_editor(new MappingEditor)
    , m_orderView(new MappingOrderView)
    , m_previewView(new PreviewView)
    , m_runView(new RunView)
    , m_linksView(new LinksView)
    , m_viewActions(new QActionGroup(this))
    , m_runningLabel(new QLabel)
    , m_runningBar(new QProgressBar)
    , m_problemCount(new QLabel)
{
    setWindowTitle(tr("SyncStudio"));
    setObjectName(QStringLiteral("MainWindow"));
    setDockNestingEnabled(true);

    m_views->addWidget(m_editor);
    m_views->addWidget(m_orderView);
    m_views->addWidget(m_previewView);
    m_views->addWidget(m_runView);
    m_views->addWidget(m_linksView);
    setCentralWidget(m_views);

    connect(m_orderView, &MappingOrderView::mappingActivated, this, [this](const QString& name) {
        selectMapping(name);
        setView(View::Editor);
    });
    connect(m_previewView, &PreviewView::runningChanged, this, &MainWindow::setRunning);
    connect(m_previewView, &PreviewView::message, this, &MainWindow::log);
    connect(m_runView, &RunView::runningChanged, this, &MainWindow::setRunning);
    connect(m_runView, &RunView::message, this, &MainWindow::log);
    connect(m_linksView, &LinksView::message, this, &MainWindow::log);
    // A run writes links: the browser reads them again when next looked at.
    connect(m_runView, &RunView::runningChanged, m_linksView, [this](bool running) {
        if (!running)
            m_linksView->invalidate();
    });

    createDocks();
    createActions();
    applyStyle();

    m_runningBar->setRange(0, 0);
    m_runningBar->setMaximumWidth(120);
    m_runningBar->setMaximumHeight(14);
    m_runningBar->setTextVisible(false);
    m_runningBar->hide();
    m_runningLabel->setObjectName(QStringLiteral("runningLabel"));
    statusBar()->addPermanentWidget(m_runningLabel);
    statusBar()->addPermanentWidget(m_runningBar);
    statusBar()->addPermanentWidget(m_problemCount);

    resize(1280, 800);
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    setView(View::Editor);
}

MainWindow::~MainWindow()
{
    // Views hold the document's signals; let them go before it does.
    delete m_views;
    m_views = nullptr;
}

void MainWindow::setEnvironmentFactory(ReconEnvironmentFactory factory)
{
    m_factory = std::move(factory);
    m_previewView->setEnvironmentFactory(m_factory);
    m_runView->setEnvironmentFactory(m_factory);
    m_linksView->setEnvironmentFactory(m_factory);
    m_editor->setEnvironmentFactory(m_factory);
}

void MainWindow::createDocks()
{
    m_tree->setModel(m_treeModel);
    m_tree->setObjectName(QStringLiteral("projectTree"));
    m_tree->header()->hide();
    m_tree->setColumnHidden(1, true);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    // A long name keeps both ends: the repository's file name is at its end.
    m_tree->setTextElideMode(Qt::ElideMiddle);
    auto* explorer = new QDockWidget(tr("Project"), this);
    explorer->setObjectName(QStringLiteral("projectDock"));
    explorer->setWidget(m_tree);
    explorer->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                          QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, explorer);
    connect(m_tree, &QTreeView::doubleClicked, this, [this](const QModelIndex& index) {
        if (!index.parent().isValid())
            return;
        const int kind = index.data(ProjectTreeModel::KindRole).toInt();
        if (kind == ProjectTreeModel::Connectors)
            editConnector(index.data(ProjectTreeModel::NameRole).toString());
        else if (kind == ProjectTreeModel::Repository)
            editRepository();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::treeSelectionChanged);

    m_schema->setModel(m_schemaModel);
    m_schema->setObjectName(QStringLiteral("schemaTree"));
    m_schema->setDragEnabled(true);
    m_schema->setDragDropMode(QAbstractItemView::DragOnly);
    m_schema->setUniformRowHeights(true);
    m_schema->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_schema->header()->resizeSection(SchemaModel::Name, 150);
    m_schema->header()->resizeSection(SchemaModel::Type, 60);
    m_schema->setMinimumWidth(260);
    m_tree->setMinimumWidth(260);
    auto* schemaDock = new QDockWidget(tr("Schema"), this);
    schemaDock->setObjectName(QStringLiteral("schemaDock"));
    schemaDock->setWidget(m_schema);
    addDockWidget(Qt::LeftDockWidgetArea, schemaDock);
    splitDockWidget(explorer, schemaDock, Qt::Vertical);
    resizeDocks({explorer, schemaDock}, {300, 300}, Qt::Horizontal);

    m_problems->setModel(m_problemsModel);
    m_problems->setObjectName(QStringLiteral("problemsTable"));
    m_problems->horizontalHeader()->setSectionResizeMode(ProblemsModel::Message,
                                                         QHeaderView::Stretch);
    m_problems->verticalHeader()->hide();
    m_problems->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problems->setShowGrid(false);
    m_problems->setWordWrap(false);
    m_problems->setToolTip(tr("Double-click a problem to go to its field"));
    connect(m_problems, &QTableView::doubleClicked, this, &MainWindow::problemActivated);
    auto* problemsDock = new QDockWidget(tr("Problems"), this);
    problemsDock->setObjectName(QStringLiteral("problemsDock"));
    problemsDock->setWidget(m_problems);
    addDockWidget(Qt::BottomDockWidgetArea, problemsDock);

    m_log->setObjectName(QStringLiteral("log"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000);
    auto* logDock = new QDockWidget(tr("Log"), this);
    logDock->setObjectName(QStringLiteral("logDock"));
    logDock->setWidget(m_log);
    addDockWidget(Qt::BottomDockWidgetArea, logDock);
    tabifyDockWidget(problemsDock, logDock);
    problemsDock->raise();
    resizeDocks({problemsDock}, {150}, Qt::Vertical);
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Project\u2026"), this, &MainWindow::newProject)
        ->setShortcut(QKeySequence::New);
    file->addAction(tr("New &Mapping\u2026"), this, &MainWindow::newMappingDialog)
        ->setShortcut(QKeySequence(tr("Ctrl+Shift+M")));
    file->addAction(tr("&Open Project\u2026"), this, &MainWindow::chooseProject)
        ->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    file->addSeparator();
    m_saveAction = file->addAction(tr("&Save"), this, &MainWindow::save);
    m_saveAction->setShortcut(QKeySequence::Save);
    file->addAction(tr("Save &As\u2026"), this, &MainWindow::saveAs)
        ->setShortcut(QKeySequence::SaveAs);
    file->addAction(tr("&Export sync.json\u2026"), this, &MainWindow::exportDialog)
        ->setShortcut(QKeySequence(tr("Ctrl+E")));
    file->addSeparator();
    file->addAction(tr("&Quit"), this, &QWidget::close)->setShortcut(QKeySequence::Quit);

    auto* undoGroup = new QUndoGroup(this);
    undoGroup->setObjectName(QStringLiteral("undoGroup"));
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    m_undo = undoGroup->createUndoAction(this, tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = undoGroup->createRedoAction(this, tr("&Redo"));
    m_redo->setShortcuts({QKeySequence::Redo, QKeySequence(tr("Ctrl+Y"))});
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    edit->addSeparator();
    edit->addAction(tr("&Add Attribute"), m_editor, &MappingEditor::addAttribute);
    edit->addAction(tr("&Duplicate Attribute"), m_editor, &MappingEditor::duplicateAttribute)
        ->setShortcut(QKeySequence(tr("Ctrl+D")));
    edit->addAction(tr("&Remove Attribute"), m_editor, &MappingEditor::removeAttribute);
    setProperty("undoGroup", QVariant::fromValue(static_cast<QObject*>(undoGroup)));

    QMenu* projectMenu = menuBar()->addMenu(tr("&Project"));
    projectMenu->addAction(tr("&Repository\u2026"), this, [this] { editRepository(); })
        ->setObjectName(QStringLiteral("editRepository"));

    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    auto* toolbar = addToolBar(tr("Views"));
    toolbar->setObjectName(QStringLiteral("viewToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    const char* const labels[] = {QT_TR_NOOP("Mapping"), QT_TR_NOOP("Order"), QT_TR_NOOP("Preview"),
                                  QT_TR_NOOP("Run"), QT_TR_NOOP("Links")};
    for (int i = 0; i < 5; ++i) {
        QAction* a = m_viewActions->addAction(tr(labels[i]));
        a->setCheckable(true);
        a->setData(i);
        a->setShortcut(QKeySequence(QStringLiteral("Ctrl+%1").arg(i + 1)));
        a->setObjectName(QStringLiteral("view_") + QString::fromLatin1(ViewNames[i]));
        viewMenu->addAction(a);
        toolbar->addAction(a);
    }
    connect(m_viewActions, &QActionGroup::triggered, this,
            [this](QAction* a) { setView(static_cast<View>(a->data().toInt())); });
    viewMenu->addSeparator();
    for (QDockWidget* dock : findChildren<QDockWidget*>())
        viewMenu->addAction(dock->toggleViewAction());

    QMenu* run = menuBar()->addMenu(tr("&Run"));
    run->addAction(tr("&Preview Mapping"), this, [this] {
        setView(View::Preview);
        m_previewView->startPreview();
    });
    run->addAction(tr("&Reconcile\u2026"), this, [this] { setView(View::Run); })
        ->setShortcut(QKeySequence(tr("Ctrl+R")));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About SyncStudio"), this, [this] {
        QMessageBox::about(this, tr("About SyncStudio"),
                           tr("<b>SyncStudio %1</b><p>Design, preview and run IDM synchronization "
                              "mappings.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::applyStyle()
{
    // A light, quiet look: one accent colour, clear headings, roomy tables.
    setStyleSheet(QStringLiteral(
        "QLabel#viewTitle { font-size: 15pt; font-weight: 600; color: #1f2937; }"
        "QLabel#sectionTitle { font-weight: 600; color: #1f2937; }"
        "QLabel#viewHint, QLabel#placeholder { color: #6b7280; }"
        "QToolBar#viewToolBar { spacing: 4px; padding: 4px 8px; border: none;"
        "  border-bottom: 1px solid #d9dee7; background: #f7f8fa; }"
        "QToolBar#viewToolBar QToolButton { padding: 5px 14px; border-radius: 6px; color: #374151; "
        "}"
        "QToolBar#viewToolBar QToolButton:checked { background: #2f6feb; color: white; }"
        "QToolBar#viewToolBar QToolButton:hover:!checked { background: #e5e9f0; }"
        "QPushButton[primary=\"true\"] { background: #2f6feb; color: white; border: none;"
        "  border-radius: 5px; padding: 6px 18px; font-weight: 600; }"
        "QPushButton[primary=\"true\"]:disabled { background: #a9c1f5; }"
        "QHeaderView::section { background: #f3f4f6; border: none; border-bottom: 1px solid "
        "#d9dee7;"
        "  border-right: 1px solid #e5e7eb; padding: 4px 6px; font-weight: 600; color: #374151; }"
        "QTableView, QTreeView { selection-background-color: #dbe7ff; selection-color: #111827;"
        "  alternate-background-color: #f9fafb; gridline-color: #eceff3; }"
        "QDockWidget::title { background: #f3f4f6; padding: 4px 8px; }"
        "QTabWidget::pane { border: 1px solid #d9dee7; border-radius: 4px; top: -1px; }"
        "QTabBar::tab { padding: 6px 14px; }"
        "QGroupBox { font-weight: 600; }"));
}

void MainWindow::setDocument(std::unique_ptr<ProjectDocument> document)
{
    auto* undoGroup = qobject_cast<QUndoGroup*>(property("undoGroup").value<QObject*>());
    if (m_document && undoGroup)
        undoGroup->removeStack(m_document->undoStack());
    // Views let go of the old document before it is destroyed.
    ProjectDocument* doc = document.get();
    m_editor->setDocument(doc);
    m_orderView->setDocument(doc);
    m_previewView->setDocument(doc);
    m_runView->setDocument(doc);
    m_linksView->setDocument(doc);
    m_document = std::move(document);
    if (undoGroup) {
        undoGroup->addStack(doc->undoStack());
        undoGroup->setActiveStack(doc->undoStack());
    }
    m_treeModel->setProject(&doc->project());
    showRepository();
    m_tree->expandAll();
    m_problemsModel->setDiagnostics(doc->diagnostics());
    connect(doc, &ProjectDocument::changed, this, &MainWindow::refreshTree);
    connect(doc, &ProjectDocument::diagnosticsChanged, this, [this] {
        m_problemsModel->setDiagnostics(m_document->diagnostics());
        m_problemCount->setText(tr("%n problem(s)", nullptr, m_problemsModel->rowCount()));
    });
    connect(doc, &ProjectDocument::modifiedChanged, this, &MainWindow::updateTitle);
    m_problemCount->setText(tr("%n problem(s)", nullptr, m_problemsModel->rowCount()));
    updateTitle();
}

bool MainWindow::openProject(const QString& path)
{
    QString error;
    auto project = config::Project::open(path, &error);
    if (!project) {
        statusBar()->showMessage(error);
        log(error);
        return false;
    }
    m_selectedMapping.clear();
    setDocument(std::make_unique<ProjectDocument>(std::move(project)));
    RecentProjects::add(path);
    const QString opened = tr("Opened %1: %n mapping(s), %2 problem(s)", nullptr,
                              m_document->project().mappings().size())
                               .arg(m_document->project().displayPath())
                               .arg(m_problemsModel->rowCount());
    statusBar()->showMessage(opened, 5000);
    log(opened);
    const QModelIndex mappings = m_treeModel->index(ProjectTreeModel::Mappings, 0);
    if (m_treeModel->rowCount(mappings) > 0)
        m_tree->setCurrentIndex(m_treeModel->index(0, 0, mappings));
    else
        m_editor->setMapping({});
    return true;
}

void MainWindow::refreshTree()
{
    const QString selected = m_selectedMapping;
    const QSignalBlocker blocker(m_tree->selectionModel());
    m_treeModel->refresh();
    m_tree->expandAll();
    const QModelIndex index = m_treeModel->mappingIndex(selected);
    if (index.isValid())
        m_tree->setCurrentIndex(index);
}

bool MainWindow::selectMapping(const QString& name)
{
    const QModelIndex index = m_treeModel->mappingIndex(name);
    if (!index.isValid())
        return false;
    m_tree->setCurrentIndex(index);
    return true;
}

QString MainWindow::selectedMapping() const
{
    return m_selectedMapping;
}

void MainWindow::treeSelectionChanged()
{
    const QModelIndex current = m_tree->currentIndex();
    if (!m_document || !current.isValid() || !current.parent().isValid())
        return;
    const int kind = current.data(ProjectTreeModel::KindRole).toInt();
    const QString name = current.data(ProjectTreeModel::NameRole).toString();
    if (kind == ProjectTreeModel::Repository)
        return;
    showSchemaFor(QString::number(kind), name);
    if (kind != ProjectTreeModel::Mappings)
        return;
    m_selectedMapping = name;
    m_editor->setMapping(name);
    m_previewView->setMapping(name);
    m_runView->setMapping(name);
    m_linksView->setMapping(name);
}

ConnectorSettingsDialog* MainWindow::editConnector(const QString& connector)
{
    if (!m_document)
        return nullptr;
    auto* dialog = new ConnectorSettingsDialog(m_document.get(), connector, this);
    if (!dialog->isValid()) {
        delete dialog;
        return nullptr;
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

RepositorySettingsDialog* MainWindow::editRepository()
{
    if (!m_document)
        return nullptr;
    auto* dialog = new RepositorySettingsDialog(m_document->project().rootPath(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RepositorySettingsDialog::saved, this, &MainWindow::repositoryChanged);
    dialog->open();
    return dialog;
}

void MainWindow::showRepository()
{
    // What reconciliations will use: the project's file, or the one the environment names.
    repo::RepositorySettings settings;
    QString error;
    if (repo::RepositorySettings::load(m_document->project().rootPath(), &settings, &error))
        m_treeModel->setRepository(settings.describe(m_document->project().rootPath()),
                                   settings.describe());
    else
        m_treeModel->setRepository(tr("Settings cannot be read"), error);
}

void MainWindow::repositoryChanged()
{
    showRepository();
    refreshTree();
    // The links browser and the run history keep the repository they opened: they let go
    // of it and open the new one when next needed. Previews and runs make theirs per job.
    setEnvironmentFactory(m_factory);
    m_linksView->invalidate();
    const QModelIndex group = m_treeModel->index(ProjectTreeModel::Repository, 0);
    const QString description = m_treeModel->index(0, 0, group).data().toString();
    statusBar()->showMessage(tr("Repository: %1").arg(description), 8000);
    log(tr("Repository settings saved: %1").arg(description));
}

void MainWindow::showSchemaFor(const QString& kind, const QString& name)
{
    const ObjectSetCatalog catalog(m_document->project());
    QVector<ObjectSetCatalog::ObjectSet> sets;
    const int k = kind.toInt();
    if (k == ProjectTreeModel::Connectors) {
        for (const ObjectSetCatalog::ObjectSet* s : catalog.systemSets(name))
            sets.append(*s);
    } else if (k == ProjectTreeModel::ManagedTypes) {
        if (const auto* s = catalog.find(QStringLiteral("managed/") + name))
            sets.append(*s);
    } else {
        const config::Mapping m = m_document->mapping(name);
        for (const QString& path : {m.source(), m.target()}) {
            if (const auto* s = catalog.find(path))
                sets.append(*s);
        }
    }
    m_schemaModel->setObjectSets(sets);
    m_schema->expandAll();
    m_schema->resizeColumnToContents(SchemaModel::Type);
}

void MainWindow::problemActivated(const QModelIndex& index)
{
    if (!m_document || !index.isValid())
        return;
    const config::Diagnostic& d = m_problemsModel->diagnostic(index.row());
    for (const config::Mapping& m : m_document->project().mappings()) {
        if (m.file()->displayPath != d.file)
            continue;
        if (d.pointer != m.pointer() && !d.pointer.startsWith(m.pointer() + QLatin1Char('/')) &&
            !m.pointer().isEmpty())
            continue;
        selectMapping(m.name());
        setView(View::Editor);
        m_editor->showPointer(d.pointer);
        return;
    }
    statusBar()->showMessage(d.toString(), 8000);
}

void MainWindow::setView(View view)
{
    const int i = static_cast<int>(view);
    if (!m_views)
        return;
    m_views->setCurrentIndex(i);
    for (QAction* a : m_viewActions->actions())
        a->setChecked(a->data().toInt() == i);
}

MainWindow::View MainWindow::view() const
{
    return static_cast<View>(m_views->currentIndex());
}

bool MainWindow::setViewByName(const QString& name)
{
    for (int i = 0; i < 5; ++i) {
        if (name == QLatin1String(ViewNames[i])) {
            setView(static_cast<View>(i));
            return true;
        }
    }
    return false;
}

void MainWindow::whenSettled(std::function<void()> done)
{
    if (view() == View::Preview && m_previewView->model()->totalCount() == 0) {
        if (m_previewView->isRunning() || m_previewView->startPreview()) {
            auto connection = std::make_shared<QMetaObject::Connection>();
            *connection =
                connect(m_previewView, &PreviewView::previewFinished, this, [connection, done] {
                    QObject::disconnect(*connection);
                    QTimer::singleShot(200, done);
                });
            return;
        }
    }
    if (view() == View::Links) {
        m_linksView->whenSettled([this, done] { QTimer::singleShot(200, this, done); });
        return;
    }
    QTimer::singleShot(300, this, std::move(done));
}

bool MainWindow::createMapping(const QString& name, const QString& source, const QString& target)
{
    if (!m_document || name.isEmpty())
        return false;
    const config::ConfigFile* sync = m_document->project().syncFile();
    if (!sync || m_document->mapping(name).file())
        return false;
    OrderedObject mapping{{QStringLiteral("name"), name},
                          {QStringLiteral("source"), source},
                          {QStringLiteral("target"), target}};
    m_document->undoStack()->push(new InsertItemCommand(m_document.get(), sync->relativePath,
                                                        QStringLiteral("/mappings"), -1, mapping,
                                                        tr("New mapping %1").arg(name)));
    m_treeModel->refresh();
    m_tree->expandAll();
    selectMapping(name);
    setView(View::Editor);
    log(tr("Mapping %1 added to %2").arg(name, sync->relativePath));
    return true;
}

void MainWindow::newMappingDialog()
{
    if (!m_document)
        return;
    if (!m_document->project().syncFile()) {
        QMessageBox::information(this, tr("New mapping"),
                                 tr("This project has no conf/sync.json to add a mapping to."));
        return;
    }
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New mapping"),
                                               tr("Name (for example systemHrPeople_managedUser):"),
                                               QLineEdit::Normal, QString(), &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    if (!createMapping(name))
        QMessageBox::warning(this, tr("New mapping"),
                             tr("A mapping named %1 exists already.").arg(name));
}

void MainWindow::chooseProject()
{
    if (!maybeSave())
        return;
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open IDM Project"));
    if (!dir.isEmpty())
        openProject(dir);
}

void MainWindow::newProject()
{
    if (!maybeSave())
        return;
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder for the new project"));
    if (dir.isEmpty())
        return;
    const QString sync = QDir(dir).filePath(QStringLiteral("conf/sync.json"));
    if (QFileInfo::exists(sync)) {
        openProject(dir);
        return;
    }
    QString error;
    if (!config::writeFileAtomically(sync, QByteArray("{\n    \"mappings\" : [ ]\n}\n"), &error)) {
        QMessageBox::critical(this, tr("New project"), error);
        return;
    }
    openProject(dir);
}

bool MainWindow::save()
{
    if (!m_document)
        return true;
    QString error;
    if (!m_document->save(&error)) {
        QMessageBox::critical(this, tr("Save failed"), error);
        log(error);
        return false;
    }
    statusBar()->showMessage(tr("Saved"), 3000);
    log(tr("Saved %1").arg(m_document->project().displayPath()));
    updateTitle();
    return true;
}

bool MainWindow::saveAs()
{
    if (!m_document)
        return false;
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Save the project into"));
    if (dir.isEmpty())
        return false;
    QString error;
    if (!m_document->project().writeTo(dir, &error)) {
        QMessageBox::critical(this, tr("Save As failed"), error);
        return false;
    }
    const QString mapping = m_selectedMapping;
    openProject(dir);
    selectMapping(mapping);
    return true;
}

bool MainWindow::exportSyncJson(const QString& path, QString* error)
{
    if (!m_document)
        return false;
    const config::ProcessingOrder order = config::computeProcessingOrder(m_document->project());
    const QByteArray text = config::exportSyncJson(m_document->project(), order.mappings);
    if (!config::writeFileAtomically(path, text, error))
        return false;
    log(tr("Exported %n mapping(s) to %1", nullptr, order.mappings.size()).arg(path));
    return true;
}

void MainWindow::exportDialog()
{
    if (!m_document)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export sync.json"), QStringLiteral("sync.json"), tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportSyncJson(path, &error))
        QMessageBox::critical(this, tr("Export failed"), error);
}

bool MainWindow::maybeSave()
{
    if (!m_document || !m_document->isModified())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"), tr("The project has unsaved changes. Save them?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = RecentProjects::list();
    for (const QString& path : recent) {
        m_recentMenu->addAction(path, this, [this, path] {
            if (maybeSave())
                openProject(path);
        });
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("(none)"))->setEnabled(false);
    else {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear"), this, [] { RecentProjects::clear(); });
    }
}

void MainWindow::updateTitle()
{
    if (!m_document) {
        setWindowTitle(tr("SyncStudio"));
        return;
    }
    setWindowModified(m_document->isModified());
    setWindowTitle(tr("%1[*] \u2014 SyncStudio")
                       .arg(QDir::toNativeSeparators(m_document->project().displayPath())));
    m_saveAction->setEnabled(m_document->isModified());
}

void MainWindow::setRunning(bool running, const QString& description)
{
    m_runningLabel->setText(running ? description : QString());
    m_runningBar->setVisible(running);
}

void MainWindow::log(const QString& text)
{
    m_log->appendPlainText(QStringLiteral("%1  %2").arg(
        QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss")), text));
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
