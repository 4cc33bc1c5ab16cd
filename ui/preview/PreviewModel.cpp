#include "PreviewModel.h"

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
{}

void PreviewModel::clear()
{
    beginResetModel();
    m_sliceTimer.stop();
    m_chunks.clear();
    m_chunkStart.clear();
    m_visible.clear();
    m_received = 0;
    m_total = 0;
    m_situations.clear();
    m_actions.clear();
    endResetModel();
    emit countsChanged();
}

const recon::ObjectResult& PreviewModel::at(int global) const
{
    const auto it = std::upper_bound(m_chunkStart.begin(), m_chunkStart.end(), global);
    const int chunk = static_cast<int>(it - m_chunkStart.begin()) - 1;
    return m_chunks[chunk][global - m_chunkStart[chunk]];
}

const recon::ObjectResult& PreviewModel::result(int row) const
{
    return at(m_visible.at(row));
}

bool PreviewModel::accepts(const recon::ObjectResult& r) const
{
    if (m_situation && r.situation != *m_situation)
        return false;
    if (m_action && r.action != *m_action)
        return false;
    if (!m_search.isEmpty() && !r.sourceId.contains(m_search, Qt::CaseInsensitive) &&
        !r.targetId.contains(m_search, Qt::CaseInsensitive))
        return false;
    return true;
}

int PreviewModel::compare(const recon::ObjectResult& x, const recon::ObjectResult& y) const
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
    switch (m_sortColumn) {
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

bool PreviewModel::lessThan(int a, int b) const
{
    const int c = compare(at(a), at(b));
    if (c == 0)
        return a < b; // arrival order breaks ties, in both directions
    return m_sortOrder == Qt::AscendingOrder ? c < 0 : c > 0;
}

void PreviewModel::sortVisible()
{
    // Resolve each row to its result once, not twice per comparison.
    std::vector<std::pair<const recon::ObjectResult*, int>> rows;
    rows.reserve(static_cast<size_t>(m_visible.size()));
    for (int global : std::as_const(m_visible))
        rows.emplace_back(&at(global), global);
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    std::sort(rows.begin(), rows.end(), [this, ascending](const auto& a, const auto& b) {
        const int c = compare(*a.first, *b.first);
        if (c == 0)
            return a.second < b.second;
        return ascending ? c < 0 : c > 0;
    });
    for (size_t i = 0; i < rows.size(); ++i)
        m_visible[static_cast<int>(i)] = rows[i].second;
}

void PreviewModel::appendResults(const recon::ObjectResults& batch)
{
    if (batch.isEmpty())
        return;
    m_chunkStart.append(m_received);
    m_chunks.append(batch); // shares the batch's data, no copy
    m_received += batch.size();
    // With slices pending, the timer takes this batch in after them, a slice a turn.
    if (!m_sliceTimer.isActive() && takeSlice(m_sliceBudgetNs))
        m_sliceTimer.start(0, this);
}

void PreviewModel::flushPending()
{
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
    const bool sorted = m_sortColumn >= 0;
    // Rows between two looks at the clock: a sorted row costs a binary search.
    const int step = sorted ? 256 : 2048;
    static_assert(static_cast<int>(config::Situation::AllGone) < 32);
    static_assert(static_cast<int>(config::Action::Async) < 32);
    std::array<qint64, 32> situations{};
    std::array<qint64, 32> actions{};
    QVector<int> added;
    QVector<int> positions; // sorted: where each added row goes among the rows shown
    auto less = [this](int a, int b) { return lessThan(a, b); };
    int chunk =
        static_cast<int>(std::upper_bound(m_chunkStart.cbegin(), m_chunkStart.cend(), m_total) -
                         m_chunkStart.cbegin()) -
        1;
    do {
        const int end = std::min(m_received, m_total + step);
        while (m_total < end) {
            const recon::ObjectResults& results = m_chunks.at(chunk);
            const int first = m_chunkStart.at(chunk);
            const int last = std::min(end, first + static_cast<int>(results.size()));
            for (; m_total < last; ++m_total) {
                const recon::ObjectResult& r = results.at(m_total - first);
                ++situations[static_cast<size_t>(r.situation)];
                ++actions[static_cast<size_t>(r.action)];
                if (!accepts(r))
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

void PreviewModel::refilter()
{
    beginResetModel();
    m_visible.clear();
    // The rows taken in; the pending ones are filtered as they are taken in.
    for (int c = 0; c < m_chunks.size() && m_chunkStart.at(c) < m_total; ++c) {
        const recon::ObjectResults& chunk = m_chunks.at(c);
        const int count = std::min(static_cast<int>(chunk.size()), m_total - m_chunkStart.at(c));
        for (int i = 0; i < count; ++i) {
            if (accepts(chunk.at(i)))
                m_visible.append(m_chunkStart.at(c) + i);
        }
    }
    if (m_sortColumn >= 0)
        sortVisible();
    endResetModel();
}

void PreviewModel::setSituationFilter(std::optional<config::Situation> situation)
{
    if (situation == m_situation)
        return;
    m_situation = situation;
    refilter();
}

void PreviewModel::setActionFilter(std::optional<config::Action> action)
{
    if (action == m_action)
        return;
    m_action = action;
    refilter();
}

void PreviewModel::setSearchText(const QString& text)
{
    if (text == m_search)
        return;
    m_search = text;
    refilter();
}

void PreviewModel::sort(int column, Qt::SortOrder order)
{
    if (column >= ColumnCount)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList persistent = persistentIndexList();
    QVector<int> ids;
    for (const QModelIndex& index : persistent)
        ids.append(m_visible.at(index.row()));
    m_sortColumn = column;
    m_sortOrder = order;
    if (column < 0)
        std::sort(m_visible.begin(), m_visible.end());
    else
        sortVisible();
    if (!persistent.isEmpty()) {
        QHash<int, int> rowOf;
        for (int row = 0; row < m_visible.size(); ++row)
            rowOf.insert(m_visible[row], row);
        QModelIndexList to;
        for (int i = 0; i < persistent.size(); ++i)
            to.append(index(rowOf.value(ids[i]), persistent[i].column()));
        changePersistentIndexList(persistent, to);
    }
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
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
