#pragma once

#include <QByteArray>

namespace syncstudio::connectors::csv {

// How an existing file writes its records, detected when it is read, so that a record the
// connector rewrites or adds looks like its neighbours.
struct CsvStyle
{
    QByteArray lineEnding = "\n"; // "\r\n" when the file uses CRLF
    bool bom = false;             // the file starts with a UTF-8 byte order mark
    bool finalLineEnding = true;  // the last record ends with a line ending
    bool quoteAll = false;        // every field is quoted, not only those that need it
    QByteArray padding;           // what follows each delimiter: "" or " " (", " files)
};

} // namespace syncstudio::connectors::csv
