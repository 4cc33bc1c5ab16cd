#pragma once

#include <QStyledItemDelegate>

namespace syncstudio::ui {

// Edits a policy's action with a list of IDM's actions; the first entry is "the default",
// which removes the policy.
class ActionDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ActionDelegate(QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;
};

} // namespace syncstudio::ui
