#include "ScriptWatchdog.h"

#include <QJSEngine>
#include <QMutexLocker>

namespace syncstudio::script {

namespace {
// How often the watchdog looks at the running calls: the limit is kept to within this.
constexpr std::chrono::milliseconds PollInterval{20};
} // namespace

void ScriptWatchdog::Slot::arm(int timeoutMs)
{
    const QMutexLocker lock(&m_mutex);
    m_deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    m_armed = true;
    m_fired = false;
}

bool ScriptWatchdog::Slot::disarm()
{
    // Under the slot's lock, so a deadline the watchdog saw for this call cannot interrupt
    // the next one.
    const QMutexLocker lock(&m_mutex);
    m_armed = false;
    if (m_fired)
        m_engine->setInterrupted(false);
    const bool fired = m_fired;
    m_fired = false;
    return fired;
}

ScriptWatchdog& ScriptWatchdog::instance()
{
    static ScriptWatchdog watchdog;
    return watchdog;
}

void ScriptWatchdog::add(Slot* slot)
{
    const QMutexLocker lock(&m_mutex);
    m_slots.append(slot);
    if (!m_thread.joinable()) {
        m_stop = false;
        m_thread = std::thread([this] { run(); });
    }
}

void ScriptWatchdog::remove(Slot* slot)
{
    const QMutexLocker lock(&m_mutex);
    m_slots.removeAll(slot);
}

ScriptWatchdog::~ScriptWatchdog()
{
    {
        const QMutexLocker lock(&m_mutex);
        m_stop = true;
        m_wake.wakeAll();
    }
    if (m_thread.joinable())
        m_thread.join();
}

void ScriptWatchdog::run()
{
    QMutexLocker lock(&m_mutex);
    while (!m_stop) {
        m_wake.wait(&m_mutex, QDeadlineTimer(PollInterval));
        const auto now = std::chrono::steady_clock::now();
        for (Slot* slot : std::as_const(m_slots)) {
            const QMutexLocker slotLock(&slot->m_mutex);
            if (slot->m_armed && !slot->m_fired && now >= slot->m_deadline) {
                slot->m_fired = true;
                // QJSEngine::setInterrupted is documented as safe from other threads.
                slot->m_engine->setInterrupted(true);
            }
        }
    }
}

} // namespace syncstudio::script
