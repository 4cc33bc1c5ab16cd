#pragma once

#include "recon/ObjectResult.h"

#include <QAbstractTableModel>
#include <QHash>
#include <optional>

namespace syncstudio::ui {

// The rows of a preview (or run) as the engine streams them: one row per object result,
// kept in the batches the job delivered (no copy), with a filter (situation, action, id
// search) and a sort applied in the model. A batch is appended with one rowsInserted, never
// a reset, so a view keeps its scroll position and selection while results arrive; with a
// sort on, the new rows are then merged into place with one layout change.
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

    void clear();
    void appendResults(const recon::ObjectResults& batch);

    void setSituationFilter(std::optional<config::Situation> situation);
    void setActionFilter(std::optional<config::Action> action);
    // Rows whose source or target id contains text (case-insensitive).
    void setSearchText(const QString& text);
    std::optional<config::Situation> situationFilter() const { return m_situation; }
    std::optional<config::Action> actionFilter() const { return m_action; }

    // The result shown at row.
    const recon::ObjectResult& result(int row) const;
    // Every result received, filtered or not.
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
    // The counts of all results changed (a batch arrived or the model was cleared).
    void countsChanged();

private:
    const recon::ObjectResult& at(int global) const;
    bool accepts(const recon::ObjectResult& r) const;
    int compare(const recon::ObjectResult& x, const recon::ObjectResult& y) const;
    bool lessThan(int a, int b) const;
    void sortVisible();
    void refilter();

    QVector<recon::ObjectResults> m_chunks;
    QVector<int> m_chunkStart; // global index of each chunk's first result
    int m_total = 0;
    QVector<int> m_visible; // global indices, in display order

    std::optional<config::Situation> m_situation;
    std::optional<config::Action> m_action;
    QString m_search;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;

    QHash<config::Situation, qint64> m_situations;
    QHash<config::Action, qint64> m_actions;
};

} // namespace syncstudio::ui
