#include "TestProject.h"
#include "config/Project.h"
#include "recon/ReconEngine.h"
#include "recon/RuleEvaluator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace syncstudio;
using namespace syncstudio::recon;
using config::Action;
using config::Situation;

namespace {

QJsonObject json(const char* text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

MappingRules rulesFrom(const QByteArray& mappingJson, test::TestProject** keep = nullptr)
{
    auto* dir = new test::TestProject({{"conf/mapping-m.json", mappingJson}});
    const auto project = config::Project::open(dir->path(), nullptr);
    QString error;
    MappingRules rules = MappingRules::fromMapping(project->mapping("m"), &error);
    if (keep)
        *keep = dir;
    else
        delete dir;
    return rules;
}

} // namespace

class TestRuleEvaluator : public QObject
{
    Q_OBJECT
private slots:
    void buildsTheExampleProjectsTarget();
    void propertyRulesFollowIdm_data();
    void propertyRulesFollowIdm();
    void correlationQueryForms_data();
    void correlationQueryForms();
    void expressionTreeBecomesAFilter();
    void policiesPickTheFirstWhoseConditionHolds_data();
    void policiesPickTheFirstWhoseConditionHolds();
    void sourceValidity_data();
    void sourceValidity();
    void onCreateFillsInTheTarget();
    void attributeDifferences_data();
    void attributeDifferences();
};

void TestRuleEvaluator::buildsTheExampleProjectsTarget()
{
    const auto project = config::Project::open(
        QStringLiteral(SYNCSTUDIO_SOURCE_DIR) + "/resources/example", nullptr);
    QVERIFY(project);
    QString error;
    const MappingRules rules =
        MappingRules::fromMapping(project->mapping("hrPeople_managedUser"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    RuleEvaluator evaluator(rules, script::ScriptSettings{project->rootPath()});
    const QJsonObject source = json(R"({"_id": "alovelace", "uid": "alovelace", "firstName": "Ada",
        "lastName": "Lovelace", "email": "Ada.Lovelace@Example.com", "phone": "",
        "employmentStatus": "active"})");
    const Evaluated<QJsonObject> built = evaluator.buildTarget(source, {}, "default");
    QVERIFY2(built.ok(), qPrintable(built.error));
    // displayName from the transform over the whole object, mail lower-cased, department
    // from its default (the source has none), and no telephoneNumber (its condition fails).
    QCOMPARE(built.value, json(R"({"userName": "alovelace", "givenName": "Ada", "sn": "Lovelace",
        "displayName": "Ada Lovelace", "mail": "ada.lovelace@example.com",
        "department": "Unassigned"})"));
    QVERIFY(built.notes.isEmpty());
}

void TestRuleEvaluator::propertyRulesFollowIdm_data()
{
    QTest::addColumn<QByteArray>("properties");
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QByteArray>("target");

    QTest::newRow("copy by name") << QByteArray(R"([{"source": "a", "target": "b"}])")
                                  << QByteArray(R"({"a": 1})") << QByteArray(R"({"b": 1})");
    QTest::newRow("missing source value becomes null")
        << QByteArray(R"([{"source": "a", "target": "b"}])") << QByteArray("{}")
        << QByteArray(R"({"b": null})");
    QTest::newRow("default when null")
        << QByteArray(R"([{"source": "a", "target": "b", "default": "x"}])")
        << QByteArray(R"({"a": null})") << QByteArray(R"({"b": "x"})");
    QTest::newRow("no default over a value")
        << QByteArray(R"([{"source": "a", "target": "b", "default": "x"}])")
        << QByteArray(R"({"a": ""})") << QByteArray(R"({"b": ""})");
    QTest::newRow("nested pointers both ways")
        << QByteArray(R"([{"source": "address/city", "target": "location/town"}])")
        << QByteArray(R"({"address": {"city": "Oslo"}})")
        << QByteArray(R"({"location": {"town": "Oslo"}})");
    QTest::newRow("transform sees the source value")
        << QByteArray(
               R"([{"source": "a", "target": "b", "transform": {"type": "text/javascript", "source": "source * 2"}}])")
        << QByteArray(R"({"a": 21})") << QByteArray(R"({"b": 42})");
    QTest::newRow("transform returning null takes the default")
        << QByteArray(
               R"([{"source": "a", "target": "b", "default": 7, "transform": {"type": "text/javascript", "source": "null"}}])")
        << QByteArray(R"({"a": 1})") << QByteArray(R"({"b": 7})");
    QTest::newRow("filter condition sees /object")
        << QByteArray(
               R"([{"source": "a", "target": "b", "condition": "/object/flag eq true"}, {"source": "a", "target": "c", "condition": "/object/flag eq false"}])")
        << QByteArray(R"({"a": 1, "flag": true})") << QByteArray(R"({"b": 1})");
    QTest::newRow("script condition with linkQualifier")
        << QByteArray(
               R"([{"source": "a", "target": "b", "condition": {"type": "text/javascript", "source": "linkQualifier === 'default' && object.a > 0"}}])")
        << QByteArray(R"({"a": 1})") << QByteArray(R"({"b": 1})");
}

void TestRuleEvaluator::propertyRulesFollowIdm()
{
    QFETCH(QByteArray, properties);
    QFETCH(QByteArray, source);
    QFETCH(QByteArray, target);
    const MappingRules rules = rulesFrom(
        R"({"source": "managed/a", "target": "managed/b", "properties": )" + properties + "}");
    RuleEvaluator evaluator(rules, {});
    const Evaluated<QJsonObject> built =
        evaluator.buildTarget(QJsonDocument::fromJson(source).object(), {}, "default");
    QVERIFY2(built.ok(), qPrintable(built.error));
    QCOMPARE(built.value, QJsonDocument::fromJson(target).object());
}

void TestRuleEvaluator::correlationQueryForms_data()
{
    QTest::addColumn<QByteArray>("parameters");
    QTest::addColumn<QString>("filter"); // canonical, or the start of the error
    QTest::addColumn<bool>("ok");
    QTest::newRow("_queryFilter") << QByteArray(R"({"_queryFilter": "uid eq 'bob'"})")
                                  << "/uid eq \"bob\"" << true;
    QTest::newRow("for-userName (IDM's repository query)")
        << QByteArray(R"({"_queryId": "for-userName", "uid": "bob"})") << "/userName eq \"bob\""
        << true;
    QTest::newRow("get-by-field-value")
        << QByteArray(R"({"_queryId": "get-by-field-value", "field": "mail", "value": "b@x"})")
        << "/mail eq \"b@x\"" << true;
    QTest::newRow("unknown query id") << QByteArray(R"({"_queryId": "my-query"})")
                                      << "the predefined query \"my-query\" is not known" << false;
    QTest::newRow("neither") << QByteArray("{}") << "the correlation query returned neither"
                             << false;
    QTest::newRow("bad filter") << QByteArray(R"({"_queryFilter": "uid eq"})")
                                << "the query filter \"uid eq\" is invalid" << false;
}

void TestRuleEvaluator::correlationQueryForms()
{
    QFETCH(QByteArray, parameters);
    QFETCH(QString, filter);
    QFETCH(bool, ok);
    const Evaluated<query::QueryFilter> result =
        correlationFilter(QJsonDocument::fromJson(parameters).object());
    QCOMPARE(result.ok(), ok);
    if (ok)
        QCOMPARE(result.value.toString(), filter);
    else
        QVERIFY2(result.error.startsWith(filter), qPrintable(result.error));
}

void TestRuleEvaluator::expressionTreeBecomesAFilter()
{
    const QJsonObject source = json(R"({"name": "bob", "mail": "b@x", "uid": 7})");
    const auto tree =
        QJsonDocument::fromJson(R"({"all": ["name", {"any": ["mail", "uid"]}]})").object();
    const auto filter = expressionTreeFilter(tree, source);
    QVERIFY(filter);
    QCOMPARE(filter->toString(),
             QStringLiteral("/name eq \"bob\" and (/mail eq \"b@x\" or /uid eq 7)"));
    QVERIFY(!expressionTreeFilter(QJsonDocument::fromJson(R"({"some": []})").object(), source));
}

void TestRuleEvaluator::policiesPickTheFirstWhoseConditionHolds_data()
{
    QTest::addColumn<QByteArray>("policies");
    QTest::addColumn<QString>("situation");
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QString>("action");

    QTest::newRow("no policy: IDM's default")
        << QByteArray("[]") << "ABSENT" << QByteArray("{}") << "CREATE";
    QTest::newRow("no policy: SOURCE_IGNORED reports")
        << QByteArray("[]") << "SOURCE_IGNORED" << QByteArray("{}") << "REPORT";
    QTest::newRow("no policy: ALL_GONE reports nothing")
        << QByteArray("[]") << "ALL_GONE" << QByteArray("{}") << "NOREPORT";
    QTest::newRow("the policy's action")
        << QByteArray(R"([{"situation": "ABSENT", "action": "IGNORE"}])") << "ABSENT"
        << QByteArray("{}") << "IGNORE";
    QTest::newRow("first condition that holds")
        << QByteArray(
               R"([{"situation": "FOUND", "action": "UPDATE", "condition": "/object/kind eq \"a\""},
                          {"situation": "FOUND", "action": "LINK", "condition": "/object/kind eq \"b\""},
                          {"situation": "FOUND", "action": "IGNORE"}])")
        << "FOUND" << QByteArray(R"({"kind": "b"})") << "LINK";
    QTest::newRow("no condition holds: the default")
        << QByteArray(
               R"([{"situation": "FOUND", "action": "LINK", "condition": "/object/kind eq \"b\""}])")
        << "FOUND" << QByteArray(R"({"kind": "c"})") << "UPDATE";
    QTest::newRow("action script")
        << QByteArray(
               R"([{"situation": "CONFIRMED", "action": {"type": "text/javascript", "source": "source.keep ? 'UPDATE' : 'UNLINK'"}}])")
        << "CONFIRMED" << QByteArray(R"({"keep": false})") << "UNLINK";
}

void TestRuleEvaluator::policiesPickTheFirstWhoseConditionHolds()
{
    QFETCH(QByteArray, policies);
    QFETCH(QString, situation);
    QFETCH(QByteArray, source);
    QFETCH(QString, action);
    const MappingRules rules = rulesFrom(
        R"({"source": "managed/a", "target": "managed/b", "policies": )" + policies + "}");
    RuleEvaluator evaluator(rules, {});
    const Evaluated<ActionDecision> picked =
        evaluator.action(*config::situationFromName(situation),
                         QJsonDocument::fromJson(source).object(), {}, "default", true);
    QVERIFY2(picked.ok(), qPrintable(picked.error));
    QCOMPARE(config::actionName(picked.value.action), action);
}

void TestRuleEvaluator::sourceValidity_data()
{
    QTest::addColumn<QByteArray>("rules");
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<bool>("valid");
    QTest::newRow("no rules") << QByteArray("") << QByteArray("{}") << true;
    QTest::newRow("sourceCondition sees /source")
        << QByteArray(R"("sourceCondition": "/source/active eq true",)")
        << QByteArray(R"({"active": true})") << true;
    QTest::newRow("sourceCondition fails")
        << QByteArray(R"("sourceCondition": "/source/active eq true",)")
        << QByteArray(R"({"active": false})") << false;
    QTest::newRow("validSource script")
        << QByteArray(
               R"("validSource": {"type": "text/javascript", "source": "source.age >= 18"},)")
        << QByteArray(R"({"age": 17})") << false;
    QTest::newRow("both must hold")
        << QByteArray(
               R"("validSource": {"type": "text/javascript", "source": "true"}, "sourceCondition": "/source/x pr",)")
        << QByteArray(R"({"y": 1})") << false;
}

void TestRuleEvaluator::sourceValidity()
{
    QFETCH(QByteArray, rules);
    QFETCH(QByteArray, source);
    QFETCH(bool, valid);
    const MappingRules mapping =
        rulesFrom("{" + rules + R"("source": "managed/a", "target": "managed/b"})");
    RuleEvaluator evaluator(mapping, {});
    const Evaluated<bool> result =
        evaluator.isSourceValid(QJsonDocument::fromJson(source).object(), "default");
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.value, valid);
}

void TestRuleEvaluator::onCreateFillsInTheTarget()
{
    const MappingRules rules = rulesFrom(R"({"source": "managed/a", "target": "system/ldap/account",
        "onCreate": {"type": "text/javascript", "source": "target.dn = 'uid=' + source.userName + ',ou=People,dc=example,dc=com';"}})");
    RuleEvaluator evaluator(rules, {});
    const Evaluated<QJsonObject> hooked = evaluator.runTargetHook(
        rules.onCreate, script::ScriptKind::OnCreate, json(R"({"userName": "bob"})"),
        json(R"({"cn": "Bob"})"), {}, Situation::Absent, "default");
    QVERIFY2(hooked.ok(), qPrintable(hooked.error));
    QCOMPARE(hooked.value, json(R"({"cn": "Bob", "dn": "uid=bob,ou=People,dc=example,dc=com"})"));
}

void TestRuleEvaluator::attributeDifferences_data()
{
    QTest::addColumn<QByteArray>("existing");
    QTest::addColumn<QByteArray>("wanted");
    QTest::addColumn<QStringList>("changed");
    QTest::newRow("same") << QByteArray(R"({"a": "x", "b": 1})") << QByteArray(R"({"a": "x"})")
                          << QStringList{};
    QTest::newRow("one differs") << QByteArray(R"({"a": "x", "b": 1})")
                                 << QByteArray(R"({"a": "y", "b": 1})") << QStringList{"a"};
    QTest::newRow("case matters in values")
        << QByteArray(R"({"a": "X"})") << QByteArray(R"({"a": "x"})") << QStringList{"a"};
    QTest::newRow("null and absent alike")
        << QByteArray("{}") << QByteArray(R"({"a": null})") << QStringList{};
    QTest::newRow("value removed")
        << QByteArray(R"({"a": "x"})") << QByteArray(R"({"a": null})") << QStringList{"a"};
    QTest::newRow("arrays as sets") << QByteArray(R"({"a": ["x", "y"]})")
                                    << QByteArray(R"({"a": ["y", "x"]})") << QStringList{};
    QTest::newRow("one value and a one-item array")
        << QByteArray(R"({"a": "x"})") << QByteArray(R"({"a": ["x"]})") << QStringList{};
    QTest::newRow("array grew") << QByteArray(R"({"a": ["x"]})")
                                << QByteArray(R"({"a": ["x", "z"]})") << QStringList{"a"};
    QTest::newRow("attributes not mapped are left alone")
        << QByteArray(R"({"a": "x", "other": 1})") << QByteArray(R"({"a": "x"})") << QStringList{};
}

void TestRuleEvaluator::attributeDifferences()
{
    QFETCH(QByteArray, existing);
    QFETCH(QByteArray, wanted);
    QFETCH(QStringList, changed);
    QStringList names;
    for (const AttributeChange& c : attributeChanges(QJsonDocument::fromJson(existing).object(),
                                                     QJsonDocument::fromJson(wanted).object()))
        names << c.attribute;
    QCOMPARE(names, changed);
}

QTEST_GUILESS_MAIN(TestRuleEvaluator)
#include "TestRuleEvaluator.moc"
