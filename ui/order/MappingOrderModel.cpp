#include "MappingOrderModel.h"

#include "config/ProcessingOrder.h"
#include "config/Project.h"
#include "project/MoveItemCommand.h"
#include "project/ProjectDocument.h"

#include <QColor>
#include <QMimeData>
#include <QUndoStack>

namespace syncstudio::ui {

QString MappingOrderModel::mimeType()
{
    return QStringLiteral("application/x-syncstudio-mapping-row");
}

MappingOrderModel::MappingOrderModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void MappingOrderModel::setDocument(ProjectDocument* document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &ProjectDocument::changed, this, &MappingOrderModel::refresh);
    refresh();
}

void MappingOrderModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    m_syncJsonCount = 0;
    if (m_document) {
        const config::ProcessingOrder order = config::computeProcessingOrder(m_document->project());
        for (const config::Mapping& m : order.mappings) {
            Row row{m.name(), m.source() + QStringLiteral(" \u2192 ") + m.target(),
                    m.file()->relativePath, m.syncAfter(), false};
            for (const QStringList& cycle : order.cycles)
                row.inCycle = row.inCycle || cycle.contains(row.name);
            if (m.isInSyncJson())
                ++m_syncJsonCount;
            m_rows.append(row);
        }
    }
    endResetModel();
}

bool MappingOrderModel::moveMapping(int from, int to)
{
    if (!m_document || from == to || from < 0 || to < 0 || from >= m_syncJsonCount ||
        to >= m_syncJsonCount)
        return false;
    const config::ConfigFile* sync = m_document->project().syncFile();
    if (!sync)
        return false;
    m_document->undoStack()->push(new MoveItemCommand(
        m_document, sync->relativePath, QStringLiteral("/mappings"), from, to,
        tr("Move mapping %1 to position %2").arg(m_rows[from].name).arg(to + 1)));
    return true;
}

int MappingOrderModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

int MappingOrderModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MappingOrderModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return QStringLiteral("%1. %2").arg(index.row() + 1).arg(row.name);
        case Objects:
            return row.objects;
        case DefinedIn:
            return row.syncAfter.isEmpty()
                       ? row.file
                       : tr("%1 (after %2)")
                             .arg(row.file, row.syncAfter.join(QStringLiteral(", ")));
        }
        return {};
    case Qt::ForegroundRole:
        if (row.inCycle)
            return QColor(0xd0, 0x2b, 0x2b);
        return {};
    case Qt::ToolTipRole:
        if (row.inCycle)
            return tr("%1 is part of a syncAfter cycle").arg(row.name);
        if (index.row() < m_syncJsonCount)
            return tr("Drag to change the order of sync.json");
        return tr("Runs after the mappings its syncAfter names");
    case Qt::UserRole:
        return row.name;
    }
    return {};
}

QVariant MappingOrderModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Mapping");
    case Objects:
        return tr("Source \u2192 target");
    case DefinedIn:
        return tr("Defined in");
    }
    return {};
}

Qt::ItemFlags MappingOrderModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.row() < m_syncJsonCount)
        f |= Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    return f;
}

Qt::DropActions MappingOrderModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList MappingOrderModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData* MappingOrderModel::mimeData(const QModelIndexList& indexes) const
{
    if (indexes.isEmpty() || indexes.first().row() >= m_syncJsonCount)
        return nullptr;
    auto* mime = new QMimeData;
    mime->setData(mimeType(), QByteArray::number(indexes.first().row()));
    return mime;
}

int MappingOrderModel::dropTarget(int row, const QModelIndex& parent, int from) const
{
    // Onto a row: take its place. Between rows: before row. Past the end of the sync.json
    // rows: last of them.
    int to = parent.isValid() ? parent.row() : (row < 0 ? m_syncJsonCount : row);
    if (!parent.isValid() && to > from)
        --to;
    return qBound(0, to, m_syncJsonCount - 1);
}

bool MappingOrderModel::canDropMimeData(const QMimeData* data, Qt::DropAction, int, int,
                                        const QModelIndex&) const
{
    return m_document && data && data->hasFormat(mimeType());
}

bool MappingOrderModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row,
                                     int column, const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    bool ok = false;
    const int from = data->data(mimeType()).toInt(&ok);
    if (!ok || from < 0 || from >= m_syncJsonCount)
        return false;
    moveMapping(from, dropTarget(row, parent, from));
    // The command moved it; the view must not remove the dragged row itself.
    return false;
}

} // namespace syncstudio::ui
