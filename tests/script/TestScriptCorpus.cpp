#include "TestProject.h"
#include "script/ScriptHost.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace syncstudio::script;
using namespace syncstudio::config;
using namespace syncstudio::test;

namespace {

struct CorpusScript
{
    QString name; // sample/file:pointer, or sample/script/file.js
    QString root; // the project folder
    ScriptObject script;
};

// Every script object in a JSON value: an object with a script "type" and a "source" or
// "file" string, wherever it stands (sync.json, managed.json, router.json, ...).
void collect(const QJsonValue& value, const QString& pointer, const QString& name,
             const QString& root, QVector<CorpusScript>* out)
{
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (int i = 0; i < array.size(); ++i)
            collect(array.at(i), pointer + '/' + QString::number(i), name, root, out);
        return;
    }
    if (!value.isObject())
        return;
    const QJsonObject object = value.toObject();
    const QString type = object.value("type").toString();
    if ((type == "text/javascript" || type == "groovy") &&
        (object.value("source").isString() || object.value("file").isString())) {
        ScriptObject script;
        script.present = true;
        script.type = type;
        script.source = object.value("source").toString();
        script.file = object.value("file").toString();
        script.globals = object.value("globals").toObject();
        out->append({name + ':' + pointer, root, script});
    }
    for (auto it = object.begin(); it != object.end(); ++it)
        collect(it.value(), pointer + '/' + it.key(), name, root, out);
}

QVector<CorpusScript> corpusScripts()
{
    QVector<CorpusScript> out;
    for (const QString& project : corpusProjects()) {
        const QDir dir(project);
        const QString sample = dir.dirName();
        QDirIterator json(project, {"*.json"}, QDir::Files, QDirIterator::Subdirectories);
        QStringList jsonFiles;
        while (json.hasNext())
            jsonFiles << json.next();
        jsonFiles.sort();
        for (const QString& path : std::as_const(jsonFiles)) {
            const QJsonDocument doc = QJsonDocument::fromJson(readFile(path));
            const QString name = sample + '/' + dir.relativeFilePath(path);
            collect(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), {}, name,
                    project, &out);
        }
        QDirIterator scripts(dir.filePath("script"), QDir::Files, QDirIterator::Subdirectories);
        QStringList scriptFiles;
        while (scripts.hasNext())
            scriptFiles << scripts.next();
        scriptFiles.sort();
        for (const QString& path : std::as_const(scriptFiles)) {
            ScriptObject script;
            script.present = true;
            script.file = QDir(dir.filePath("script")).relativeFilePath(path);
            script.type = path.endsWith(".groovy") ? "groovy" : "text/javascript";
            out.append({sample + "/script/" + script.file, project, script});
        }
    }
    return out;
}

} // namespace

// Every script of the corpus compiles (a syntax check: nothing is run), so the host
// accepts what real IDM projects contain. Groovy scripts, and files IDM takes from its own
// bin/defaults/script, are listed as skipped with the reason.
class TestScriptCorpus : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void compiles_data();
    void compiles();

private:
    ScriptHost* hostFor(const QString& root);
    std::map<QString, std::unique_ptr<ScriptHost>> m_hosts;
};

void TestScriptCorpus::initTestCase()
{
    const QVector<CorpusScript> scripts = corpusScripts();
    int inlineScripts = 0;
    int files = 0;
    for (const CorpusScript& s : scripts)
        (s.script.isInline() ? inlineScripts : files) += 1;
    // The corpus README promises inline and file scripts, JavaScript and Groovy.
    QVERIFY2(inlineScripts >= 50, qPrintable(QString::number(inlineScripts)));
    QVERIFY2(files >= 10, qPrintable(QString::number(files)));
}

ScriptHost* TestScriptCorpus::hostFor(const QString& root)
{
    auto& host = m_hosts[root];
    if (!host)
        host = std::make_unique<ScriptHost>(ScriptSettings{root});
    return host.get();
}

void TestScriptCorpus::compiles_data()
{
    QTest::addColumn<QString>("root");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QJsonObject>("globals");
    for (const CorpusScript& s : corpusScripts())
        QTest::newRow(qPrintable(s.name))
            << s.root << s.script.type << s.script.source << s.script.file << s.script.globals;
}

void TestScriptCorpus::compiles()
{
    QFETCH(QString, root);
    QFETCH(QString, type);
    QFETCH(QString, source);
    QFETCH(QString, file);
    QFETCH(QJsonObject, globals);
    ScriptObject script;
    script.present = true;
    script.type = type;
    script.source = source;
    script.file = file;
    script.globals = globals;
    if (script.isGroovy())
        QSKIP("Groovy: the script host evaluates JavaScript only; a preview reports Groovy "
              "scripts as not evaluated");
    // IDM finds files like "ui/onDelete-user-cleanup.js" in its own bin/defaults/script,
    // which a project does not hold; the project's own files are found.
    const ScriptSource text = ScriptSource::load(script, root);
    if (!text.ok() && text.error.contains("not found"))
        QSKIP(qPrintable("IDM's bundled script, not in the project: " + text.error));
    QVERIFY2(text.ok(), qPrintable(text.error));
    const ScriptResult r = hostFor(root)->check(script);
    QVERIFY2(r.isValue(), qPrintable(r.toString()));
}

QTEST_GUILESS_MAIN(TestScriptCorpus)
#include "TestScriptCorpus.moc"
