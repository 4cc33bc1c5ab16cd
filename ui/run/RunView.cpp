#include "RunView.h"

#include "RunHistoryLoader.h"
#include "RunHistoryModel.h"
#include "RunQueue.h"
#include "config/ProcessingOrder.h"
#include "config/Project.h"
#include "preview/CountBarChart.h"
#include "project/ProjectDocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace syncstudio::ui {

namespace {

const char* const PhaseNames[4] = {QT_TRANSLATE_NOOP("syncstudio::ui::RunView", "Load links"),
                                   QT_TRANSLATE_NOOP("syncstudio::ui::RunView", "Load targets"),
                                   QT_TRANSLATE_NOOP("syncstudio::ui::RunView", "Source phase"),
                                   QT_TRANSLATE_NOOP("syncstudio::ui::RunView", "Target phase")};

QString duration(qint64 ms)
{
    const qint64 s = ms / 1000;
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(s / 3600)
            .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

RunView::RunView(QWidget* parent)
    : QWidget(parent)
    , m_queue(new RunQueue(this))
    , m_history(new RunHistoryModel(this))
    , m_mappingChoice(new QComboBox)
    , m_dryRun(new QCheckBox(tr("Dry run (write nothing)")))
    , m_runButton(new QPushButton(tr("Run")))
    , m_pauseButton(new QPushButton(tr("Pause")))
    , m_cancelButton(new QPushButton(tr("Cancel")))
    , m_current(new QLabel)
    , m_rate(new QLabel)
    , m_chart(new CountBarChart)
    , m_historyTable(new QTableView)
    , m_exceptions(new RunExceptionModel(this))
    , m_exceptionTable(new QTableView)
    , m_historyStatus(new QLabel)
{
    m_thread.setObjectName(QStringLiteral("run history"));
    m_thread.start();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    auto* title = new QLabel(tr("Reconciliation"));
    title->setObjectName(QStringLiteral("viewTitle"));
    layout->addWidget(title);

    auto* controls = new QHBoxLayout;
    m_mappingChoice->setObjectName(QStringLiteral("runMapping"));
    m_mappingChoice->setMinimumWidth(320);
    controls->addWidget(m_mappingChoice);
    controls->addWidget(m_dryRun);
    controls->addStretch(1);
    m_runButton->setObjectName(QStringLiteral("runButton"));
    m_runButton->setProperty("primary", true);
    m_pauseButton->setCheckable(true);
    m_pauseButton->setEnabled(false);
    m_cancelButton->setEnabled(false);
    controls->addWidget(m_runButton);
    controls->addWidget(m_pauseButton);
    controls->addWidget(m_cancelButton);
    layout->addLayout(controls);
    connect(m_runButton, &QPushButton::clicked, this, &RunView::startRun);
    connect(m_pauseButton, &QPushButton::toggled, this, [this](bool paused) {
        m_queue->setPaused(paused);
        m_pauseButton->setText(paused ? tr("Resume") : tr("Pause"));
        emit runningChanged(true, paused ? tr("Paused: %1").arg(m_queue->currentMapping())
                                         : tr("Reconciling %1").arg(m_queue->currentMapping()));
    });
    connect(m_cancelButton, &QPushButton::clicked, m_queue, &RunQueue::cancel);

    auto* progressBox = new QGroupBox(tr("Progress"));
    auto* form = new QFormLayout(progressBox);
    m_current->setText(tr("Not running"));
    form->addRow(tr("Mapping:"), m_current);
    for (int i = 0; i < 4; ++i) {
        m_phaseBars[i] = new QProgressBar;
        m_phaseBars[i]->setRange(0, 1);
        m_phaseBars[i]->setValue(0);
        m_phaseBars[i]->setFormat(tr("waiting"));
        form->addRow(tr(PhaseNames[i]), m_phaseBars[i]);
    }
    form->addRow(tr("Rate:"), m_rate);
    layout->addWidget(progressBox);
    layout->addWidget(m_chart);

    auto* historyTitle = new QLabel(tr("Recorded runs"));
    historyTitle->setObjectName(QStringLiteral("sectionTitle"));
    layout->addWidget(historyTitle);
    m_historyStatus->setObjectName(QStringLiteral("runHistoryStatus"));
    m_historyStatus->setWordWrap(true);
    m_historyStatus->hide();
    layout->addWidget(m_historyStatus);
    m_historyTable->setObjectName(QStringLiteral("runHistory"));
    m_historyTable->setModel(m_history);
    m_historyTable->verticalHeader()->hide();
    m_historyTable->horizontalHeader()->setStretchLastSection(true);
    m_historyTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyTable->setAlternatingRowColors(true);
    m_historyTable->setShowGrid(false);
    m_historyTable->setColumnWidth(RunHistoryModel::Mapping, 240);
    m_historyTable->setColumnWidth(RunHistoryModel::Started, 150);
    m_historyTable->setColumnWidth(RunHistoryModel::Situations, 220);
    m_exceptionTable->setObjectName(QStringLiteral("runExceptions"));
    m_exceptionTable->setModel(m_exceptions);
    m_exceptionTable->verticalHeader()->hide();
    m_exceptionTable->horizontalHeader()->setStretchLastSection(true);
    m_exceptionTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_exceptionTable->setAlternatingRowColors(true);
    m_exceptionTable->setShowGrid(false);
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_historyTable);
    splitter->addWidget(m_exceptionTable);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);
    connect(m_historyTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RunView::showSelectedRun);
    connect(m_mappingChoice, &QComboBox::currentIndexChanged, this, &RunView::refreshHistory);

    connect(
        m_queue, &RunQueue::jobStarted, this, [this](const QString& mapping, int index, int count) {
            m_current->setText(
                count > 1 ? tr("%1 (%2 of %3)").arg(mapping).arg(index + 1).arg(count) : mapping);
            for (QProgressBar* bar : m_phaseBars) {
                bar->setRange(0, 1);
                bar->setValue(0);
                bar->setFormat(tr("waiting"));
            }
            m_chart->setCounts(CountBarChart::Counts{}, CountBarChart::Counts{});
            emit runningChanged(true, tr("Reconciling %1").arg(mapping));
            emit message(tr("Reconciliation of %1 started").arg(mapping));
        });
    connect(m_queue, &RunQueue::progress, this, &RunView::showProgress);
    connect(m_queue, &RunQueue::jobFinished, this, [this](const recon::ReconStatistics& s) {
        m_chart->setCounts(s.situations, s.actions);
        if (!s.dryRun)
            refreshHistory();
        emit message(tr("Reconciliation of %1: %2, %3 object(s), %4 changed, %5 failed")
                         .arg(s.mappingName, s.state)
                         .arg(s.processed())
                         .arg(s.changedObjects)
                         .arg(s.failed));
    });
    connect(m_queue, &RunQueue::failedToStart, this,
            [this](const QString& mapping, const QString& error) {
                m_current->setText(tr("%1 could not start: %2").arg(mapping, error));
                emit message(tr("Reconciliation of %1 not started: %2").arg(mapping, error));
            });
    connect(m_queue, &RunQueue::allFinished, this, [this] { setRunning(false); });
}

RunView::~RunView()
{
    dropLoader();
    m_thread.quit();
    m_thread.wait();
}

void RunView::setDocument(ProjectDocument* document)
{
    // The loader's environment refers to the old project: it goes before the project does.
    dropLoader();
    m_history->setRuns({});
    m_exceptions->setExceptions({});
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &ProjectDocument::changed, this, &RunView::refreshMappings);
    refreshMappings();
    refreshHistory();
}

void RunView::setMapping(const QString& name)
{
    m_selected = name;
    const int index = m_mappingChoice->findData(name);
    if (index >= 0 && !m_queue->isRunning())
        m_mappingChoice->setCurrentIndex(index);
}

void RunView::setEnvironmentFactory(ReconEnvironmentFactory factory)
{
    dropLoader();
    m_factory = factory;
    m_queue->setEnvironmentFactory(std::move(factory));
    refreshHistory();
}

bool RunView::ensureLoader(QString* error)
{
    if (m_loader)
        return true;
    if (!m_factory || !m_document) {
        *error = tr("No repository is available to read the recorded runs from.");
        return false;
    }
    // The environment opens the repository, which blocks: the loader makes it on its thread.
    const config::Project* project = &m_document->project();
    ReconEnvironmentFactory factory = m_factory;
    m_loader = new RunHistoryLoader(
        [factory, project](QString* makeError) { return factory(*project, makeError); });
    m_loader->moveToThread(&m_thread);
    connect(m_loader, &RunHistoryLoader::runsLoaded, this,
            [this](int request, const QVector<repo::ReconRun>& runs, const QString& loadError) {
                if (request != m_historyRequest)
                    return;
                m_history->setRuns(runs);
                m_historyStatus->setVisible(!loadError.isEmpty());
                m_historyStatus->setText(loadError);
                const int row = m_history->rowOf(m_selectedRun);
                if (row >= 0)
                    m_historyTable->selectRow(row);
                else
                    m_exceptions->setExceptions({});
                emit historyLoaded(loadError);
            });
    connect(m_loader, &RunHistoryLoader::exceptionsLoaded, this,
            [this](int request, const QVector<repo::ReconException>& exceptions,
                   const QString& loadError) {
                if (request != m_exceptionRequest)
                    return;
                m_exceptions->setExceptions(exceptions);
                if (!loadError.isEmpty()) {
                    m_historyStatus->setText(loadError);
                    m_historyStatus->show();
                }
                emit exceptionsLoaded(loadError);
            });
    return true;
}

void RunView::dropLoader()
{
    if (!m_loader)
        return;
    RunHistoryLoader* loader = m_loader;
    m_loader = nullptr;
    // Waits for the read in progress: its connection and the project must not outlive this.
    QMetaObject::invokeMethod(
        loader, [loader] { delete loader; }, Qt::BlockingQueuedConnection);
}

void RunView::refreshHistory()
{
    ++m_historyRequest;
    QString error;
    if (!m_document || !m_factory || !ensureLoader(&error)) {
        m_history->setRuns({});
        m_exceptions->setExceptions({});
        return;
    }
    const int request = m_historyRequest;
    const QString mapping = m_mappingChoice->currentData().toString();
    RunHistoryLoader* loader = m_loader;
    QMetaObject::invokeMethod(loader,
                              [loader, request, mapping] { loader->loadRuns(request, mapping); });
}

void RunView::showSelectedRun()
{
    ++m_exceptionRequest;
    const QModelIndex current = m_historyTable->currentIndex();
    if (!current.isValid()) {
        m_exceptions->setExceptions({});
        return;
    }
    m_selectedRun = m_history->run(current.row()).id;
    QString error;
    if (!ensureLoader(&error))
        return;
    const int request = m_exceptionRequest;
    const QString runId = m_selectedRun;
    RunHistoryLoader* loader = m_loader;
    QMetaObject::invokeMethod(loader,
                              [loader, request, runId] { loader->loadExceptions(request, runId); });
}

void RunView::refreshMappings()
{
    const QString current = m_mappingChoice->currentData().toString();
    // Rebuilt after every edit: the history is read again only when the choice changes.
    const QSignalBlocker blocker(m_mappingChoice);
    m_mappingChoice->clear();
    if (!m_document)
        return;
    m_mappingChoice->addItem(tr("All mappings, in processing order"), QString());
    for (const config::Mapping& m : config::computeProcessingOrder(m_document->project()).mappings)
        m_mappingChoice->addItem(m.name(), m.name());
    const int index = m_mappingChoice->findData(current.isEmpty() ? m_selected : current);
    m_mappingChoice->setCurrentIndex(index >= 0 ? index : 0);
    if (m_mappingChoice->currentData().toString() != current)
        refreshHistory();
}

bool RunView::startRun()
{
    if (!m_document || m_queue->isRunning())
        return false;
    QStringList mappings;
    const QString chosen = m_mappingChoice->currentData().toString();
    if (chosen.isEmpty()) {
        for (const config::Mapping& m :
             config::computeProcessingOrder(m_document->project()).mappings)
            mappings << m.name();
    } else {
        mappings << chosen;
    }
    if (mappings.isEmpty())
        return false;
    setRunning(true);
    QString error;
    if (!m_queue->start(*m_document, mappings, m_dryRun->isChecked(), &error)) {
        setRunning(false);
        return false;
    }
    return true;
}

void RunView::setRunning(bool running)
{
    m_runButton->setEnabled(!running);
    m_mappingChoice->setEnabled(!running);
    m_pauseButton->setEnabled(running);
    m_cancelButton->setEnabled(running);
    if (!running) {
        m_pauseButton->setChecked(false);
        emit runningChanged(false, {});
    }
}

void RunView::showProgress(const recon::ReconProgress& p)
{
    const int phase = static_cast<int>(p.phase);
    for (int i = 0; i < 4; ++i) {
        QProgressBar* bar = m_phaseBars[i];
        if (i < phase || p.phase == recon::ReconProgress::Phase::Done) {
            if (bar->format() != tr("done")) {
                bar->setRange(0, 1);
                bar->setValue(1);
                bar->setFormat(tr("done"));
            }
        } else if (i == phase) {
            if (p.total > 0) {
                // Progress bars take ints; scale to per mille for any count.
                bar->setRange(0, 1000);
                bar->setValue(static_cast<int>(1000 * p.processed / p.total));
                bar->setFormat(
                    tr("%1 of %2")
                        .arg(QLocale().toString(p.processed), QLocale().toString(p.total)));
            } else {
                bar->setRange(0, 0); // busy
                bar->setFormat(QLocale().toString(p.processed));
            }
        }
    }
    QString rate = tr("%1 objects/s").arg(QLocale().toString(p.ratePerSecond, 'f', 0));
    if (p.remainingMs >= 0)
        rate += tr(", %1 left").arg(duration(p.remainingMs));
    m_rate->setText(rate);
    m_chart->setCounts(p.situations, p.actions);
}

} // namespace syncstudio::ui
