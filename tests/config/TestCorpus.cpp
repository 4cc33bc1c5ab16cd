#include "TestProject.h"
#include "config/MappingExport.h"
#include "config/ProcessingOrder.h"
#include "config/Project.h"
#include "config/ProjectValidator.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace syncstudio::config;
using namespace syncstudio::test;

// Walks every project of the corpus, so a sample dropped into it is covered at once.
class TestCorpus : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void loadsAndValidatesWithoutErrors_data() { corpusRows(); }
    void loadsAndValidatesWithoutErrors();
    void rewritesByteForByte_data() { corpusRows(); }
    void rewritesByteForByte();
    void exportOfSyncJsonProjectIsTheSameFile_data() { corpusRows(); }
    void exportOfSyncJsonProjectIsTheSameFile();
    void splitExportRoundTripsThroughMappingFiles_data() { corpusRows(); }
    void splitExportRoundTripsThroughMappingFiles();

private:
    void corpusRows();
};

void TestCorpus::initTestCase()
{
    QVERIFY2(QDir(QStringLiteral(SYNCSTUDIO_CORPUS_DIR)).exists(),
             "the corpus folder is missing; set SYNCSTUDIO_CORPUS_DIR");
    QVERIFY(corpusProjects().size() >= 20);
}

void TestCorpus::corpusRows()
{
    QTest::addColumn<QString>("path");
    for (const QString& path : corpusProjects())
        QTest::newRow(qPrintable(QDir(path).dirName())) << path;
}

void TestCorpus::loadsAndValidatesWithoutErrors()
{
    QFETCH(QString, path);
    QString error;
    const auto project = Project::open(path, &error);
    QVERIFY2(project, qPrintable(error));
    QVERIFY(!project->files().empty());
    QStringList errors;
    for (const Diagnostic& d : validateProject(*project)) {
        if (d.isError())
            errors << d.toString();
    }
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    if (project->syncFile()) {
        // Every mapping of sync.json is seen, with its source and target.
        const QVector<Mapping> mappings = project->mappings();
        QVERIFY(!mappings.isEmpty());
        for (const Mapping& m : mappings) {
            QVERIFY(!m.name().isEmpty());
            QVERIFY(m.source().contains(QLatin1Char('/')));
            QVERIFY(m.target().contains(QLatin1Char('/')));
        }
        QCOMPARE(computeProcessingOrder(*project).mappings.size(), mappings.size());
    }
}

void TestCorpus::rewritesByteForByte()
{
    QFETCH(QString, path);
    const QTemporaryDir out;
    QByteArray stdoutText;
    QByteArray stderrText;
    const int status = runCli({QStringLiteral("rewrite"), path, QStringLiteral("-o"), out.path()},
                              &stdoutText, &stderrText);
    QVERIFY2(status == 0, stderrText.constData());
    const QStringList inputFiles = filesBelow(path);
    QCOMPARE(filesBelow(out.path()), inputFiles);
    for (const QString& file : inputFiles) {
        const QByteArray original = readFile(QDir(path).filePath(file));
        const QByteArray rewritten = readFile(QDir(out.path()).filePath(file));
        QVERIFY2(original == rewritten,
                 qPrintable(file + QLatin1Char('\n') +
                            lineDiff(original, rewritten).mid(0, 10).join(QLatin1Char('\n'))));
    }
}

void TestCorpus::exportOfSyncJsonProjectIsTheSameFile()
{
    QFETCH(QString, path);
    const auto project = Project::open(path, nullptr);
    QVERIFY(project);
    if (!project->syncFile())
        QSKIP("no sync.json in this folder");
    // Without mapping files the processing order is sync.json's own, so the export is it.
    const QByteArray exported = exportSyncJson(*project, computeProcessingOrder(*project).mappings);
    QCOMPARE(exported, project->syncFile()->bytes());
}

void TestCorpus::splitExportRoundTripsThroughMappingFiles()
{
    QFETCH(QString, path);
    const auto project = Project::open(path, nullptr);
    QVERIFY(project);
    if (!project->syncFile())
        QSKIP("no sync.json in this folder");
    const QVector<Mapping> order = computeProcessingOrder(*project).mappings;

    // Split into mapping files, load those as a project, and check each keeps every field.
    QTemporaryDir split;
    for (const ExportedFile& f : exportMappingFiles(order)) {
        QFile file(QDir(split.path()).filePath(QStringLiteral("conf/") + f.fileName));
        QDir().mkpath(QDir(split.path()).filePath(QStringLiteral("conf")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(f.text);
    }
    const auto splitProject = Project::open(split.path(), nullptr);
    QVERIFY(splitProject);
    const QVector<Mapping> reloaded = splitProject->mappings();
    QCOMPARE(reloaded.size(), order.size());
    for (const Mapping& original : order) {
        const Mapping copy = splitProject->mapping(original.name());
        QVERIFY2(copy.file(), qPrintable(original.name()));
        QCOMPARE(copy.fieldNames(), original.fieldNames());
        QCOMPARE(copy.json().value(copy.node()), original.json().value(original.node()));
    }
}

QTEST_GUILESS_MAIN(TestCorpus)
#include "TestCorpus.moc"
