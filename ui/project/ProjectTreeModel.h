#pragma once

#include <QAbstractItemModel>
#include <QStringList>
#include <QVector>

namespace syncstudio::config {
class Project;
}

namespace syncstudio::ui {

// The project explorer: connectors, managed object types, mappings (in processing order) and
// the repository they are kept in, under four group rows.
class ProjectTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Group
    {
        Connectors,
        ManagedTypes,
        Mappings,
        Repository,
        GroupCount
    };
    enum Role
    {
        KindRole = Qt::UserRole + 1,
        NameRole
    };

    explicit ProjectTreeModel(QObject* parent = nullptr);

    void setProject(const config::Project* project);
    // The one row under Repository: what RepositorySettings::describe() says, or why the
    // settings cannot be read (detail, the tool tip, says more).
    void setRepository(const QString& description, const QString& detail);
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
    Item m_repository;
    QVector<Item> m_items[GroupCount];
};

} // namespace syncstudio::ui
