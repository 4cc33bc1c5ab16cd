#include "ProcessingOrder.h"

#include "Project.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <functional>
#include <map>

namespace syncstudio::config {

namespace {

// Strongly connected components (Tarjan) of the syncAfter graph; returns those that form a
// cycle, each as a closed path through all of its members where one exists.
QVector<QStringList> findCycles(const QStringList& names, const QHash<QString, QStringList>& edges)
{
    QHash<QString, int> index;
    QHash<QString, int> low;
    QSet<QString> onStack;
    QStringList stack;
    int counter = 0;
    QVector<QStringList> components;

    std::function<void(const QString&)> visit = [&](const QString& v) {
        index[v] = low[v] = counter++;
        stack << v;
        onStack.insert(v);
        for (const QString& w : edges.value(v)) {
            if (!index.contains(w)) {
                visit(w);
                low[v] = std::min(low[v], low[w]);
            } else if (onStack.contains(w)) {
                low[v] = std::min(low[v], index[w]);
            }
        }
        if (low[v] == index[v]) {
            QStringList component;
            QString w;
            do {
                w = stack.takeLast();
                onStack.remove(w);
                component << w;
            } while (w != v);
            const bool selfLoop = edges.value(v).contains(v);
            if (component.size() > 1 || selfLoop)
                components << component;
        }
    };
    for (const QString& name : names) {
        if (!index.contains(name))
            visit(name);
    }

    QVector<QStringList> cycles;
    for (QStringList component : components) {
        std::sort(component.begin(), component.end());
        const QSet<QString> members(component.begin(), component.end());
        // Walk from the first name, always to the smallest unvisited member, back to the start.
        QStringList path{component.first()};
        QSet<QString> visited{component.first()};
        std::function<bool(const QString&)> extend = [&](const QString& v) -> bool {
            QStringList next = edges.value(v);
            std::sort(next.begin(), next.end());
            if (visited.size() == members.size() && next.contains(path.first())) {
                path << path.first();
                return true;
            }
            for (const QString& w : next) {
                if (!members.contains(w) || visited.contains(w))
                    continue;
                path << w;
                visited.insert(w);
                if (extend(w))
                    return true;
                path.removeLast();
                visited.remove(w);
            }
            return false;
        };
        if (!extend(path.first())) {
            // No single path covers every member: name them all, closed on the first.
            path = component;
            path << component.first();
        }
        cycles << path;
    }
    std::sort(cycles.begin(), cycles.end(),
              [](const QStringList& a, const QStringList& b) { return a.first() < b.first(); });
    return cycles;
}

} // namespace

ProcessingOrder computeProcessingOrder(const Project& project)
{
    ProcessingOrder order;
    const QVector<Mapping> all = project.mappings();

    QHash<QString, QStringList> edges; // mapping -> the mappings it must run after
    QStringList names;
    QSet<QString> known;
    for (const Mapping& m : all) {
        names << m.name();
        known.insert(m.name());
    }
    for (const Mapping& m : all) {
        for (const QString& dependency : m.syncAfter()) {
            if (known.contains(dependency))
                edges[m.name()] << dependency;
        }
    }

    QSet<QString> placed;
    std::map<QString, Mapping> pending; // mapping files, sorted by name
    for (const Mapping& m : all) {
        if (m.isInSyncJson()) {
            order.mappings << m;
            placed.insert(m.name());
        } else {
            pending.emplace(m.name(), m);
        }
    }
    while (!pending.empty()) {
        auto ready = std::find_if(pending.begin(), pending.end(), [&](const auto& entry) {
            const QStringList deps = edges.value(entry.first);
            return std::all_of(deps.begin(), deps.end(), [&](const QString& d) {
                return placed.contains(d) || !pending.count(d);
            });
        });
        if (ready == pending.end())
            break;
        order.mappings << ready->second;
        placed.insert(ready->first);
        pending.erase(ready);
    }
    for (const auto& entry : pending)
        order.mappings << entry.second;

    order.cycles = findCycles(names, edges);
    return order;
}

} // namespace syncstudio::config
