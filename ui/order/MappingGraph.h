#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace syncstudio::config {
class Project;
}

namespace syncstudio::ui {

// The syncAfter dependencies of a project's mappings as a graph: one node per mapping in
// processing order, an edge from a mapping to each mapping that runs after it.
struct MappingGraph
{
    struct Node
    {
        QString name;
        QString detail; // "source -> target"
        bool inSyncJson = false;
        bool inCycle = false;
        int layer = 0; // filled by layOut(): the column
        int order = 0; // filled by layOut(): the position within the column
    };
    struct Edge
    {
        int from = 0;
        int to = 0;
        bool implicit = false; // sync.json order, not a syncAfter
        bool inCycle = false;
    };

    QVector<Node> nodes;
    QVector<Edge> edges;
    QVector<QStringList> cycles; // each a closed path of names
    int layerCount = 0;

    int indexOf(const QString& name) const;

    static MappingGraph fromProject(const config::Project& project);
};

} // namespace syncstudio::ui
