#pragma once

#include "JsonText.h"

#include <QString>

namespace syncstudio::config {

// A validation message tied to a place in a file.
struct Diagnostic
{
    enum class Severity
    {
        Error,
        Warning
    };

    Severity severity = Severity::Error;
    QString file;    // as the user names it
    QString pointer; // JSON pointer of the value concerned
    TextPosition position;
    QString message;
    QString hint; // what to do about it

    bool isError() const { return severity == Severity::Error; }
    // "file:line:column: error: message; hint", as GCC writes it, so editors jump to it.
    QString toString() const;
};

} // namespace syncstudio::config
