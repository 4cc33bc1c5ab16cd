#pragma once

#include <QCoreApplication>
#include <QPointer>
#include <QThread>
#include <functional>

namespace syncstudio::ui {

// Runs work on a thread of its own (it may block: a connector, the keychain) and hands its
// result to done on the GUI thread, unless receiver is gone by then.
template <typename Result>
void runInBackground(QObject* receiver, std::function<Result()> work,
                     std::function<void(const Result&)> done)
{
    QPointer<QObject> guard(receiver);
    QThread* thread = QThread::create([work = std::move(work), done = std::move(done), guard] {
        const Result result = work();
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, done, result] {
                if (guard)
                    done(result);
            },
            Qt::QueuedConnection);
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace syncstudio::ui
