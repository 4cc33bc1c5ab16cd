#pragma once

#include <QString>

namespace syncstudio::connectors::csv {

// Why a CSV file could not be read: where (1-based line and column of the file) and what.
struct CsvParseError
{
    int line = 0;
    int column = 0;
    QString message;

    bool isError() const { return line > 0; }
    // "12:7: message", for a caller that puts the file name in front.
    QString toString() const
    {
        return QStringLiteral("%1:%2: %3").arg(line).arg(column).arg(message);
    }
};

} // namespace syncstudio::connectors::csv
