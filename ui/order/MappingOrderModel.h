#pragma once

#include <QAbstractTableModel>
#include <QPointer>
#include <QStringList>

namespace syncstudio::ui {

class ProjectDocument;

// The mappings in processing order. The sync.json ones come first and keep their file
// order, so they reorder by drag and drop (an undo command moving the array item); mapping
// files are placed by their syncAfter and do not move.
class MappingOrderModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Objects,
        DefinedIn,
        ColumnCount
    };
    static QString mimeType();

    explicit MappingOrderModel(QObject* parent = nullptr);
    void setDocument(ProjectDocument* document);
    void refresh();
    // Moves the sync.json mapping at row from to row to (both sync.json rows).
    bool moveMapping(int from, int to);
    int syncJsonCount() const { return m_syncJsonCount; }
    QString mappingName(int row) const { return m_rows.value(row).name; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

private:
    struct Row
    {
        QString name;
        QString objects;
        QString file;
        QStringList syncAfter;
        bool inCycle = false;
    };
    int dropTarget(int row, const QModelIndex& parent, int from) const;

    QPointer<ProjectDocument> m_document;
    QVector<Row> m_rows;
    int m_syncJsonCount = 0;
};

} // namespace syncstudio::ui
