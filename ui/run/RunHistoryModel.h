#pragma once

#include "recon/ReconStatistics.h"

#include <QAbstractTableModel>

namespace syncstudio::ui {

// The runs of this session, newest first, with their statistics and exceptions.
// (The repository keeps runs across sessions once it exists; this lists what ran here.)
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
        Changed,
        Failed,
        ColumnCount
    };

    explicit RunHistoryModel(QObject* parent = nullptr);
    void addRun(const recon::ReconStatistics& statistics);
    const recon::ReconStatistics& run(int row) const { return m_runs.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVector<recon::ReconStatistics> m_runs;
};

} // namespace syncstudio::ui
