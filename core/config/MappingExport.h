#pragma once

#include "Mapping.h"

#include <QByteArray>
#include <QString>
#include <QVector>

namespace syncstudio::config {

class Project;

struct ExportedFile
{
    QString fileName;
    QByteArray text;
};

// One sync.json with every mapping of ordered, in that order. Each mapping keeps its own
// fields, order and spelling; a mapping file without "name" gets one from its file name.
// When the project has a sync.json, its other top-level members and formatting are kept.
QByteArray exportSyncJson(const Project& project, const QVector<Mapping>& ordered);

// One mapping-<name>.json per mapping: a mapping file as it is, a sync.json mapping as its
// object re-indented to the top level.
QVector<ExportedFile> exportMappingFiles(const QVector<Mapping>& mappings);

} // namespace syncstudio::config
