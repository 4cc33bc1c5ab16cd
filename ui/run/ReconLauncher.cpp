#include "ReconLauncher.h"

#include "config/Project.h"
#include "project/ProjectDocument.h"

#include <QCoreApplication>

namespace syncstudio::ui {

recon::ReconJob* ReconLauncher::createJob(const ProjectDocument& document,
                                          const QString& mappingName,
                                          const ReconEnvironmentFactory& factory,
                                          const recon::ReconOptions& options, QObject* parent,
                                          QString* error)
{
    const config::Mapping mapping = document.mapping(mappingName);
    if (!mapping.file()) {
        *error = QCoreApplication::translate("ReconLauncher", "There is no mapping named %1.")
                     .arg(mappingName);
        return nullptr;
    }
    QString rulesError;
    recon::MappingRules rules = recon::MappingRules::fromMapping(mapping, &rulesError);
    if (!rulesError.isEmpty()) {
        *error = rulesError;
        return nullptr;
    }
    if (!factory) {
        *error = QCoreApplication::translate(
            "ReconLauncher", "No connectors are available in this build to reach the systems.");
        return nullptr;
    }
    QString environmentError;
    recon::ReconEnvironment environment = factory(document.project(), &environmentError);
    if (!environment.openResource) {
        *error = environmentError.isEmpty()
                     ? QCoreApplication::translate("ReconLauncher",
                                                   "The systems of this project cannot be opened.")
                     : environmentError;
        return nullptr;
    }
    return new recon::ReconJob(std::move(environment), std::move(rules), options, parent);
}

} // namespace syncstudio::ui
