#include "PropertyTableModel.h"

#include "project/InsertItemCommand.h"
#include "project/MoveItemCommand.h"
#include "project/ProjectDocument.h"
#include "project/RemoveItemCommand.h"
#include "project/SetMemberCommand.h"

#include <QColor>
#include <QDataStream>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QUndoStack>

namespace syncstudio::ui {

namespace {

QString describeScript(const config::ScriptObject& script)
{
    if (!script.present)
        return {};
    return script.isInline() ? script.source.simplified()
                             : PropertyTableModel::tr("file: %1").arg(script.file);
}

QString describeValue(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

// "Unassigned" -> "Unassigned"; 42, true, null, [..], {..} as JSON; anything else a string.
QJsonValue parseDefault(const QString& text)
{
    QJsonParseError error;
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + QByteArray("]"), &error);
    if (error.error == QJsonParseError::NoError && doc.array().size() == 1)
        return doc.array().first();
    return text;
}

} // namespace

QString PropertyTableModel::rowMimeType()
{
    return QStringLiteral("application/x-syncstudio-property-row");
}

PropertyTableModel::PropertyTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void PropertyTableModel::setMapping(ProjectDocument* document, const config::Mapping& mapping)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    beginResetModel();
    m_document = document;
    m_mapping = mapping;
    m_rows = mapping.file() ? mapping.properties() : QVector<config::PropertyMapping>{};
    endResetModel();
    if (m_document) {
        connect(m_document, &ProjectDocument::changed, this, &PropertyTableModel::refresh);
        connect(m_document, &ProjectDocument::diagnosticsChanged, this, [this] {
            if (!m_rows.isEmpty())
                emit dataChanged(index(0, 0), index(m_rows.size() - 1, ColumnCount - 1),
                                 {Qt::BackgroundRole, Qt::ToolTipRole, Qt::ForegroundRole});
        });
    }
}

void PropertyTableModel::refresh()
{
    if (!m_mapping.file() || m_mapping.node() == config::JsonText::NoNode) {
        if (!m_rows.isEmpty()) {
            beginResetModel();
            m_rows.clear();
            endResetModel();
        }
        return;
    }
    QVector<config::PropertyMapping> rows = m_mapping.properties();
    if (rows.size() == m_rows.size()) {
        m_rows = std::move(rows);
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(m_rows.size() - 1, ColumnCount - 1));
        return;
    }
    // Rows came or went: tell the view exactly where when it is one row at the end or one
    // row anywhere, else start over.
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

QString PropertyTableModel::arrayPointer() const
{
    return m_mapping.pointer() + QStringLiteral("/properties");
}

QString PropertyTableModel::rowPointer(int row) const
{
    return arrayPointer() + QLatin1Char('/') + QString::number(row);
}

QString PropertyTableModel::memberName(int column)
{
    switch (column) {
    case Source:
        return QStringLiteral("source");
    case Target:
        return QStringLiteral("target");
    case Transform:
        return QStringLiteral("transform");
    case Condition:
        return QStringLiteral("condition");
    case Default:
        return QStringLiteral("default");
    }
    return {};
}

void PropertyTableModel::push(QUndoCommand* command)
{
    if (m_document)
        m_document->undoStack()->push(command);
    else
        delete command;
}

void PropertyTableModel::addRow(int at, const QString& source, const QString& target)
{
    if (!m_document || !m_mapping.file())
        return;
    const OrderedObject row{{QStringLiteral("source"), source}, {QStringLiteral("target"), target}};
    push(new InsertItemCommand(m_document, m_mapping.file()->relativePath, arrayPointer(), at, row,
                               tr("Add attribute %1").arg(target)));
}

void PropertyTableModel::removeRow(int row)
{
    if (!m_document || row < 0 || row >= m_rows.size())
        return;
    push(new RemoveItemCommand(m_document, m_mapping.file()->relativePath, arrayPointer(), row,
                               tr("Remove attribute %1").arg(m_rows.at(row).target)));
}

void PropertyTableModel::duplicateRow(int row)
{
    if (!m_document || row < 0 || row >= m_rows.size())
        return;
    const config::JsonText& json = m_mapping.json();
    const config::JsonText::NodeId node = json.find(rowPointer(row));
    if (node == config::JsonText::NoNode)
        return;
    auto* command = new InsertItemCommand(m_document, m_mapping.file()->relativePath,
                                          arrayPointer(), row + 1, json.value(node),
                                          tr("Duplicate attribute %1").arg(m_rows.at(row).target));
    // The copy keeps the spelling of the original row.
    command->setRawText(json.rawText(node));
    push(command);
}

void PropertyTableModel::moveRow(int from, int to)
{
    if (!m_document || from == to || from < 0 || to < 0 || from >= m_rows.size() ||
        to >= m_rows.size())
        return;
    push(new MoveItemCommand(m_document, m_mapping.file()->relativePath, arrayPointer(), from, to,
                             tr("Move attribute %1").arg(m_rows.at(from).target)));
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
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const config::PropertyMapping& p = m_rows.at(index.row());
    if (role == Qt::ToolTipRole || role == Qt::BackgroundRole || role == Qt::ForegroundRole) {
        QStringList messages;
        if (m_document) {
            const QString pointer = rowPointer(index.row());
            const QString cell = pointer + QLatin1Char('/') + memberName(index.column());
            for (const config::Diagnostic& d :
                 m_document->diagnosticsAt(m_mapping.file(), pointer)) {
                const bool onCell =
                    d.pointer == cell || d.pointer.startsWith(cell + QLatin1Char('/'));
                // A message about the row as a whole shows on its target.
                const bool onRow = d.pointer == pointer && index.column() == Target;
                if (onCell || onRow)
                    messages << (d.hint.isEmpty() ? d.message
                                                  : d.message + QStringLiteral("\n") + d.hint);
            }
        }
        if (role == Qt::BackgroundRole)
            return messages.isEmpty() ? QVariant() : QVariant(QColor(0xfd, 0xe2, 0xe1));
        if (role == Qt::ForegroundRole)
            return messages.isEmpty() ? QVariant() : QVariant(QColor(0xb0, 0x1e, 0x1e));
        if (!messages.isEmpty())
            return messages.join(QStringLiteral("\n"));
        if (index.column() == Transform && p.transform.present)
            return p.transform.isInline() ? p.transform.source : p.transform.file;
        return {};
    }
    if (role == Qt::DisplayRole) {
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
    }
    if (role == Qt::EditRole) {
        switch (index.column()) {
        case Source:
            return p.source;
        case Target:
            return p.target;
        case Transform:
            return p.transform.source;
        case Condition:
            return p.condition.isFilter() ? p.condition.filter : p.condition.script.source;
        case Default:
            return p.defaultValue ? describeValue(*p.defaultValue) : QString();
        }
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

Qt::ItemFlags PropertyTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return m_document ? Qt::ItemIsDropEnabled : Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
    if (!m_document)
        return f;
    const config::PropertyMapping& p = m_rows.at(index.row());
    // A script kept in a file is edited in that file, not in the cell.
    const bool fileScript =
        (index.column() == Transform && p.transform.present && !p.transform.isInline()) ||
        (index.column() == Condition && p.condition.isScript() && !p.condition.script.isInline());
    if (!fileScript)
        f |= Qt::ItemIsEditable;
    if (index.column() == Source || index.column() == Target)
        f |= Qt::ItemIsDropEnabled;
    return f;
}

bool PropertyTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!m_document || !index.isValid() || role != Qt::EditRole || index.row() >= m_rows.size())
        return false;
    const config::PropertyMapping& p = m_rows.at(index.row());
    const QString file = m_mapping.file()->relativePath;
    const QString pointer = rowPointer(index.row());
    const QString text = value.toString();
    const QString member = memberName(index.column());
    const QString label = tr("Edit %1 of %2").arg(member, p.target);
    QUndoCommand* command = nullptr;
    switch (index.column()) {
    case Source:
        command = new SetMemberCommand(m_document, file, pointer, member, text, label);
        break;
    case Target:
        command = new SetMemberCommand(m_document, file, pointer, member, text, label);
        break;
    case Transform:
        if (text.isEmpty())
            command = new SetMemberCommand(m_document, file, pointer, member, QJsonValue::Undefined,
                                           label);
        else if (p.transform.present)
            command = new SetMemberCommand(m_document, file, pointer + QStringLiteral("/transform"),
                                           QStringLiteral("source"), text, label);
        else
            command = new SetMemberCommand(m_document, file, pointer, member,
                                           inlineJavaScript(text), label);
        break;
    case Condition:
        if (text.isEmpty())
            command = new SetMemberCommand(m_document, file, pointer, member, QJsonValue::Undefined,
                                           label);
        else if (p.condition.isScript())
            command = new SetMemberCommand(m_document, file, pointer + QStringLiteral("/condition"),
                                           QStringLiteral("source"), text, label);
        else if (p.condition.isFilter() || text.startsWith(QLatin1Char('/')))
            // A query filter on the source object ("/object/phone pr") stays a filter.
            command = new SetMemberCommand(m_document, file, pointer, member, text, label);
        else
            command = new SetMemberCommand(m_document, file, pointer, member,
                                           inlineJavaScript(text), label);
        break;
    case Default:
        command = new SetMemberCommand(
            m_document, file, pointer, member,
            text.isEmpty() ? QJsonValue(QJsonValue::Undefined) : parseDefault(text), label);
        break;
    default:
        return false;
    }
    m_document->undoStack()->push(command);
    return true;
}

Qt::DropActions PropertyTableModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

QStringList PropertyTableModel::mimeTypes() const
{
    return {rowMimeType(), QStringLiteral("text/plain")};
}

QMimeData* PropertyTableModel::mimeData(const QModelIndexList& indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto* mime = new QMimeData;
    mime->setData(rowMimeType(), QByteArray::number(indexes.first().row()));
    return mime;
}

bool PropertyTableModel::canDropMimeData(const QMimeData* data, Qt::DropAction, int row, int column,
                                         const QModelIndex& parent) const
{
    if (!m_document || !data)
        return false;
    if (data->hasFormat(rowMimeType()))
        return true;
    // An attribute name from the Schema dock, dropped onto a source or target cell.
    const int targetColumn = parent.isValid() ? parent.column() : column;
    return data->hasText() && (row >= 0 || parent.isValid()) &&
           (targetColumn == Source || targetColumn == Target);
}

bool PropertyTableModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row,
                                      int column, const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    if (data->hasFormat(rowMimeType())) {
        const int from = data->data(rowMimeType()).toInt();
        // Dropped onto a row: take its place; between rows: go before row; below: to the end.
        int to = parent.isValid() ? parent.row() : (row < 0 ? m_rows.size() : row);
        if (to > from && !parent.isValid())
            --to;
        to = qBound(0, to, m_rows.size() - 1);
        moveRow(from, to);
        return false; // the command moved the row; the view must not remove the source
    }
    const QModelIndex cell = parent.isValid() ? parent : index(row, column);
    if (cell.isValid())
        return setData(cell, data->text().trimmed());
    return false;
}

} // namespace syncstudio::ui
