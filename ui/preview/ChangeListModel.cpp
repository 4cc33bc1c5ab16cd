#include "ChangeListModel.h"

#include <QColor>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>

namespace syncstudio::ui {

ChangeListModel::ChangeListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ChangeListModel::setChanges(QVector<recon::AttributeChange> changes)
{
    beginResetModel();
    m_changes = std::move(changes);
    endResetModel();
}

QString ChangeListModel::displayValue(const QJsonValue& value)
{
    if (value.isUndefined())
        return QStringLiteral("\u2014");
    if (value.isString())
        return value.toString();
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

int ChangeListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_changes.size();
}

int ChangeListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChangeListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const recon::AttributeChange& c = m_changes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Attribute:
            return c.attribute;
        case OldValue:
            return displayValue(c.oldValue);
        case NewValue:
            return displayValue(c.newValue);
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == OldValue)
            return QColor(0xb7, 0x1c, 0x1c);
        if (index.column() == NewValue)
            return QColor(0x1b, 0x5e, 0x20);
        return {};
    case Qt::FontRole:
        if (index.column() == OldValue && !c.oldValue.isUndefined()) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    }
    return {};
}

QVariant ChangeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Attribute:
        return tr("Attribute");
    case OldValue:
        return tr("Old");
    case NewValue:
        return tr("New");
    }
    return {};
}

} // namespace syncstudio::ui
