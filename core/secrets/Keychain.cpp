#include "Keychain.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QThread>
#include <chrono>
#include <future>
#include <memory>
#include <qt6keychain/keychain.h>

namespace syncstudio::secrets {

namespace {

using Result = Keychain::Result;

// How long a call waits: the keychain may ask the user to unlock it first.
constexpr std::chrono::seconds AnswerTimeout{120};

struct KeychainThread
{
    QMutex mutex;
    QThread* thread = nullptr;
    QObject* context = nullptr; // lives in thread; jobs are made there

    QObject* start()
    {
        QMutexLocker lock(&mutex);
        if (!context) {
            // Never deleted: a QThread destroyed while running aborts the process; the
            // post routine stops it when the application object goes away.
            thread = new QThread;
            thread->setObjectName(QStringLiteral("keychain"));
            thread->start();
            context = new QObject;
            context->moveToThread(thread);
            if (QCoreApplication::instance())
                qAddPostRoutine([] {
                    KeychainThread& k = instance();
                    k.thread->quit();
                    k.thread->wait();
                });
        }
        return context;
    }
    static KeychainThread& instance()
    {
        static KeychainThread k;
        return k;
    }
};

Result failure(const QKeychain::Job* job)
{
    Result r;
    switch (job->error()) {
    case QKeychain::NoError:
        return r;
    case QKeychain::EntryNotFound:
        r.status = Result::Status::NotFound;
        return r;
    case QKeychain::NoBackendAvailable:
        r.status = Result::Status::Failed;
        r.message = QStringLiteral("no keychain is available (%1); start a Secret Service "
                                   "such as gnome-keyring or KeePassXC's")
                        .arg(job->errorString());
        return r;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        r.status = Result::Status::Failed;
        r.message = QStringLiteral("the keychain refused access (%1); unlock it and try again")
                        .arg(job->errorString());
        return r;
    default:
        r.status = Result::Status::Failed;
        r.message = QStringLiteral("the keychain failed: %1").arg(job->errorString());
        return r;
    }
}

// Makes a job on the keychain thread, runs it there and waits for its answer.
template <typename JobType, typename Setup, typename Finish>
Result runJob(const QString& service, const QString& key, Setup setup, Finish finish)
{
    if (QThread::currentThread() == KeychainThread::instance().thread)
        return {Result::Status::Failed, QStringLiteral("the keychain was called from its own "
                                                       "thread")};
    auto answer = std::make_shared<std::promise<Result>>();
    std::future<Result> future = answer->get_future();
    QObject* context = KeychainThread::instance().start();
    QMetaObject::invokeMethod(
        context,
        [service, key, setup, finish, answer] {
            auto* job = new JobType(service);
            job->setAutoDelete(true);
            job->setInsecureFallback(false); // never a plain-text file instead
            job->setKey(key);
            setup(job);
            QObject::connect(job, &QKeychain::Job::finished, job,
                             [answer, finish](QKeychain::Job* done) {
                                 Result r = failure(done);
                                 if (r.ok())
                                     finish(static_cast<JobType*>(done));
                                 answer->set_value(r);
                             });
            job->start();
        },
        Qt::QueuedConnection);
    if (future.wait_for(AnswerTimeout) != std::future_status::ready)
        return {Result::Status::Failed,
                QStringLiteral("the keychain did not answer in %1 s; is it locked?")
                    .arg(AnswerTimeout.count())};
    return future.get();
}

} // namespace

Keychain::Keychain(QString service)
    : m_service(std::move(service))
{}

QString Keychain::entryKey(const QString& projectPath, const QString& connectorName,
                           const QString& setting)
{
    const QFileInfo info(projectPath);
    const QString canonical = info.canonicalFilePath();
    const QString path = QDir::cleanPath(canonical.isEmpty() ? info.absoluteFilePath() : canonical);
    return path + QLatin1Char('|') + connectorName + QLatin1Char('|') + setting;
}

Keychain::Result Keychain::read(const QString& key, QString* secret) const
{
    // The secret crosses threads through a shared holder that outlives a timed-out wait.
    auto holder = std::make_shared<QString>();
    const Result r = runJob<QKeychain::ReadPasswordJob>(
        m_service, key, [](QKeychain::ReadPasswordJob*) {},
        [holder](QKeychain::ReadPasswordJob* job) { *holder = job->textData(); });
    if (r.ok())
        *secret = *holder;
    return r;
}

Keychain::Result Keychain::write(const QString& key, const QString& secret) const
{
    return runJob<QKeychain::WritePasswordJob>(
        m_service, key, [secret](QKeychain::WritePasswordJob* job) { job->setTextData(secret); },
        [](QKeychain::WritePasswordJob*) {});
}

Keychain::Result Keychain::remove(const QString& key) const
{
    return runJob<QKeychain::DeletePasswordJob>(
        m_service, key, [](QKeychain::DeletePasswordJob*) {}, [](QKeychain::DeletePasswordJob*) {});
}

} // namespace syncstudio::secrets
