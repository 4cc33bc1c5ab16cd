#pragma once

#include <QAbstractItemModel>
#include <QStringList>
#include <QVector>

namespace syncstudio::config {
class Project;
}

namespace syncstudio::ui {

// The project explorer: connectors, managed object types and mappings (in processing
// order) under three group rows.
class ProjectTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Group
    {
        Connectors,
        ManagedTypes,
        Mappings,
        GroupCount
    };
    enum Role
    {
        KindRole = Qt::UserRole + 1,
        NameRole
    };

    explicit ProjectTreeModel(QObject* parent = nullptr);

    void setProject(const config::Project* project);
    // Reads the project again after it changed.
    void refresh();
    QModelIndex mappingIndex(const QString& name) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    struct Item
    {
        QString name;
        QString detail;
    };
    const config::Project* m_project = nullptr;
    QVector<Item> m_items[GroupCount];
};

} // namespace syncstudio::ui
