#pragma once

#include "connectors/ConnectorError.h"
#include "query/QueryFilter.h"

#include <QString>
#include <functional>

namespace syncstudio::connectors::ldap {

// Turns a CREST query filter into an LDAP search filter (RFC 4515) so the server does the
// filtering: eq (a=v), co (a=*v*), sw (a=v*), pr (a=*), ge (a>=v), le (a<=v), gt and lt as
// ge/le without the value itself, and/or/not as &, |, !, true (objectClass=*) and false
// (!(objectClass=*)). Every value is escaped, so "*", "(", ")" and "\" match themselves.
class LdapFilterTranslator : private query::QueryFilterVisitor<QString>
{
public:
    // The LDAP attribute for a filter field; empty when the field cannot be searched, which
    // makes translate() fail with that field named.
    using AttributeResolver = std::function<QString(const query::JsonPointer& field)>;

    explicit LdapFilterTranslator(AttributeResolver resolver);

    // Parses and translates filterText; on failure returns an empty string and fills error
    // with an InvalidFilter that quotes the filter.
    QString translate(const QString& filterText, ConnectorError* error);
    QString translate(const query::QueryFilter& filter, ConnectorError* error);

    // RFC 4515 escaping of an assertion value: '*', '(', ')', '\' and NUL as \2a \28 \29 \5c
    // \00; everything else as its UTF-8 bytes.
    static QString escapeValue(const QString& value);

private:
    QString visitBoolean(bool value) override;
    QString visitAnd(const std::vector<query::QueryFilter>& operands) override;
    QString visitOr(const std::vector<query::QueryFilter>& operands) override;
    QString visitNot(const query::QueryFilter& operand) override;
    QString visitPresent(const query::JsonPointer& field) override;
    QString visitComparison(const query::JsonPointer& field, query::FilterOperator op,
                            const query::FilterValue& value) override;

    QString attribute(const query::JsonPointer& field);
    QString join(QChar op, const std::vector<query::QueryFilter>& operands);

    AttributeResolver m_resolver;
    QString m_failure; // why the filter cannot be translated, set by the visit methods
};

} // namespace syncstudio::connectors::ldap
