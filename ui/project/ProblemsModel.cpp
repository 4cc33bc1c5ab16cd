#include "ProblemsModel.h"

#include <QApplication>
#include <QStyle>
#include <algorithm>

namespace syncstudio::ui {

ProblemsModel::ProblemsModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ProblemsModel::setDiagnostics(QVector<config::Diagnostic> diagnostics)
{
    beginResetModel();
    m_diagnostics = std::move(diagnostics);
    endResetModel();
}

int ProblemsModel::errorCount() const
{
    return static_cast<int>(std::count_if(m_diagnostics.begin(), m_diagnostics.end(),
                                          [](const auto& d) { return d.isError(); }));
}

int ProblemsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_diagnostics.size();
}

int ProblemsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const config::Diagnostic& d = m_diagnostics.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Severity:
            return d.isError() ? tr("Error") : tr("Warning");
        case Message:
            return d.hint.isEmpty() ? d.message : d.message + QStringLiteral(" \u2014 ") + d.hint;
        case Location:
            return QStringLiteral("%1:%2:%3")
                .arg(d.file)
                .arg(d.position.line)
                .arg(d.position.column);
        }
    }
    if (role == Qt::DecorationRole && index.column() == Severity)
        return QApplication::style()->standardIcon(d.isError() ? QStyle::SP_MessageBoxCritical
                                                               : QStyle::SP_MessageBoxWarning);
    if (role == Qt::ToolTipRole)
        return d.toString();
    return {};
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Severity:
        return tr("Severity");
    case Message:
        return tr("Message");
    case Location:
        return tr("Location");
    }
    return {};
}

} // namespace syncstudio::ui
