#include "PreviewModel.h"

#include <QColor>
#include <algorithm>

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
    m_chunks.clear();
    m_chunkStart.clear();
    m_visible.clear();
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
    const int first = m_total;
    m_chunkStart.append(first);
    m_chunks.append(batch); // shares the batch's data, no copy
    m_total += batch.size();
    QVector<int> added;
    added.reserve(batch.size());
    for (int i = 0; i < batch.size(); ++i) {
        const recon::ObjectResult& r = batch[i];
        ++m_situations[r.situation];
        ++m_actions[r.action];
        if (accepts(r))
            added.append(first + i);
    }
    if (!added.isEmpty()) {
        const int oldCount = m_visible.size();
        beginInsertRows({}, oldCount, oldCount + added.size() - 1);
        m_visible += added;
        endInsertRows();
        if (m_sortColumn >= 0) {
            // Merge the new rows into place: O(n) for the merge, and the few persistent
            // indexes (selection, current) follow their rows.
            emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
            const QModelIndexList persistent = persistentIndexList();
            QVector<int> ids;
            ids.reserve(persistent.size());
            for (const QModelIndex& index : persistent)
                ids.append(m_visible.at(index.row()));
            auto cmp = [this](int a, int b) { return lessThan(a, b); };
            std::sort(m_visible.begin() + oldCount, m_visible.end(), cmp);
            std::inplace_merge(m_visible.begin(), m_visible.begin() + oldCount, m_visible.end(),
                               cmp);
            if (!persistent.isEmpty()) {
                QHash<int, int> rowOf;
                for (int id : ids)
                    rowOf.insert(id, -1);
                for (int row = 0; row < m_visible.size(); ++row) {
                    auto it = rowOf.find(m_visible[row]);
                    if (it != rowOf.end())
                        it.value() = row;
                }
                QModelIndexList to;
                for (int i = 0; i < persistent.size(); ++i)
                    to.append(index(rowOf.value(ids[i]), persistent[i].column()));
                changePersistentIndexList(persistent, to);
            }
            emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
        }
    }
    emit countsChanged();
}

void PreviewModel::refilter()
{
    beginResetModel();
    m_visible.clear();
    for (int c = 0; c < m_chunks.size(); ++c) {
        const recon::ObjectResults& chunk = m_chunks[c];
        for (int i = 0; i < chunk.size(); ++i) {
            if (accepts(chunk[i]))
                m_visible.append(m_chunkStart[c] + i);
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
