#pragma once

#include "repo/ReconRun.h"

#include <QAbstractTableModel>
#include <QVector>

namespace syncstudio::ui {

// The runs the project's repository recorded, newest first, with their statistics: what
// RunHistoryLoader read from repo::ReconRunStore.
class RunHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Mapping,
        Started,
        Duration,
        State,
        Processed,
        Situations,
        Changed,
        Exceptions,
        ColumnCount
    };

    explicit RunHistoryModel(QObject* parent = nullptr);
    void setRuns(const QVector<repo::ReconRun>& runs);
    const repo::ReconRun& run(int row) const { return m_runs.at(row); }
    int rowOf(const QString& runId) const;

    // "22 ABSENT, 3 FOUND": the situations of a run that occurred, most frequent first.
    static QString situationSummary(const repo::ReconRun& run);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVector<repo::ReconRun> m_runs;
};

// The exceptions of one recorded run.
class RunExceptionModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        SourceId,
        TargetId,
        Situation,
        Action,
        Message,
        ColumnCount
    };

    explicit RunExceptionModel(QObject* parent = nullptr);
    void setExceptions(const QVector<repo::ReconException>& exceptions);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVector<repo::ReconException> m_exceptions;
};

} // namespace syncstudio::ui
