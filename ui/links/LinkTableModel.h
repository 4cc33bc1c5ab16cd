#pragma once

#include "repo/LinkQuery.h"

#include <QAbstractTableModel>
#include <QVector>

namespace syncstudio::ui {

// The links of a mapping as a table (qualifier, source id, target id), filled a page at a
// time: the view asks for more through canFetchMore/fetchMore when it scrolls near the end,
// the model asks its owner (morePagesWanted), and the owner's worker appends the page. The
// model itself never reads the repository.
class LinkTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Qualifier,
        SourceId,
        TargetId,
        ColumnCount
    };

    explicit LinkTableModel(QObject* parent = nullptr);

    // Empties the table; more pages may follow (a first page is on its way).
    void clear();
    // Appends page; more says whether the repository may have links after it.
    void appendPage(const QVector<repo::MappingLink>& page, bool more);
    // A page request failed: stop asking until the next clear().
    void stopPaging();

    const repo::MappingLink& link(int row) const { return m_links.at(row); }
    // The last link loaded: where the next page starts; null when none is loaded.
    const repo::MappingLink* lastLink() const
    {
        return m_links.isEmpty() ? nullptr : &m_links.last();
    }
    bool hasMore() const { return m_more; }
    bool isLoading() const { return m_loading; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    // The view wants the page after lastLink().
    void morePagesWanted();

private:
    QVector<repo::MappingLink> m_links;
    bool m_more = true;
    bool m_loading = true;
};

} // namespace syncstudio::ui
