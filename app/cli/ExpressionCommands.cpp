#include "ExpressionCommands.h"

#include "CliContext.h"
#include "query/QueryFilter.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace syncstudio::cli {

using namespace syncstudio::query;

namespace {

// Parses text or prints "column N: what was expected" and returns nothing.
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

} // namespace syncstudio::cli
