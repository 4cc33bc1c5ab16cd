#pragma once

#include "RepositoryError.h"
#include "RepositorySettings.h"

#include <QSqlDatabase>

namespace syncstudio::repo {

// The repository's tables, versioned. schema_version holds one row: the version the database
// is at. Each migration runs in one transaction with the version update, so a database is
// always at a version, never between two. A database at a version newer than this build
// knows is refused rather than guessed at.
//
//   1  managed_objects (object_type, object_id, rev, doc) and links (link_type,
//      link_qualifier, first_id, second_id) with IDM's two unique indexes
//   2  recon_runs and recon_exceptions
class SchemaMigrations
{
public:
    static int latestVersion();
    // The version db is at; 0 for a database SyncStudio never touched.
    static bool currentVersion(QSqlDatabase db, int* version, QString* error);
    // Brings db up to targetVersion (latestVersion() in normal use; tests stop earlier to
    // make an old database). description names the database in messages.
    static bool migrate(QSqlDatabase db, RepositorySettings::Backend backend, int targetVersion,
                        const QString& description, RepositoryError* error);
};

} // namespace syncstudio::repo
