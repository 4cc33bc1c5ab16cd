#include "MappingExport.h"

#include "Project.h"

namespace syncstudio::config {

namespace {

const QByteArray EmptySyncJson = "{\n    \"mappings\" : [ ]\n}\n";

} // namespace

QByteArray exportSyncJson(const Project& project, const QVector<Mapping>& ordered)
{
    const QString arrayPointer = QStringLiteral("/mappings");
    const ConfigFile* sync = project.syncFile();
    const bool keepSyncFile =
        sync && sync->isValid() && sync->json.isArray(sync->json.find(arrayPointer));
    JsonText out = keepSyncFile ? sync->json : JsonText::parse(EmptySyncJson);

    while (out.childCount(out.find(arrayPointer)) > 0)
        out.removeItem(out.find(arrayPointer), out.childCount(out.find(arrayPointer)) - 1);

    // Each item is a copy of the mapping's own text, re-indented to its new depth, so its
    // fields, their order and their spelling survive.
    for (const Mapping& m : ordered) {
        JsonText mapping = JsonText::parse(m.json().reindented(m.node(), {}));
        if (mapping.member(mapping.root(), QStringLiteral("name")) == JsonText::NoNode)
            mapping.insertMember(mapping.root(), QStringLiteral("name"), m.name(), {});
        const JsonText::NodeId array = out.find(arrayPointer);
        out.insertRawItem(
            array, out.childCount(array),
            mapping.reindented(mapping.root(), out.childIndent(array), out.indentUnit()));
    }
    QByteArray text = out.text();
    if (!keepSyncFile && !text.endsWith('\n'))
        text += '\n';
    return text;
}

QVector<ExportedFile> exportMappingFiles(const QVector<Mapping>& mappings)
{
    QVector<ExportedFile> files;
    for (const Mapping& m : mappings) {
        ExportedFile f;
        f.fileName = QStringLiteral("mapping-%1.json").arg(m.name());
        if (m.isInSyncJson()) {
            f.text = m.json().reindented(m.node(), {});
            f.text += '\n';
        } else {
            f.text = m.file()->bytes();
        }
        files << f;
    }
    return files;
}

} // namespace syncstudio::config
