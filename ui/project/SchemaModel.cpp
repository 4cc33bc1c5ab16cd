#include "SchemaModel.h"

#include <QColor>
#include <QFont>
#include <QMimeData>

namespace syncstudio::ui {

namespace {
// Object set rows have internalId TopRow; an attribute row stores its set's row.
constexpr quintptr TopRow = ~quintptr(0);
} // namespace

SchemaModel::SchemaModel(QObject* parent)
    : QAbstractItemModel(parent)
{}

void SchemaModel::setObjectSets(QVector<ObjectSetCatalog::ObjectSet> sets)
{
    beginResetModel();
    m_sets = std::move(sets);
    endResetModel();
}

QModelIndex SchemaModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, TopRow);
    return createIndex(row, column, static_cast<quintptr>(parent.row()));
}

QModelIndex SchemaModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == TopRow)
        return {};
    return createIndex(static_cast<int>(child.internalId()), 0, TopRow);
}

int SchemaModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return m_sets.size();
    if (parent.internalId() == TopRow && parent.column() == 0)
        return m_sets.at(parent.row()).attributes.size();
    return 0;
}

int SchemaModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant SchemaModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == TopRow) {
        const ObjectSetCatalog::ObjectSet& set = m_sets.at(index.row());
        if (role == Qt::DisplayRole && index.column() == Name)
            return set.path;
        if (role == Qt::ToolTipRole)
            return tr("Declared in %1").arg(set.origin);
        if (role == Qt::FontRole && index.column() == Name) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    }
    const ObjectSetCatalog::Attribute& a =
        m_sets.at(static_cast<int>(index.internalId())).attributes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return a.required ? a.name + QStringLiteral(" *") : a.name;
        case Type:
            return a.type;
        case NativeName:
            return a.nativeName;
        }
        return {};
    case Qt::ToolTipRole:
        if (!a.declared)
            return tr("%1 is used by a mapping but not declared in a schema").arg(a.name);
        return a.required ? tr("%1 (required)").arg(a.name) : a.name;
    case Qt::ForegroundRole:
        if (!a.declared)
            return QColor(Qt::gray);
        return {};
    default:
        return {};
    }
}

QVariant SchemaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Attribute");
    case Type:
        return tr("Type");
    case NativeName:
        return tr("Native name");
    }
    return {};
}

Qt::ItemFlags SchemaModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != TopRow)
        f |= Qt::ItemIsDragEnabled;
    return f;
}

QStringList SchemaModel::mimeTypes() const
{
    return {QStringLiteral("text/plain")};
}

QMimeData* SchemaModel::mimeData(const QModelIndexList& indexes) const
{
    for (const QModelIndex& index : indexes) {
        if (index.isValid() && index.internalId() != TopRow) {
            auto* mime = new QMimeData;
            mime->setText(
                m_sets.at(static_cast<int>(index.internalId())).attributes.at(index.row()).name);
            return mime;
        }
    }
    return nullptr;
}

} // namespace syncstudio::ui
