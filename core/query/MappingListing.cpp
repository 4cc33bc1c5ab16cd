#include "MappingListing.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace syncstudio::query {

namespace {

QByteArray jsonString(const QString& text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2); // ["..."] -> "..."
}

} // namespace

MappingListItem MappingListItem::fromMapping(const config::Mapping& mapping)
{
    return {mapping.name(), mapping.name(), mapping.source(), mapping.target()};
}

QJsonObject MappingListItem::toJson() const
{
    // IDM reports whether the routes of source and target are registered on the running
    // server; a project on disk has no running routes.
    return {{QStringLiteral("_id"), id},
            {QStringLiteral("source"), source},
            {QStringLiteral("target"), target},
            {QStringLiteral("name"), name},
            {QStringLiteral("sourceRouteReady"), false},
            {QStringLiteral("targetRouteReady"), false}};
}

std::optional<MappingListing> MappingListing::query(const QVector<config::Mapping>& mappings,
                                                    const MappingListingRequest& request,
                                                    QString* error)
{
    const auto failWith = [error](const QString& message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (request.pageSize < 0)
        return failWith(QStringLiteral("the page size must be 0 (no paging) or more, not %1")
                            .arg(request.pageSize));
    if (request.pagedResultsOffset < 0)
        return failWith(QStringLiteral("the paged results offset must be 0 or more, not %1")
                            .arg(request.pagedResultsOffset));
    if (!request.pagedResultsCookie.isEmpty() && request.pagedResultsOffset > 0)
        return failWith(QStringLiteral("page by cookie or by offset, not both"));

    QVector<MappingListItem> matching;
    for (const config::Mapping& mapping : mappings) {
        MappingListItem item = MappingListItem::fromMapping(mapping);
        if (request.filter.matches(item.toJson()))
            matching << item;
    }

    qsizetype start = qMin<qsizetype>(request.pagedResultsOffset, matching.size());
    if (!request.pagedResultsCookie.isEmpty()) {
        start = -1;
        for (qsizetype i = 0; i < matching.size() && start < 0; ++i) {
            if (matching.at(i).id == request.pagedResultsCookie)
                start = i;
        }
        if (start < 0)
            return failWith(QStringLiteral("the paged results cookie '%1' is not the _id of a "
                                           "mapping that passes the filter; use the "
                                           "pagedResultsCookie of the previous page")
                                .arg(request.pagedResultsCookie));
    }
    const qsizetype end =
        request.pageSize == 0 ? matching.size() : qMin(matching.size(), start + request.pageSize);

    MappingListing listing;
    listing.m_results = matching.mid(start, end - start);
    if (end < matching.size())
        listing.m_cookie = matching.at(end).id;
    return listing;
}

QByteArray MappingListing::toJson() const
{
    QByteArray out = "{\n  \"result\": [";
    for (qsizetype i = 0; i < m_results.size(); ++i) {
        const MappingListItem& item = m_results.at(i);
        out += i == 0 ? "\n" : ",\n";
        out += "    {\n";
        out += "      \"_id\": " + jsonString(item.id) + ",\n";
        out += "      \"source\": " + jsonString(item.source) + ",\n";
        out += "      \"target\": " + jsonString(item.target) + ",\n";
        out += "      \"name\": " + jsonString(item.name) + ",\n";
        out += "      \"sourceRouteReady\": false,\n";
        out += "      \"targetRouteReady\": false\n";
        out += "    }";
    }
    out += m_results.isEmpty() ? "],\n" : "\n  ],\n";
    const QByteArray count = QByteArray::number(m_results.size());
    out += "  \"resultCount\": " + count + ",\n";
    out += "  \"pagedResultsCookie\": " + (m_cookie ? jsonString(*m_cookie) : QByteArray("null")) +
           ",\n";
    out += "  \"totalPagedResultsPolicy\": \"EXACT\",\n";
    out += "  \"totalPagedResults\": " + count + ",\n";
    out += "  \"remainingPagedResults\": -1\n";
    out += "}\n";
    return out;
}

} // namespace syncstudio::query
