#include "TestProject.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>
#include <algorithm>
#include <vector>

namespace syncstudio::test {

TestProject::TestProject(const QMap<QString, QByteArray>& files)
{
    for (auto it = files.begin(); it != files.end(); ++it) {
        const QString path = m_dir.filePath(it.key());
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(it.value()) != it.value().size())
            qFatal("cannot write test file %s", qPrintable(path));
    }
}

QByteArray TestProject::read(const QString& relative) const
{
    return readFile(filePath(relative));
}

QStringList filesBelow(const QString& dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    const QDir root(dir);
    while (it.hasNext())
        out << root.relativeFilePath(it.next());
    std::sort(out.begin(), out.end());
    return out;
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QStringList lineDiff(const QByteArray& a, const QByteArray& b)
{
    const QList<QByteArray> x = a.split('\n');
    const QList<QByteArray> y = b.split('\n');
    const int n = x.size();
    const int m = y.size();
    std::vector<std::vector<int>> lcs(n + 1, std::vector<int>(m + 1, 0));
    for (int i = n - 1; i >= 0; --i) {
        for (int j = m - 1; j >= 0; --j)
            lcs[i][j] =
                x[i] == y[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    }
    QStringList diff;
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && x[i] == y[j]) {
            ++i;
            ++j;
        } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
            diff << QLatin1Char('-') + QString::fromUtf8(x[i++]);
        } else {
            diff << QLatin1Char('+') + QString::fromUtf8(y[j++]);
        }
    }
    return diff;
}

QStringList corpusProjects()
{
    QStringList out;
    const QDir corpus(QStringLiteral(SYNCSTUDIO_CORPUS_DIR));
    const QDir openidm(corpus.filePath(QStringLiteral("openidm")));
    for (const QString& sample : openidm.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        out << openidm.filePath(sample);
    if (corpus.exists(QStringLiteral("provisioners")))
        out << corpus.filePath(QStringLiteral("provisioners"));
    return out;
}

int runCli(const QStringList& arguments, QByteArray* out, QByteArray* err,
           const QString& workingDirectory)
{
    QProcess process;
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(QStringLiteral(SYNCSTUDIO_CLI_PATH), arguments);
    if (!process.waitForFinished(120000))
        return -1;
    if (out)
        *out = process.readAllStandardOutput();
    if (err)
        *err = process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
}

} // namespace syncstudio::test
