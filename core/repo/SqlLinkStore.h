#pragma once

#include "LinkStore.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>
#include <memory>

namespace syncstudio::repo {

class Repository;

// The links table of a Repository. Like the LinkStore it implements, an instance is used by
// one thread at a time; it works on that thread's connection.
//
// applyLinkChanges runs the whole batch in one transaction with two prepared statements
// reused for every row, so a batch of thousands costs one commit. A Delete of a link that is
// not there fails the batch, like an Insert that breaks a unique index: the links would not
// be what the caller believes.
class SqlLinkStore : public LinkStore
{
public:
    explicit SqlLinkStore(Repository& repository);
    ~SqlLinkStore() override;

    bool forEachLink(const QString& linkType, const std::function<void(const Link&)>& sink,
                     QString* error) override;
    bool findByFirstId(const QString& linkType, const QString& qualifier, const QString& firstId,
                       Link* link, bool* found, QString* error) override;
    bool findBySecondId(const QString& linkType, const QString& qualifier, const QString& secondId,
                        Link* link, bool* found, QString* error) override;
    bool applyLinkChanges(const QVector<LinkChange>& changes, QString* error) override;
    // The filter and the id search become SQL conditions on the links table with bound
    // values; the page is found through the unique (type, qualifier, id) indexes' columns.
    bool linksPage(const LinkQuery& query, const MappingLink* after, int limit,
                   QVector<MappingLink>* page, QString* error) override;
    bool countLinks(const LinkQuery& query, qint64* count, QString* error) override;

    // How many links linkType has.
    bool countLinks(const QString& linkType, qint64* count, QString* error);
    // The link types that have links, sorted.
    bool linkTypes(QStringList* types, QString* error);
    // Removes every link of linkType (a mapping's links, before a fresh initial load).
    bool removeLinkType(const QString& linkType, QString* error);

private:
    // "link_type = ? AND <filter>" for query, its bound values appended to bindings.
    QString whereClause(const LinkQuery& query, QVariantList* bindings) const;
    bool findBy(const QString& column, const QString& linkType, const QString& qualifier,
                const QString& id, Link* link, bool* found, QString* error);

    Repository& m_repository;
    // The two lookups are prepared once per connection: the engine calls them once per
    // source or target object.
    std::unique_ptr<QSqlQuery> m_byFirstId;
    std::unique_ptr<QSqlQuery> m_bySecondId;
};

} // namespace syncstudio::repo
