#include "LinkStore.h"

namespace syncstudio::repo {

LinkStore::~LinkStore() = default;

} // namespace syncstudio::repo
