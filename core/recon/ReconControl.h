#pragma once

#include <QMutex>
#include <QWaitCondition>
#include <atomic>

namespace syncstudio::recon {

// Lets whoever started a run pause, resume and cancel it from another thread. The engine
// looks at it between objects, so a cancelled run stops after the object in hand and
// leaves links consistent with what was written.
class ReconControl
{
public:
    void cancel();
    bool isCancelled() const { return m_cancelled.load(); }
    void setPaused(bool paused);
    bool isPaused() const;
    // Blocks while paused; returns false when the run was cancelled meanwhile.
    bool waitWhilePaused();

private:
    std::atomic<bool> m_cancelled{false};
    mutable QMutex m_mutex;
    QWaitCondition m_resumed;
    bool m_paused = false;
};

} // namespace syncstudio::recon
