#include "AttributeDelegate.h"

#include "PropertyTableModel.h"

#include <QCompleter>
#include <QLineEdit>

namespace syncstudio::ui {

AttributeDelegate::AttributeDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{}

void AttributeDelegate::setAttributeNames(const QStringList& sourceNames,
                                          const QStringList& targetNames)
{
    m_source = sourceNames;
    m_target = targetNames;
}

QWidget* AttributeDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                         const QModelIndex& index) const
{
    QWidget* editor = QStyledItemDelegate::createEditor(parent, option, index);
    auto* line = qobject_cast<QLineEdit*>(editor);
    if (!line)
        return editor;
    const QStringList* names = index.column() == PropertyTableModel::Source   ? &m_source
                               : index.column() == PropertyTableModel::Target ? &m_target
                                                                              : nullptr;
    if (names && !names->isEmpty()) {
        auto* completer = new QCompleter(*names, line);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        line->setCompleter(completer);
    }
    return editor;
}

} // namespace syncstudio::ui
