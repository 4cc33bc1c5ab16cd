#pragma once

#include "QueryFilter.h"
#include "config/Mapping.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QVector>
#include <optional>

namespace syncstudio::query {

// The query parameters of IDM's sync/mappings endpoint.
struct MappingListingRequest
{
    QueryFilter filter;         // _queryFilter; true lists every mapping
    int pageSize = 0;           // _pageSize; 0 puts every result on one page
    QString pagedResultsCookie; // _pagedResultsCookie: the page starts at the result with this _id
    int pagedResultsOffset = 0; // _pagedResultsOffset: or after this many results
};

// One mapping as the endpoint lists it.
struct MappingListItem
{
    QString id; // the mapping's name
    QString name;
    QString source;
    QString target;

    static MappingListItem fromMapping(const config::Mapping& mapping);
    // The resource the filter is evaluated on: _id, name, source, target and the route flags.
    QJsonObject toJson() const;
};

// A page of IDM's sync/mappings endpoint (GET sync/mappings?_queryFilter=...): the mappings
// that pass the filter, in processing order, cut into pages by cookie or by offset.
//
// The pagedResultsCookie of a page is the _id of the first result of the next page, null on
// the last page. totalPagedResults is the number of results on the page, as in the example
// of IDM's documentation (resource mapping, "Paging synchronization mapping results");
// remainingPagedResults is -1 (not computed) as there.
class MappingListing
{
public:
    // mappings in processing order. Fails (nothing, with error) on a negative page size or
    // offset, on a cookie and an offset together, and on a cookie that is not the _id of a
    // result.
    static std::optional<MappingListing> query(const QVector<config::Mapping>& mappings,
                                               const MappingListingRequest& request,
                                               QString* error);

    const QVector<MappingListItem>& results() const { return m_results; }
    // Empty when this is the last page.
    const std::optional<QString>& pagedResultsCookie() const { return m_cookie; }

    // The endpoint's response, with its members in the order IDM's documentation shows them.
    QByteArray toJson() const;

private:
    QVector<MappingListItem> m_results;
    std::optional<QString> m_cookie;
};

} // namespace syncstudio::query
