#include "LinksView.h"

#include "LinkTableModel.h"
#include "LinkedObjectPane.h"
#include "config/Project.h"
#include "project/ProjectDocument.h"
#include "recon/MappingRules.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace syncstudio::ui {

LinksView::LinksView(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(tr("Links")))
    , m_search(new QLineEdit)
    , m_refresh(new QPushButton(tr("Refresh")))
    , m_count(new QLabel)
    , m_status(new QLabel)
    , m_table(new QTableView)
    , m_model(new LinkTableModel(this))
    , m_sourcePane(new LinkedObjectPane(tr("Source")))
    , m_targetPane(new LinkedObjectPane(tr("Target")))
    , m_searchTimer(new QTimer(this))
{
    m_thread.setObjectName(QStringLiteral("LinksView"));
    m_thread.start();

    m_title->setObjectName(QStringLiteral("viewTitle"));
    m_search->setPlaceholderText(
        tr("Search ids, or filter: linkQualifier eq \"default\" and sourceId sw \"a\""));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(
        tr("Text finds the links whose source or target id contains it (any letter case). A "
           "CREST filter over sourceId, targetId and linkQualifier selects the links it "
           "matches."));
    m_count->setObjectName(QStringLiteral("linkCount"));
    m_status->setObjectName(QStringLiteral("viewHint"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(LinkTableModel::Qualifier,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(LinkTableModel::SourceId,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(LinkTableModel::TargetId,
                                                      QHeaderView::Stretch);

    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_refresh);
    top->addWidget(m_count);

    auto* objects = new QSplitter(Qt::Horizontal);
    objects->addWidget(m_sourcePane);
    objects->addWidget(m_targetPane);
    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(m_table);
    split->addWidget(objects);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);

    // Typing asks the repository once a pause shows the words are done.
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &LinksView::refresh);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        refresh();
    });
    connect(m_refresh, &QPushButton::clicked, this, &LinksView::refresh);
    connect(m_model, &LinkTableModel::morePagesWanted, this, &LinksView::requestPage);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LinksView::selectionChanged);
}

LinksView::~LinksView()
{
    dropLoader();
    m_thread.quit();
    m_thread.wait();
}

void LinksView::setDocument(ProjectDocument* document)
{
    // The loader's environment refers to the old project: it goes before the project does.
    dropLoader();
    m_document = document;
    m_mapping.clear();
    m_stale = true;
    m_model->clear();
    m_model->stopPaging();
    m_count->clear();
    m_sourcePane->clear();
    m_targetPane->clear();
}

void LinksView::setMapping(const QString& name)
{
    if (name == m_mapping)
        return;
    m_mapping = name;
    m_title->setText(name.isEmpty() ? tr("Links") : tr("Links of %1").arg(name));
    m_stale = true;
    if (isVisible())
        refresh();
}

void LinksView::setEnvironmentFactory(ReconEnvironmentFactory factory)
{
    dropLoader();
    m_factory = std::move(factory);
    m_stale = true;
}

void LinksView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

bool LinksView::ensureLoader(QString* error)
{
    if (m_loader)
        return true;
    if (!m_factory) {
        *error = tr("No connectors are available in this build to reach the systems.");
        return false;
    }
    recon::ReconEnvironment environment = m_factory(m_document->project(), error);
    if (!environment.openLinkStore) {
        if (error->isEmpty())
            *error = tr("The repository of this project cannot be opened.");
        return false;
    }
    m_loader = new LinkLoader(std::move(environment));
    m_loader->moveToThread(&m_thread);
    connect(m_loader, &LinkLoader::pageLoaded, this, &LinksView::onPageLoaded);
    connect(m_loader, &LinkLoader::counted, this, &LinksView::onCounted);
    connect(m_loader, &LinkLoader::objectsRead, this, &LinksView::onObjectsRead);
    return true;
}

void LinksView::dropLoader()
{
    if (!m_loader)
        return;
    LinkLoader* loader = m_loader;
    m_loader = nullptr;
    // Waits for the read in progress, if any: its connections and the project it reads
    // must not outlive this call.
    QMetaObject::invokeMethod(
        loader, [loader] { delete loader; }, Qt::BlockingQueuedConnection);
}

void LinksView::refresh()
{
    m_stale = false;
    ++m_generation;
    ++m_detailRequest;
    m_model->clear();
    m_sourcePane->clear();
    m_targetPane->clear();
    m_count->clear();
    m_status->clear();
    m_status->hide();
    QString error;
    const config::Mapping mapping =
        m_document && !m_mapping.isEmpty() ? m_document->mapping(m_mapping) : config::Mapping();
    if (!mapping.file()) {
        m_model->stopPaging();
        m_status->setText(tr("Select a mapping to browse its links."));
        m_status->show();
        return;
    }
    const recon::MappingRules rules = recon::MappingRules::fromMapping(mapping, &error);
    if (error.isEmpty())
        ensureLoader(&error);
    if (!error.isEmpty()) {
        m_model->stopPaging();
        m_status->setText(tr("Cannot read the links: %1").arg(error));
        m_status->show();
        return;
    }
    m_source = rules.source;
    m_target = rules.target;
    m_query = repo::LinkQuery::forSearch(rules.linkType, rules.linksReversed, m_search->text());
    const int generation = m_generation;
    const repo::LinkQuery q = m_query;
    LinkLoader* loader = m_loader;
    begin();
    QMetaObject::invokeMethod(loader, [loader, generation, q] { loader->count(generation, q); });
    requestPage();
}

void LinksView::invalidate()
{
    m_stale = true;
    if (isVisible())
        refresh();
}

void LinksView::requestPage()
{
    if (!m_loader)
        return;
    const int generation = m_generation;
    const repo::LinkQuery q = m_query;
    const repo::MappingLink* last = m_model->lastLink();
    const repo::MappingLink after = last ? *last : repo::MappingLink();
    const bool fromStart = !last;
    const int limit = pageSize;
    LinkLoader* loader = m_loader;
    begin();
    QMetaObject::invokeMethod(loader,
                              [=] { loader->loadPage(generation, q, after, fromStart, limit); });
}

void LinksView::onPageLoaded(int request, const QVector<repo::MappingLink>& page, bool more,
                             const QString& error)
{
    if (request == m_generation) {
        if (!error.isEmpty()) {
            m_model->stopPaging();
            m_status->setText(tr("Cannot read the links: %1").arg(error));
            m_status->show();
            emit message(tr("Links of %1: %2").arg(m_mapping, error));
        } else {
            const bool first = m_model->rowCount() == 0;
            m_model->appendPage(page, more);
            // The first link's objects show at once: the pane is never empty for no reason.
            if (first && !page.isEmpty() && !m_table->currentIndex().isValid())
                m_table->setCurrentIndex(m_model->index(0, LinkTableModel::SourceId));
        }
    }
    end();
}

void LinksView::onCounted(int request, qint64 count, const QString& error)
{
    if (request == m_generation) {
        if (count < 0)
            m_count->setToolTip(error);
        else
            m_count->setText(count == 1 ? tr("1 link")
                                        : tr("%1 links").arg(QLocale().toString(count)));
    }
    end();
}

void LinksView::selectionChanged()
{
    const QModelIndex current = m_table->currentIndex();
    const int request = ++m_detailRequest;
    if (!current.isValid() || !m_loader) {
        m_sourcePane->clear();
        m_targetPane->clear();
        return;
    }
    const repo::MappingLink link = m_model->link(current.row());
    m_sourcePane->showReading(m_source.toString(), link.sourceId);
    m_targetPane->showReading(m_target.toString(), link.targetId);
    const recon::ResourcePath source = m_source;
    const recon::ResourcePath target = m_target;
    LinkLoader* loader = m_loader;
    begin();
    QMetaObject::invokeMethod(loader, [=] { loader->readObjects(request, link, source, target); });
}

void LinksView::onObjectsRead(int request, const LinkedObject& source, const LinkedObject& target)
{
    if (request == m_detailRequest) {
        m_sourcePane->showObject(source);
        m_targetPane->showObject(target);
    }
    end();
}

void LinksView::begin()
{
    ++m_busy;
}

void LinksView::end()
{
    m_busy = qMax(0, m_busy - 1);
    if (m_busy == 0)
        emit settled();
}

void LinksView::whenSettled(std::function<void()> done)
{
    if (m_stale && isVisible())
        refresh();
    if (m_busy == 0) {
        done();
        return;
    }
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(this, &LinksView::settled, this, [this, connection, done] {
        // A page that selected the first link started its read: wait for that too.
        if (m_busy > 0)
            return;
        QObject::disconnect(*connection);
        done();
    });
}

} // namespace syncstudio::ui
