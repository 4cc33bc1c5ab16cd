#pragma once

#include "Mapping.h"

#include <QStringList>
#include <QVector>

namespace syncstudio::config {

class Project;

struct ProcessingOrder
{
    QVector<Mapping> mappings; // every mapping, in the order a full reconciliation runs them
    // Each syncAfter cycle as a closed path of names ("a", "b", "a"); the mappings of a cycle
    // are placed after all others, by name, so the order is still complete.
    QVector<QStringList> cycles;
};

// IDM's order: the mappings of sync.json first, in file order; then the mapping files, each
// after every mapping its syncAfter names, ties broken by name.
ProcessingOrder computeProcessingOrder(const Project& project);

} // namespace syncstudio::config
