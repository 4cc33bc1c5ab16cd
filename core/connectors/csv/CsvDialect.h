#pragma once

namespace syncstudio::connectors::csv {

// How a CSV file separates and quotes its fields, as the CSV connector's
// configurationProperties say (fieldDelimiter, quoteCharacter). Both are single bytes: the
// connector reads and writes UTF-8, and RFC 4180 delimiters are ASCII.
struct CsvDialect
{
    char delimiter = ',';
    char quote = '"';
};

} // namespace syncstudio::connectors::csv
