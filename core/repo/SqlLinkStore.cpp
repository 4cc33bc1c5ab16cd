#include "SqlLinkStore.h"

#include "Repository.h"
#include "SqlSupport.h"
#include "SqlTransaction.h"
#include "query/QueryFilterVisitor.h"

#include <QSqlQuery>

namespace syncstudio::repo {

namespace {

// A CREST filter over a mapping's view of a link (sourceId, targetId, linkQualifier) as a
// condition on the links table. Values are bound; the SQL text holds only constants. As in
// IDM's evaluation (QueryFilterEvaluator) letter case is ignored (SQLite's lower() folds
// ASCII letters only), values compare only with strings, and a field the link does not have
// is missing: it fails every comparison and pr.
class LinkFilterTranslator : public query::QueryFilterVisitor<QString>
{
public:
    LinkFilterTranslator(bool postgres, bool reversed, QVariantList* bindings)
        : m_postgres(postgres)
        , m_reversed(reversed)
        , m_bindings(bindings)
    {}

    QString visitBoolean(bool value) override { return value ? True : False; }
    QString visitAnd(const std::vector<query::QueryFilter>& operands) override
    {
        return operands.empty() ? True : join(operands, QStringLiteral(" AND "));
    }
    QString visitOr(const std::vector<query::QueryFilter>& operands) override
    {
        return operands.empty() ? False : join(operands, QStringLiteral(" OR "));
    }
    QString visitNot(const query::QueryFilter& operand) override
    {
        // Every condition written here is true or false, never NULL: NOT is exact.
        return QStringLiteral("NOT (") + operand.accept(*this) + QStringLiteral(")");
    }
    QString visitPresent(const query::JsonPointer& field) override
    {
        return column(field).isEmpty() ? False : True; // the columns are NOT NULL
    }
    QString visitComparison(const query::JsonPointer& field, query::FilterOperator op,
                            const query::FilterValue& value) override
    {
        const QString c = column(field);
        if (c.isEmpty() || !value.isString())
            return False;
        const QString folded = QStringLiteral("lower(%1)").arg(c);
        *m_bindings << value.toString();
        const QString operand = QStringLiteral("lower(CAST(? AS TEXT))");
        const QString position = m_postgres ? QStringLiteral("strpos") : QStringLiteral("instr");
        const QString collate = m_postgres ? QStringLiteral(" COLLATE \"C\"") : QString();
        switch (op) {
        case query::FilterOperator::Contains:
            return QStringLiteral("%1(%2, %3) > 0").arg(position, folded, operand);
        case query::FilterOperator::StartsWith:
            return QStringLiteral("%1(%2, %3) = 1").arg(position, folded, operand);
        case query::FilterOperator::GreaterThan:
            return folded + collate + QStringLiteral(" > ") + operand;
        case query::FilterOperator::GreaterOrEqual:
            return folded + collate + QStringLiteral(" >= ") + operand;
        case query::FilterOperator::LessThan:
            return folded + collate + QStringLiteral(" < ") + operand;
        case query::FilterOperator::LessOrEqual:
            return folded + collate + QStringLiteral(" <= ") + operand;
        case query::FilterOperator::Equals:
            break;
        }
        return folded + QStringLiteral(" = ") + operand;
    }

private:
    // The column behind field; empty for a field a link does not have.
    QString column(const query::JsonPointer& field) const
    {
        if (field.size() != 1)
            return {};
        const QString& name = field.tokens().first();
        if (name == QLatin1String("sourceId"))
            return m_reversed ? QStringLiteral("second_id") : QStringLiteral("first_id");
        if (name == QLatin1String("targetId"))
            return m_reversed ? QStringLiteral("first_id") : QStringLiteral("second_id");
        if (name == QLatin1String("linkQualifier"))
            return QStringLiteral("link_qualifier");
        return {};
    }
    QString join(const std::vector<query::QueryFilter>& operands, const QString& op)
    {
        QStringList parts;
        for (const query::QueryFilter& operand : operands)
            parts << QStringLiteral("(") + operand.accept(*this) + QStringLiteral(")");
        return parts.join(op);
    }

    const QString True = QStringLiteral("1 = 1");
    const QString False = QStringLiteral("1 = 0");
    bool m_postgres;
    bool m_reversed;
    QVariantList* m_bindings;
};

bool execWith(QSqlQuery& query, const QString& sql, const QVariantList& bindings,
              const QString& what, QString* error)
{
    if (!query.prepare(sql)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(what, query.lastError().text());
        return false;
    }
    for (int i = 0; i < bindings.size(); ++i)
        query.bindValue(i, bindings.at(i));
    return execPrepared(query, what, error);
}

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

QString SqlLinkStore::whereClause(const LinkQuery& query, QVariantList* bindings) const
{
    *bindings << query.linkType;
    QStringList conditions{QStringLiteral("link_type = ?")};
    if (!(query.filter.kind() == query::QueryFilter::Kind::Boolean &&
          query.filter.booleanValue())) {
        LinkFilterTranslator translator(m_repository.isPostgreSQL(), query.reversed, bindings);
        conditions << QStringLiteral("(") + query.filter.accept(translator) + QStringLiteral(")");
    }
    if (!query.idContains.isEmpty()) {
        const QString position =
            m_repository.isPostgreSQL() ? QStringLiteral("strpos") : QStringLiteral("instr");
        conditions << QStringLiteral("(%1(lower(first_id), lower(CAST(? AS TEXT))) > 0 OR "
                                     "%1(lower(second_id), lower(CAST(? AS TEXT))) > 0)")
                          .arg(position);
        *bindings << query.idContains << query.idContains;
    }
    return conditions.join(QStringLiteral(" AND "));
}

bool SqlLinkStore::linksPage(const LinkQuery& query, const MappingLink* after, int limit,
                             QVector<MappingLink>* page, QString* error)
{
    page->clear();
    QSqlDatabase db = m_repository.database(error);
    if (!db.isValid())
        return false;
    QVariantList bindings;
    QString where = whereClause(query, &bindings);
    const QString source =
        query.reversed ? QStringLiteral("second_id") : QStringLiteral("first_id");
    const QString target =
        query.reversed ? QStringLiteral("first_id") : QStringLiteral("second_id");
    // Code point order on both databases: SQLite's BINARY, PostgreSQL's "C".
    const QString collate =
        m_repository.isPostgreSQL() ? QStringLiteral(" COLLATE \"C\"") : QString();
    if (after) {
        where += QStringLiteral(" AND (%1%2 > ? OR (%1 = ? AND link_qualifier%2 > ?))")
                     .arg(source, collate);
        bindings << after->sourceId << after->sourceId << after->linkQualifier;
    }
    bindings << qMax(0, limit);
    QSqlQuery sql(db);
    sql.setForwardOnly(true);
    if (!execWith(sql,
                  QStringLiteral("SELECT link_qualifier, %1, %2 FROM links WHERE %3 ORDER BY "
                                 "%1%4, link_qualifier%4 LIMIT ?")
                      .arg(source, target, where, collate),
                  bindings, QStringLiteral("cannot read the links of %1").arg(query.linkType),
                  error))
        return false;
    while (sql.next())
        page->append({sql.value(0).toString(), sql.value(1).toString(), sql.value(2).toString()});
    return true;
}

bool SqlLinkStore::countLinks(const LinkQuery& query, qint64* count, QString* error)
{
    QSqlDatabase db = m_repository.database(error);
    if (!db.isValid())
        return false;
    QVariantList bindings;
    QString where = whereClause(query, &bindings);
    QSqlQuery sql(db);
    if (!execWith(sql, QStringLiteral("SELECT COUNT(*) FROM links WHERE ") + where, bindings,
                  QStringLiteral("cannot count the links of %1").arg(query.linkType), error))
        return false;
    *count = sql.next() ? sql.value(0).toLongLong() : 0;
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
