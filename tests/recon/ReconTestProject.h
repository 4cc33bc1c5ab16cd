#pragma once

#include "TestProject.h"
#include "config/Project.h"
#include "recon/MappingRules.h"
#include "recon/ProjectEnvironment.h"
#include "recon/ReconEngine.h"
#include "repo/LinkStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <memory>

namespace syncstudio::test {

// A project on disk with its own SQLite repository, opened for reconciliation: the set-up
// every engine test shares.
class ReconTestProject
{
public:
    explicit ReconTestProject(const QMap<QString, QByteArray>& files);

    bool isOpen() const { return m_environment != nullptr; }
    const QString& error() const { return m_error; }
    QString path() const { return m_dir.path(); }
    config::Project& project() { return *m_project; }
    recon::ProjectEnvironment& environment() { return *m_environment; }

    // Writes objects straight into the repository (managed/<type>), keeping their "_id".
    void putManaged(const QString& type, const QJsonArray& objects);
    QJsonObject managed(const QString& type, const QString& id, bool* found = nullptr);
    QMap<QString, QJsonObject> allManaged(const QString& type);
    void putLinks(const QVector<repo::Link>& links);
    QVector<repo::Link> links(const QString& linkType);

    struct Outcome
    {
        recon::ReconStatistics statistics;
        recon::ObjectResults results;
        // "source id" (source phase) or "target id" (target phase, prefixed "target:") ->
        // "SITUATION ACTION", for compact expectations; qualifiers other than default
        // are prefixed "qualifier/".
        QMap<QString, QString> summary() const;
        const recon::ObjectResult* result(const QString& key) const;
    };
    Outcome reconcile(
        const QString& mapping, bool dryRun,
        const std::function<void(recon::ReconControl&, const recon::ObjectResults&)>& onBatch = {},
        recon::ReconOptions options = {});

private:
    TestProject m_dir;
    std::unique_ptr<config::Project> m_project;
    std::unique_ptr<recon::ProjectEnvironment> m_environment;
    QString m_error;
};

} // namespace syncstudio::test
