#pragma once

#include "config/ScriptObject.h"

#include <QString>

namespace syncstudio::script {

// The text of a script object: its inline "source", or the content of its "file".
struct ScriptSource
{
    QString text;
    QString file;  // the file as the script object names it; empty for inline scripts
    QString path;  // where the file was found
    QString error; // why the text could not be had

    bool ok() const { return error.isEmpty(); }

    // IDM looks a "file" up in its script source folders: the project's script/ first, then
    // its own bin/defaults/script (which holds "ui/...", "roles/..." and the like, and is not
    // part of a project). We look in <root>/script/<file> and, for a file that names the
    // folder itself ("script/x.js"), <root>/<file>.
    static ScriptSource load(const config::ScriptObject& script, const QString& projectRoot);
};

} // namespace syncstudio::script
