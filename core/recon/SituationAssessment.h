#pragma once

#include "config/SyncVocabulary.h"

namespace syncstudio::recon {

// What the source phase knows about one source object (for one link qualifier) when it
// decides the situation. Correlation is asked only when there is no link, and only if the
// decision needs it: correlationResults is -1 when the mapping has no correlation (or it
// was not run because the target set is empty and correlateEmptyTargetSet is off).
struct SourceFacts
{
    bool sourceValid = true;             // validSource and sourceCondition both pass
    bool linked = false;                 // a link exists for the source id
    bool linkedTargetExists = false;     // the linked target object is there
    int correlationResults = -1;         // targets the correlation found, -1 when not correlated
    bool correlatedTargetLinked = false; // the single correlated target has a link already
};

// The decision of OpenIDM's SourceSyncOperation.assessSituation for a source that exists.
config::Situation assessSourceSituation(const SourceFacts& facts);

// What the target phase knows about a target object no source claimed.
struct TargetFacts
{
    bool targetValid = true; // validTarget passes
    bool linked = false;     // a link with a source id exists for the target id
    bool linkedSourceExists = false;
    bool linkedSourceValid = true;
};

// The decision of OpenIDM's TargetSyncOperation.assessSituation.
config::Situation assessTargetSituation(const TargetFacts& facts);

} // namespace syncstudio::recon
