#include "ObjectResult.h"

namespace syncstudio::recon {

bool ObjectResult::changesTarget() const
{
    switch (action) {
    case config::Action::Create:
    case config::Action::Delete:
        return true;
    case config::Action::Update:
        return !changes.isEmpty();
    default:
        return false;
    }
}

} // namespace syncstudio::recon
