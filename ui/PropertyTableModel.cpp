#include "PropertyTableModel.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace syncstudio::ui {

namespace {

QString describeScript(const config::ScriptObject& script)
{
    if (!script.present)
        return {};
    return script.isInline() ? script.source.simplified() : QStringLiteral("file: ") + script.file;
}

QString describeValue(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("v"), value}})
                                 .toJson(QJsonDocument::Compact))
        .mid(5)
        .chopped(1);
}

} // namespace

PropertyTableModel::PropertyTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void PropertyTableModel::setMapping(const config::Mapping& mapping)
{
    beginResetModel();
    m_rows = mapping.file() ? mapping.properties() : QVector<config::PropertyMapping>{};
    endResetModel();
}

int PropertyTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

int PropertyTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PropertyTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const config::PropertyMapping& p = m_rows.at(index.row());
    switch (index.column()) {
    case Source:
        return p.source.isEmpty() && p.transform.present ? tr("(whole object)") : p.source;
    case Target:
        return p.target;
    case Transform:
        return describeScript(p.transform);
    case Condition:
        return p.condition.isFilter() ? p.condition.filter : describeScript(p.condition.script);
    case Default:
        return p.defaultValue ? describeValue(*p.defaultValue) : QString();
    }
    return {};
}

QVariant PropertyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Source:
        return tr("Source");
    case Target:
        return tr("Target");
    case Transform:
        return tr("Transform");
    case Condition:
        return tr("Condition");
    case Default:
        return tr("Default");
    }
    return {};
}

} // namespace syncstudio::ui
