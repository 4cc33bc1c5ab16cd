#include "TestProject.h"
#include "config/AtomicFile.h"
#include "config/Project.h"

#include <QTest>
#include <csignal>
#include <sys/resource.h>

using namespace syncstudio::config;
using syncstudio::test::TestProject;

namespace {

// Makes every write past limit bytes fail with EFBIG for the life of the object. It works
// for root too, unlike permissions, so the failure is real on CI.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t limit)
    {
        std::signal(SIGXFSZ, SIG_IGN);
        getrlimit(RLIMIT_FSIZE, &m_saved);
        rlimit limited = m_saved;
        limited.rlim_cur = limit;
        setrlimit(RLIMIT_FSIZE, &limited);
    }
    ~FileSizeLimit() { setrlimit(RLIMIT_FSIZE, &m_saved); }

private:
    rlimit m_saved{};
};

const QByteArray SyncJson = "{\n    \"mappings\" : [\n        {\n            \"name\" : \"m\",\n"
                            "            \"source\" : \"managed/user\",\n"
                            "            \"target\" : \"managed/role\"\n        }\n    ]\n}";

} // namespace

class TestProjectSave : public QObject
{
    Q_OBJECT
private slots:
    void savingWritesOnlyModifiedFiles();
    void aFailedSaveLeavesTheOldFile();
    void aFailedSaveCanBeRetried();
    void malformedFilesAreKeptAsTheyAre();
};

void TestProjectSave::savingWritesOnlyModifiedFiles()
{
    const TestProject dir(
        {{"conf/sync.json", SyncJson}, {"conf/managed.json", "{ \"objects\" : [ ] }"}});
    auto project = Project::open(dir.path(), nullptr);
    QVERIFY(project);
    QVERIFY(!project->isModified());
    // Make the unmodified file's on-disk bytes differ from the model's: if save wrote it,
    // the marker would be gone.
    {
        QFile managed(dir.filePath("conf/managed.json"));
        QVERIFY(managed.open(QIODevice::WriteOnly));
        managed.write("untouched");
    }
    QVERIFY(project->mapping("m").setTarget(QStringLiteral("managed/user")));
    QVERIFY(project->isModified());
    QString error;
    QVERIFY2(project->save(&error), qPrintable(error));
    QVERIFY(!project->isModified());
    QVERIFY(dir.read("conf/sync.json").contains("\"target\" : \"managed/user\""));
    QCOMPARE(dir.read("conf/managed.json"), QByteArray("untouched"));
}

void TestProjectSave::aFailedSaveLeavesTheOldFile()
{
    const TestProject dir({{"conf/sync.json", SyncJson}});
    auto project = Project::open(dir.path(), nullptr);
    QVERIFY(project);
    // Grow the file well past the limit, so writing it must fail.
    QVERIFY(project->mapping("m").setField(QStringLiteral("description"),
                                           QString(4096, QLatin1Char('x'))));
    QString error;
    {
        const FileSizeLimit limit(1024);
        QVERIFY(!project->save(&error));
    }
    QVERIFY2(error.contains("sync.json") && error.contains("left unchanged"), qPrintable(error));
    QCOMPARE(dir.read("conf/sync.json"), SyncJson);
    // No temporary file is left beside it.
    QCOMPARE(QDir(dir.filePath("conf")).entryList(QDir::Files | QDir::Hidden),
             QStringList{"sync.json"});
    QVERIFY(project->isModified()); // the edit is still there to save again
}

void TestProjectSave::aFailedSaveCanBeRetried()
{
    const TestProject dir({{"conf/sync.json", SyncJson}});
    auto project = Project::open(dir.path(), nullptr);
    QVERIFY(project);
    QVERIFY(project->mapping("m").setField(QStringLiteral("description"),
                                           QString(4096, QLatin1Char('x'))));
    QString error;
    {
        const FileSizeLimit limit(1024);
        QVERIFY(!project->save(&error));
    }
    QVERIFY2(project->save(&error), qPrintable(error));
    QVERIFY(dir.read("conf/sync.json").contains(QByteArray(4096, 'x')));
}

void TestProjectSave::malformedFilesAreKeptAsTheyAre()
{
    const QByteArray broken = "{ \"mappings\" : [ { \"name\" : \"m\" ";
    const TestProject dir({{"conf/sync.json", broken}});
    auto project = Project::open(dir.path(), nullptr);
    QVERIFY(project);
    QVERIFY(!project->syncFile()->isValid());
    QVERIFY(project->mappings().isEmpty());
    QTemporaryDir out;
    QString error;
    QVERIFY(project->writeTo(out.path(), &error));
    QCOMPARE(syncstudio::test::readFile(out.filePath("conf/sync.json")), broken);

    // The CLI refuses to rewrite through a model it does not have, and says where.
    QByteArray err;
    QCOMPARE(
        syncstudio::test::runCli({"rewrite", dir.path(), "-o", out.path() + "/x"}, nullptr, &err),
        1);
    QVERIFY2(err.contains("conf/sync.json:1:") && err.contains("malformed JSON"), err.constData());
    QVERIFY(!QDir(out.path() + "/x").exists());
}

QTEST_GUILESS_MAIN(TestProjectSave)
#include "TestProjectSave.moc"
