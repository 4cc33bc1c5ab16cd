#pragma once

#include "JsonText.h"

#include <QString>

namespace syncstudio::config {

// One JSON file of a project, held as lossless text.
struct ConfigFile
{
    QString relativePath; // from the project root, with '/' separators: "conf/sync.json"
    QString displayPath;  // how messages name it: the project path as given + relativePath
    JsonText json;
    JsonParseError parseError;
    bool modified = false;

    bool isValid() const { return !parseError.isError(); }
    // The file's bytes; a file that did not parse keeps its text too, so nothing is lost.
    const QByteArray& bytes() const { return json.text(); }
};

} // namespace syncstudio::config
