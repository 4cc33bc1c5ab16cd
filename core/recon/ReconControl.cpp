#include "ReconControl.h"

namespace syncstudio::recon {

void ReconControl::cancel()
{
    m_cancelled = true;
    QMutexLocker lock(&m_mutex);
    m_paused = false;
    m_resumed.wakeAll();
}

void ReconControl::setPaused(bool paused)
{
    QMutexLocker lock(&m_mutex);
    m_paused = paused;
    if (!paused)
        m_resumed.wakeAll();
}

bool ReconControl::isPaused() const
{
    QMutexLocker lock(&m_mutex);
    return m_paused;
}

bool ReconControl::waitWhilePaused()
{
    QMutexLocker lock(&m_mutex);
    while (m_paused && !m_cancelled)
        m_resumed.wait(&m_mutex);
    return !m_cancelled;
}

} // namespace syncstudio::recon
