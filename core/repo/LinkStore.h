#pragma once

#include "LinkQuery.h"

#include <QString>
#include <QVector>
#include <functional>

namespace syncstudio::repo {

// A link between a source and a target object, as IDM stores it: linkType is the mapping's
// name (or, for a mapping with "links", the name of the mapping whose links it reuses, with
// first and second swapped), firstId the object on the linkType mapping's source side.
struct Link
{
    QString linkType;
    QString linkQualifier = QStringLiteral("default");
    QString firstId;
    QString secondId;

    bool operator==(const Link& other) const
    {
        return linkType == other.linkType && linkQualifier == other.linkQualifier &&
               firstId == other.firstId && secondId == other.secondId;
    }
};

struct LinkChange
{
    enum class Operation
    {
        Insert,
        Delete
    };
    Operation operation = Operation::Insert;
    Link link;
};

// The links table. Blocking calls for worker threads; one instance per thread.
class LinkStore
{
public:
    virtual ~LinkStore();

    // Every link of linkType, streamed (a million links need not be in memory twice).
    virtual bool forEachLink(const QString& linkType, const std::function<void(const Link&)>& sink,
                             QString* error) = 0;
    // The link of firstId (or of secondId) in linkType and qualifier; found says whether there is
    // one.
    virtual bool findByFirstId(const QString& linkType, const QString& qualifier,
                               const QString& firstId, Link* link, bool* found, QString* error) = 0;
    virtual bool findBySecondId(const QString& linkType, const QString& qualifier,
                                const QString& secondId, Link* link, bool* found,
                                QString* error) = 0;
    // Applies all changes in one transaction: all of them or, on failure, none.
    virtual bool applyLinkChanges(const QVector<LinkChange>& changes, QString* error) = 0;

    // The links query selects, ordered by sourceId then linkQualifier (code point order), at
    // most limit of them after the link after (all from the start when null): a page, and the
    // next page starts after its last link, so pages stay right while links are written.
    virtual bool linksPage(const LinkQuery& query, const MappingLink* after, int limit,
                           QVector<MappingLink>* page, QString* error) = 0;
    // How many links query selects.
    virtual bool countLinks(const LinkQuery& query, qint64* count, QString* error) = 0;
};

} // namespace syncstudio::repo
