#pragma once

#include <QString>

namespace syncstudio::script {

// One message a script wrote with logger.* or console.log.
struct ScriptLogMessage
{
    enum class Level
    {
        Trace,
        Debug,
        Info,
        Warn,
        Error
    };

    Level level = Level::Info;
    QString context; // the caller's label: mapping and property
    QString text;    // with the {} placeholders filled in

    static QString levelName(Level level);
};

// Where script log messages go: the run log of a preview or reconciliation. Scripts run on
// many worker threads at once, so implementations must be thread-safe.
class ScriptLogSink
{
public:
    virtual ~ScriptLogSink() = default;
    virtual void log(const ScriptLogMessage& message) = 0;
};

} // namespace syncstudio::script
