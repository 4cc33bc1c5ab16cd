#pragma once

#include "connectors/ConnectorError.h"
#include "query/QueryFilter.h"

#include <QString>
#include <functional>

namespace syncstudio::connectors::scim {

// Translates a CREST query filter into a SCIM filter (RFC 7644 section 3.4.2.2), which the
// service runs: eq co sw gt ge lt le pr, and, or, not; values as JSON literals (strings
// JSON-quoted); fields through attributePath into SCIM attribute paths. true and false have
// no SCIM form: they are folded away, and what is left of them is the result's match.
class ScimFilterTranslator : public query::QueryFilterVisitor<QString>
{
public:
    // The SCIM attribute path of a filter field, or an empty string when it has none.
    using AttributePath = std::function<QString(const query::JsonPointer&)>;

    struct Result
    {
        enum class Match
        {
            Filter, // filter holds the SCIM filter
            All,    // no filter: everything matches
            None    // nothing can match: no request needed
        };
        Match match = Match::All;
        QString filter;
        ConnectorError error;
    };

    static Result translate(const query::QueryFilter& filter, const AttributePath& attributePath);

    // A JSON literal for value: "text" with JSON escapes, 42, 4.5, true, null.
    static QString literal(const query::FilterValue& value);
    // Whether path is a SCIM attribute path: name(.name)*, optionally after a schema URN.
    static bool isAttributePath(const QString& path);

    QString visitBoolean(bool value) override;
    QString visitAnd(const std::vector<query::QueryFilter>& operands) override;
    QString visitOr(const std::vector<query::QueryFilter>& operands) override;
    QString visitNot(const query::QueryFilter& operand) override;
    QString visitPresent(const query::JsonPointer& field) override;
    QString visitComparison(const query::JsonPointer& field, query::FilterOperator op,
                            const query::FilterValue& value) override;

private:
    explicit ScimFilterTranslator(const AttributePath& attributePath)
        : m_attributePath(attributePath)
    {}
    QString path(const query::JsonPointer& field);
    QString join(const std::vector<query::QueryFilter>& operands, const char* keyword);

    const AttributePath& m_attributePath;
    ConnectorError m_error;
};

// The filter with every true and false folded into the operators around them: the result
// is a literal, or a filter that holds none.
query::QueryFilter foldBooleans(const query::QueryFilter& filter);

} // namespace syncstudio::connectors::scim
