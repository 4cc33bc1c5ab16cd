#include "ProjectTreeModel.h"

#include "config/ProcessingOrder.h"
#include "config/Project.h"

namespace syncstudio::ui {

namespace {
// Group rows have internalId GroupRow; a child row stores its group.
constexpr quintptr GroupRow = ProjectTreeModel::GroupCount;
} // namespace

ProjectTreeModel::ProjectTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
{}

void ProjectTreeModel::setProject(const config::Project* project)
{
    m_project = project;
    refresh();
}

void ProjectTreeModel::setRepository(const QString& description, const QString& detail)
{
    m_repository = {description, detail};
    refresh();
}

void ProjectTreeModel::refresh()
{
    beginResetModel();
    for (auto& items : m_items)
        items.clear();
    if (m_project) {
        for (const config::Provisioner& p : m_project->provisioners())
            m_items[Connectors].append({p.name, p.connectorName().section(QLatin1Char('.'), -1)});
        for (const QString& type : m_project->managedObjectTypes())
            m_items[ManagedTypes].append({type, QStringLiteral("managed/") + type});
        for (const config::Mapping& m : config::computeProcessingOrder(*m_project).mappings)
            m_items[Mappings].append(
                {m.name(), m.source() + QStringLiteral(" \u2192 ") + m.target()});
        if (!m_repository.name.isEmpty())
            m_items[Repository].append(m_repository);
    }
    endResetModel();
}

QModelIndex ProjectTreeModel::mappingIndex(const QString& name) const
{
    const QVector<Item>& items = m_items[Mappings];
    for (int row = 0; row < items.size(); ++row) {
        if (items[row].name == name)
            return index(row, 0, index(Mappings, 0));
    }
    return {};
}

QModelIndex ProjectTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, GroupRow);
    return createIndex(row, column, static_cast<quintptr>(parent.row()));
}

QModelIndex ProjectTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == GroupRow)
        return {};
    return createIndex(static_cast<int>(child.internalId()), 0, GroupRow);
}

int ProjectTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return GroupCount;
    if (parent.internalId() == GroupRow && parent.column() == 0)
        return m_items[parent.row()].size();
    return 0;
}

int ProjectTreeModel::columnCount(const QModelIndex&) const
{
    return 2;
}

QVariant ProjectTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == GroupRow) {
        if (role == Qt::DisplayRole && index.column() == 0) {
            static const char* const names[GroupCount] = {
                QT_TR_NOOP("Connectors"), QT_TR_NOOP("Managed objects"), QT_TR_NOOP("Mappings"),
                QT_TR_NOOP("Repository")};
            return tr(names[index.row()]);
        }
        if (role == KindRole)
            return index.row();
        return {};
    }
    const int group = static_cast<int>(index.internalId());
    const Item& item = m_items[group].at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == 0 ? item.name : item.detail;
    case Qt::ToolTipRole:
        return item.detail;
    case KindRole:
        return group;
    case NameRole:
        return item.name;
    default:
        return {};
    }
}

} // namespace syncstudio::ui
