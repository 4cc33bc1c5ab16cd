#pragma once

#include "recon/ObjectResult.h"

#include <QAbstractTableModel>
#include <QBasicTimer>
#include <QHash>
#include <atomic>
#include <optional>

namespace syncstudio::ui {

class BackgroundTasks;

// The rows of a preview (or run) as the engine streams them: one row per object result,
// kept in the batches the job delivered (no copy), with a filter (situation, action, id
// search) and a sort applied in the model. Rows are appended with rowsInserted, never a
// reset, so a view keeps its scroll position and selection while results arrive; with a
// sort on, the new rows are then moved into place with one layout change.
//
// A large batch (the engine delivers ~100k rows every 100 ms) is taken in in slices, each
// limited by time (sliceBudget) and appended on its own event-loop turn, so the GUI thread
// never goes away for long. The rows of the slices not yet taken in are pending: they are
// in neither rowCount() nor totalCount() nor the counts; they arrive in order, filtered and
// sorted as the model is when they are taken in. A batch small enough for one slice is
// taken in before appendResults returns.
//
// Filtering or sorting more rows than the background threshold runs on a worker thread:
// the rows keep their old order meanwhile (isReordering()), no slice is taken in, and the
// new order replaces the old in one reset (filter) or one layout change (sort). A newer
// request supersedes one still running.
class PreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Situation,
        Action,
        SourceId,
        TargetId,
        Changes,
        Status,
        ColumnCount
    };

    // What a background reordering is doing, for the view to say.
    enum class Reordering
    {
        None,
        Sorting,
        Filtering
    };

    explicit PreviewModel(QObject* parent = nullptr);
    ~PreviewModel() override;

    // Drops every row, the pending ones too.
    void clear();
    void appendResults(const recon::ObjectResults& batch);
    // Results received and not yet taken in (see the class comment).
    int pendingCount() const { return m_received - m_total; }
    bool hasPendingResults() const { return m_received > m_total; }
    // Takes every pending result in now, in as many slices as that takes; while reordering,
    // nothing: they are taken in once the new order is applied.
    void flushPending();
    // How long one slice may keep the GUI thread (model work; the view's work comes on top).
    void setSliceBudget(int microseconds) { m_sliceBudgetNs = qint64(microseconds) * 1000; }

    void setSituationFilter(std::optional<config::Situation> situation);
    void setActionFilter(std::optional<config::Action> action);
    // Rows whose source or target id contains text (case-insensitive).
    void setSearchText(const QString& text);
    // The three filters at once: one pass over the rows instead of three.
    void setFilters(std::optional<config::Situation> situation,
                    std::optional<config::Action> action, const QString& searchText);
    // Filters and sorts over at least this many rows run on a worker thread.
    void setBackgroundThreshold(int rows) { m_backgroundThreshold = rows; }
    Reordering reordering() const { return m_reordering; }
    bool isReordering() const { return m_reordering != Reordering::None; }
    // The filters and sort asked for (shown once a reordering in progress is done).
    std::optional<config::Situation> situationFilter() const { return m_wanted.situation; }
    std::optional<config::Action> actionFilter() const { return m_wanted.action; }

    // The result shown at row.
    const recon::ObjectResult& result(int row) const;
    // Every result taken in, filtered or not.
    int totalCount() const { return m_total; }
    const QHash<config::Situation, qint64>& situationCounts() const { return m_situations; }
    const QHash<config::Action, qint64>& actionCounts() const { return m_actions; }
    int sortColumn() const { return m_wanted.sortColumn; }
    Qt::SortOrder sortOrder() const { return m_wanted.sortOrder; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // column -1 restores the order of arrival.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    // The counts of all results changed (a slice was taken in or the model was cleared).
    void countsChanged();
    // A background filter or sort started (reordering() says which) or was applied.
    void reorderingChanged();

protected:
    void timerEvent(QTimerEvent* event) override;

private:
    // Which rows show, in which order.
    struct RowSelection
    {
        std::optional<config::Situation> situation;
        std::optional<config::Action> action;
        QString search;
        int sortColumn = -1;
        Qt::SortOrder sortOrder = Qt::AscendingOrder;

        bool accepts(const recon::ObjectResult& r) const;
        int compare(const recon::ObjectResult& x, const recon::ObjectResult& y) const;
        // The display order: compare() in the sort order, ties by arrival (global index).
        bool less(const recon::ObjectResult& x, int xIndex, const recon::ObjectResult& y,
                  int yIndex) const;
    };
    // The batches received, shared (not copied) with a worker that filters or sorts them.
    struct ResultChunks
    {
        QVector<recon::ObjectResults> chunks; // every batch received, the pending ones too
        QVector<int> start;                   // global index of each chunk's first result
        const recon::ObjectResult& at(int global) const;
    };
    // The rows (global indices) selection shows, in its order: the results [0, total)
    // when rows is null, else rows re-sorted. Returns early (anything) once cancelled.
    static QVector<int> selectRows(const ResultChunks& results, int total, const QVector<int>* rows,
                                   const RowSelection& selection,
                                   const std::atomic_bool& cancelled);

    const recon::ObjectResult& at(int global) const { return m_results.at(global); }
    bool lessThan(int a, int b) const;
    // Brings the rows shown to m_wanted, here or on a worker; rescan when a filter changed.
    void reorder(bool rescan);
    void applyRows(QVector<int> rows, const RowSelection& selection, bool rescanned);
    // Takes pending results in for about budgetNs (at least one step); true if some remain.
    bool takeSlice(qint64 budgetNs);
    void insertSorted(const QVector<int>& added, const QVector<int>& positions);

    ResultChunks m_results;
    int m_received = 0;     // results received
    int m_total = 0;        // results taken in: globals [0, m_total)
    QVector<int> m_visible; // global indices, in display order
    QBasicTimer m_sliceTimer;
    qint64 m_sliceBudgetNs = 4'000'000;
    double m_insertNsPerRow = 50; // the views' cost of an inserted row, measured

    RowSelection m_shown;  // what m_visible holds
    RowSelection m_wanted; // what was asked for: differs from m_shown while reordering
    bool m_rescanWanted = false;
    Reordering m_reordering = Reordering::None;
    int m_backgroundThreshold = 20000;
    BackgroundTasks* m_workers;

    QHash<config::Situation, qint64> m_situations;
    QHash<config::Action, qint64> m_actions;
};

} // namespace syncstudio::ui
