#pragma once

#include "config/Mapping.h"

#include <QAbstractTableModel>
#include <QPointer>

class QUndoCommand;

namespace syncstudio::ui {

class ProjectDocument;

// The attribute rows of one mapping ("properties"): source, target, transform, condition,
// default. Editing a cell pushes an undo command that changes only that value's text;
// cells the validator complains about are marked, with its message as tooltip. Rows move
// by drag and drop; attribute names dropped from the Schema dock fill source or target.
class PropertyTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Source,
        Target,
        Transform,
        Condition,
        Default,
        ColumnCount
    };
    static QString rowMimeType();

    explicit PropertyTableModel(QObject* parent = nullptr);
    void setMapping(ProjectDocument* document, const config::Mapping& mapping);
    const config::Mapping& mapping() const { return m_mapping; }
    // Reads the rows again (after an edit or undo).
    void refresh();

    // The JSON pointer of row, and the member a column edits.
    QString rowPointer(int row) const;
    static QString memberName(int column);
    const config::PropertyMapping& row(int row) const { return m_rows.at(row); }

    // Edits, each one undo command.
    void addRow(int at, const QString& source, const QString& target);
    void removeRow(int row);
    void duplicateRow(int row);
    void moveRow(int from, int to);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

private:
    QString arrayPointer() const;
    void push(QUndoCommand* command);

    QPointer<ProjectDocument> m_document;
    config::Mapping m_mapping;
    QVector<config::PropertyMapping> m_rows;
};

} // namespace syncstudio::ui
