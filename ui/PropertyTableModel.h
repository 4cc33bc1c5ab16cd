#pragma once

#include "config/Mapping.h"

#include <QAbstractTableModel>

namespace syncstudio::ui {

// The attribute rows of one mapping: source, target, transform, condition, default.
class PropertyTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Source,
        Target,
        Transform,
        Condition,
        Default,
        ColumnCount
    };

    explicit PropertyTableModel(QObject* parent = nullptr);
    void setMapping(const config::Mapping& mapping);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVector<config::PropertyMapping> m_rows;
};

} // namespace syncstudio::ui
