#pragma once

#include "query/QueryFilter.h"

#include <QString>

namespace syncstudio::repo {

// A link as a mapping sees it: source and target, whichever of first and second they are
// stored as (a mapping with "links" reads the other mapping's links reversed).
struct MappingLink
{
    QString linkQualifier;
    QString sourceId;
    QString targetId;

    bool operator==(const MappingLink& other) const
    {
        return linkQualifier == other.linkQualifier && sourceId == other.sourceId &&
               targetId == other.targetId;
    }
};

// Which links of a mapping to list: the links browser's and `syncstudio-cli links`' question,
// answered by the database (LinkStore::linksPage, countLinks).
struct LinkQuery
{
    QString linkType;
    bool reversed = false; // sourceId is second_id, targetId first_id
    // Over the fields sourceId, targetId and linkQualifier, with IDM's semantics (letter case
    // ignored; any other field is missing, so it fails every comparison).
    query::QueryFilter filter;
    // Case-insensitive "source or target id contains this"; empty for no such condition.
    QString idContains;

    // The query for what a person typed in a search box: a CREST filter when text parses as
    // one that names a field ("sourceId sw \"a\""), otherwise an id search for text.
    static LinkQuery forSearch(const QString& linkType, bool reversed, const QString& text);
};

} // namespace syncstudio::repo
