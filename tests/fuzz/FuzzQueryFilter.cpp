// libFuzzer target for the query filter parser: any input either parses or fails with a
// column inside the text; what parses prints canonically, reads back as the same tree and
// prints the same again; evaluation of it terminates. A filter that reads as scoping clauses
// writes the same filter back, and their validSource script reads back to the same script.
// Anything else aborts, which libFuzzer reports as a crash with the input that caused it.
#include "query/QueryFilter.h"
#include "query/ScopingFilter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace syncstudio::query;

namespace {

[[noreturn]] void failWith(const char* what, const QString& detail)
{
    std::fprintf(stderr, "FuzzQueryFilter: %s: %s\n", what, detail.toUtf8().constData());
    std::abort();
}

const QJsonObject& sampleObject()
{
    static const QJsonObject object =
        QJsonDocument::fromJson(R"({"a": 1, "b": "Text", "c": [1, "x", true, null, [2]],
            "d": {"e": {"f": 2.5}}, "g": null, "h": false, "": {"": "empty"}})")
            .object();
    return object;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    QueryFilterError error;
    const std::optional<QueryFilter> filter = QueryFilter::parse(text, &error);
    if (!filter) {
        if (error.column < 1 || error.column > text.size() + 1 || error.message.isEmpty())
            failWith("error outside the text", error.toString());
        return 0;
    }
    const QString printed = filter->toString();
    const std::optional<QueryFilter> again = QueryFilter::parse(printed, &error);
    if (!again)
        failWith("canonical form does not parse",
                 printed + QStringLiteral(" | ") + error.toString());
    if (!(*again == *filter))
        failWith("canonical form reads back as another tree", printed);
    if (again->toString() != printed)
        failWith("canonical form is not stable",
                 printed + QStringLiteral(" | ") + again->toString());
    filter->matches(sampleObject());

    const ScopingReading reading = ScopingFilter::fromFilter(*filter);
    if (!reading.groups) {
        if (reading.reason.isEmpty())
            failWith("no clauses and no reason", printed);
        return 0;
    }
    const ScopingFilter scoping(*reading.groups);
    const std::optional<QueryFilter> back = scoping.toFilter();
    if (!back || !(*back == *filter))
        failWith("clauses write another filter", printed);
    const QString script = scoping.toValidSourceScript();
    const ScopingReading fromScript = ScopingFilter::fromValidSourceScript(script);
    if (!fromScript.groups || ScopingFilter(*fromScript.groups).toValidSourceScript() != script)
        failWith("generated script does not read back",
                 printed + QStringLiteral(" | ") + fromScript.reason);
    return 0;
}
