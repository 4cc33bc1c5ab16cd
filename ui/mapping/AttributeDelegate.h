#pragma once

#include <QStringList>
#include <QStyledItemDelegate>

namespace syncstudio::ui {

// Edits source and target cells with a line edit that completes attribute names of the
// mapping's source or target object type.
class AttributeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit AttributeDelegate(QObject* parent = nullptr);
    void setAttributeNames(const QStringList& sourceNames, const QStringList& targetNames);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;

private:
    QStringList m_source;
    QStringList m_target;
};

} // namespace syncstudio::ui
