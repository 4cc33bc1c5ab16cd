#pragma once

#include "LinkLoader.h"
#include "run/ReconEnvironmentFactory.h"

#include <QThread>
#include <QWidget>
#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace syncstudio::ui {

class LinkTableModel;
class LinkedObjectPane;
class ProjectDocument;

// The links browser: the links of the selected mapping, a page at a time from the
// repository, narrowed by an id search or a CREST filter over sourceId, targetId and
// linkQualifier, with their count, and the selected link's source and target objects side
// by side. Every read happens on a LinkLoader on the view's own thread.
class LinksView : public QWidget
{
    Q_OBJECT
public:
    explicit LinksView(QWidget* parent = nullptr);
    ~LinksView() override;

    void setDocument(ProjectDocument* document);
    void setMapping(const QString& name);
    void setEnvironmentFactory(ReconEnvironmentFactory factory);

    // Reads the links again (after a run, or when the repository changed outside).
    void refresh();
    // The links may have changed: read them again now when shown, otherwise when next shown.
    void invalidate();
    // Calls done once nothing is being read (count, page and selected objects all in).
    void whenSettled(std::function<void()> done);
    bool isBusy() const { return m_busy > 0; }

    // Links read a page at a time; tests make pages small.
    int pageSize = 200;

    LinkTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLineEdit* searchEdit() const { return m_search; }
    QLabel* countLabel() const { return m_count; }
    LinkedObjectPane* sourcePane() const { return m_sourcePane; }
    LinkedObjectPane* targetPane() const { return m_targetPane; }

signals:
    void settled();
    void message(const QString& text);

protected:
    void showEvent(QShowEvent* event) override;

private:
    bool ensureLoader(QString* error);
    void dropLoader();
    void requestPage();
    void selectionChanged();
    void onPageLoaded(int request, const QVector<repo::MappingLink>& page, bool more,
                      const QString& error);
    void onCounted(int request, qint64 count, const QString& error);
    void onObjectsRead(int request, const LinkedObject& source, const LinkedObject& target);
    void begin();
    void end();

    ProjectDocument* m_document = nullptr;
    ReconEnvironmentFactory m_factory;
    QString m_mapping;
    repo::LinkQuery m_query;
    recon::ResourcePath m_source;
    recon::ResourcePath m_target;
    bool m_stale = true; // read again when next shown

    QThread m_thread;
    LinkLoader* m_loader = nullptr; // lives on m_thread
    int m_generation = 0;           // of the current query: older pages and counts are dropped
    int m_detailRequest = 0;
    int m_busy = 0; // requests on their way

    QLabel* m_title;
    QLineEdit* m_search;
    QPushButton* m_refresh;
    QLabel* m_count;
    QLabel* m_status;
    QTableView* m_table;
    LinkTableModel* m_model;
    LinkedObjectPane* m_sourcePane;
    LinkedObjectPane* m_targetPane;
    QTimer* m_searchTimer;
};

} // namespace syncstudio::ui
