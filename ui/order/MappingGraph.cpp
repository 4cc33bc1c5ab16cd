#include "MappingGraph.h"

#include "config/ProcessingOrder.h"
#include "config/Project.h"

namespace syncstudio::ui {

int MappingGraph::indexOf(const QString& name) const
{
    for (int i = 0; i < nodes.size(); ++i) {
        if (nodes[i].name == name)
            return i;
    }
    return -1;
}

MappingGraph MappingGraph::fromProject(const config::Project& project)
{
    MappingGraph graph;
    const config::ProcessingOrder order = config::computeProcessingOrder(project);
    for (const config::Mapping& m : order.mappings)
        graph.nodes.append({m.name(), m.source() + QStringLiteral(" \u2192 ") + m.target(),
                            m.isInSyncJson(), false, 0, 0});
    graph.cycles = order.cycles;
    for (const QStringList& cycle : order.cycles) {
        for (const QString& name : cycle) {
            const int i = graph.indexOf(name);
            if (i >= 0)
                graph.nodes[i].inCycle = true;
        }
    }
    for (int to = 0; to < order.mappings.size(); ++to) {
        for (const QString& after : order.mappings[to].syncAfter()) {
            const int from = graph.indexOf(after);
            if (from < 0)
                continue;
            bool inCycle = false;
            for (const QStringList& cycle : order.cycles) {
                for (int k = 0; k + 1 < cycle.size(); ++k) {
                    // cycle lists a, b, a for "a is synced after b"? Accept either direction.
                    if ((cycle[k] == after && cycle[k + 1] == graph.nodes[to].name) ||
                        (cycle[k + 1] == after && cycle[k] == graph.nodes[to].name))
                        inCycle = true;
                }
            }
            graph.edges.append({from, to, false, inCycle});
        }
    }
    // sync.json runs its mappings in file order; show that as faint edges where no
    // syncAfter says so already.
    for (int i = 0; i + 1 < graph.nodes.size(); ++i) {
        if (!graph.nodes[i].inSyncJson || !graph.nodes[i + 1].inSyncJson)
            continue;
        bool explicitEdge = false;
        for (const Edge& e : graph.edges)
            explicitEdge = explicitEdge || (e.from == i && e.to == i + 1);
        if (!explicitEdge)
            graph.edges.append({i, i + 1, true, false});
    }
    return graph;
}

} // namespace syncstudio::ui
