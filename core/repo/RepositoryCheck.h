#pragma once

#include "RepositoryError.h"
#include "RepositorySettings.h"
#include "connectors/ConnectorFactory.h"

#include <QString>

namespace syncstudio::repo {

// What a connection test of a repository found: the repository opened exactly as a
// reconciliation opens it (Repository::open: connect, authenticate, bring the schema up to
// date), then asked what it holds. A test of a new SQLite file or an empty database
// therefore creates the tables, as the first run would.
struct RepositoryCheck
{
    RepositoryError error; // Kind::None when the repository opened and answered
    QString server;        // "PostgreSQL 15.5", "SQLite 3.40.1"
    int schemaVersion = 0;
    qint64 linkCount = 0;
    qint64 runCount = 0; // recorded reconciliation runs
    qint64 managedObjectCount = 0;
    bool createdFile = false; // SQLite: the file did not exist before the test

    bool ok() const { return !error.isError(); }
};

// Opens the repository settings describe with the password secrets gives (the connector
// "repository", key "password"), on the calling thread, which it blocks: a worker's job.
// Besides what opening checks, the repository must take a write that changes nothing, since
// one that can only be read would fail the first run that writes a link.
RepositoryCheck checkRepository(const RepositorySettings& settings,
                                const connectors::SecretLookup& secrets);

} // namespace syncstudio::repo
