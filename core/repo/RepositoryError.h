#pragma once

#include <QString>

namespace syncstudio::repo {

// Why the repository could not be used, typed so that callers (the managed-object connector,
// the GUI) can tell a server that is down from a wrong password or a too-new database.
struct RepositoryError
{
    enum class Kind
    {
        None,
        ConnectionFailed,     // no server at host:port, file not writable, driver missing
        AuthenticationFailed, // wrong user or password
        DatabaseMissing,      // the server runs but has no database of that name
        SchemaTooNew,         // written by a newer SyncStudio
        SchemaFailed,         // a migration failed (the database is left as it was)
        QueryFailed
    };

    Kind kind = Kind::None;
    QString message;
    QString hint;

    bool isError() const { return kind != Kind::None; }
    QString toString() const
    {
        return hint.isEmpty() ? message : message + QStringLiteral("; ") + hint;
    }
};

} // namespace syncstudio::repo
