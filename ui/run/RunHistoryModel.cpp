#include "RunHistoryModel.h"

#include <QColor>
#include <QJsonObject>
#include <QLocale>
#include <algorithm>

namespace syncstudio::ui {

RunHistoryModel::RunHistoryModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void RunHistoryModel::setRuns(const QVector<repo::ReconRun>& runs)
{
    beginResetModel();
    m_runs = runs;
    endResetModel();
}

int RunHistoryModel::rowOf(const QString& runId) const
{
    for (int row = 0; row < m_runs.size(); ++row) {
        if (m_runs.at(row).id == runId)
            return row;
    }
    return -1;
}

QString RunHistoryModel::situationSummary(const repo::ReconRun& run)
{
    const QJsonObject summary = run.counts.value(QStringLiteral("situationSummary")).toObject();
    QVector<QPair<qint64, QString>> counts;
    for (auto it = summary.begin(); it != summary.end(); ++it) {
        const qint64 n = it.value().toInteger();
        if (n > 0)
            counts.append({n, it.key()});
    }
    std::stable_sort(counts.begin(), counts.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    QStringList parts;
    for (const auto& c : counts)
        parts << QStringLiteral("%1 %2").arg(c.first).arg(c.second);
    return parts.join(QStringLiteral(", "));
}

int RunHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RunHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const repo::ReconRun& r = m_runs.at(index.row());
    const QJsonObject status = r.counts.value(QStringLiteral("statusSummary")).toObject();
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Mapping:
            return r.mapping;
        case Started:
            return QLocale().toString(r.started.toLocalTime(), QLocale::ShortFormat);
        case Duration: {
            if (!r.ended.isValid())
                return tr("running");
            const qint64 ms = r.started.msecsTo(r.ended);
            return tr("%1 s").arg(QLocale().toString(static_cast<double>(ms) / 1000.0, 'f', 1));
        }
        case State:
            return repo::ReconRun::stateName(r.state);
        case Processed:
            return status.value(QStringLiteral("SUCCESS")).toInteger() +
                   status.value(QStringLiteral("FAILURE")).toInteger();
        case Situations:
            return situationSummary(r);
        case Changed:
            return r.counts.value(QStringLiteral("changedObjects")).toInteger();
        case Exceptions:
            return r.exceptionCount;
        }
        return {};
    }
    if (role == Qt::ForegroundRole && index.column() == State) {
        if (r.state == repo::ReconRun::State::Success)
            return QColor(0x2e, 0x7d, 0x32);
        if (r.state == repo::ReconRun::State::Failed)
            return QColor(0xc6, 0x28, 0x28);
        return QColor(0xef, 0x6c, 0x00);
    }
    if (role == Qt::ToolTipRole && !r.message.isEmpty())
        return r.message;
    if (role == Qt::TextAlignmentRole &&
        (index.column() == Processed || index.column() == Changed || index.column() == Exceptions))
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
    case Situations:
        return tr("Situations");
    case Changed:
        return tr("Changed");
    case Exceptions:
        return tr("Exceptions");
    }
    return {};
}

RunExceptionModel::RunExceptionModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void RunExceptionModel::setExceptions(const QVector<repo::ReconException>& exceptions)
{
    beginResetModel();
    m_exceptions = exceptions;
    endResetModel();
}

int RunExceptionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_exceptions.size());
}

int RunExceptionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunExceptionModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const repo::ReconException& e = m_exceptions.at(index.row());
    switch (index.column()) {
    case SourceId:
        return e.sourceId;
    case TargetId:
        return e.targetId;
    case Situation:
        return e.situation;
    case Action:
        return e.action;
    case Message:
        return e.message;
    }
    return {};
}

QVariant RunExceptionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SourceId:
        return tr("Source");
    case TargetId:
        return tr("Target");
    case Situation:
        return tr("Situation");
    case Action:
        return tr("Action");
    case Message:
        return tr("Message");
    }
    return {};
}

} // namespace syncstudio::ui
