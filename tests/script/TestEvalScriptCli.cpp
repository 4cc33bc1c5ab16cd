#include "TestProject.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace syncstudio::test;

// syncstudio-cli eval-script as a pipeline sees it: the value on stdout, messages on
// stderr, and an exit status that tells a value (0), an error (1) and a script a preview
// does not evaluate (2) apart.
class TestEvalScriptCli : public QObject
{
    Q_OBJECT
private slots:
    void printsResultAndStatus_data();
    void printsResultAndStatus();
    void runsFileScriptOfAProject();
    void jsonOutputHasTheWholeResult();
};

void TestEvalScriptCli::printsResultAndStatus_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("out");
    QTest::addColumn<QString>("err"); // a part of stderr
    QTest::newRow("transform value")
        << QStringList{"--kind", "transform",     "--source", "source.toLowerCase()",
                       "--bind", "source=\"AbC\""}
        << 0 << "\"abc\"\n"
        << "";
    QTest::newRow("object value compact")
        << QStringList{"--source", "var q = {a: x, b: [1, 2]}; q", "--bind", "x=null"} << 0
        << "{\"a\":null,\"b\":[1,2]}\n"
        << "";
    QTest::newRow("onCreate target shown")
        << QStringList{"--kind",   "onCreate",
                       "--source", "target.cn = source.gn + ' ' + source.sn",
                       "--bind",   "source={\"gn\":\"Al\",\"sn\":\"Bo\"}",
                       "--bind",   "target={}",
                       "--show",   "target"}
        << 0 << "{\"cn\":\"Al Bo\"}\n"
        << "";
    QTest::newRow("log goes to stderr")
        << QStringList{"--source", "logger.warn('saw {}', 3); 1"} << 0 << "1\n"
        << "log: warn: saw 3";
    QTest::newRow("error GCC style") << QStringList{"--source", "var a;\na.b"} << 1 << ""
                                     << "<inline>:2: error: TypeError";
    QTest::newRow("groovy not evaluated")
        << QStringList{"--type", "groovy", "--source", "source"} << 2 << ""
        << "not evaluated in preview: Groovy";
    QTest::newRow("openidm.create not evaluated")
        << QStringList{"--source", "openidm.create('managed/user', null, {})"} << 2 << ""
        << "not evaluated in preview: openidm.create(\"managed/user\")";
    QTest::newRow("time limit") << QStringList{"--source",     "for (;;) {}",
                                               "--timeout-ms", "200",
                                               "--context",    "mapping m1, property cn transform"}
                                << 1 << ""
                                << "mapping m1, property cn transform";
    QTest::newRow("binding IDM does not give")
        << QStringList{"--kind", "validTarget", "--source", "source", "--bind", "source=1"} << 1
        << ""
        << "IDM does not bind 'source' for a validTarget script";
    QTest::newRow("bad JSON binding") << QStringList{"--source", "x", "--bind", "x=abc"} << 1 << ""
                                      << "--bind x: the value is not JSON";
    QTest::newRow("unknown kind") << QStringList{"--kind", "nope", "--source", "1"} << 1 << ""
                                  << "unknown --kind 'nope'";
    QTest::newRow("neither source nor file") << QStringList{} << 1 << ""
                                             << "exactly one of --source S and --file F";
}

void TestEvalScriptCli::printsResultAndStatus()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, status);
    QFETCH(QString, out);
    QFETCH(QString, err);
    QByteArray stdoutText;
    QByteArray stderrText;
    const int code = runCli(QStringList{"eval-script"} + arguments, &stdoutText, &stderrText);
    QVERIFY2(code == status, stderrText.constData());
    QCOMPARE(QString::fromUtf8(stdoutText), out);
    QVERIFY2(QString::fromUtf8(stderrText).contains(err), stderrText.constData());
}

void TestEvalScriptCli::runsFileScriptOfAProject()
{
    const TestProject project({{"conf/sync.json", "{\"mappings\": []}"},
                               {"script/query.js", "(function () {\n  return {_queryFilter: "
                                                   "'uid eq \"' + source.uid + '\"'};\n}());\n"}});
    QByteArray out;
    QByteArray err;
    QCOMPARE(runCli({"eval-script", "--project", project.path(), "--file", "query.js", "--kind",
                     "correlationQuery", "--bind", "source={\"uid\":\"al\"}"},
                    &out, &err),
             0);
    QCOMPARE(out, QByteArray("{\"_queryFilter\":\"uid eq \\\"al\\\"\"}\n"));

    QCOMPARE(
        runCli({"eval-script", "--project", project.path(), "--file", "missing.js"}, &out, &err),
        1);
    QVERIFY2(err.contains("missing.js: error: script file 'missing.js' not found"),
             err.constData());
}

void TestEvalScriptCli::jsonOutputHasTheWholeResult()
{
    QByteArray out;
    QCOMPARE(runCli({"eval-script", "--json", "--source",
                     "logger.info('n={}', 2); openidm.decrypt({$crypto: {type: 'x'}}); 5"},
                    &out),
             0);
    const QJsonObject result = QJsonDocument::fromJson(out).object();
    QCOMPARE(result.value("status").toString(), QStringLiteral("value"));
    QCOMPARE(result.value("value").toInt(), 5);
    QCOMPARE(result.value("log").toArray().first().toObject().value("message").toString(),
             QStringLiteral("n=2"));
    QCOMPARE(result.value("notes").toArray().size(), 1);

    QCOMPARE(runCli({"eval-script", "--json", "--source", "require('lib/x')"}, &out), 2);
    const QJsonObject refused = QJsonDocument::fromJson(out).object();
    QCOMPARE(refused.value("status").toString(), QStringLiteral("notEvaluated"));
    QVERIFY(refused.value("message").toString().contains("require(\"lib/x\")"));
}

QTEST_GUILESS_MAIN(TestEvalScriptCli)
#include "TestEvalScriptCli.moc"
