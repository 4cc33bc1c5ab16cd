#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <atomic>
#include <memory>
#include <utility>

namespace syncstudio::ui {

// Runs blocking work (connector queries, scripts) on threads of its own and hands the
// result back on this object's thread. A newer request supersedes the older ones: they are
// asked to stop (their cancel flag is set) and their results are dropped. The destructor
// cancels and waits, so the work never outlives the widget that asked for it.
class BackgroundTasks : public QObject
{
    Q_OBJECT
public:
    explicit BackgroundTasks(QObject* parent = nullptr);
    ~BackgroundTasks() override;

    // work(const std::atomic_bool& cancelled) runs on a new thread and returns a result;
    // done(result) runs on this object's thread unless a newer run started meanwhile.
    template <typename Work, typename Done> void run(Work work, Done done)
    {
        cancelRunning();
        auto cancelled = std::make_shared<std::atomic_bool>(false);
        m_cancelled = cancelled;
        const int generation = ++m_generation;
        QThread* thread = QThread::create([this, cancelled, generation, work = std::move(work),
                                           done = std::move(done)]() mutable {
            auto result = work(*cancelled);
            QMetaObject::invokeMethod(
                this,
                [this, generation, done = std::move(done), result = std::move(result)]() mutable {
                    if (generation == m_generation)
                        done(std::move(result));
                },
                Qt::QueuedConnection);
        });
        start(thread);
    }

    // Asks the running work to stop and drops its result.
    void cancelRunning();
    bool isBusy() const;

private:
    void start(QThread* thread);

    int m_generation = 0;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    QList<QPointer<QThread>> m_threads;
};

} // namespace syncstudio::ui
