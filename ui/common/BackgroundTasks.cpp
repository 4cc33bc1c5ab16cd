#include "BackgroundTasks.h"

namespace syncstudio::ui {

BackgroundTasks::BackgroundTasks(QObject* parent)
    : QObject(parent)
{}

BackgroundTasks::~BackgroundTasks()
{
    if (m_cancelled)
        m_cancelled->store(true);
    for (const QPointer<QThread>& thread : std::as_const(m_threads)) {
        if (thread)
            thread->wait();
    }
}

void BackgroundTasks::cancelRunning()
{
    if (m_cancelled)
        m_cancelled->store(true);
    m_cancelled.reset();
    ++m_generation;
}

bool BackgroundTasks::isBusy() const
{
    for (const QPointer<QThread>& thread : m_threads) {
        if (thread && thread->isRunning())
            return true;
    }
    return false;
}

void BackgroundTasks::start(QThread* thread)
{
    m_threads.removeAll(QPointer<QThread>());
    thread->setParent(this);
    thread->setObjectName(QStringLiteral("BackgroundTasks worker"));
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_threads.append(thread);
    thread->start();
}

} // namespace syncstudio::ui
