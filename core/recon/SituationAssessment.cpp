#include "SituationAssessment.h"

namespace syncstudio::recon {

using config::Situation;

Situation assessSourceSituation(const SourceFacts& facts)
{
    if (facts.sourceValid) {
        if (facts.linked)
            return facts.linkedTargetExists ? Situation::Confirmed : Situation::Missing;
        if (facts.correlationResults < 0 || facts.correlationResults == 0)
            return Situation::Absent;
        if (facts.correlationResults == 1)
            return facts.correlatedTargetLinked ? Situation::FoundAlreadyLinked : Situation::Found;
        return Situation::Ambiguous;
    }
    // The source does not qualify for the mapping: whatever it is linked or correlated to
    // no longer should be; with nothing there, the source is simply ignored.
    if (facts.linked)
        return Situation::Unqualified;
    if (facts.correlationResults <= 0)
        return Situation::SourceIgnored;
    return Situation::Unqualified;
}

Situation assessTargetSituation(const TargetFacts& facts)
{
    if (!facts.targetValid)
        return Situation::TargetIgnored;
    if (!facts.linked)
        return Situation::Unassigned;
    if (!facts.linkedSourceExists)
        return Situation::SourceMissing;
    return facts.linkedSourceValid ? Situation::Confirmed : Situation::Unqualified;
}

} // namespace syncstudio::recon
