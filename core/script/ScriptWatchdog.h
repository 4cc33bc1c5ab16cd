#pragma once

#include <QMutex>
#include <QVector>
#include <QWaitCondition>
#include <atomic>
#include <chrono>
#include <memory>
#include <thread>

class QJSEngine;

namespace syncstudio::script {

// One thread for the whole process that interrupts script calls running past their
// deadline. Arming and disarming a call is a short lock, no thread start and no timer
// event, because transforms are called thousands of times a second.
class ScriptWatchdog
{
public:
    // What the watchdog knows of one engine. Owned by the engine's host.
    class Slot
    {
    public:
        explicit Slot(QJSEngine* engine)
            : m_engine(engine)
        {}
        // Starts timing a call that may run for timeoutMs.
        void arm(int timeoutMs);
        // Ends timing; returns true when the call was interrupted, and clears the engine's
        // interrupt flag so that the next call runs.
        bool disarm();

    private:
        friend class ScriptWatchdog;
        QMutex m_mutex;
        QJSEngine* m_engine;
        std::chrono::steady_clock::time_point m_deadline;
        bool m_armed = false;
        bool m_fired = false;
    };

    static ScriptWatchdog& instance();

    void add(Slot* slot);
    void remove(Slot* slot);

    ~ScriptWatchdog();

private:
    ScriptWatchdog() = default;
    void run();

    QMutex m_mutex;
    QWaitCondition m_wake;
    QVector<Slot*> m_slots;
    std::thread m_thread;
    bool m_stop = false;
};

} // namespace syncstudio::script
