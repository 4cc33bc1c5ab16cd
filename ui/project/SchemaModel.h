#pragma once

#include "ObjectSetCatalog.h"

#include <QAbstractItemModel>

namespace syncstudio::ui {

// The Schema dock: object sets with their attributes below them (name, type, native name).
// Attribute rows drag as their name, to drop onto the attribute table.
class SchemaModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Type,
        NativeName,
        ColumnCount
    };

    explicit SchemaModel(QObject* parent = nullptr);
    void setObjectSets(QVector<ObjectSetCatalog::ObjectSet> sets);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;

private:
    QVector<ObjectSetCatalog::ObjectSet> m_sets;
};

} // namespace syncstudio::ui
