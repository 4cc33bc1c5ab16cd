#include "LinkTableModel.h"

namespace syncstudio::ui {

LinkTableModel::LinkTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void LinkTableModel::clear()
{
    beginResetModel();
    m_links.clear();
    m_more = true;
    m_loading = true;
    endResetModel();
}

void LinkTableModel::appendPage(const QVector<repo::MappingLink>& page, bool more)
{
    m_loading = false;
    m_more = more;
    if (page.isEmpty())
        return;
    const int first = static_cast<int>(m_links.size());
    beginInsertRows({}, first, first + static_cast<int>(page.size()) - 1);
    m_links += page;
    endInsertRows();
}

void LinkTableModel::stopPaging()
{
    m_loading = false;
    m_more = false;
}

int LinkTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_links.size());
}

int LinkTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LinkTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const repo::MappingLink& l = m_links.at(index.row());
    switch (index.column()) {
    case Qualifier:
        return l.linkQualifier;
    case SourceId:
        return l.sourceId;
    case TargetId:
        return l.targetId;
    default:
        return {};
    }
}

QVariant LinkTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Qualifier:
        return tr("Qualifier");
    case SourceId:
        return tr("Source id");
    case TargetId:
        return tr("Target id");
    default:
        return {};
    }
}

bool LinkTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_more && !m_loading;
}

void LinkTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    m_loading = true;
    emit morePagesWanted();
}

} // namespace syncstudio::ui
