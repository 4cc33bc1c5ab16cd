#include "PreviewView.h"

#include "ChangeListModel.h"
#include "CountBarChart.h"
#include "PreviewModel.h"
#include "project/ProjectDocument.h"
#include "run/ReconLauncher.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace syncstudio::ui {

namespace {} // namespace

PreviewView::PreviewView(QWidget* parent)
    : QWidget(parent)
    , m_model(new PreviewModel(this))
    , m_changes(new ChangeListModel(this))
    , m_title(new QLabel)
    , m_status(new QLabel)
    , m_previewButton(new QPushButton(tr("Preview")))
    , m_stopButton(new QPushButton(tr("Stop")))
    , m_sourceId(new QLineEdit)
    , m_oneButton(new QPushButton(tr("Preview this object")))
    , m_chart(new CountBarChart)
    , m_situationFilter(new QComboBox)
    , m_actionFilter(new QComboBox)
    , m_search(new QLineEdit)
    , m_count(new QLabel)
    , m_table(new QTableView)
    , m_detailTitle(new QLabel)
    , m_detailNotes(new QLabel)
    , m_changeTable(new QTableView)
    , m_chartTimer(new QTimer(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);

    auto* header = new QHBoxLayout;
    m_title->setObjectName(QStringLiteral("viewTitle"));
    header->addWidget(m_title);
    header->addStretch(1);
    m_status->setObjectName(QStringLiteral("previewStatus"));
    m_status->setWordWrap(true);
    m_previewButton->setObjectName(QStringLiteral("previewButton"));
    m_previewButton->setProperty("primary", true);
    m_previewButton->setToolTip(tr("Run a dry-run reconciliation: nothing is written (F5)"));
    m_previewButton->setShortcut(QKeySequence(Qt::Key_F5));
    m_stopButton->setEnabled(false);
    header->addWidget(m_previewButton);
    header->addWidget(m_stopButton);
    header->addSpacing(12);
    m_sourceId->setObjectName(QStringLiteral("previewSourceId"));
    m_sourceId->setPlaceholderText(tr("Source id"));
    m_sourceId->setToolTip(tr("The _id of one source object to preview on its own"));
    m_sourceId->setClearButtonEnabled(true);
    auto* sourceIdLabel = new QLabel(tr("Source &id:"));
    sourceIdLabel->setBuddy(m_sourceId);
    header->addWidget(sourceIdLabel);
    header->addWidget(m_sourceId);
    m_oneButton->setObjectName(QStringLiteral("previewOneButton"));
    m_oneButton->setToolTip(tr("Preview only the source object with this id"));
    m_oneButton->setEnabled(false);
    header->addWidget(m_oneButton);
    layout->addLayout(header);
    layout->addWidget(m_status);
    connect(m_previewButton, &QPushButton::clicked, this, &PreviewView::startPreview);
    connect(m_stopButton, &QPushButton::clicked, this, &PreviewView::stopPreview);
    connect(m_sourceId, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_oneButton->setEnabled(!m_job && !text.trimmed().isEmpty());
    });
    connect(m_oneButton, &QPushButton::clicked, this, [this] {
        const QString id = m_sourceId->text().trimmed();
        if (!id.isEmpty())
            startPreviewOf(id);
    });
    connect(m_sourceId, &QLineEdit::returnPressed, m_oneButton, &QPushButton::click);

    layout->addWidget(m_chart);

    auto* filters = new QHBoxLayout;
    m_situationFilter->setObjectName(QStringLiteral("situationFilter"));
    m_situationFilter->addItem(tr("All situations"));
    for (const QString& s : config::allSituationNames())
        m_situationFilter->addItem(s, s);
    m_actionFilter->setObjectName(QStringLiteral("actionFilter"));
    m_actionFilter->addItem(tr("All actions"));
    for (const QString& a : config::allActionNames())
        m_actionFilter->addItem(a, a);
    m_search->setObjectName(QStringLiteral("idSearch"));
    m_search->setPlaceholderText(tr("Search source or target id\u2026"));
    m_search->setClearButtonEnabled(true);
    filters->addWidget(m_situationFilter);
    filters->addWidget(m_actionFilter);
    filters->addWidget(m_search, 1);
    // A fixed size: the count changes with every slice of rows taken in, and a label that
    // may change size asks for a relayout of the whole view (~10 ms) each time.
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_count->setFixedSize(m_count->fontMetrics().horizontalAdvance(
                              tr("%1 of %n result(s)", nullptr, 99999999).arg(99999999)) +
                              8,
                          m_count->sizeHint().height());
    filters->addWidget(m_count);
    layout->addLayout(filters);
    connect(m_situationFilter, &QComboBox::currentIndexChanged, this, &PreviewView::applyFilters);
    connect(m_actionFilter, &QComboBox::currentIndexChanged, this, &PreviewView::applyFilters);
    // Typing searches once the keys pause: each search over a large preview is a pass over
    // every row on a worker.
    auto* searchDelay = new QTimer(this);
    searchDelay->setSingleShot(true);
    searchDelay->setInterval(150);
    connect(searchDelay, &QTimer::timeout, this, &PreviewView::applyFilters);
    connect(m_search, &QLineEdit::textChanged, searchDelay, qOverload<>(&QTimer::start));
    connect(m_chart, &CountBarChart::barClicked, this, [this](int group, const QString& label) {
        QComboBox* combo = group == 0 ? m_situationFilter : m_actionFilter;
        const int index = combo->findData(label);
        combo->setCurrentIndex(combo->currentIndex() == index ? 0 : index);
    });

    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // A million rows: fixed row heights keep the header from measuring anything.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setColumnWidth(PreviewModel::Situation, 170);
    m_table->setColumnWidth(PreviewModel::Action, 100);
    m_table->setColumnWidth(PreviewModel::SourceId, 200);
    m_table->setColumnWidth(PreviewModel::TargetId, 200);
    m_table->setColumnWidth(PreviewModel::Changes, 70);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PreviewView::showSelected);

    auto* detail = new QWidget;
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(8, 0, 0, 0);
    m_detailTitle->setObjectName(QStringLiteral("detailTitle"));
    m_detailTitle->setWordWrap(true);
    m_detailTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailTitle->setText(tr("Select a row to see what its action would change."));
    detailLayout->addWidget(m_detailTitle);
    m_changeTable->setObjectName(QStringLiteral("changeTable"));
    m_changeTable->setModel(m_changes);
    m_changeTable->verticalHeader()->hide();
    m_changeTable->horizontalHeader()->setStretchLastSection(true);
    m_changeTable->setShowGrid(false);
    m_changeTable->setAlternatingRowColors(true);
    detailLayout->addWidget(m_changeTable, 1);
    m_detailNotes->setWordWrap(true);
    m_detailNotes->setObjectName(QStringLiteral("detailNotes"));
    detailLayout->addWidget(m_detailNotes);

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_table);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    m_chartTimer->setSingleShot(true);
    m_chartTimer->setInterval(100);
    connect(m_chartTimer, &QTimer::timeout, this, &PreviewView::updateChart);
    connect(m_model, &PreviewModel::countsChanged, this, [this] {
        if (!m_chartTimer->isActive())
            m_chartTimer->start();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &PreviewView::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PreviewView::updateCount);
    connect(m_model, &PreviewModel::reorderingChanged, this, &PreviewView::updateCount);
    updateCount();
    setMapping({});
}

PreviewView::~PreviewView()
{
    if (m_job) {
        m_job->cancel();
        m_job->waitForFinished();
    }
}

void PreviewView::setDocument(ProjectDocument* document)
{
    // The job reads the old project's environment: let it end before that goes.
    if (m_job) {
        m_job->cancel();
        m_job->waitForFinished();
        onFinished({});
    }
    m_document = document;
    m_model->clear();
}

void PreviewView::setMapping(const QString& name)
{
    if (name == m_mapping && !name.isEmpty())
        return;
    m_mapping = name;
    m_title->setText(name.isEmpty() ? tr("Preview") : tr("Preview of %1").arg(name));
    m_previewButton->setEnabled(!name.isEmpty() && !m_job);
    m_oneButton->setEnabled(!name.isEmpty() && !m_job && !m_sourceId->text().trimmed().isEmpty());
}

void PreviewView::setEnvironmentFactory(ReconEnvironmentFactory factory)
{
    m_factory = std::move(factory);
}

bool PreviewView::startPreview()
{
    return startPreviewOf(QString());
}

bool PreviewView::startPreviewOf(const QString& sourceId)
{
    if (m_job || !m_document || m_mapping.isEmpty())
        return false;
    QString error;
    recon::ReconOptions options;
    options.dryRun = true;
    options.sourceId = sourceId;
    recon::ReconJob* job =
        ReconLauncher::createJob(*m_document, m_mapping, m_factory, options, this, &error);
    if (!job) {
        m_status->setText(tr("Cannot preview: %1").arg(error));
        m_status->setToolTip(error);
        emit message(tr("Preview of %1 not started: %2").arg(m_mapping, error));
        return false;
    }
    m_model->clear();
    m_changes->setChanges({});
    m_job = job;
    connect(job, &recon::ReconJob::resultsReady, m_model, &PreviewModel::appendResults);
    connect(job, &recon::ReconJob::finished, this, &PreviewView::onFinished);
    m_previewButton->setEnabled(false);
    m_oneButton->setEnabled(false);
    m_stopButton->setEnabled(true);
    m_status->setText(sourceId.isEmpty() ? tr("Previewing\u2026")
                                         : tr("Previewing %1\u2026").arg(sourceId));
    emit runningChanged(true, tr("Previewing %1").arg(m_mapping));
    emit message(tr("Preview of %1 started").arg(m_mapping));
    job->start();
    return true;
}

void PreviewView::stopPreview()
{
    if (m_job)
        m_job->cancel();
}

void PreviewView::onFinished(const recon::ReconStatistics& statistics)
{
    if (m_job)
        m_job->deleteLater();
    m_job = nullptr;
    m_previewButton->setEnabled(!m_mapping.isEmpty());
    m_oneButton->setEnabled(!m_mapping.isEmpty() && !m_sourceId->text().trimmed().isEmpty());
    m_stopButton->setEnabled(false);
    updateChart();
    QString text = tr("%n object(s) previewed, %1 would change", nullptr,
                      static_cast<int>(statistics.processed()))
                       .arg(statistics.changedObjects);
    if (!statistics.error.isEmpty())
        text = tr("Preview stopped: %1").arg(statistics.error);
    else if (statistics.state == QLatin1String("CANCELED"))
        text = tr("Preview cancelled after %n object(s)", nullptr,
                  static_cast<int>(statistics.processed()));
    m_status->setText(text);
    m_status->setToolTip(statistics.error);
    emit runningChanged(false, {});
    emit message(text);
    emit previewFinished(statistics);
}

void PreviewView::updateChart()
{
    m_chart->setCounts(m_model->situationCounts(), m_model->actionCounts());
}

void PreviewView::updateCount()
{
    if (m_model->reordering() == PreviewModel::Reordering::Sorting)
        m_count->setText(tr("Sorting %n result(s)\u2026", nullptr, m_model->rowCount()));
    else if (m_model->reordering() == PreviewModel::Reordering::Filtering)
        m_count->setText(tr("Filtering %n result(s)\u2026", nullptr, m_model->totalCount()));
    else if (m_model->rowCount() == m_model->totalCount())
        m_count->setText(tr("%n result(s)", nullptr, m_model->totalCount()));
    else
        m_count->setText(
            tr("%1 of %n result(s)", nullptr, m_model->totalCount()).arg(m_model->rowCount()));
}

void PreviewView::applyFilters()
{
    const QString situation = m_situationFilter->currentData().toString();
    const QString action = m_actionFilter->currentData().toString();
    m_model->setFilters(config::situationFromName(situation), config::actionFromName(action),
                        m_search->text().trimmed());
}

void PreviewView::showSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_changes->setChanges({});
        m_detailTitle->setText(tr("Select a row to see what its action would change."));
        m_detailNotes->clear();
        return;
    }
    const recon::ObjectResult& r = m_model->result(current.row());
    m_detailTitle->setText(
        tr("<b>%1</b> \u2192 <b>%2</b><br>%3: %4")
            .arg(r.sourceId.isEmpty() ? tr("(no source)") : r.sourceId.toHtmlEscaped(),
                 r.targetId.isEmpty() ? tr("(no target)") : r.targetId.toHtmlEscaped(),
                 config::situationName(r.situation), config::actionName(r.action)));
    m_changes->setChanges(r.changes);
    m_changeTable->resizeColumnToContents(ChangeListModel::Attribute);
    QStringList notes = r.notes;
    if (!r.message.isEmpty())
        notes.prepend(r.message);
    if (r.changes.isEmpty() && notes.isEmpty())
        notes << tr("This action changes no attribute.");
    m_detailNotes->setText(notes.join(QStringLiteral("\n")));
}

} // namespace syncstudio::ui
