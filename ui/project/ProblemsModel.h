#pragma once

#include "config/Diagnostic.h"

#include <QAbstractTableModel>
#include <QVector>

namespace syncstudio::ui {

// Validation messages of the project: severity, message, file and position.
class ProblemsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Severity,
        Message,
        Location,
        ColumnCount
    };

    explicit ProblemsModel(QObject* parent = nullptr);
    void setDiagnostics(QVector<config::Diagnostic> diagnostics);
    const config::Diagnostic& diagnostic(int row) const { return m_diagnostics.at(row); }
    int errorCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVector<config::Diagnostic> m_diagnostics;
};

} // namespace syncstudio::ui
