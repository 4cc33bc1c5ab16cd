#pragma once

#include "ReconEnvironmentFactory.h"
#include "recon/ReconJob.h"

namespace syncstudio::ui {

class ProjectDocument;

// Turns a mapping of the open project into a started ReconJob: copies the mapping's rules
// out of the (editable, GUI-thread) document and makes the environment, so the job never
// touches the document from its worker.
class ReconLauncher
{
public:
    // The job, not started, parented to parent; null with error set when the mapping
    // cannot be reconciled or the environment cannot be made.
    static recon::ReconJob* createJob(const ProjectDocument& document, const QString& mappingName,
                                      const ReconEnvironmentFactory& factory,
                                      const recon::ReconOptions& options, QObject* parent,
                                      QString* error);
};

} // namespace syncstudio::ui
