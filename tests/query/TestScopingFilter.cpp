#include "TestProject.h"
#include "config/Project.h"
#include "query/ScopingFilter.h"
#include "query/ScopingScript.h"

#include <QJSEngine>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace syncstudio::config;
using namespace syncstudio::query;
using namespace syncstudio::test;

namespace {

// "department equals "Sales" AND active is true OR manager is not null": how a reviewer reads
// clauses.
QString describe(const QVector<ScopingGroup>& groups)
{
    QStringList groupTexts;
    for (const ScopingGroup& group : groups) {
        QStringList clauses;
        for (const ScopingClause& c : group) {
            QString text =
                c.attribute.toString().mid(1) + QLatin1Char(' ') + scopingOperatorLabel(c.op);
            if (scopingOperatorTakesValue(c.op))
                text += QLatin1Char(' ') + c.value.toFilterText();
            clauses << text;
        }
        groupTexts << clauses.join(QStringLiteral(" AND "));
    }
    return groupTexts.join(QStringLiteral(" OR "));
}

ScopingClause clause(const char* attribute, ScopingOperator op, const FilterValue& value = {})
{
    return {JsonPointer::parse(QString::fromUtf8(attribute)), op, value};
}

FilterValue text(const char* value)
{
    return FilterValue::string(QString::fromUtf8(value));
}

QJsonObject object(const QString& json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

// Runs a validSource script as IDM does: `source` bound, the last value the result.
QJSValue runScript(const QString& script, const QJsonObject& source)
{
    QJSEngine engine;
    engine.globalObject().setProperty(QStringLiteral("source"), engine.toScriptValue(source));
    return engine.evaluate(script);
}

} // namespace

Q_DECLARE_METATYPE(QVector<syncstudio::query::ScopingGroup>)

// Scoping filters: clauses to sourceCondition or validSource and back.
class TestScopingFilter : public QObject
{
    Q_OBJECT
private slots:
    void readsFilterAsClausesAndBack_data();
    void readsFilterAsClausesAndBack();
    void keepsFilterAsTextWithReason_data();
    void keepsFilterAsTextWithReason();
    void writesFilterOrScript_data();
    void writesFilterOrScript();
    void readsGeneratedScriptBack_data();
    void readsGeneratedScriptBack();
    void scriptMeansWhatTheFilterMeans_data();
    void scriptMeansWhatTheFilterMeans();
    void regexScriptSelects_data();
    void regexScriptSelects();
    void keepsOtherScriptsAsText_data();
    void keepsOtherScriptsAsText();
    void readsMapping_data();
    void readsMapping();
};

void TestScopingFilter::readsFilterAsClausesAndBack_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("clauses");
    QTest::addColumn<QString>("back"); // the sourceCondition the clauses write
    const auto row = [](const char* name, const char* filter, const char* clauses,
                        const char* back) {
        QTest::newRow(name) << QString::fromUtf8(filter) << QString::fromUtf8(clauses)
                            << QString::fromUtf8(back);
    };
    row("equals", R"(/source/department eq 'Sales')", R"(department equals "Sales")",
        R"(/source/department eq "Sales")");
    row("equals a number", "/source/age eq 42", "age equals 42", "/source/age eq 42");
    row("not equals", R"(!(/source/department eq "HR"))", R"(department not equals "HR")",
        R"(!(/source/department eq "HR"))");
    row("is null", "!(/source/manager pr)", "manager is null", "!(/source/manager pr)");
    row("is not null", "/source/manager pr", "manager is not null", "/source/manager pr");
    row("starts with", R"(/source/mail sw "adm")", R"(mail starts with "adm")",
        R"(/source/mail sw "adm")");
    row("contains", R"(/source/mail co "@example")", R"(mail contains "@example")",
        R"(/source/mail co "@example")");
    row("greater than", "/source/age gt 17", "age greater than 17", "/source/age gt 17");
    row("less than a text", R"(/source/sn lt "M")", R"(sn less than "M")", R"(/source/sn lt "M")");
    row("is true", "/source/active eq true", "active is true", "/source/active eq true");
    row("is false", "/source/locked eq false", "locked is false", "/source/locked eq false");
    row("is member of inside a group",
        R"(/source/active eq true and (/source/dept eq "Sales" or /source/dept eq "Marketing"))",
        R"(active is true AND dept is member of "Sales,Marketing")",
        R"(/source/active eq true and (/source/dept eq "Sales" or /source/dept eq "Marketing"))");
    row("groups", R"(/source/a eq "x" and /source/b pr or /source/c eq false)",
        R"(a equals "x" AND b is not null OR c is false)",
        R"(/source/a eq "x" and /source/b pr or /source/c eq false)");
    row("an or at the top is groups", R"(/source/dept eq "Sales" or /source/dept eq "HR")",
        R"(dept equals "Sales" OR dept equals "HR")",
        R"(/source/dept eq "Sales" or /source/dept eq "HR")");
    row("nested attribute", R"(/source/address/city eq "Paris")", R"(address/city equals "Paris")",
        R"(/source/address/city eq "Paris")");
    row("field without slash", "source/department eq 'Sales'", R"(department equals "Sales")",
        R"(/source/department eq "Sales")");
    row("true is no scoping", "true", "", "");
}

void TestScopingFilter::readsFilterAsClausesAndBack()
{
    QFETCH(QString, filter);
    QFETCH(QString, clauses);
    QFETCH(QString, back);
    const ScopingReading reading = ScopingFilter::fromFilterText(filter);
    QVERIFY2(reading.groups, qPrintable(reading.reason));
    QCOMPARE(describe(*reading.groups), clauses);
    const ScopingFilter scoping(*reading.groups);
    QVERIFY(scoping.problem().isEmpty());
    const ScopingCondition condition = scoping.toCondition();
    QCOMPARE(condition.sourceCondition, back);
    QVERIFY(condition.validSource.isEmpty());
    // And the filter written reads as the same clauses again.
    if (!back.isEmpty()) {
        const ScopingReading again = ScopingFilter::fromFilterText(back);
        QVERIFY(again.groups);
        QVERIFY(*again.groups == *reading.groups);
    }
}

void TestScopingFilter::keepsFilterAsTextWithReason_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("reason");
    const auto row = [](const char* name, const char* filter, const char* reason) {
        QTest::newRow(name) << QString::fromUtf8(filter) << QString::fromUtf8(reason);
    };
    row("false", "false", "the filter 'false' puts no object in scope; clauses cannot say that");
    row("link qualifier", R"(/linkQualifier eq "default")",
        R"(/linkQualifier eq "default" cannot be shown as a clause: it tests /linkQualifier, )"
        R"(not an attribute of the source object (/source/...))");
    row("the whole source", "/source pr",
        "/source pr cannot be shown as a clause: it tests /source, not an attribute of the "
        "source object (/source/...)");
    row("greater or equal", "/source/age ge 18",
        "/source/age ge 18 cannot be shown as a clause: 'ge' (greater or equal) has no scoping "
        "operator");
    row("less or equal", "/source/age le 65",
        "/source/age le 65 cannot be shown as a clause: 'le' (less or equal) has no scoping "
        "operator");
    row("or of two attributes in a group",
        R"(/source/a pr and (/source/b eq "x" or /source/c eq "y"))",
        R"(/source/b eq "x" or /source/c eq "y" cannot be shown as a clause: an 'or' inside a )"
        R"(group is a clause only when it lists texts one attribute may equal (is member of))");
    row("member with a comma", R"(/source/a pr and (/source/b eq "x,y" or /source/b eq "z"))",
        R"(/source/b eq "x,y" or /source/b eq "z" cannot be shown as a clause: the value "x,y" )"
        R"(cannot stand in a comma-separated list)");
    row("not starts with", R"(!(/source/a sw "x"))",
        R"(!(/source/a sw "x") cannot be shown as a clause: 'not' is a clause only as 'not )"
        R"(equals' a text or number, or as 'is null')");
    row("eq null", "/source/a eq null",
        "/source/a eq null cannot be shown as a clause: 'eq null' is false for every object");
    row("contains a number", "/source/a co 5",
        "/source/a co 5 cannot be shown as a clause: 'co' with a value other than a text means "
        "equality in IDM");
    row("does not parse", "/source/a eq",
        "the filter does not parse: expected a value (a quoted string, a number, true, false or "
        "null) at column 13, found the end of the filter");
}

void TestScopingFilter::keepsFilterAsTextWithReason()
{
    QFETCH(QString, filter);
    QFETCH(QString, reason);
    const ScopingReading reading = ScopingFilter::fromFilterText(filter);
    QVERIFY(!reading.groups);
    QCOMPARE(reading.reason, reason);
}

void TestScopingFilter::writesFilterOrScript_data()
{
    QTest::addColumn<QVector<ScopingGroup>>("groups");
    QTest::addColumn<QString>("sourceCondition");
    QTest::addColumn<QString>("scriptLine"); // a line the validSource script must hold
    QTest::newRow("no groups: no scoping") << QVector<ScopingGroup>{} << ""
                                           << "";
    QTest::newRow("empty groups are left out")
        << QVector<ScopingGroup>{{}, {clause("active", ScopingOperator::IsTrue)}, {}}
        << "/source/active eq true"
        << "";
    QTest::newRow("member list is trimmed")
        << QVector<ScopingGroup>{{clause("dept", ScopingOperator::IsMemberOf,
                                         text(" Sales , Marketing,,"))}}
        << R"(/source/dept eq "Sales" or /source/dept eq "Marketing")"
        << "";
    QTest::newRow("member list of one")
        << QVector<ScopingGroup>{{clause("dept", ScopingOperator::IsMemberOf, text("Sales"))}}
        << R"(/source/dept eq "Sales")"
        << "";
    QTest::newRow("regex needs a script")
        << QVector<ScopingGroup>{{clause("active", ScopingOperator::IsTrue),
                                  clause("mail", ScopingOperator::RegexMatch,
                                         text(R"(@example\.com$)"))}}
        << ""
        << R"(        matches("/mail", "@example\\.com$"))";
    QTest::newRow("every clause goes into the script")
        << QVector<ScopingGroup>{{clause("mail", ScopingOperator::RegexMatch, text("^a"))},
                                 {clause("dept", ScopingOperator::IsMemberOf, text("A,B"))}}
        << ""
        << R"(        isMemberOf("/dept", ["A","B"]))";
}

void TestScopingFilter::writesFilterOrScript()
{
    QFETCH(QVector<ScopingGroup>, groups);
    QFETCH(QString, sourceCondition);
    QFETCH(QString, scriptLine);
    const ScopingCondition condition = ScopingFilter(groups).toCondition();
    QCOMPARE(condition.sourceCondition, sourceCondition);
    if (scriptLine.isEmpty()) {
        QVERIFY(condition.validSource.isEmpty());
    } else {
        QVERIFY(condition.validSource.startsWith(ScopingScript::marker() + QLatin1Char('\n')));
        QVERIFY2(condition.validSource.split(QLatin1Char('\n')).contains(scriptLine),
                 qPrintable(condition.validSource));
    }
}

void TestScopingFilter::readsGeneratedScriptBack_data()
{
    QTest::addColumn<QVector<ScopingGroup>>("groups");
    QTest::newRow("every operator") << QVector<ScopingGroup>{
        {clause("a", ScopingOperator::Equals, text("x")),
         clause("b", ScopingOperator::NotEquals, FilterValue::integer(3)),
         clause("c", ScopingOperator::IsNull), clause("d", ScopingOperator::IsNotNull),
         clause("e", ScopingOperator::StartsWith, text("pre")),
         clause("f", ScopingOperator::Contains, text("mid"))},
        {clause("g", ScopingOperator::GreaterThan, FilterValue::number(2.5)),
         clause("h", ScopingOperator::LessThan, text("M")), clause("i", ScopingOperator::IsTrue),
         clause("j", ScopingOperator::IsFalse)},
        {clause("k", ScopingOperator::RegexMatch, text(R"(^[a-z]+\d*$)")),
         clause("l", ScopingOperator::IsMemberOf, text("one,two,three"))}};
    QTest::newRow("quotes, parentheses and odd attributes") << QVector<ScopingGroup>{
        {clause("address/city", ScopingOperator::Equals, text(R"(say "hi" (twice) \ ok)")),
         clause("a~1b", ScopingOperator::RegexMatch, text(R"(\)\("|&&)"))}};
    QTest::newRow("line separators in a value") << QVector<ScopingGroup>{{clause(
        "note", ScopingOperator::RegexMatch, FilterValue::string(QStringLiteral("a\u2028b\nc")))}};
    // Found by the fuzzer: a whole decimal prints as 5e+17 and must come back a decimal,
    // not the integer JSON would make of it; a whole integer stays an integer.
    QTest::newRow("whole decimal and big integer") << QVector<ScopingGroup>{
        {clause("a", ScopingOperator::GreaterThan, FilterValue::number(5e17)),
         clause("b", ScopingOperator::LessThan, FilterValue::number(2.0)),
         clause("c", ScopingOperator::Equals, FilterValue::integer(500000000000000000)),
         clause("d", ScopingOperator::GreaterThan, FilterValue::integer(5970650693857793360))}};
    QTest::newRow("no groups") << QVector<ScopingGroup>{};
}

void TestScopingFilter::readsGeneratedScriptBack()
{
    QFETCH(QVector<ScopingGroup>, groups);
    const QString script = ScopingFilter(groups).toValidSourceScript();
    const ScopingReading reading = ScopingFilter::fromValidSourceScript(script);
    QVERIFY2(reading.groups, qPrintable(reading.reason));
    QCOMPARE(describe(*reading.groups), describe(groups));
    QVERIFY(*reading.groups == groups);
    // The script is JavaScript that runs: on an empty source, no test of a value holds.
    const QJSValue result = runScript(script, QJsonObject());
    QVERIFY2(!result.isError(), qPrintable(result.toString()));
    QVERIFY(result.isBool());
    QCOMPARE(result.toBool(), groups.isEmpty());
}

void TestScopingFilter::scriptMeansWhatTheFilterMeans_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("source");
    const QStringList filters{
        R"(/source/department eq "sales")",
        R"(!(/source/department eq "HR"))",
        "!(/source/manager pr)",
        "/source/manager pr",
        R"(/source/mail sw "ADM")",
        R"(/source/mail co "@Example")",
        "/source/age gt 17",
        "/source/age lt 42",
        R"(/source/sn gt "m")",
        "/source/active eq true",
        "/source/active eq false",
        R"(/source/department eq "Sales" or /source/department eq "Marketing")",
        R"(/source/address/city eq "paris" and /source/age eq 42)",
        R"(/source/roles/1 eq "admin")",
    };
    const QStringList sources{
        R"({})",
        R"({"department": "Sales", "manager": null, "mail": "admin@example.com", "age": 42,
            "sn": "Smith", "active": true, "address": {"city": "Paris"}})",
        R"({"department": ["HR", "sales"], "manager": "bob", "mail": ["x@y", "adm@example.org"],
            "age": "42", "sn": "Brown", "active": "true", "roles": ["user", "Admin"]})",
        R"({"department": "hr", "age": 17, "active": false, "sn": ["Zed"], "address": "Paris",
            "roles": {"1": "admin"}, "toString": 1})",
    };
    for (const QString& filter : filters) {
        for (int i = 0; i < sources.size(); ++i)
            QTest::newRow(qPrintable(QStringLiteral("%1 on object %2").arg(filter).arg(i)))
                << filter << sources.at(i);
    }
}

void TestScopingFilter::scriptMeansWhatTheFilterMeans()
{
    QFETCH(QString, filter);
    QFETCH(QString, source);
    const ScopingReading reading = ScopingFilter::fromFilterText(filter);
    QVERIFY2(reading.groups, qPrintable(reading.reason));
    const ScopingFilter scoping(*reading.groups);
    const QJsonObject sourceObject = object(source);
    const bool byFilter =
        QueryFilter::parse(filter)->matches(QJsonObject{{QStringLiteral("source"), sourceObject}});
    const QJSValue byScript = runScript(scoping.toValidSourceScript(), sourceObject);
    QVERIFY2(byScript.isBool(), qPrintable(byScript.toString()));
    QCOMPARE(byScript.toBool(), byFilter);
}

void TestScopingFilter::regexScriptSelects_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<bool>("expected");
    QTest::newRow("matching mail, active")
        << R"({"mail": "ann@example.com", "active": true})" << true;
    QTest::newRow("matching mail, inactive")
        << R"({"mail": "ann@example.com", "active": false})" << false;
    QTest::newRow("other domain") << R"({"mail": "ann@example.org", "active": true})" << false;
    QTest::newRow("regex is case-sensitive")
        << R"({"mail": "ann@EXAMPLE.com", "active": true})" << false;
    QTest::newRow("one of several mails")
        << R"({"mail": ["a@x.org", "b@example.com"], "active": true})" << true;
    QTest::newRow("second group") << R"({"employeeType": "contractor"})" << true;
    QTest::newRow("nothing") << R"({})" << false;
}

void TestScopingFilter::regexScriptSelects()
{
    QFETCH(QString, source);
    QFETCH(bool, expected);
    const ScopingFilter scoping(QVector<ScopingGroup>{
        {clause("mail", ScopingOperator::RegexMatch, text(R"(@example\.com$)")),
         clause("active", ScopingOperator::IsTrue)},
        {clause("employeeType", ScopingOperator::Equals, text("Contractor"))}});
    const QJSValue result = runScript(scoping.toCondition().validSource, object(source));
    QVERIFY2(result.isBool(), qPrintable(result.toString()));
    QCOMPARE(result.toBool(), expected);
}

void TestScopingFilter::keepsOtherScriptsAsText_data()
{
    const QString generated =
        ScopingFilter(
            QVector<ScopingGroup>{{clause("mail", ScopingOperator::RegexMatch, text("^a")),
                                   clause("dept", ScopingOperator::Equals, text("Sales"))}})
            .toValidSourceScript();
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("reason");
    QTest::newRow("hand-written script")
        << "source.accountStatus === 'active';"
        << "the validSource script was not generated by SyncStudio from clauses";
    QTest::newRow("clause edited in the script")
        << QString(generated).replace(QLatin1String(R"(equals("/dept", "Sales"))"),
                                      QLatin1String(R"(equals("/dept", "Sales") || true)"))
        << "the clauses of the generated validSource script were edited by hand";
    QTest::newRow("comment added")
        << QString(generated).replace(QLatin1String("    return "),
                                      QLatin1String("    // scoped on 1 May\n    return "))
        << "the helper functions of the generated validSource script were edited by hand";
    QTest::newRow("helper changed")
        << QString(generated).replace(QLatin1String("a.indexOf(b) >= 0"),
                                      QLatin1String("a.indexOf(b) > 0"))
        << "the helper functions of the generated validSource script were edited by hand";
    QTest::newRow("unknown function")
        << QString(generated).replace(QLatin1String(R"(equals("/dept")"),
                                      QLatin1String(R"(equalz("/dept")"))
        << "the clauses of the generated validSource script were edited by hand";
}

void TestScopingFilter::keepsOtherScriptsAsText()
{
    QFETCH(QString, script);
    QFETCH(QString, reason);
    const ScopingReading reading = ScopingFilter::fromValidSourceScript(script);
    QVERIFY(!reading.groups);
    QCOMPARE(reading.reason, reason);
}

void TestScopingFilter::readsMapping_data()
{
    QTest::addColumn<QByteArray>("members"); // of the mapping, after source and target
    QTest::addColumn<QString>("clauses");
    QTest::addColumn<QString>("reason");
    const QString generated =
        ScopingFilter(
            QVector<ScopingGroup>{{clause("mail", ScopingOperator::RegexMatch, text("^a"))}})
            .toValidSourceScript();
    const QByteArray generatedMember =
        R"("validSource" : { "type" : "text/javascript", "source" : )" +
        QJsonDocument(QJsonArray{generated}).toJson(QJsonDocument::Compact).mid(1).chopped(1) +
        " }";
    QTest::newRow("no scoping") << QByteArray() << ""
                                << "";
    QTest::newRow("sourceCondition filter")
        << QByteArray(R"("sourceCondition" : "/source/dept eq \"Sales\"")")
        << R"(dept equals "Sales")"
        << "";
    QTest::newRow("generated validSource") << generatedMember << R"(mail regex match "^a")"
                                           << "";
    QTest::newRow("sourceCondition script")
        << QByteArray(R"("sourceCondition" : { "type" : "text/javascript", "source" : "true" })")
        << ""
        << "the sourceCondition is a script, not a filter";
    QTest::newRow("both")
        << QByteArray(R"("sourceCondition" : "/source/a pr", )") + generatedMember << ""
        << "the mapping has both a sourceCondition and a validSource script; clauses are one or "
           "the other";
    QTest::newRow("validSource in a file")
        << QByteArray(R"("validSource" : { "type" : "text/javascript", "file" : "scope.js" })")
        << ""
        << "the validSource script is not inline JavaScript, so SyncStudio did not generate it "
           "from clauses";
    QTest::newRow("groovy validSource")
        << QByteArray(R"("validSource" : { "type" : "groovy", "source" : "true" })") << ""
        << "the validSource script is not inline JavaScript, so SyncStudio did not generate it "
           "from clauses";
}

void TestScopingFilter::readsMapping()
{
    QFETCH(QByteArray, members);
    QFETCH(QString, clauses);
    QFETCH(QString, reason);
    QByteArray mapping = R"({ "name" : "csv_user", "source" : "system/csv/person", )"
                         R"("target" : "managed/user")";
    if (!members.isEmpty())
        mapping += ", " + members;
    mapping += " }";
    const TestProject files(
        {{QStringLiteral("conf/sync.json"), R"({ "mappings" : [ )" + mapping + " ] }"}});
    const auto project = Project::open(files.path(), nullptr);
    QVERIFY(project);
    QCOMPARE(project->mappings().size(), 1);
    const ScopingReading reading = ScopingFilter::fromMapping(project->mappings().first());
    QCOMPARE(reading.reason, reason);
    QCOMPARE(reading.groups.has_value(), reason.isEmpty());
    if (reading.groups)
        QCOMPARE(describe(*reading.groups), clauses);
}

QTEST_GUILESS_MAIN(TestScopingFilter)
#include "TestScopingFilter.moc"
