#pragma once

#include "ConfigFile.h"
#include "Mapping.h"

#include <QString>
#include <QStringList>
#include <QVector>
#include <memory>
#include <vector>

namespace syncstudio::config {

// A connector configured by conf/provisioner.openicf-<name>.json.
struct Provisioner
{
    QString name; // the <name> of system/<name>/<objectType>: the file's "name" member
    ConfigFile* file = nullptr;

    QString connectorName() const; // connectorRef/connectorName
    QStringList objectTypes() const;
};

// An IDM project folder: conf/ (sync.json, mapping-*.json, provisioner.openicf-*.json,
// managed.json and any other JSON), usually with script/ and data/ beside it. A folder that
// holds the conf files directly is accepted too.
class Project
{
public:
    // Loads every JSON file of conf/. A file with malformed JSON is kept with its parse error
    // (validation reports it); only an unreadable folder makes open fail.
    static std::unique_ptr<Project> open(const QString& path, QString* error);

    const QString& rootPath() const { return m_rootPath; }
    const QString& confPath() const { return m_confPath; }
    // The project path as the user gave it, for messages.
    const QString& displayPath() const { return m_displayPath; }

    const std::vector<std::unique_ptr<ConfigFile>>& files() const { return m_files; }
    ConfigFile* file(const QString& relativePath) const;
    ConfigFile* syncFile() const;
    ConfigFile* managedFile() const;
    // Files that are not config JSON (scripts, data), relative to the root.
    const QStringList& otherFiles() const { return m_otherFiles; }

    // sync.json mappings in file order, then mapping files sorted by file name.
    QVector<Mapping> mappings() const;
    // The mapping named name, or one whose file() is null.
    Mapping mapping(const QString& name) const;
    QVector<Provisioner> provisioners() const;
    // The object types of managed.json ("managed/<name>").
    QStringList managedObjectTypes() const;

    bool isModified() const;
    // Writes every modified file in place, atomically. Stops at the first failure.
    bool save(QString* error);
    // Writes the whole project into dir: each config file through the model, other files
    // copied as they are.
    bool writeTo(const QString& dir, QString* error) const;

private:
    QString m_rootPath;
    QString m_confPath;
    QString m_displayPath;
    std::vector<std::unique_ptr<ConfigFile>> m_files;
    QStringList m_otherFiles;
};

// "mapping-<name>.json" -> "<name>"; empty when the file name is not a mapping file's.
QString mappingNameFromFileName(const QString& fileName);
// "provisioner.openicf-<name>.json" -> "<name>".
QString provisionerNameFromFileName(const QString& fileName);

} // namespace syncstudio::config
