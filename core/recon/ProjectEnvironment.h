#pragma once

#include "ReconEngine.h"
#include "connectors/ConnectorFactory.h"
#include "repo/Repository.h"
#include "script/ScriptResourceResolver.h"

#include <QString>
#include <memory>

namespace syncstudio::config {
class Project;
}

namespace syncstudio::recon {

// The systems and the repository of an open project, ready for the engine, the CLI and the
// GUI: system/<name> through the project's provisioner files, managed/<type> and the links
// through the project's repository (SQLite in the project folder unless it says otherwise).
class ProjectEnvironment
{
public:
    // Opens the project's repository; error says why not (a malformed settings file, a
    // server that is down, a wrong password).
    static std::unique_ptr<ProjectEnvironment>
    open(const config::Project& project, connectors::SecretLookup secrets, QString* error);

    // A ReconEnvironment that owns its ProjectEnvironment, for a job that outlives the caller
    // (the GUI's views). The repository is opened on first use, on the thread that first
    // needs it, never on the caller's; a failure to open comes back from that call.
    static ReconEnvironment selfContained(const config::Project& project,
                                          connectors::SecretLookup secrets, QString* error);

    const config::Project& project() const { return m_project; }
    repo::Repository& repository() { return *m_repository; }
    // What a ReconEngine or ReconJob needs; valid while this object lives.
    ReconEnvironment reconEnvironment() const;
    // A new connection to resource for the calling thread.
    std::unique_ptr<connectors::Connector> openResource(const ResourcePath& resource,
                                                        connectors::ConnectorError* error) const;

private:
    ProjectEnvironment(const config::Project& project, connectors::SecretLookup secrets);

    const config::Project& m_project;
    connectors::SecretLookup m_secrets;
    connectors::ConnectorFactory m_factory;
    std::unique_ptr<repo::Repository> m_repository;
    std::unique_ptr<script::ScriptResourceResolver> m_resolver; // openidm.read/query
};

} // namespace syncstudio::recon
