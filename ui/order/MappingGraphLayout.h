#pragma once

#include "MappingGraph.h"

namespace syncstudio::ui {

// A layered (Sugiyama-style) layout without graphviz: edges that close a cycle are turned
// around, every node goes one column to the right of its latest predecessor (longest
// path), and a few barycenter sweeps order each column to cut crossings.
class MappingGraphLayout
{
public:
    static void layOut(MappingGraph& graph, int sweeps = 4);
};

} // namespace syncstudio::ui
