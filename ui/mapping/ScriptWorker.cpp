#include "ScriptWorker.h"

#include "script/ScriptHost.h"

namespace syncstudio::ui {

ScriptWorker::ScriptWorker(QString projectRoot)
    : m_projectRoot(std::move(projectRoot))
{
    qRegisterMetaType<config::ScriptObject>();
    qRegisterMetaType<script::ScriptCall>();
    qRegisterMetaType<script::ScriptResult>();
}

ScriptWorker::~ScriptWorker() = default;

script::ScriptHost& ScriptWorker::host()
{
    if (!m_host) {
        script::ScriptSettings settings;
        settings.projectRoot = m_projectRoot;
        settings.timeoutMs = 1000;
        m_host = std::make_unique<script::ScriptHost>(settings);
    }
    return *m_host;
}

void ScriptWorker::check(int id, const config::ScriptObject& script, int kind)
{
    if (id < m_latest.load())
        return;
    emit checked(id, host().check(script, static_cast<script::ScriptKind>(kind)));
}

void ScriptWorker::run(int id, const script::ScriptCall& call)
{
    if (id < m_latest.load())
        return;
    emit ran(id, host().run(call));
}

} // namespace syncstudio::ui
