#pragma once

#include <QJsonObject>
#include <QMutex>
#include <QVector>
#include <QWaitCondition>
#include <deque>

namespace syncstudio::recon {

// Hands objects from a reading thread to the deciding thread, in chunks, with a bound so a
// fast reader never holds a whole directory in memory ahead of the engine.
class ObjectQueue
{
public:
    explicit ObjectQueue(int capacityInChunks = 16)
        : m_capacity(capacityInChunks)
    {}

    // Blocks while full; false when the consumer has stopped (the reader should stop too).
    bool push(QVector<QJsonObject> chunk)
    {
        QMutexLocker lock(&m_mutex);
        while (static_cast<int>(m_chunks.size()) >= m_capacity && !m_stopped)
            m_changed.wait(&m_mutex);
        if (m_stopped)
            return false;
        m_chunks.push_back(std::move(chunk));
        m_changed.wakeAll();
        return true;
    }
    // The reader is done (with or without error).
    void close()
    {
        QMutexLocker lock(&m_mutex);
        m_closed = true;
        m_changed.wakeAll();
    }
    // The consumer is done: unblocks and stops the reader.
    void stop()
    {
        QMutexLocker lock(&m_mutex);
        m_stopped = true;
        m_changed.wakeAll();
    }
    // Blocks until a chunk is there; false when the reader closed and all was taken.
    bool pop(QVector<QJsonObject>* chunk)
    {
        QMutexLocker lock(&m_mutex);
        while (m_chunks.empty() && !m_closed)
            m_changed.wait(&m_mutex);
        if (m_chunks.empty())
            return false;
        *chunk = std::move(m_chunks.front());
        m_chunks.pop_front();
        m_changed.wakeAll();
        return true;
    }

private:
    QMutex m_mutex;
    QWaitCondition m_changed;
    std::deque<QVector<QJsonObject>> m_chunks;
    int m_capacity;
    bool m_closed = false;
    bool m_stopped = false;
};

} // namespace syncstudio::recon
