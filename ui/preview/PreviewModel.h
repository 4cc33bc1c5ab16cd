#pragma once

#include "recon/ObjectResult.h"

#include <QAbstractTableModel>
#include <QBasicTimer>
#include <QHash>
#include <optional>

namespace syncstudio::ui {

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

    explicit PreviewModel(QObject* parent = nullptr);

    // Drops every row, the pending ones too.
    void clear();
    void appendResults(const recon::ObjectResults& batch);
    // Results received and not yet taken in (see the class comment).
    int pendingCount() const { return m_received - m_total; }
    bool hasPendingResults() const { return m_received > m_total; }
    // Takes every pending result in now, in as many slices as that takes.
    void flushPending();
    // How long one slice may keep the GUI thread (model work; the view's work comes on top).
    void setSliceBudget(int microseconds) { m_sliceBudgetNs = qint64(microseconds) * 1000; }

    void setSituationFilter(std::optional<config::Situation> situation);
    void setActionFilter(std::optional<config::Action> action);
    // Rows whose source or target id contains text (case-insensitive).
    void setSearchText(const QString& text);
    std::optional<config::Situation> situationFilter() const { return m_situation; }
    std::optional<config::Action> actionFilter() const { return m_action; }

    // The result shown at row.
    const recon::ObjectResult& result(int row) const;
    // Every result taken in, filtered or not.
    int totalCount() const { return m_total; }
    const QHash<config::Situation, qint64>& situationCounts() const { return m_situations; }
    const QHash<config::Action, qint64>& actionCounts() const { return m_actions; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

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

protected:
    void timerEvent(QTimerEvent* event) override;

private:
    const recon::ObjectResult& at(int global) const;
    bool accepts(const recon::ObjectResult& r) const;
    int compare(const recon::ObjectResult& x, const recon::ObjectResult& y) const;
    bool lessThan(int a, int b) const;
    void sortVisible();
    void refilter();
    // Takes pending results in for about budgetNs (at least one step); true if some remain.
    bool takeSlice(qint64 budgetNs);
    void insertSorted(const QVector<int>& added, const QVector<int>& positions);

    QVector<recon::ObjectResults> m_chunks; // every batch received, the pending ones too
    QVector<int> m_chunkStart;              // global index of each chunk's first result
    int m_received = 0;                     // results received
    int m_total = 0;                        // results taken in: globals [0, m_total)
    QVector<int> m_visible;                 // global indices, in display order
    QBasicTimer m_sliceTimer;
    qint64 m_sliceBudgetNs = 4'000'000;
    double m_insertNsPerRow = 50; // the views' cost of an inserted row, measured

    std::optional<config::Situation> m_situation;
    std::optional<config::Action> m_action;
    QString m_search;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;

    QHash<config::Situation, qint64> m_situations;
    QHash<config::Action, qint64> m_actions;
};

} // namespace syncstudio::ui
