#include "ReconciledExample.h"

#include "config/Project.h"
#include "project/ExampleProject.h"
#include "recon/MappingRules.h"
#include "recon/ProjectEnvironment.h"
#include "recon/ReconEngine.h"

#include <QDir>

namespace syncstudio::test {

QString reconciledExampleProject(const QString& directory, QString* error)
{
    const QString path =
        ui::materializeExampleProject(QDir(directory).filePath(QStringLiteral("example")), error);
    if (path.isEmpty())
        return {};
    std::unique_ptr<config::Project> project = config::Project::open(path, error);
    if (!project)
        return {};
    const recon::ReconEnvironment environment =
        recon::ProjectEnvironment::selfContained(*project, {}, error);
    if (!environment.openResource)
        return {};
    const recon::MappingRules rules = recon::MappingRules::fromMapping(
        project->mapping(QStringLiteral("hrPeople_managedUser")), error);
    if (!error->isEmpty())
        return {};
    recon::ReconEngine engine(environment, rules);
    recon::ReconControl control;
    recon::ReconOptions options;
    options.dryRun = false;
    const recon::ReconStatistics statistics =
        engine.run(options, control, [](const recon::ObjectResults&) {});
    if (!statistics.error.isEmpty()) {
        *error = statistics.error;
        return {};
    }
    return path;
}

} // namespace syncstudio::test
