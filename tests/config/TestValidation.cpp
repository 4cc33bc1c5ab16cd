#include "TestProject.h"
#include "config/Project.h"
#include "config/ProjectValidator.h"

#include <QTest>

using namespace syncstudio::config;
using syncstudio::test::TestProject;

using Files = QMap<QString, QByteArray>;
Q_DECLARE_METATYPE(Files)

namespace {

// A sync.json holding the given mapping objects, in IDM's writer style.
QByteArray syncJson(const QList<QByteArray>& mappings)
{
    QByteArray text = "{\n    \"mappings\" : [\n";
    for (int i = 0; i < mappings.size(); ++i)
        text += mappings[i] + (i + 1 < mappings.size() ? ",\n" : "\n");
    return text + "    ]\n}\n";
}

// A mapping object in sync.json; extra holds further member lines, comma-separated.
QByteArray mapping(const QByteArray& name, const QByteArray& extra = {},
                   const QByteArray& source = "managed/user",
                   const QByteArray& target = "managed/role")
{
    const QByteArray indent = "            ";
    QList<QByteArray> members{indent + "\"name\" : \"" + name + "\""};
    if (!source.isEmpty())
        members << indent + "\"source\" : \"" + source + "\"";
    if (!target.isEmpty())
        members << indent + "\"target\" : \"" + target + "\"";
    if (!extra.isEmpty())
        members << indent + extra;
    if (!extra.contains("\"properties\""))
        members << indent + "\"properties\" : [ ]";
    return "        {\n" + members.join(",\n") + "\n        }";
}

QByteArray mappingFile(const QByteArray& syncAfter)
{
    return "{\n    \"source\" : \"managed/user\",\n    \"target\" : \"managed/role\",\n"
           "    \"syncAfter\" : [ " +
           syncAfter + " ],\n    \"properties\" : [ ]\n}\n";
}

// 1-based line and column of the first occurrence of marker in text.
QPair<int, int> positionOf(const QByteArray& text, const QByteArray& marker)
{
    const int offset = text.indexOf(marker);
    const QByteArray before = text.left(offset);
    const int line = before.count('\n') + 1;
    const int column = offset - (before.lastIndexOf('\n') + 1) + 1;
    return {line, column};
}

} // namespace

class TestValidation : public QObject
{
    Q_OBJECT
private slots:
    void reportsEachMistakeWhereItIs_data();
    void reportsEachMistakeWhereItIs();
    void aCleanProjectHasNoDiagnostics();
    void diagnosticsAreFormattedLikeGcc();
};

void TestValidation::reportsEachMistakeWhereItIs_data()
{
    QTest::addColumn<Files>("files");
    QTest::addColumn<QString>("file");      // where the message points
    QTest::addColumn<QByteArray>("marker"); // the text it points at (first occurrence)
    QTest::addColumn<bool>("isError");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("hint");

    const QByteArray sync = "conf/sync.json";
    {
        const QByteArray text = "{\n    \"mappings\" : [\n        {\n            \"name\" : \"a\"\n"
                                "\"source\" : \"managed/user\"\n        }\n    ]\n}\n";
        QTest::newRow("malformed JSON")
            << Files{{sync, text}} << "conf/sync.json" << QByteArray("\"source\"") << true
            << "malformed JSON: expected ',' or '}' after the value of \"name\""
            << "fix the file";
    }
    QTest::newRow("syncAfter cycle of two") << Files{{"conf/mapping-a.json", mappingFile("\"b\"")},
                                                     {"conf/mapping-b.json", mappingFile("\"a\"")}}
                                            << "conf/mapping-a.json" << QByteArray("[ \"b\" ]")
                                            << true << "syncAfter cycle: a -> b -> a"
                                            << "mappings a, b can be ordered";
    QTest::newRow("syncAfter cycle of three names every mapping")
        << Files{{"conf/mapping-a.json", mappingFile("\"c\"")},
                 {"conf/mapping-b.json", mappingFile("\"a\"")},
                 {"conf/mapping-c.json", mappingFile("\"b\"")},
                 {"conf/mapping-d.json", mappingFile("\"a\"")}}
        << "conf/mapping-c.json" << QByteArray("[ \"b\" ]") << true
        << "syncAfter cycle: a -> c -> b -> a"
        << "mappings a, c, b can be ordered";
    QTest::newRow("syncAfter on itself")
        << Files{{"conf/mapping-a.json", mappingFile("\"a\"")}} << "conf/mapping-a.json"
        << QByteArray("[ \"a\" ]") << true << "syncAfter cycle: a -> a"
        << "";
    QTest::newRow("syncAfter names a missing mapping")
        << Files{{"conf/mapping-a.json", mappingFile("\"nope\"")}} << "conf/mapping-a.json"
        << QByteArray("\"nope\"") << true
        << "syncAfter names mapping \"nope\", which does not exist"
        << "add that mapping";
    QTest::newRow("links names a missing mapping, with a suggestion")
        << Files{{sync, syncJson({mapping("userToRole"),
                                  mapping("roleToUser", "\"links\" : \"userToRol\"")})}}
        << "conf/sync.json" << QByteArray("\"userToRol\"") << true
        << "links names mapping \"userToRol\", which does not exist"
        << "did you mean \"userToRole\"?";
    QTest::newRow("duplicate mapping names")
        << Files{{sync,
                  syncJson({mapping("same"), mapping("same", {}, "managed/role", "managed/user")})}}
        << "conf/sync.json" << QByteArray("\"same\",\n            \"source\" : \"managed/role\"")
        << true << "duplicate mapping name \"same\""
        << "already defined at";
    QTest::newRow("mapping without source")
        << Files{{sync, syncJson({mapping("m", {}, {})})}} << "conf/sync.json"
        << QByteArray("{\n            \"name\"") << true << "mapping \"m\" has no \"source\""
        << "add \"source\"";
    QTest::newRow("mapping without target")
        << Files{{sync, syncJson({mapping("m", {}, "managed/user", {})})}} << "conf/sync.json"
        << QByteArray("{\n            \"name\"") << true << "mapping \"m\" has no \"target\""
        << "add \"target\"";
    QTest::newRow("unknown situation")
        << Files{{sync, syncJson({mapping("m", "\"policies\" : [ { \"situation\" : "
                                               "\"CONFIRMD\", \"action\" : \"UPDATE\" } ]")})}}
        << "conf/sync.json" << QByteArray("\"CONFIRMD\"") << true
        << "unknown situation \"CONFIRMD\""
        << "did you mean \"CONFIRMED\"?";
    QTest::newRow("unknown action")
        << Files{{sync, syncJson({mapping("m", "\"policies\" : [ { \"situation\" : "
                                               "\"ABSENT\", \"action\" : \"create\" } ]")})}}
        << "conf/sync.json" << QByteArray("\"create\"") << true << "unknown action \"create\""
        << "did you mean \"CREATE\"?";
    QTest::newRow("script without type")
        << Files{{sync, syncJson({mapping("m", "\"onCreate\" : { \"source\" : \"1\" }")})}}
        << "conf/sync.json" << QByteArray("{ \"source\" : \"1\" }") << true
        << "the script of onCreate has no \"type\""
        << "add \"type\" : \"text/javascript\"";
    QTest::newRow("script without source or file")
        << Files{{sync, syncJson({mapping("m", "\"validSource\" : { \"type\" : "
                                               "\"text/javascript\", \"sorce\" : \"true\" }")})}}
        << "conf/sync.json" << QByteArray("{ \"type\" : \"text/javascript\", \"sorce\"") << true
        << "the script of validSource has neither \"source\" nor \"file\""
        << "did you mean \"source\" instead of \"sorce\"?";
    QTest::newRow("transform script without source or file")
        << Files{{sync, syncJson({mapping("m", "\"properties\" : [ { \"target\" : \"cn\", "
                                               "\"transform\" : { \"type\" : \"groovy\" } } ]")})}}
        << "conf/sync.json" << QByteArray("{ \"type\" : \"groovy\" }") << true
        << "the script of property \"cn\" transform has neither"
        << "add \"source\"";
    QTest::newRow("correlation query and script together")
        << Files{{sync, syncJson({mapping(
                            "m", "\"correlationQuery\" : { \"type\" : \"text/javascript\", "
                                 "\"source\" : \"q\" },\n            \"correlationScript\" : { "
                                 "\"type\" : \"text/javascript\", \"source\" : \"[]\" }")})}}
        << "conf/sync.json" << QByteArray("{ \"type\" : \"text/javascript\", \"source\" : \"[]\"")
        << true << "mapping \"m\" has both a correlationQuery and a correlationScript"
        << "IDM accepts only one of them; remove the other";
    QTest::newRow("unknown mapping field one edit away")
        << Files{{sync, syncJson({mapping("m", "\"sourceCondtion\" : \"/a pr\"")})}}
        << "conf/sync.json" << QByteArray("\"sourceCondtion\"") << false
        << "unknown mapping field \"sourceCondtion\""
        << "did you mean \"sourceCondition\"?";
    QTest::newRow("unknown property field one edit away")
        << Files{{sync, syncJson({mapping("m", "\"properties\" : [ { \"target\" : \"cn\", "
                                               "\"sourc\" : \"name\" } ]")})}}
        << "conf/sync.json" << QByteArray("\"sourc\"") << false
        << "unknown property field \"sourc\""
        << "did you mean \"source\"?";
    QTest::newRow("system without a provisioner is a warning")
        << Files{{sync, syncJson({mapping("m", {}, "system/ldap/account")})}} << "conf/sync.json"
        << QByteArray("\"system/ldap/account\"") << false
        << "no connector named \"ldap\" in this project"
        << "provisioner.openicf-ldap.json";
    QTest::newRow("object type the connector does not have")
        << Files{{sync, syncJson({mapping("m", {}, "system/hr/acount")})},
                 {"conf/provisioner.openicf-hr.json",
                  "{\n    \"name\" : \"hr\",\n    \"objectTypes\" : {\n        \"account\" : { }\n "
                  "   }\n}\n"}}
        << "conf/sync.json" << QByteArray("\"system/hr/acount\"") << false
        << "connector \"hr\" has no object type \"acount\""
        << "did you mean \"account\"?";
}

void TestValidation::reportsEachMistakeWhereItIs()
{
    QFETCH(Files, files);
    QFETCH(QString, file);
    QFETCH(QByteArray, marker);
    QFETCH(bool, isError);
    QFETCH(QString, message);
    QFETCH(QString, hint);

    const TestProject dir(files);
    const auto project = Project::open(dir.path(), nullptr);
    QVERIFY(project);
    const QVector<Diagnostic> diagnostics = validateProject(*project);
    const QByteArray text = files.value(file);
    QVERIFY2(text.contains(marker), "the marker must be in the file");
    const auto [line, column] = positionOf(text, marker);

    QStringList seen;
    bool found = false;
    for (const Diagnostic& d : diagnostics) {
        seen << d.toString();
        if (d.file.endsWith(file) && d.message.contains(message)) {
            found = true;
            QCOMPARE(d.isError(), isError);
            QCOMPARE(d.position.line, line);
            QCOMPARE(d.position.column, column);
            QVERIFY2(d.hint.contains(hint), qPrintable(d.hint));
        }
    }
    QVERIFY2(found,
             qPrintable(QStringLiteral("no \"%1\" among:\n%2").arg(message, seen.join('\n'))));
    // Validation reads; it never changes what is on disk.
    for (auto it = files.begin(); it != files.end(); ++it)
        QCOMPARE(dir.read(it.key()), it.value());
}

void TestValidation::aCleanProjectHasNoDiagnostics()
{
    const TestProject dir(
        {{"conf/sync.json", syncJson({mapping("a"), mapping("b", "\"links\" : \"a\"",
                                                            "managed/role", "managed/user")})},
         {"conf/mapping-c.json", mappingFile("\"a\", \"b\"")}});
    const auto project = Project::open(dir.path(), nullptr);
    QVERIFY(project);
    const QVector<Diagnostic> diagnostics = validateProject(*project);
    QStringList seen;
    for (const Diagnostic& d : diagnostics)
        seen << d.toString();
    QVERIFY2(diagnostics.isEmpty(), qPrintable(seen.join('\n')));
}

void TestValidation::diagnosticsAreFormattedLikeGcc()
{
    Diagnostic d;
    d.file = QStringLiteral("proj/conf/sync.json");
    d.position = {12, 27};
    d.message = QStringLiteral("unknown action \"UPDTE\"");
    d.hint = QStringLiteral("did you mean \"UPDATE\"?");
    QCOMPARE(d.toString(), QStringLiteral("proj/conf/sync.json:12:27: error: unknown action "
                                          "\"UPDTE\"; did you mean \"UPDATE\"?"));
    d.severity = Diagnostic::Severity::Warning;
    d.hint.clear();
    QCOMPARE(d.toString(),
             QStringLiteral("proj/conf/sync.json:12:27: warning: unknown action \"UPDTE\""));
}

QTEST_GUILESS_MAIN(TestValidation)
#include "TestValidation.moc"
