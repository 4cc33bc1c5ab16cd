#pragma once

#include "recon/ObjectResult.h"

#include <QAbstractTableModel>

namespace syncstudio::ui {

// The attribute-level difference of one result: attribute, old value, new value.
class ChangeListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Attribute,
        OldValue,
        NewValue,
        ColumnCount
    };

    explicit ChangeListModel(QObject* parent = nullptr);
    void setChanges(QVector<recon::AttributeChange> changes);

    // A value as the diff shows it: strings bare, other JSON compact, absent as a dash.
    static QString displayValue(const QJsonValue& value);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVector<recon::AttributeChange> m_changes;
};

} // namespace syncstudio::ui
