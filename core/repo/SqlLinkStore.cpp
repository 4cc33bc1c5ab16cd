#include "SqlLinkStore.h"

#include "Repository.h"
#include "SqlSupport.h"
#include "SqlTransaction.h"

#include <QSqlQuery>

namespace syncstudio::repo {

namespace {

QString describe(const Link& link)
{
    return QStringLiteral("%1/%2 %3 -> %4")
        .arg(link.linkType, link.linkQualifier, link.firstId, link.secondId);
}

} // namespace

bool SqlLinkStore::forEachLink(const QString& linkType,
                               const std::function<void(const Link&)>& sink, QString* error)
{
    QSqlDatabase db = m_repository.database(error);
    if (!db.isValid())
        return false;
    QSqlQuery query(db);
    // Forward only: SQLite steps through the table and the PostgreSQL driver fetches row by
    // row, so the links are never all in memory.
    query.setForwardOnly(true);
    if (!execBound(query,
                   QStringLiteral("SELECT link_qualifier, first_id, second_id FROM links WHERE "
                                  "link_type = ?"),
                   {linkType}, QStringLiteral("cannot read the links of %1").arg(linkType), error))
        return false;
    Link link;
    link.linkType = linkType;
    while (query.next()) {
        link.linkQualifier = query.value(0).toString();
        link.firstId = query.value(1).toString();
        link.secondId = query.value(2).toString();
        sink(link);
    }
    if (query.lastError().isValid()) {
        if (error)
            *error = QStringLiteral("reading the links of %1 failed: %2")
                         .arg(linkType, query.lastError().text());
        return false;
    }
    return true;
}

SqlLinkStore::SqlLinkStore(Repository& repository)
    : m_repository(repository)
{}

SqlLinkStore::~SqlLinkStore() = default;

bool SqlLinkStore::findBy(const QString& column, const QString& linkType, const QString& qualifier,
                          const QString& id, Link* link, bool* found, QString* error)
{
    *found = false;
    QSqlDatabase db = m_repository.database(error);
    if (!db.isValid())
        return false;
    std::unique_ptr<QSqlQuery>& query =
        column == QLatin1String("first_id") ? m_byFirstId : m_bySecondId;
    // A query prepared on an earlier connection of this thread (closed since) has lost its
    // driver: prepare it again on the current one.
    if (!query || query->driver() != db.driver()) {
        query = std::make_unique<QSqlQuery>(db);
        query->setForwardOnly(true);
        // column is one of two constants, never caller text.
        if (!query->prepare(QStringLiteral("SELECT first_id, second_id FROM links WHERE "
                                           "link_type = ? AND link_qualifier = ? AND %1 = ?")
                                .arg(column))) {
            if (error)
                *error = QStringLiteral("cannot prepare the link lookup: %1")
                             .arg(query->lastError().text());
            query.reset();
            return false;
        }
    }
    query->bindValue(0, linkType);
    query->bindValue(1, qualifier);
    query->bindValue(2, id);
    if (!execPrepared(
            *query, QStringLiteral("cannot look up the link of %1 in %2").arg(id, linkType), error))
        return false;
    if (query->next()) {
        *found = true;
        if (link)
            *link =
                Link{linkType, qualifier, query->value(0).toString(), query->value(1).toString()};
    }
    query->finish();
    return true;
}

bool SqlLinkStore::findByFirstId(const QString& linkType, const QString& qualifier,
                                 const QString& firstId, Link* link, bool* found, QString* error)
{
    return findBy(QStringLiteral("first_id"), linkType, qualifier, firstId, link, found, error);
}

bool SqlLinkStore::findBySecondId(const QString& linkType, const QString& qualifier,
                                  const QString& secondId, Link* link, bool* found, QString* error)
{
    return findBy(QStringLiteral("second_id"), linkType, qualifier, secondId, link, found, error);
}

bool SqlLinkStore::applyLinkChanges(const QVector<LinkChange>& changes, QString* error)
{
    if (changes.isEmpty())
        return true;
    QSqlDatabase db = m_repository.database(error);
    if (!db.isValid())
        return false;
    // The statements are declared before the transaction so that, on failure, the rollback
    // comes first and their cleanup runs outside the aborted transaction.
    QSqlQuery insert(db);
    QSqlQuery remove(db);
    SqlTransaction transaction(db);
    if (!transaction.begin(error))
        return false;
    bool insertPrepared = false;
    bool removePrepared = false;
    for (const LinkChange& change : changes) {
        const Link& l = change.link;
        const bool isInsert = change.operation == LinkChange::Operation::Insert;
        QSqlQuery& query = isInsert ? insert : remove;
        bool& prepared = isInsert ? insertPrepared : removePrepared;
        if (!prepared) {
            const QString sql =
                isInsert ? QStringLiteral("INSERT INTO links (link_type, link_qualifier, "
                                          "first_id, second_id) VALUES (?, ?, ?, ?)")
                         : QStringLiteral("DELETE FROM links WHERE link_type = ? AND "
                                          "link_qualifier = ? AND first_id = ? AND second_id = ?");
            if (!query.prepare(sql)) {
                if (error)
                    *error = QStringLiteral("cannot prepare the link statement: %1")
                                 .arg(query.lastError().text());
                return false;
            }
            prepared = true;
        }
        query.bindValue(0, l.linkType);
        query.bindValue(1, l.linkQualifier);
        query.bindValue(2, l.firstId);
        query.bindValue(3, l.secondId);
        if (!query.exec()) {
            if (error) {
                if (isInsert && isUniqueViolation(query.lastError()))
                    *error =
                        QStringLiteral("cannot link %1: %2 or %3 is already linked in %4/%5; "
                                       "no link of this batch was written")
                            .arg(describe(l), l.firstId, l.secondId, l.linkType, l.linkQualifier);
                else
                    *error =
                        QStringLiteral("cannot %1 the link %2: %3; no link of this batch "
                                       "was written")
                            .arg(isInsert ? QStringLiteral("insert") : QStringLiteral("delete"),
                                 describe(l), query.lastError().text());
            }
            return false;
        }
        if (!isInsert && query.numRowsAffected() == 0) {
            if (error)
                *error = QStringLiteral("cannot delete the link %1: there is no such link; no "
                                        "link of this batch was written")
                             .arg(describe(l));
            return false;
        }
    }
    insert.finish();
    remove.finish();
    return transaction.commit(error);
}

bool SqlLinkStore::countLinks(const QString& linkType, qint64* count, QString* error)
{
    QSqlDatabase db = m_repository.database(error);
    if (!db.isValid())
        return false;
    QSqlQuery query(db);
    if (!execBound(query, QStringLiteral("SELECT COUNT(*) FROM links WHERE link_type = ?"),
                   {linkType}, QStringLiteral("cannot count the links of %1").arg(linkType), error))
        return false;
    *count = query.next() ? query.value(0).toLongLong() : 0;
    return true;
}

bool SqlLinkStore::linkTypes(QStringList* types, QString* error)
{
    types->clear();
    QSqlDatabase db = m_repository.database(error);
    if (!db.isValid())
        return false;
    QSqlQuery query(db);
    if (!execBound(query, QStringLiteral("SELECT DISTINCT link_type FROM links ORDER BY link_type"),
                   {}, QStringLiteral("cannot list the link types"), error))
        return false;
    while (query.next())
        *types << query.value(0).toString();
    return true;
}

bool SqlLinkStore::removeLinkType(const QString& linkType, QString* error)
{
    QSqlDatabase db = m_repository.database(error);
    if (!db.isValid())
        return false;
    QSqlQuery query(db);
    return execBound(query, QStringLiteral("DELETE FROM links WHERE link_type = ?"), {linkType},
                     QStringLiteral("cannot remove the links of %1").arg(linkType), error);
}

} // namespace syncstudio::repo
