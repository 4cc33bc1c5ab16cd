#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace syncstudio::test {

// A project folder in a temporary directory, written from relative path -> content.
class TestProject
{
public:
    explicit TestProject(const QMap<QString, QByteArray>& files);
    QString path() const { return m_dir.path(); }
    QString filePath(const QString& relative) const { return m_dir.filePath(relative); }
    QByteArray read(const QString& relative) const;

private:
    QTemporaryDir m_dir;
};

// Every file below dir, as relative paths, sorted.
QStringList filesBelow(const QString& dir);
QByteArray readFile(const QString& path);
// The lines of a that differ from b, as "-old" / "+new" entries (a simple LCS line diff).
QStringList lineDiff(const QByteArray& a, const QByteArray& b);
// The projects of the corpus (folders with a conf/ or holding provisioner files).
QStringList corpusProjects();

// Runs syncstudio-cli with arguments; returns the exit code and fills stdout/stderr.
int runCli(const QStringList& arguments, QByteArray* out = nullptr, QByteArray* err = nullptr,
           const QString& workingDirectory = {});

} // namespace syncstudio::test
