#pragma once

#include <QByteArray>

namespace syncstudio::test {

// conf/sync.json of the paging example in IDM's documentation: seven mappings, of which
// mapping1 (to target1), mapping4 (to target0) and mapping7 (to target3) read source1.
inline QByteArray sevenMappingsSyncJson()
{
    return R"({
    "mappings" : [
        { "name" : "mapping1", "source" : "source1", "target" : "target1" },
        { "name" : "mapping2", "source" : "source2", "target" : "target1" },
        { "name" : "mapping3", "source" : "source0", "target" : "target2" },
        { "name" : "mapping4", "source" : "source1", "target" : "target0" },
        { "name" : "mapping5", "source" : "source2", "target" : "target0" },
        { "name" : "mapping6", "source" : "source3", "target" : "target1" },
        { "name" : "mapping7", "source" : "source1", "target" : "target3" }
    ]
}
)";
}

} // namespace syncstudio::test
