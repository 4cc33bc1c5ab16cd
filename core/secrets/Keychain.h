#pragma once

#include <QString>

namespace syncstudio::secrets {

// The connectors' passwords and tokens in the desktop keychain (the Secret Service of
// gnome-keyring or KeePassXC, through QtKeychain), never in a file: each under the service
// name and a key made of the project folder, the connector and the setting.
//
// The calls block until the keychain answers and may come from any thread, workers
// included. QtKeychain's jobs are asynchronous and queued through one executor object that
// belongs to the thread that first used it, so all jobs run on one long-lived keychain
// thread with its own event loop; the caller waits for the answer. (A local event loop on
// each calling thread would leave that executor behind in the first worker thread to end.)
// The GUI thread should use QtKeychain's jobs directly instead of waiting here.
class Keychain
{
public:
    struct Result
    {
        enum class Status
        {
            Ok,
            NotFound,
            Failed
        };
        Status status = Status::Ok;
        QString message; // for Failed: what went wrong and what to do; never the secret

        bool ok() const { return status == Status::Ok; }
    };

    explicit Keychain(QString service = QStringLiteral("SyncStudio"));

    // "<absolute project folder>|<connector>|<setting>", e.g. "/home/ann/idm|ldap|credentials".
    static QString entryKey(const QString& projectPath, const QString& connectorName,
                            const QString& setting);

    Result read(const QString& key, QString* secret) const;
    Result write(const QString& key, const QString& secret) const;
    Result remove(const QString& key) const;

    const QString& service() const { return m_service; }

private:
    QString m_service;
};

} // namespace syncstudio::secrets
