#pragma once

#include "ScriptCall.h"
#include "ScriptResult.h"
#include "ScriptSettings.h"
#include "ScriptSource.h"
#include "ScriptWatchdog.h"

#include <QHash>
#include <QJSValue>
#include <QString>
#include <memory>

class QJSEngine;
class QThread;

namespace syncstudio::script {

class ScriptBridge;

// Runs IDM script objects in one QJSEngine. An engine is expensive and belongs to one
// thread: each worker thread owns its own ScriptHost (constructed and used on that thread)
// and all hosts of a run share one ScriptSettings.
//
// Each script is compiled once per host into a function of its bindings and cached by its
// text, so a transform called for every object of a reconciliation is parsed once. The
// function returns the completion value of the script's last statement, as IDM's script
// engine does for "source.toLowerCase()" or "var q = {...}; q".
//
// The engine has no Qt extensions: no console, no Qt object, no file, process or network
// access; the only globals beyond ECMAScript's are the IDM ones the bridge installs.
class ScriptHost
{
public:
    explicit ScriptHost(ScriptSettings settings);
    ~ScriptHost();
    ScriptHost(const ScriptHost&) = delete;
    ScriptHost& operator=(const ScriptHost&) = delete;

    const ScriptSettings& settings() const { return m_settings; }
    void setTimeoutMs(int timeoutMs) { m_settings.timeoutMs = timeoutMs; }

    // Runs a script. Never throws: a script error, a timeout and a call a preview cannot
    // honour all come back as the result's status.
    ScriptResult run(const ScriptCall& call);

    // Compiles a script without running it: a value of true when it compiles, the syntax
    // error with its line when not, not evaluated for Groovy.
    ScriptResult check(const config::ScriptObject& script, ScriptKind kind = ScriptKind::Generic);

    // Forgets compiled scripts and file contents, after the project's scripts changed.
    void clearCache();

private:
    struct Compiled
    {
        QJSValue function;
        int lineOffset = 0; // subtracted from the line numbers of its errors
        QString error;      // a syntax error, with its line
        int line = 0;
    };

    // The text of the script, or an error result in *failure.
    const ScriptSource* source(const config::ScriptObject& script, ScriptResult* failure);
    // The parameter names for a call, or an error result in *failure.
    QStringList parameters(const ScriptCall& call, ScriptResult* failure) const;
    const Compiled& compile(const QString& text, const QStringList& parameters);
    Compiled compileUncached(const QString& text, const QStringList& parameters);
    QJSValue makeFunction(const QStringList& parameters, const QString& body);
    ScriptResult errorFromException(const QJSValue& exception, int lineOffset) const;
    ScriptResult precheck(const config::ScriptObject& script) const;

    ScriptSettings m_settings;
    QThread* m_thread;
    std::unique_ptr<QJSEngine> m_engine;
    std::unique_ptr<ScriptBridge> m_bridge;
    std::unique_ptr<ScriptWatchdog::Slot> m_slot;
    QJSValue m_functionConstructor;
    int m_lineOffset = 0; // what the engine adds to the line numbers of a Function body
    QHash<QString, Compiled> m_compiled;
    QHash<QString, ScriptSource> m_files;
};

} // namespace syncstudio::script
