#include "RunHistoryModel.h"

#include <QColor>
#include <QLocale>

namespace syncstudio::ui {

RunHistoryModel::RunHistoryModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void RunHistoryModel::addRun(const recon::ReconStatistics& statistics)
{
    beginInsertRows({}, 0, 0);
    m_runs.prepend(statistics);
    endInsertRows();
}

int RunHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_runs.size();
}

int RunHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const recon::ReconStatistics& s = m_runs.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Mapping:
            return s.dryRun ? tr("%1 (preview)").arg(s.mappingName) : s.mappingName;
        case Started:
            return QLocale().toString(s.started.toLocalTime().time(), QLocale::ShortFormat);
        case Duration: {
            const qint64 ms =
                s.started.isValid() && s.ended.isValid() ? s.started.msecsTo(s.ended) : 0;
            return tr("%1 s").arg(QLocale().toString(static_cast<double>(ms) / 1000.0, 'f', 1));
        }
        case State:
            return s.state;
        case Processed:
            return s.processed();
        case Changed:
            return s.changedObjects;
        case Failed:
            return s.failed;
        }
        return {};
    }
    if (role == Qt::ForegroundRole && index.column() == State) {
        if (s.state == QLatin1String("SUCCESS"))
            return QColor(0x2e, 0x7d, 0x32);
        if (s.state == QLatin1String("FAILED"))
            return QColor(0xc6, 0x28, 0x28);
        return QColor(0xef, 0x6c, 0x00);
    }
    if (role == Qt::ToolTipRole) {
        QStringList lines;
        if (!s.error.isEmpty())
            lines << s.error;
        for (const auto& e : s.exceptions)
            lines << tr("%1: %2").arg(e.sourceId.isEmpty() ? e.targetId : e.sourceId, e.message);
        return lines.isEmpty() ? QVariant() : QVariant(lines.mid(0, 20).join(QLatin1Char('\n')));
    }
    if (role == Qt::TextAlignmentRole && index.column() >= Processed)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant RunHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Mapping:
        return tr("Mapping");
    case Started:
        return tr("Started");
    case Duration:
        return tr("Duration");
    case State:
        return tr("State");
    case Processed:
        return tr("Objects");
    case Changed:
        return tr("Changed");
    case Failed:
        return tr("Failed");
    }
    return {};
}

} // namespace syncstudio::ui
