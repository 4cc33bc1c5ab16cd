#include "MappingGraphLayout.h"

#include <algorithm>
#include <functional>

namespace syncstudio::ui {

void MappingGraphLayout::layOut(MappingGraph& graph, int sweeps)
{
    const int n = graph.nodes.size();
    if (n == 0) {
        graph.layerCount = 0;
        return;
    }
    // 1. Find edges that close a cycle (back edges of a depth-first search in processing
    // order) and lay them out as if reversed.
    QVector<QVector<int>> out(n);
    for (int e = 0; e < graph.edges.size(); ++e)
        out[graph.edges[e].from].append(e);
    QVector<bool> reversed(graph.edges.size(), false);
    QVector<int> state(n, 0); // 0 unvisited, 1 on stack, 2 done
    std::function<void(int)> visit = [&](int v) {
        state[v] = 1;
        for (int e : out[v]) {
            const int w = graph.edges[e].to;
            if (state[w] == 1)
                reversed[e] = true;
            else if (state[w] == 0)
                visit(w);
        }
        state[v] = 2;
    };
    for (int v = 0; v < n; ++v) {
        if (state[v] == 0)
            visit(v);
    }
    // 2. Longest-path layering over the acyclic edges (Kahn's order).
    QVector<QVector<int>> successors(n);
    QVector<int> inDegree(n, 0);
    for (int e = 0; e < graph.edges.size(); ++e) {
        const int a = reversed[e] ? graph.edges[e].to : graph.edges[e].from;
        const int b = reversed[e] ? graph.edges[e].from : graph.edges[e].to;
        if (a == b)
            continue;
        successors[a].append(b);
        ++inDegree[b];
    }
    QVector<int> layer(n, 0);
    QVector<int> queue;
    for (int v = 0; v < n; ++v) {
        if (inDegree[v] == 0)
            queue.append(v);
    }
    for (int i = 0; i < queue.size(); ++i) {
        const int v = queue[i];
        for (int w : successors[v]) {
            layer[w] = std::max(layer[w], layer[v] + 1);
            if (--inDegree[w] == 0)
                queue.append(w);
        }
    }
    int layerCount = 0;
    for (int v = 0; v < n; ++v) {
        graph.nodes[v].layer = layer[v];
        layerCount = std::max(layerCount, layer[v] + 1);
    }
    graph.layerCount = layerCount;

    // 3. Order within layers: processing order first, then barycenter sweeps.
    QVector<QVector<int>> columns(layerCount);
    for (int v = 0; v < n; ++v)
        columns[layer[v]].append(v);
    QVector<double> position(n, 0);
    auto number = [&] {
        for (const QVector<int>& column : columns) {
            for (int i = 0; i < column.size(); ++i)
                position[column[i]] = i;
        }
    };
    number();
    QVector<QVector<int>> neighbours(n);
    for (const MappingGraph::Edge& e : graph.edges) {
        if (e.from == e.to)
            continue;
        neighbours[e.from].append(e.to);
        neighbours[e.to].append(e.from);
    }
    for (int sweep = 0; sweep < sweeps; ++sweep) {
        const bool down = sweep % 2 == 0;
        for (int k = 0; k < layerCount; ++k) {
            const int l = down ? k : layerCount - 1 - k;
            QVector<double> key(n, 0);
            for (int v : columns[l]) {
                double sum = 0;
                int count = 0;
                for (int w : neighbours[v]) {
                    if (layer[w] == (down ? l - 1 : l + 1)) {
                        sum += position[w];
                        ++count;
                    }
                }
                key[v] = count ? sum / count : position[v];
            }
            std::stable_sort(columns[l].begin(), columns[l].end(),
                             [&](int a, int b) { return key[a] < key[b]; });
            for (int i = 0; i < columns[l].size(); ++i)
                position[columns[l][i]] = i;
        }
    }
    for (int v = 0; v < n; ++v)
        graph.nodes[v].order = static_cast<int>(position[v]);
}

} // namespace syncstudio::ui
