#pragma once

#include <QString>

namespace syncstudio::script {

class ScriptLogSink;
class ScriptResourceResolver;

// What every script host of a run shares. The pointed-to sink and resolver must be
// thread-safe and outlive the hosts.
struct ScriptSettings
{
    QString projectRoot;                        // "file" scripts are looked up below it
    int timeoutMs = 2000;                       // a call running longer is interrupted
    ScriptLogSink* logSink = nullptr;           // logger.* messages; dropped when null
    ScriptResourceResolver* resolver = nullptr; // openidm.read/query; not evaluated when null
};

} // namespace syncstudio::script
