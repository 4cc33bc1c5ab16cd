#include "PreviewModel.h"

#include "common/BackgroundTasks.h"

#include <QColor>
#include <QElapsedTimer>
#include <QTimerEvent>
#include <algorithm>
#include <array>
#include <numeric>

namespace syncstudio::ui {

namespace {

QColor situationColor(config::Situation s)
{
    switch (s) {
    case config::Situation::Confirmed:
        return {0x2e, 0x7d, 0x32};
    case config::Situation::Found:
    case config::Situation::FoundAlreadyLinked:
        return {0x15, 0x65, 0xc0};
    case config::Situation::Absent:
    case config::Situation::Missing:
        return {0xef, 0x6c, 0x00};
    case config::Situation::Ambiguous:
    case config::Situation::SourceMissing:
    case config::Situation::Unqualified:
        return {0xc6, 0x28, 0x28};
    default:
        return {0x61, 0x61, 0x61};
    }
}

} // namespace

PreviewModel::PreviewModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_workers(new BackgroundTasks(this))
{}

// Out of line: BackgroundTasks is complete here.
PreviewModel::~PreviewModel() = default;

void PreviewModel::clear()
{
    beginResetModel();
    m_sliceTimer.stop();
    m_workers->cancelRunning();
    m_results = {};
    m_visible.clear();
    m_received = 0;
    m_total = 0;
    m_shown = m_wanted;
    m_rescanWanted = false;
    m_situations.clear();
    m_actions.clear();
    endResetModel();
    if (m_reordering != Reordering::None) {
        m_reordering = Reordering::None;
        emit reorderingChanged();
    }
    emit countsChanged();
}

const recon::ObjectResult& PreviewModel::ResultChunks::at(int global) const
{
    const auto it = std::upper_bound(start.begin(), start.end(), global);
    const int chunk = static_cast<int>(it - start.begin()) - 1;
    return chunks[chunk][global - start[chunk]];
}

const recon::ObjectResult& PreviewModel::result(int row) const
{
    return at(m_visible.at(row));
}

bool PreviewModel::RowSelection::accepts(const recon::ObjectResult& r) const
{
    if (situation && r.situation != *situation)
        return false;
    if (action && r.action != *action)
        return false;
    if (!search.isEmpty() && !r.sourceId.contains(search, Qt::CaseInsensitive) &&
        !r.targetId.contains(search, Qt::CaseInsensitive))
        return false;
    return true;
}

int PreviewModel::RowSelection::compare(const recon::ObjectResult& x,
                                        const recon::ObjectResult& y) const
{
    // Situations and actions sort by their names, as the column reads; the ranks of the
    // names are computed once so a million-row sort compares ints.
    static const QVector<int> situationRank = [] {
        QStringList names = config::allSituationNames();
        QStringList sorted = names;
        sorted.sort();
        QVector<int> rank;
        for (const QString& n : names)
            rank.append(static_cast<int>(sorted.indexOf(n)));
        return rank;
    }();
    static const QVector<int> actionRank = [] {
        QStringList names = config::allActionNames();
        QStringList sorted = names;
        sorted.sort();
        QVector<int> rank;
        for (const QString& n : names)
            rank.append(static_cast<int>(sorted.indexOf(n)));
        return rank;
    }();
    switch (sortColumn) {
    case Situation:
        return situationRank.value(static_cast<int>(x.situation)) -
               situationRank.value(static_cast<int>(y.situation));
    case Action:
        return actionRank.value(static_cast<int>(x.action)) -
               actionRank.value(static_cast<int>(y.action));
    case SourceId:
        return x.sourceId.compare(y.sourceId);
    case TargetId:
        return x.targetId.compare(y.targetId);
    case Changes:
        return static_cast<int>(x.changes.size() - y.changes.size());
    case Status:
        return static_cast<int>(x.status) - static_cast<int>(y.status);
    default:
        return 0;
    }
}

bool PreviewModel::RowSelection::less(const recon::ObjectResult& x, int xIndex,
                                      const recon::ObjectResult& y, int yIndex) const
{
    const int c = compare(x, y);
    if (c == 0)
        return xIndex < yIndex; // arrival order breaks ties, in both directions
    return sortOrder == Qt::AscendingOrder ? c < 0 : c > 0;
}

bool PreviewModel::lessThan(int a, int b) const
{
    return m_shown.less(at(a), a, at(b), b);
}

QVector<int> PreviewModel::selectRows(const ResultChunks& results, int total,
                                      const QVector<int>* rows, const RowSelection& selection,
                                      const std::atomic_bool& cancelled)
{
    QVector<int> selected;
    if (rows) {
        selected = *rows;
    } else {
        for (int c = 0; c < results.chunks.size() && results.start.at(c) < total; ++c) {
            if (cancelled)
                return {};
            const recon::ObjectResults& chunk = results.chunks.at(c);
            const int count = std::min(static_cast<int>(chunk.size()), total - results.start.at(c));
            for (int i = 0; i < count; ++i) {
                if (selection.accepts(chunk.at(i)))
                    selected.append(results.start.at(c) + i);
            }
        }
    }
    if (selection.sortColumn < 0) {
        std::sort(selected.begin(), selected.end());
        return selected;
    }

    // Each row resolved to its result once, not twice per comparison.
    using Row = std::pair<const recon::ObjectResult*, int>;
    std::vector<Row> keyed;
    keyed.reserve(static_cast<size_t>(selected.size()));
    for (int global : std::as_const(selected))
        keyed.emplace_back(&results.at(global), global);
    auto less = [&selection](const Row& a, const Row& b) {
        return selection.less(*a.first, a.second, *b.first, b.second);
    };
    // Sorted in blocks, then merged pass by pass: a superseded sort stops between two steps
    // instead of finishing a million comparisons nobody will see.
    const size_t n = keyed.size();
    const size_t block = 1 << 15;
    for (size_t lo = 0; lo < n; lo += block) {
        if (cancelled)
            return {};
        std::sort(keyed.begin() + static_cast<std::ptrdiff_t>(lo),
                  keyed.begin() + static_cast<std::ptrdiff_t>(std::min(n, lo + block)), less);
    }
    std::vector<Row> merged(n);
    for (size_t width = block; width < n; width *= 2) {
        for (size_t lo = 0; lo < n; lo += 2 * width) {
            if (cancelled)
                return {};
            const auto first = keyed.begin() + static_cast<std::ptrdiff_t>(lo);
            const auto middle =
                keyed.begin() + static_cast<std::ptrdiff_t>(std::min(n, lo + width));
            const auto last =
                keyed.begin() + static_cast<std::ptrdiff_t>(std::min(n, lo + 2 * width));
            std::merge(first, middle, middle, last,
                       merged.begin() + static_cast<std::ptrdiff_t>(lo), less);
        }
        keyed.swap(merged);
    }
    for (size_t i = 0; i < n; ++i)
        selected[static_cast<int>(i)] = keyed[i].second;
    return selected;
}

void PreviewModel::reorder(bool rescan)
{
    m_rescanWanted = m_rescanWanted || rescan;
    const int affected = m_rescanWanted ? m_total : static_cast<int>(m_visible.size());
    if (m_reordering == Reordering::None && affected < m_backgroundThreshold) {
        const std::atomic_bool never{false};
        applyRows(
            selectRows(m_results, m_total, m_rescanWanted ? nullptr : &m_visible, m_wanted, never),
            m_wanted, m_rescanWanted);
        return;
    }
    // The rows taken in must not change under the worker: slices wait for the new order.
    m_sliceTimer.stop();
    const bool rescanning = m_rescanWanted;
    const RowSelection selection = m_wanted;
    m_workers->run(
        [results = m_results, total = m_total, shown = rescanning ? QVector<int>() : m_visible,
         rescanning, selection](const std::atomic_bool& cancelled) {
            return selectRows(results, total, rescanning ? nullptr : &shown, selection, cancelled);
        },
        [this, selection, rescanning](QVector<int> rows) {
            m_reordering = Reordering::None;
            applyRows(std::move(rows), selection, rescanning);
            emit reorderingChanged();
            if (m_total < m_received)
                m_sliceTimer.start(0, this);
        });
    const Reordering reordering = rescanning ? Reordering::Filtering : Reordering::Sorting;
    if (reordering != m_reordering) {
        m_reordering = reordering;
        emit reorderingChanged();
    }
}

void PreviewModel::applyRows(QVector<int> rows, const RowSelection& selection, bool rescanned)
{
    m_rescanWanted = false;
    if (rescanned) {
        beginResetModel();
        m_visible = std::move(rows);
        m_shown = selection;
        endResetModel();
        return;
    }
    // The same rows in a new order: the persistent indexes (selection, current) follow.
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList persistent = persistentIndexList();
    QVector<int> ids;
    ids.reserve(persistent.size());
    for (const QModelIndex& index : persistent)
        ids.append(m_visible.at(index.row()));
    m_visible = std::move(rows);
    m_shown = selection;
    if (!persistent.isEmpty()) {
        // A flat table, not a hash: a million inserts into a hash would stall the GUI thread.
        std::vector<int> rowOf(static_cast<size_t>(m_total), -1);
        for (int row = 0; row < m_visible.size(); ++row)
            rowOf[static_cast<size_t>(m_visible[row])] = row;
        QModelIndexList to;
        to.reserve(persistent.size());
        for (int i = 0; i < persistent.size(); ++i)
            to.append(index(rowOf[static_cast<size_t>(ids[i])], persistent[i].column()));
        changePersistentIndexList(persistent, to);
    }
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void PreviewModel::appendResults(const recon::ObjectResults& batch)
{
    if (batch.isEmpty())
        return;
    m_results.start.append(m_received);
    m_results.chunks.append(batch); // shares the batch's data, no copy
    m_received += batch.size();
    // With slices pending, the timer takes this batch in after them, a slice a turn; while
    // reordering, after the new order is applied.
    if (!m_sliceTimer.isActive() && !isReordering() && takeSlice(m_sliceBudgetNs))
        m_sliceTimer.start(0, this);
}

void PreviewModel::flushPending()
{
    if (isReordering())
        return; // taken in as soon as the new order is applied
    while (takeSlice(m_sliceBudgetNs)) {
    }
    m_sliceTimer.stop();
}

void PreviewModel::timerEvent(QTimerEvent* event)
{
    if (event->timerId() != m_sliceTimer.timerId()) {
        QAbstractTableModel::timerEvent(event);
        return;
    }
    if (!takeSlice(m_sliceBudgetNs))
        m_sliceTimer.stop();
}

bool PreviewModel::takeSlice(qint64 budgetNs)
{
    if (m_total >= m_received)
        return false;
    QElapsedTimer clock;
    clock.start();
    const bool sorted = m_shown.sortColumn >= 0;
    // Rows between two looks at the clock: a sorted row costs a binary search.
    const int step = sorted ? 256 : 2048;
    static_assert(static_cast<int>(config::Situation::AllGone) < 32);
    static_assert(static_cast<int>(config::Action::Async) < 32);
    std::array<qint64, 32> situations{};
    std::array<qint64, 32> actions{};
    QVector<int> added;
    QVector<int> positions; // sorted: where each added row goes among the rows shown
    auto less = [this](int a, int b) { return lessThan(a, b); };
    int chunk = static_cast<int>(
                    std::upper_bound(m_results.start.cbegin(), m_results.start.cend(), m_total) -
                    m_results.start.cbegin()) -
                1;
    do {
        const int end = std::min(m_received, m_total + step);
        while (m_total < end) {
            const recon::ObjectResults& results = m_results.chunks.at(chunk);
            const int first = m_results.start.at(chunk);
            const int last = std::min(end, first + static_cast<int>(results.size()));
            for (; m_total < last; ++m_total) {
                const recon::ObjectResult& r = results.at(m_total - first);
                ++situations[static_cast<size_t>(r.situation)];
                ++actions[static_cast<size_t>(r.action)];
                if (!m_shown.accepts(r))
                    continue;
                added.append(m_total);
                if (sorted)
                    positions.append(static_cast<int>(
                        std::upper_bound(m_visible.cbegin(), m_visible.cend(), m_total, less) -
                        m_visible.cbegin()));
            }
            if (m_total == first + results.size())
                ++chunk;
        }
        // The view's work on the rows (rowsInserted) counts against the budget too.
    } while (m_total < m_received && static_cast<double>(clock.nsecsElapsed()) +
                                             m_insertNsPerRow * static_cast<double>(added.size()) <
                                         static_cast<double>(budgetNs));

    for (size_t i = 0; i < situations.size(); ++i) {
        if (situations[i])
            m_situations[static_cast<config::Situation>(i)] += situations[i];
        if (actions[i])
            m_actions[static_cast<config::Action>(i)] += actions[i];
    }
    if (!added.isEmpty()) {
        if (sorted) {
            // The slice in display order: by place among the rows shown, then by the sort.
            QVector<int> order(added.size());
            std::iota(order.begin(), order.end(), 0);
            std::sort(order.begin(), order.end(), [&](int a, int b) {
                if (positions[a] != positions[b])
                    return positions[a] < positions[b];
                return lessThan(added[a], added[b]);
            });
            QVector<int> sortedAdded(added.size());
            QVector<int> sortedPositions(added.size());
            for (int i = 0; i < order.size(); ++i) {
                sortedAdded[i] = added[order[i]];
                sortedPositions[i] = positions[order[i]];
            }
            added = std::move(sortedAdded);
            positions = std::move(sortedPositions);
        }
        const int oldCount = static_cast<int>(m_visible.size());
        const qint64 insertStart = clock.nsecsElapsed();
        beginInsertRows({}, oldCount, oldCount + static_cast<int>(added.size()) - 1);
        m_visible += added;
        endInsertRows();
        if (added.size() >= 1000) {
            // What the views took per row (QHeaderView grows its sections), learnt as it goes.
            const double perRow = static_cast<double>(clock.nsecsElapsed() - insertStart) /
                                  static_cast<double>(added.size());
            m_insertNsPerRow = (m_insertNsPerRow + perRow) / 2;
        }
        if (sorted)
            insertSorted(added, positions);
    }
    emit countsChanged();
    return m_total < m_received;
}

void PreviewModel::insertSorted(const QVector<int>& added, const QVector<int>& positions)
{
    // The rows just appended (added, in display order) move to their places: added[j] goes
    // before the row that was at positions[j]. One layout change, O(rows) moves and no
    // comparison; the persistent indexes (selection, current) follow their rows.
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const int k = static_cast<int>(added.size());
    const int n = static_cast<int>(m_visible.size()) - k;
    int* v = m_visible.data();
    int i = n - 1;
    int w = n + k - 1;
    for (int j = k - 1; j >= 0; --j) {
        while (i >= positions[j])
            v[w--] = v[i--];
        v[w--] = added[j];
    }
    const QModelIndexList from = persistentIndexList();
    if (!from.isEmpty()) {
        QModelIndexList to;
        to.reserve(from.size());
        for (const QModelIndex& index : from) {
            const int row = index.row();
            const int moved = row < n
                                  ? row + static_cast<int>(std::upper_bound(positions.cbegin(),
                                                                            positions.cend(), row) -
                                                           positions.cbegin())
                                  : positions[row - n] + (row - n);
            to.append(this->index(moved, index.column()));
        }
        changePersistentIndexList(from, to);
    }
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void PreviewModel::setSituationFilter(std::optional<config::Situation> situation)
{
    setFilters(situation, m_wanted.action, m_wanted.search);
}

void PreviewModel::setActionFilter(std::optional<config::Action> action)
{
    setFilters(m_wanted.situation, action, m_wanted.search);
}

void PreviewModel::setSearchText(const QString& text)
{
    setFilters(m_wanted.situation, m_wanted.action, text);
}

void PreviewModel::setFilters(std::optional<config::Situation> situation,
                              std::optional<config::Action> action, const QString& searchText)
{
    if (situation == m_wanted.situation && action == m_wanted.action &&
        searchText == m_wanted.search)
        return;
    m_wanted.situation = situation;
    m_wanted.action = action;
    m_wanted.search = searchText;
    reorder(true);
}

void PreviewModel::sort(int column, Qt::SortOrder order)
{
    if (column >= ColumnCount)
        return;
    m_wanted.sortColumn = column;
    m_wanted.sortOrder = order;
    reorder(false);
}

int PreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_visible.size();
}

int PreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PreviewModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_visible.size())
        return {};
    const recon::ObjectResult& r = result(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Situation:
            return config::situationName(r.situation);
        case Action:
            return config::actionName(r.action);
        case SourceId:
            return r.sourceId;
        case TargetId:
            return r.targetId;
        case Changes:
            return r.changes.isEmpty() ? QString() : QString::number(r.changes.size());
        case Status:
            return r.status == recon::ObjectResult::Status::Success ? tr("ok") : tr("failed");
        }
        return {};
    }
    if (role == Qt::ForegroundRole) {
        if (index.column() == Situation)
            return situationColor(r.situation);
        if (index.column() == Status && r.status == recon::ObjectResult::Status::Failure)
            return QColor(0xc6, 0x28, 0x28);
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == Status && !r.message.isEmpty())
        return r.message;
    if (role == Qt::TextAlignmentRole && index.column() == Changes)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant PreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Situation:
        return tr("Situation");
    case Action:
        return tr("Action");
    case SourceId:
        return tr("Source id");
    case TargetId:
        return tr("Target id");
    case Changes:
        return tr("Changes");
    case Status:
        return tr("Status");
    }
    return {};
}

} // namespace syncstudio::ui
