#include "TestProject.h"
#include "script/ScriptBridge.h"
#include "script/ScriptHost.h"
#include "script/ScriptLogCollector.h"
#include "script/ScriptResourceResolver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QThread>
#include <atomic>

using namespace syncstudio::script;
using namespace syncstudio::config;
using namespace syncstudio::test;

namespace {

ScriptObject js(const QString& source, const QJsonObject& globals = {})
{
    ScriptObject s;
    s.present = true;
    s.type = QStringLiteral("text/javascript");
    s.source = source;
    s.globals = globals;
    return s;
}

ScriptObject jsFile(const QString& file)
{
    ScriptObject s;
    s.present = true;
    s.type = QStringLiteral("text/javascript");
    s.file = file;
    return s;
}

QJsonValue json(const char* text)
{
    return QJsonDocument::fromJson(QByteArray("[") + text + "]").array().first();
}

QString show(const ScriptResult& r)
{
    return r.toString();
}

// A resolver standing in for the connectors: one user, and a query that echoes its filter.
class FakeResolver : public ScriptResourceResolver
{
public:
    QJsonValue read(const QString& path, QString* whyNot) override
    {
        if (path == QLatin1String("managed/user/1"))
            return QJsonObject{{"_id", "1"}, {"userName", "al"}};
        if (path.startsWith(QLatin1String("system/"))) {
            *whyNot = QStringLiteral("the connector is offline");
            return QJsonValue(QJsonValue::Undefined);
        }
        return QJsonValue(QJsonValue::Null);
    }
    QJsonValue query(const QString& path, const QJsonObject& params, QString*) override
    {
        return QJsonObject{{"result", QJsonArray{QJsonObject{{"_id", path}}}},
                           {"resultCount", 1},
                           {"filter", params.value("_queryFilter")}};
    }
};

} // namespace

// The script host as a mapping's scripts meet it: IDM's bindings per kind, the value of the
// last statement, globals, files, logger, openidm, and the time limit.
class TestScriptHost : public QObject
{
    Q_OBJECT
private slots:
    void bindsWhatIdmBindsForEachKind_data();
    void bindsWhatIdmBindsForEachKind();
    void refusesNamesIdmDoesNotBind();
    void valueIsTheLastStatementsValue_data();
    void valueIsTheLastStatementsValue();
    void changesToTargetAreVisibleToTheCaller();
    void globalsAreBoundAndBindingsWin();
    void runsFileScripts_data();
    void runsFileScripts();
    void missingFileIsAnErrorNamingIt();
    void fileOutsideTheProjectIsRefused();
    void groovyIsNotEvaluated();
    void callsAPreviewCannotHonourAreNotEvaluated_data();
    void callsAPreviewCannotHonourAreNotEvaluated();
    void readAndQueryGoToTheResolver();
    void cryptoFunctionsPassValuesThroughWithANote();
    void loggerFillsPlaceholders_data();
    void loggerFillsPlaceholders();
    void loggerMessagesCarryLevelAndContext();
    void errorsNameTheLine_data();
    void errorsNameTheLine();
    void endlessLoopIsInterruptedWithTheContext();
    void oneEnginePerThread();
    void noQtExtensionsAndIdmGlobalsCannotBeReplaced();
};

void TestScriptHost::bindsWhatIdmBindsForEachKind_data()
{
    // The names come from reading OpenIDM's Java where each scope is built (see
    // ScriptKind.cpp for the files); the script returns each name's typeof, so a name the
    // host does not declare would read "undefined" and one it declares but the caller
    // leaves out would too.
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("names");
    const QStringList hook{"context",  "linkQualifier", "mappingConfig", "source",   "oldSource",
                           "sourceId", "target",        "targetId",      "situation"};
    QTest::newRow("transform") << "transform" << QStringList{"source", "linkQualifier"};
    QTest::newRow("condition") << "condition"
                               << QStringList{"object", "target", "linkQualifier", "oldSource",
                                              "oldTarget"};
    QTest::newRow("sourceCondition") << "sourceCondition" << QStringList{"source", "linkQualifier"};
    QTest::newRow("validSource") << "validSource" << QStringList{"source", "linkQualifier"};
    QTest::newRow("validTarget") << "validTarget" << QStringList{"target", "linkQualifier"};
    QTest::newRow("correlationQuery")
        << "correlationQuery" << QStringList{"source", "linkQualifier"};
    QTest::newRow("correlationScript")
        << "correlationScript" << QStringList{"source", "linkQualifier"};
    QTest::newRow("linkQualifiers")
        << "linkQualifiers" << QStringList{"mapping", "object", "oldValue", "returnAll"};
    QTest::newRow("policyCondition") << "policyCondition" << QStringList{"object", "linkQualifier"};
    QTest::newRow("action") << "action"
                            << QStringList{"recon", "sourceAction", "linkQualifier", "source",
                                           "target"};
    QTest::newRow("postAction") << "postAction"
                                << QStringList{"linkQualifier", "sourceAction", "action",
                                               "situation",     "reconId",      "source",
                                               "target"};
    QTest::newRow("onCreate") << "onCreate" << hook;
    QTest::newRow("onUpdate") << "onUpdate" << hook + QStringList{"oldTarget"};
    QTest::newRow("onDelete") << "onDelete" << hook;
    QTest::newRow("onLink") << "onLink" << hook;
    QTest::newRow("onUnlink") << "onUnlink" << hook;
    QTest::newRow("result") << "result" << QStringList{"source", "target", "global"};
    QTest::newRow("onRecon") << "onRecon" << QStringList{"context", "mappingConfig"};
    QTest::newRow("defaultMapping")
        << "defaultMapping" << QStringList{"source", "oldSource",      "target",
                                           "config", "existingTarget", "linkQualifier"};
}

void TestScriptHost::bindsWhatIdmBindsForEachKind()
{
    QFETCH(QString, kind);
    QFETCH(QStringList, names);
    const ScriptKindInfo* info = scriptKindByName(kind);
    QVERIFY(info);
    QCOMPARE(QSet<QString>(info->bindings.begin(), info->bindings.end()),
             QSet<QString>(names.begin(), names.end()));

    ScriptHost host({});
    ScriptCall call;
    call.kind = info->kind;
    // Every name bound to a distinct value: the script gives them back in order.
    QStringList expressions;
    QJsonArray expected;
    for (int i = 0; i < names.size(); ++i) {
        call.bindings.insert(names.at(i), QJsonObject{{"n", i}});
        expressions << names.at(i) + QStringLiteral(".n");
        expected.append(i);
    }
    call.script =
        js(QStringLiteral("[") + expressions.join(QLatin1Char(',')) + QStringLiteral("]"));
    const ScriptResult r = host.run(call);
    QVERIFY2(r.isValue(), qPrintable(show(r)));
    QCOMPARE(r.value, QJsonValue(expected));

    // A name the kind has but the caller leaves out is there, undefined.
    ScriptCall bare;
    bare.kind = info->kind;
    bare.script = js(QStringLiteral("typeof ") + names.last());
    QCOMPARE(host.run(bare).value, QJsonValue("undefined"));
}

void TestScriptHost::refusesNamesIdmDoesNotBind()
{
    ScriptHost host({});
    ScriptCall call;
    call.kind = ScriptKind::Transform;
    call.script = js("object.name");
    call.bindings.insert("object", QJsonObject{{"name", "x"}});
    const ScriptResult r = host.run(call);
    QVERIFY(r.isError());
    QVERIFY2(r.message.contains("'object'") && r.message.contains("source, linkQualifier"),
             qPrintable(r.message));
}

void TestScriptHost::valueIsTheLastStatementsValue_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QJsonValue>("expected");
    QTest::newRow("one expression") << "source.toLowerCase()" << QJsonValue("abc");
    QTest::newRow("var then name") << "var q = {\"_queryFilter\": 'uid eq \"' + source + '\"'}; q"
                                   << json("{\"_queryFilter\": \"uid eq \\\"ABC\\\"\"}");
    QTest::newRow("trailing semicolon") << "source + 1;" << QJsonValue("ABC1");
    QTest::newRow("trailing comment") << "source.length // three" << QJsonValue(3);
    QTest::newRow("newline ends statement") << "var x = 2\nx * 3" << QJsonValue(6);
    QTest::newRow("expression over lines") << "1\n+ 2" << QJsonValue(3);
    QTest::newRow("if else") << "if (source === 'ABC') { 'yes' } else { 'no' }"
                             << QJsonValue("yes");
    QTest::newRow("for loop") << "var t = 0; for (var i = 0; i < 4; i++) { t += i }"
                              << QJsonValue(6);
    QTest::newRow("immediately invoked")
        << "(function () {\n  return source + '!';\n}());" << QJsonValue("ABC!");
    QTest::newRow("parenthesised object") << "var a = 1; ({b: a})" << json(R"({"b": 1})");
    QTest::newRow("function then call")
        << "function twice(x) { return x * 2 }\ntwice(4)" << QJsonValue(8);
    QTest::newRow("regular expression") << "'a/b/c'.replace(/\\//g, '-')" << QJsonValue("a-b-c");
    QTest::newRow("division then name") << "var a = 6 / 2\na / 3" << QJsonValue(1);
    QTest::newRow("template literal") << "var n = 2; `n=${n + 1}`" << QJsonValue("n=3");
    QTest::newRow("semicolon in string") << "var s = \"a;b}\"; s" << QJsonValue("a;b}");
    QTest::newRow("top-level return") << "if (source) return 7;\nreturn 8" << QJsonValue(7);
    QTest::newRow("ternary") << "source ? true : false" << QJsonValue(true);
    QTest::newRow("empty script") << "" << QJsonValue(QJsonValue::Null);
    QTest::newRow("undefined is null") << "undefined" << QJsonValue(QJsonValue::Null);
    QTest::newRow("array") << "[source, 1, null]" << json(R"(["ABC", 1, null])");
}

void TestScriptHost::valueIsTheLastStatementsValue()
{
    QFETCH(QString, source);
    QFETCH(QJsonValue, expected);
    ScriptHost host({});
    ScriptCall call;
    call.kind = ScriptKind::Transform;
    call.script = js(source);
    call.bindings.insert("source", "ABC");
    // Twice: the second call runs the cached compiled function.
    for (int i = 0; i < 2; ++i) {
        const ScriptResult r = host.run(call);
        QVERIFY2(r.isValue(), qPrintable(show(r)));
        QCOMPARE(r.value, expected);
    }
}

void TestScriptHost::changesToTargetAreVisibleToTheCaller()
{
    ScriptHost host({});
    ScriptCall call;
    call.kind = ScriptKind::OnCreate;
    call.script = js("target.mail = source.uid + '@example.com';\n"
                     "target.roles.push(situation);\ndelete target.tmp;");
    call.bindings.insert("source", QJsonObject{{"uid", "al"}});
    call.bindings.insert("target", json(R"({"cn": "Al", "roles": ["a"], "tmp": 1})"));
    call.bindings.insert("situation", "ABSENT");
    const ScriptResult r = host.run(call);
    QVERIFY2(r.isValue(), qPrintable(show(r)));
    QCOMPARE(r.bound.value("target"),
             json(R"({"cn": "Al", "roles": ["a", "ABSENT"], "mail": "al@example.com"})"));

    // onUpdate sees the old target beside the one it changes.
    call.kind = ScriptKind::OnUpdate;
    call.script = js("target.previous = oldTarget.mail;");
    call.bindings = {{"target", QJsonObject{}}, {"oldTarget", QJsonObject{{"mail", "old@x"}}}};
    QCOMPARE(host.run(call).bound.value("target"), json(R"({"previous": "old@x"})"));

    // A caller can ask for any binding back.
    call.kind = ScriptKind::Generic;
    call.script = js("thing.count = thing.count + 1");
    call.bindings = {{"thing", QJsonObject{{"count", 1}}}};
    call.readBack = QStringList{"thing"};
    QCOMPARE(host.run(call).bound.value("thing"), json(R"({"count": 2})"));
}

void TestScriptHost::globalsAreBoundAndBindingsWin()
{
    ScriptHost host({});
    ScriptCall call;
    call.kind = ScriptKind::Transform;
    call.script = js("source + domain", {{"domain", "@example.com"}});
    call.bindings.insert("source", "al");
    QCOMPARE(host.run(call).value, QJsonValue("al@example.com"));

    // IDM puts the scope over the script's globals, so a binding of the same name wins.
    call.script = js("source", {{"source", "from globals"}});
    QCOMPARE(host.run(call).value, QJsonValue("al"));
}

void TestScriptHost::runsFileScripts_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QJsonValue>("expected");
    QTest::newRow("in script/") << "lower.js" << QJsonValue("abc");
    QTest::newRow("in a subfolder") << "sub/upper.js" << QJsonValue("ABC!");
    QTest::newRow("named with script/") << "script/lower.js" << QJsonValue("abc");
}

void TestScriptHost::runsFileScripts()
{
    QFETCH(QString, file);
    QFETCH(QJsonValue, expected);
    const TestProject project(
        {{"conf/sync.json", "{\"mappings\": []}"},
         {"script/lower.js", "/*global source */\nsource.toLowerCase();\n"},
         {"script/sub/upper.js", "var bang = '!';\n\nsource.toUpperCase() + bang\n"}});
    ScriptHost host({project.path()});
    ScriptCall call;
    call.kind = ScriptKind::Transform;
    call.script = jsFile(file);
    call.bindings.insert("source", "aBc");
    const ScriptResult r = host.run(call);
    QVERIFY2(r.isValue(), qPrintable(show(r)));
    QCOMPARE(r.value, expected);
}

void TestScriptHost::missingFileIsAnErrorNamingIt()
{
    const TestProject project({{"conf/sync.json", "{}"}});
    ScriptHost host({project.path()});
    ScriptCall call;
    call.script = jsFile("ui/onDelete-user-cleanup.js");
    const ScriptResult r = host.run(call);
    QVERIFY(r.isError());
    QCOMPARE(r.file, QStringLiteral("ui/onDelete-user-cleanup.js"));
    QVERIFY2(r.message.contains("'ui/onDelete-user-cleanup.js' not found"), qPrintable(r.message));
    QVERIFY2(r.message.contains(project.filePath("script/ui/onDelete-user-cleanup.js")),
             qPrintable(r.message));
    QVERIFY(r.toString().startsWith("ui/onDelete-user-cleanup.js: error: "));

    // With no project, a file cannot be found at all, and the message says so.
    ScriptHost bare({});
    QVERIFY(bare.run(call).message.contains("no project folder"));
}

void TestScriptHost::fileOutsideTheProjectIsRefused()
{
    const TestProject project({{"project/conf/sync.json", "{}"}, {"secret.js", "'secret'"}});
    ScriptHost host({project.filePath("project")});
    ScriptCall call;
    call.script = jsFile("../../secret.js");
    const ScriptResult r = host.run(call);
    QVERIFY(r.isError());
    QVERIFY2(r.message.contains("outside the project"), qPrintable(r.message));
}

void TestScriptHost::groovyIsNotEvaluated()
{
    ScriptHost host({});
    ScriptCall call;
    call.script = js("source.toUpperCase()");
    call.script.type = QStringLiteral("groovy");
    call.bindings.insert("source", "x");
    const ScriptResult r = host.run(call);
    QVERIFY(r.isNotEvaluated());
    QVERIFY(r.value.isNull());
    QVERIFY2(r.message.contains("Groovy"), qPrintable(r.message));
    QVERIFY(host.check(call.script).isNotEvaluated());
}

void TestScriptHost::callsAPreviewCannotHonourAreNotEvaluated_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("reason");
    QTest::newRow("openidm.create")
        << "openidm.create('managed/user', null, {userName: 'x'}); 'created'"
        << "openidm.create(\"managed/user\"): it would create a resource";
    QTest::newRow("openidm.update") << "openidm.update('managed/user/1', null, {})"
                                    << "openidm.update(\"managed/user/1\")";
    QTest::newRow("openidm.patch") << "openidm.patch('managed/user/1', null, [])"
                                   << "openidm.patch(\"managed/user/1\")";
    QTest::newRow("openidm.delete") << "openidm['delete']('managed/user/1', null)"
                                    << "openidm.delete(\"managed/user/1\")";
    QTest::newRow("openidm.action") << "openidm.action('external/email', 'send', {})"
                                    << "openidm.action(\"external/email\")";
    QTest::newRow("require") << "var h = require('lib/handlebars'); h.compile('x')"
                             << "require(\"lib/handlebars\"): modules are not loaded in preview";
    QTest::newRow("read without resolver") << "openidm.read('managed/user/1').userName"
                                           << "openidm.read(\"managed/user/1\")";
    QTest::newRow("query without resolver")
        << "openidm.query('managed/user', {_queryFilter: 'true'}).result"
        << "openidm.query(\"managed/user\"";
    QTest::newRow("identityServer") << "identityServer.getProperty('x')"
                                    << "identityServer.getProperty()";
    // A script that catches the refusal and goes on still has no value to trust.
    QTest::newRow("caught and ignored")
        << "var r; try { openidm.create('managed/user', null, {}); r = 'ok' } catch (e) { r = "
           "'fallback' } r"
        << "openidm.create(\"managed/user\")";
}

void TestScriptHost::callsAPreviewCannotHonourAreNotEvaluated()
{
    QFETCH(QString, source);
    QFETCH(QString, reason);
    ScriptHost host({});
    ScriptCall call;
    call.script = js(source);
    const ScriptResult r = host.run(call);
    QVERIFY2(r.isNotEvaluated(), qPrintable(show(r)));
    QVERIFY2(r.message.contains(reason), qPrintable(r.message));
    QVERIFY(r.value.isNull());
    QVERIFY(r.toString().startsWith("not evaluated in preview: "));
    // The next call on the same host starts clean.
    call.script = js("1 + 1");
    QCOMPARE(host.run(call).value, QJsonValue(2));
}

void TestScriptHost::readAndQueryGoToTheResolver()
{
    FakeResolver resolver;
    ScriptSettings settings;
    settings.resolver = &resolver;
    ScriptHost host(settings);
    ScriptCall call;
    call.script = js("openidm.read('managed/user/1').userName");
    QCOMPARE(host.run(call).value, QJsonValue("al"));
    // IDM's read gives null for an object that does not exist.
    call.script = js("openidm.read('managed/user/2') === null");
    QCOMPARE(host.run(call).value, QJsonValue(true));
    call.script = js("var r = openidm.query('managed/user', {_queryFilter: 'uid eq \"al\"'});\n"
                     "[r.resultCount, r.result[0]._id, r.filter]");
    QCOMPARE(host.run(call).value, json("[1, \"managed/user\", \"uid eq \\\"al\\\"\"]"));
    // A resolver that cannot answer makes the script not evaluated, with its reason.
    call.script = js("openidm.read('system/ldap/account/x')");
    const ScriptResult r = host.run(call);
    QVERIFY(r.isNotEvaluated());
    QVERIFY2(r.message.contains("the connector is offline"), qPrintable(r.message));
}

void TestScriptHost::cryptoFunctionsPassValuesThroughWithANote()
{
    ScriptHost host({});
    ScriptCall call;
    call.script = js("openidm.decrypt(source)");
    call.bindings.insert("source", json(R"({"$crypto": {"type": "x-simple-encryption"}})"));
    ScriptResult r = host.run(call);
    QVERIFY2(r.isValue(), qPrintable(show(r)));
    QCOMPARE(r.value, call.bindings.value("source"));
    QCOMPARE(r.notes.size(), 1);
    QVERIFY(r.notes.first().contains("not evaluated in preview"));

    // A plain value is what decrypt gives back in IDM too: no note.
    call.bindings.insert("source", "plain");
    r = host.run(call);
    QCOMPARE(r.value, QJsonValue("plain"));
    QVERIFY(r.notes.isEmpty());

    call.script = js("openidm.encrypt(source, 'AES', 'key')");
    r = host.run(call);
    QCOMPARE(r.value, QJsonValue("plain"));
    QCOMPARE(r.notes.size(), 1);

    call.script = js("[openidm.isEncrypted(source), openidm.isEncrypted({$crypto: {type: 'x'}}),"
                     " openidm.isHashed({$crypto: {type: 'salted-hash'}})]");
    QCOMPARE(host.run(call).value, json("[false, true, true]"));
}

void TestScriptHost::loggerFillsPlaceholders_data()
{
    QTest::addColumn<QString>("call");
    QTest::addColumn<QString>("expected");
    QTest::newRow("two placeholders") << "logger.info('user {} has {} roles', 'al', 2)"
                                      << "user al has 2 roles";
    QTest::newRow("more placeholders than arguments") << "logger.info('{} and {}', 'a')"
                                                      << "a and {}";
    QTest::newRow("more arguments than placeholders") << "logger.info('only {}', 1, 2)"
                                                      << "only 1";
    QTest::newRow("escaped placeholder") << "logger.info('literal \\\\{} then {}', 'x')"
                                         << "literal {} then x";
    QTest::newRow("object argument") << "logger.info('source {}', {uid: 'al', n: [1]})"
                                     << "source {\"n\":[1],\"uid\":\"al\"}";
    QTest::newRow("null and undefined") << "logger.info('{} {}', null, undefined)"
                                        << "null undefined";
    QTest::newRow("no pattern") << "logger.info(42)"
                                << "42";
    QTest::newRow("console.log") << "console.log('plain text')"
                                 << "plain text";
}

void TestScriptHost::loggerFillsPlaceholders()
{
    QFETCH(QString, call);
    QFETCH(QString, expected);
    ScriptLogCollector log;
    ScriptSettings settings;
    settings.logSink = &log;
    ScriptHost host(settings);
    ScriptCall c;
    c.script = js(call);
    QVERIFY2(host.run(c).isValue(), qPrintable(show(host.run(c))));
    QVERIFY(!log.messages().isEmpty());
    QCOMPARE(log.messages().first().text, expected);
}

void TestScriptHost::loggerMessagesCarryLevelAndContext()
{
    ScriptLogCollector log;
    ScriptSettings settings;
    settings.logSink = &log;
    ScriptHost host(settings);
    ScriptCall call;
    call.context = QStringLiteral("mapping hr_user, property mail transform");
    call.script = js("logger.trace('t'); logger.debug('d'); logger.warn('w'); logger.error('e');"
                     " source");
    call.kind = ScriptKind::Transform;
    call.bindings.insert("source", "v");
    QCOMPARE(host.run(call).value, QJsonValue("v"));
    const QVector<ScriptLogMessage> messages = log.messages();
    QCOMPARE(messages.size(), 4);
    const QVector<ScriptLogMessage::Level> levels{
        ScriptLogMessage::Level::Trace, ScriptLogMessage::Level::Debug,
        ScriptLogMessage::Level::Warn, ScriptLogMessage::Level::Error};
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(messages.at(i).level, levels.at(i));
        QCOMPARE(messages.at(i).context, call.context);
    }
}

void TestScriptHost::errorsNameTheLine_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("line");
    QTest::newRow("type error on line 3") << "var a = source;\n\nvar b = a.missing.deeper;\nb"
                                          << "TypeError" << 3;
    QTest::newRow("type error in last expression") << "var a = 1;\na.nothing()"
                                                   << "TypeError" << 2;
    QTest::newRow("error in a block script") << "if (true) {\n  undefinedName + 1\n}"
                                             << "ReferenceError" << 2;
    QTest::newRow("thrown error") << "\nthrow new Error('bad input')"
                                  << "Error: bad input" << 2;
    QTest::newRow("syntax error") << "var a = 1;\nvar b = a +;\nb"
                                  << "SyntaxError" << 2;
    // The engine reports a script that ends too early one line past its end.
    QTest::newRow("syntax error at the end") << "var a = 1;\na +"
                                             << "SyntaxError" << 2;
    QTest::newRow("syntax error at the end, blank lines after") << "var a = 1;\na +\n\n"
                                                                << "SyntaxError" << 2;
    QTest::newRow("unclosed bracket") << "var a = [1,\n2;\n"
                                      << "SyntaxError" << 1;
    QTest::newRow("unclosed string") << "var a = 1;\nvar s = 'abc\n"
                                     << "unterminated string" << 2;
    QTest::newRow("thrown object") << "throw {code: 403, message: 'denied'}"
                                   << "threw {\"code\":403,\"message\":\"denied\"}" << 0;
}

void TestScriptHost::errorsNameTheLine()
{
    QFETCH(QString, source);
    QFETCH(QString, message);
    QFETCH(int, line);
    ScriptHost host({});
    ScriptCall call;
    call.kind = ScriptKind::Transform;
    call.script = js(source);
    call.bindings.insert("source", QJsonObject{});
    const ScriptResult r = host.run(call);
    QVERIFY2(r.isError(), qPrintable(show(r)));
    QVERIFY2(r.message.contains(message), qPrintable(r.message));
    QCOMPARE(r.line, line);
    if (message.contains("SyntaxError") || message.contains("unterminated")) {
        const ScriptResult checked = host.check(call.script);
        QVERIFY(checked.isError());
        QCOMPARE(checked.line, line);
    }
}

void TestScriptHost::endlessLoopIsInterruptedWithTheContext()
{
    ScriptSettings settings;
    settings.timeoutMs = 300;
    ScriptHost host(settings);
    ScriptCall call;
    call.context = QStringLiteral("mapping hrPeople_managedUser, property displayName transform");
    call.kind = ScriptKind::Transform;
    call.script = js("var n = 0;\nwhile (true) { n++ }");
    QElapsedTimer timer;
    timer.start();
    const ScriptResult r = host.run(call);
    const qint64 elapsed = timer.elapsed();
    QVERIFY(r.isError());
    QVERIFY2(r.message.contains(call.context), qPrintable(r.message));
    QVERIFY2(r.message.contains("300 ms"), qPrintable(r.message));
    QVERIFY2(elapsed >= 300 && elapsed < 1500, qPrintable(QString::number(elapsed)));

    // The engine runs the next script normally.
    call.script = js("source + '!'");
    call.bindings.insert("source", "ok");
    const ScriptResult next = host.run(call);
    QVERIFY2(next.isValue(), qPrintable(show(next)));
    QCOMPARE(next.value, QJsonValue("ok!"));
}

void TestScriptHost::oneEnginePerThread()
{
    // Two workers, each with its own host, run the same transform at the same time on
    // different inputs; each must see only its own values.
    std::atomic<int> wrong{0};
    std::atomic<int> done{0};
    auto worker = [&](const QString& prefix) {
        ScriptHost host({});
        ScriptCall call;
        call.kind = ScriptKind::Transform;
        call.script = js("var s = source.name; s.toUpperCase() + '-' + linkQualifier");
        for (int i = 0; i < 3000; ++i) {
            const QString name = prefix + QString::number(i);
            call.bindings = {{"source", QJsonObject{{"name", name}}}, {"linkQualifier", prefix}};
            const ScriptResult r = host.run(call);
            if (!r.isValue() || r.value != QJsonValue(name.toUpper() + '-' + prefix))
                ++wrong;
            ++done;
        }
    };
    std::unique_ptr<QThread> a(QThread::create(worker, QStringLiteral("alpha")));
    std::unique_ptr<QThread> b(QThread::create(worker, QStringLiteral("beta")));
    a->start();
    b->start();
    QVERIFY(a->wait(60000));
    QVERIFY(b->wait(60000));
    QCOMPARE(done.load(), 6000);
    QCOMPARE(wrong.load(), 0);

    // A host refuses to run on a thread that is not its own, rather than crash.
    ScriptHost mine({});
    ScriptResult fromElsewhere;
    std::unique_ptr<QThread> other(QThread::create([&] {
        ScriptCall call;
        call.script = js("1");
        fromElsewhere = mine.run(call);
    }));
    other->start();
    QVERIFY(other->wait(10000));
    QVERIFY(fromElsewhere.isError());
}

void TestScriptHost::noQtExtensionsAndIdmGlobalsCannotBeReplaced()
{
    ScriptHost host({});
    ScriptCall call;
    call.script = js("[typeof Qt, typeof print, typeof XMLHttpRequest, typeof gc, typeof "
                     "require, typeof openidm.read, typeof logger.info]");
    QCOMPARE(host.run(call).value,
             json("[\"undefined\", \"undefined\", \"undefined\", \"undefined\", "
                  "\"function\", \"function\", \"function\"]"));
    // One script cannot change openidm or logger for the scripts that follow it.
    call.script = js("openidm = null; logger = null; openidm.create = function () { return 1 };"
                     " delete openidm.read; 'tried'");
    QCOMPARE(host.run(call).value, QJsonValue("tried"));
    call.script = js("[typeof openidm.create, typeof openidm.read, typeof logger]");
    QCOMPARE(host.run(call).value, json(R"(["function", "function", "object"])"));
    call.script = js("openidm.create('managed/user', null, {})");
    QVERIFY(host.run(call).isNotEvaluated());
}

QTEST_GUILESS_MAIN(TestScriptHost)
#include "TestScriptHost.moc"
