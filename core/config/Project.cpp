#include "Project.h"

#include "AtomicFile.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <algorithm>

namespace syncstudio::config {

namespace {

const QString SyncFile = QStringLiteral("sync.json");
const QString ManagedFile = QStringLiteral("managed.json");

QString stripAffixes(const QString& fileName, const QString& prefix)
{
    if (!fileName.startsWith(prefix) || !fileName.endsWith(QLatin1String(".json")))
        return {};
    return fileName.mid(prefix.size(), fileName.size() - prefix.size() - 5);
}

} // namespace

QString mappingNameFromFileName(const QString& fileName)
{
    return stripAffixes(fileName, QStringLiteral("mapping-"));
}

QString provisionerNameFromFileName(const QString& fileName)
{
    return stripAffixes(fileName, QStringLiteral("provisioner.openicf-"));
}

QString Provisioner::connectorName() const
{
    const JsonText& j = file->json;
    const JsonText::NodeId ref = j.find(QStringLiteral("/connectorRef/connectorName"));
    return j.stringValue(ref);
}

QStringList Provisioner::objectTypes() const
{
    const JsonText& j = file->json;
    return j.keys(j.find(QStringLiteral("/objectTypes")));
}

std::unique_ptr<Project> Project::open(const QString& path, QString* error)
{
    const QFileInfo info(path);
    if (!info.isDir()) {
        if (error)
            *error = QStringLiteral("%1: not a folder; give the project folder (the one that "
                                    "holds conf/)")
                         .arg(path);
        return nullptr;
    }
    auto project = std::make_unique<Project>();
    project->m_rootPath = info.absoluteFilePath();
    project->m_displayPath = QDir::cleanPath(path);
    const QDir root(project->m_rootPath);
    project->m_confPath =
        root.exists(QStringLiteral("conf")) ? root.filePath(QStringLiteral("conf")) : root.path();

    QStringList all;
    QDirIterator it(project->m_rootPath, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        all << root.relativeFilePath(it.next());
    std::sort(all.begin(), all.end());

    for (const QString& relative : all) {
        const QFileInfo fileInfo(root.filePath(relative));
        const bool inConf =
            fileInfo.absolutePath() == QFileInfo(project->m_confPath).absoluteFilePath();
        if (!inConf || fileInfo.suffix() != QLatin1String("json")) {
            project->m_otherFiles << relative;
            continue;
        }
        QFile file(fileInfo.absoluteFilePath());
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = QStringLiteral("%1: cannot read: %2").arg(relative, file.errorString());
            return nullptr;
        }
        auto config = std::make_unique<ConfigFile>();
        config->relativePath = relative;
        config->displayPath = project->m_displayPath == QLatin1String(".")
                                  ? relative
                                  : project->m_displayPath + QLatin1Char('/') + relative;
        config->json = JsonText::parse(file.readAll(), &config->parseError);
        project->m_files.push_back(std::move(config));
    }
    return project;
}

ConfigFile* Project::file(const QString& relativePath) const
{
    for (const auto& f : m_files) {
        if (f->relativePath == relativePath)
            return f.get();
    }
    return nullptr;
}

static bool isInConf(const Project& project, const ConfigFile& file, const QString& fileName)
{
    return QFileInfo(QDir(project.rootPath()).filePath(file.relativePath)).fileName() == fileName;
}

ConfigFile* Project::syncFile() const
{
    for (const auto& f : m_files) {
        if (isInConf(*this, *f, SyncFile))
            return f.get();
    }
    return nullptr;
}

ConfigFile* Project::managedFile() const
{
    for (const auto& f : m_files) {
        if (isInConf(*this, *f, ManagedFile))
            return f.get();
    }
    return nullptr;
}

QVector<Mapping> Project::mappings() const
{
    QVector<Mapping> out;
    if (ConfigFile* sync = syncFile(); sync && sync->isValid()) {
        const JsonText::NodeId array = sync->json.find(QStringLiteral("/mappings"));
        if (sync->json.isArray(array)) {
            for (int i = 0; i < sync->json.childCount(array); ++i) {
                if (sync->json.isObject(sync->json.child(array, i)))
                    out << Mapping(sync, QStringLiteral("/mappings/%1").arg(i));
            }
        }
    }
    for (const auto& f : m_files) {
        const QString name = mappingNameFromFileName(QFileInfo(f->relativePath).fileName());
        if (!name.isEmpty() && f->isValid() && f->json.isObject(f->json.root()))
            out << Mapping(f.get(), QString(), name);
    }
    return out;
}

Mapping Project::mapping(const QString& name) const
{
    for (const Mapping& m : mappings()) {
        if (m.name() == name)
            return m;
    }
    return {};
}

QVector<Provisioner> Project::provisioners() const
{
    QVector<Provisioner> out;
    for (const auto& f : m_files) {
        QString name = provisionerNameFromFileName(QFileInfo(f->relativePath).fileName());
        if (name.isEmpty())
            continue;
        // IDM names the system after the file's "name" member, not after the file.
        const QString declared = f->json.stringValue(f->json.find(QStringLiteral("/name")));
        out << Provisioner{declared.isEmpty() ? name : declared, f.get()};
    }
    return out;
}

QStringList Project::managedObjectTypes() const
{
    QStringList out;
    const ConfigFile* managed = managedFile();
    if (!managed || !managed->isValid())
        return out;
    const JsonText& j = managed->json;
    const JsonText::NodeId objects = j.find(QStringLiteral("/objects"));
    for (int i = 0; j.isArray(objects) && i < j.childCount(objects); ++i)
        out << j.stringValue(j.member(j.child(objects, i), QStringLiteral("name")));
    return out;
}

bool Project::isModified() const
{
    return std::any_of(m_files.begin(), m_files.end(), [](const auto& f) { return f->modified; });
}

bool Project::save(QString* error)
{
    const QDir root(m_rootPath);
    for (const auto& f : m_files) {
        if (!f->modified)
            continue;
        if (!writeFileAtomically(root.filePath(f->relativePath), f->bytes(), error))
            return false;
        f->modified = false;
    }
    return true;
}

bool Project::writeTo(const QString& dir, QString* error) const
{
    const QDir out(dir);
    const QDir root(m_rootPath);
    for (const auto& f : m_files) {
        if (!writeFileAtomically(out.filePath(f->relativePath), f->bytes(), error))
            return false;
    }
    for (const QString& relative : m_otherFiles) {
        QFile source(root.filePath(relative));
        if (!source.open(QIODevice::ReadOnly)) {
            if (error)
                *error = QStringLiteral("%1: cannot read: %2").arg(relative, source.errorString());
            return false;
        }
        if (!writeFileAtomically(out.filePath(relative), source.readAll(), error))
            return false;
    }
    return true;
}

} // namespace syncstudio::config
