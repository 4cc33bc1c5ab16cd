#include "ExpressionCommands.h"

#include "CliContext.h"
#include "config/ProcessingOrder.h"
#include "query/MappingListing.h"
#include "query/QueryFilter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace syncstudio::cli {

using namespace syncstudio::query;

namespace {

// Parses text or prints "column N: what was expected" and returns nothing.
// A count option's value, or nothing after printing why it is not one.
std::optional<int> countOrFail(const QCommandLineParser& parser, const QCommandLineOption& option)
{
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < 0) {
        fail(QStringLiteral("--%1 needs a whole number, 0 or more, not '%2'")
                 .arg(option.names().constLast(), parser.value(option)));
        return std::nullopt;
    }
    return value;
}

std::optional<QueryFilter> parseFilterOrFail(const QString& text)
{
    QueryFilterError error;
    std::optional<QueryFilter> filter = QueryFilter::parse(text, &error);
    if (!filter)
        fail(QStringLiteral("column %1: %2").arg(error.column).arg(error.detail()));
    return filter;
}

} // namespace

int runFilter(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Parses a CREST query filter (_queryFilter, sourceCondition, condition) "
                       "and prints it in canonical form, or with --eval whether a JSON object "
                       "passes it, evaluated as IDM evaluates sync conditions."));
    parser.addPositionalArgument(QStringLiteral("FILTER"),
                                 QStringLiteral("the filter, e.g. '/mail co \"@example.com\"'"));
    const QCommandLineOption eval(QStringLiteral("eval"),
                                  QStringLiteral("print true or false: whether OBJECT passes"),
                                  QStringLiteral("OBJECT"));
    parser.addOption(eval);
    parseArguments(parser, arguments, 1);

    const std::optional<QueryFilter> filter =
        parseFilterOrFail(parser.positionalArguments().first());
    if (!filter)
        return UserError;
    if (!parser.isSet(eval)) {
        printOut(filter->toString());
        return Success;
    }
    QJsonParseError jsonError;
    const QJsonDocument object = QJsonDocument::fromJson(parser.value(eval).toUtf8(), &jsonError);
    if (jsonError.error != QJsonParseError::NoError)
        return fail(QStringLiteral("--eval: malformed JSON at offset %1: %2")
                        .arg(jsonError.offset)
                        .arg(jsonError.errorString()));
    if (!object.isObject())
        return fail(QStringLiteral("--eval: expected a JSON object such as '{\"mail\": \"a@b\"}'"));
    printOut(filter->matches(object.object()) ? QStringLiteral("true") : QStringLiteral("false"));
    return Success;
}

int runMappings(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Lists the mappings of a project in processing order as IDM's "
                       "sync/mappings endpoint does: the JSON of GET sync/mappings with "
                       "_queryFilter, _pageSize and _pagedResultsCookie or _pagedResultsOffset."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("the project folder"));
    const QCommandLineOption filterOption(
        QStringLiteral("query-filter"),
        QStringLiteral("list the mappings that pass FILTER (default: true); it sees _id, name, "
                       "source and target"),
        QStringLiteral("FILTER"), QStringLiteral("true"));
    const QCommandLineOption pageSize(QStringLiteral("page-size"),
                                      QStringLiteral("N mappings a page (default: 0, no paging)"),
                                      QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption cookie(QStringLiteral("cookie"),
                                    QStringLiteral("start at the pagedResultsCookie C of the "
                                                   "previous page"),
                                    QStringLiteral("C"));
    const QCommandLineOption offset(QStringLiteral("offset"),
                                    QStringLiteral("start after the first K results"),
                                    QStringLiteral("K"), QStringLiteral("0"));
    parser.addOptions({filterOption, pageSize, cookie, offset});
    parseArguments(parser, arguments, 1);
    if (parser.isSet(cookie) && parser.isSet(offset))
        return fail(QStringLiteral("page by --cookie or by --offset, not both"));

    MappingListingRequest request;
    const std::optional<QueryFilter> filter = parseFilterOrFail(parser.value(filterOption));
    const std::optional<int> size = countOrFail(parser, pageSize);
    const std::optional<int> skip = countOrFail(parser, offset);
    if (!filter || !size || !skip)
        return UserError;
    request.filter = *filter;
    request.pageSize = *size;
    request.pagedResultsOffset = *skip;
    request.pagedResultsCookie = parser.value(cookie);

    const auto project = openProject(parser.positionalArguments().first());
    if (!project)
        return UserError;
    const config::ProcessingOrder order = config::computeProcessingOrder(*project);
    for (const QStringList& cycle : order.cycles)
        printError(QStringLiteral("syncstudio-cli: warning: syncAfter cycle: %1; its mappings "
                                  "are listed last, by name")
                       .arg(cycle.join(QStringLiteral(" -> "))));
    QString error;
    const std::optional<MappingListing> listing =
        MappingListing::query(order.mappings, request, &error);
    if (!listing)
        return fail(error);
    QTextStream(stdout) << QString::fromUtf8(listing->toJson());
    return Success;
}

} // namespace syncstudio::cli
