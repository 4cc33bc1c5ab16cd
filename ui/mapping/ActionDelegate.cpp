#include "ActionDelegate.h"

#include "PolicyTableModel.h"
#include "config/SyncVocabulary.h"

#include <QComboBox>

namespace syncstudio::ui {

ActionDelegate::ActionDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{}

QWidget* ActionDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                      const QModelIndex& index) const
{
    if (index.column() != PolicyTableModel::Action)
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto* combo = new QComboBox(parent);
    combo->addItem(
        tr("Default (%1)").arg(index.data(PolicyTableModel::DefaultActionRole).toString()),
        QString());
    for (const QString& action : config::allActionNames())
        combo->addItem(action, action);
    // Commit as soon as an entry is picked, as a list would.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto* self = const_cast<ActionDelegate*>(this);
        emit self->commitData(combo);
        emit self->closeEditor(combo);
    });
    return combo;
}

void ActionDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (!combo) {
        QStyledItemDelegate::setEditorData(editor, index);
        return;
    }
    const int i = combo->findData(index.data(Qt::EditRole).toString());
    combo->setCurrentIndex(i >= 0 ? i : 0);
}

void ActionDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                  const QModelIndex& index) const
{
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (!combo) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    model->setData(index, combo->currentData().toString());
}

} // namespace syncstudio::ui
