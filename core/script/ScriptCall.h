#pragma once

#include "ScriptKind.h"
#include "config/ScriptObject.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace syncstudio::script {

// One run of a script: which script, as which kind, with which values bound.
struct ScriptCall
{
    config::ScriptObject script;
    ScriptKind kind = ScriptKind::Generic;
    QJsonObject bindings; // name -> value; names must be among the kind's bindings
    // Names the error messages and the log use, e.g.
    // "mapping hrPeople_managedUser, property displayName transform".
    QString context;
    // Bindings to read back after the run into ScriptResult::bound, in addition to the
    // kind's own (the target an onCreate script fills in).
    QStringList readBack;
};

} // namespace syncstudio::script
