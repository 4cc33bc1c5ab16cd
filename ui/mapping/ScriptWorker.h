#pragma once

#include "script/ScriptCall.h"
#include "script/ScriptResult.h"

#include <QObject>
#include <atomic>
#include <memory>

namespace syncstudio::script {
class ScriptHost;
}

namespace syncstudio::ui {

// Checks and runs scripts for the editor on its own thread: the QJSEngine of a ScriptHost
// belongs to the thread that made it, and a slow script must never freeze the window.
// Requests carry increasing ids; a request older than the newest is skipped, so typing
// fast evaluates only what is current.
class ScriptWorker : public QObject
{
    Q_OBJECT
public:
    explicit ScriptWorker(QString projectRoot);
    ~ScriptWorker() override;

    // Called from any thread: the newest request id so far.
    void announce(int id) { m_latest.store(id); }

public slots:
    void check(int id, const syncstudio::config::ScriptObject& script, int kind);
    void run(int id, const syncstudio::script::ScriptCall& call);

signals:
    void checked(int id, const syncstudio::script::ScriptResult& result);
    void ran(int id, const syncstudio::script::ScriptResult& result);

private:
    script::ScriptHost& host();

    QString m_projectRoot;
    std::unique_ptr<script::ScriptHost> m_host;
    std::atomic<int> m_latest{0};
};

} // namespace syncstudio::ui

Q_DECLARE_METATYPE(syncstudio::config::ScriptObject)
Q_DECLARE_METATYPE(syncstudio::script::ScriptCall)
Q_DECLARE_METATYPE(syncstudio::script::ScriptResult)
