#include "TestProject.h"
#include "config/Project.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace syncstudio::config;
using syncstudio::test::lineDiff;
using syncstudio::test::TestProject;

namespace {

// A mapping that sets every field the IDM documentation names, in IDM's writer style.
QByteArray fullMapping()
{
    return syncstudio::test::readFile(QStringLiteral(SYNCSTUDIO_SOURCE_DIR) +
                                      "/tests/config/data/mapping-full.json");
}

} // namespace

class TestMapping : public QObject
{
    Q_OBJECT
private slots:
    void typedAccessToEveryDocumentedField();
    void defaultsWhenFieldsAreAbsent();
    void mappingFileTakesItsNameFromTheFile();
    void editingOneFieldChangesOnlyItsLines();
    void addingAndRemovingAFieldTouchesOnlyItsLines();
};

void TestMapping::typedAccessToEveryDocumentedField()
{
    const TestProject dir({{"conf/mapping-full.json", fullMapping()}});
    const auto project = Project::open(dir.path(), nullptr);
    QVERIFY(project);
    const Mapping m = project->mapping("full");
    QVERIFY(m.file());
    QVERIFY(!m.isInSyncJson());
    QCOMPARE(m.source(), QStringLiteral("system/ldap/account"));
    QCOMPARE(m.target(), QStringLiteral("managed/user"));
    QCOMPARE(m.links(), QStringLiteral("reverse"));
    QCOMPARE(m.syncAfter(), QStringList({"first", "second"}));
    QCOMPARE(m.validSource().source, QStringLiteral("source.active"));
    QVERIFY(m.validSource().isJavaScript());
    QCOMPARE(m.validTarget().file, QStringLiteral("validTarget.js"));
    QVERIFY(!m.validTarget().isInline());
    QVERIFY(m.sourceCondition().isFilter());
    QCOMPARE(m.sourceCondition().filter, QStringLiteral("/department eq \"Sales\""));

    const QVector<CorrelationQuery> queries = m.correlationQueries();
    QCOMPARE(queries.size(), 2);
    QCOMPARE(queries[0].linkQualifier, QStringLiteral("default"));
    QVERIFY(queries[0].script.source.startsWith("var q"));
    QCOMPARE(queries[1].linkQualifier, QStringLiteral("test"));
    QCOMPARE(queries[1].expressionTree.toObject().value("all").toArray().first().toString(),
             QStringLiteral("mail"));
    QCOMPARE(queries[1].script.file, QStringLiteral("ui/correlateTreeToQueryFilter.js"));

    QVERIFY(m.correlationScript().isGroovy());
    QCOMPARE(m.correlationScript().globals.value("threshold").toInt(), 2);
    QCOMPARE(m.linkQualifiers(), QStringList({"default", "test"}));
    QVERIFY(!m.linkQualifiersScript().present);

    const QVector<PropertyMapping> properties = m.properties();
    QCOMPARE(properties.size(), 4);
    QCOMPARE(properties[0].source, QStringLiteral("uid"));
    QCOMPARE(properties[0].target, QStringLiteral("userName"));
    QVERIFY(!properties[0].transform.present);
    QVERIFY(properties[1].source.isEmpty());
    QCOMPARE(properties[1].transform.source, QStringLiteral("source.givenName + ' ' + source.sn"));
    QCOMPARE(properties[2].condition.filter, QStringLiteral("/mail pr"));
    QCOMPARE(properties[2].defaultValue,
             std::optional<QJsonValue>(QStringLiteral("nobody@example.com")));
    QCOMPARE(properties[3].defaultValue, std::optional<QJsonValue>(true));
    QVERIFY(properties[3].condition.isScript());
    QCOMPARE(properties[3].pointer, QStringLiteral("/properties/3"));

    const QVector<Policy> policies = m.policies();
    QCOMPARE(policies.size(), 2);
    QCOMPARE(policies[0].situation, QStringLiteral("CONFIRMED"));
    QCOMPARE(policies[0].action, QStringLiteral("UPDATE"));
    QCOMPARE(policies[0].postAction.source, QStringLiteral("logger.info('done')"));
    QVERIFY(policies[1].action.isEmpty());
    QCOMPARE(policies[1].actionScript.source, QStringLiteral("'CREATE'"));
    QCOMPARE(policies[1].condition.filter, QStringLiteral("/active eq true"));

    QCOMPARE(m.onCreate().source, QStringLiteral("target.dn = 'uid=' + source.uid"));
    QCOMPARE(m.onUpdate().source, QStringLiteral("1"));
    QCOMPARE(m.onDelete().source, QStringLiteral("2"));
    QCOMPARE(m.onLink().source, QStringLiteral("3"));
    QCOMPARE(m.onUnlink().source, QStringLiteral("4"));
    QCOMPARE(m.result().source, QStringLiteral("5"));
    QCOMPARE(m.runTargetPhase(), false);
    QCOMPARE(m.taskThreads(), 4);
    QCOMPARE(m.enableSync(), false);
    QCOMPARE(m.prefetchLinks(), false);
    QCOMPARE(m.correlateEmptyTargetSet(), true);
    QCOMPARE(m.sourceQuery().value("_queryFilter").toString(), QStringLiteral("uid sw \"a\""));
    QCOMPARE(m.targetQuery().value("_queryFilter").toString(), QStringLiteral("true"));
    QCOMPARE(m.defaultSourceFields(), QStringList({"uid", "mail"}));
    QCOMPARE(m.defaultTargetFields(), QStringList({"userName"}));
    // A field the model does not know is kept and readable.
    QCOMPARE(m.field("x-custom").toObject().value("kept").toArray().at(1).toDouble(), 2.5);
    QCOMPARE(m.fieldNames().last(), QStringLiteral("x-custom"));
}

void TestMapping::defaultsWhenFieldsAreAbsent()
{
    const TestProject dir({{"conf/mapping-min.json",
                            "{ \"source\" : \"managed/user\", \"target\" : \"managed/role\" }"}});
    const auto project = Project::open(dir.path(), nullptr);
    const Mapping m = project->mapping("min");
    QVERIFY(m.file());
    QCOMPARE(m.runTargetPhase(), true);
    QCOMPARE(m.taskThreads(), 10); // IDM's default
    QCOMPARE(m.enableSync(), true);
    QCOMPARE(m.prefetchLinks(), true);
    QCOMPARE(m.correlateEmptyTargetSet(), false);
    QVERIFY(m.properties().isEmpty());
    QVERIFY(!m.sourceCondition().isSet());
    QVERIFY(m.correlationQueries().isEmpty());
    QVERIFY(!m.onCreate().present);
}

void TestMapping::mappingFileTakesItsNameFromTheFile()
{
    const TestProject dir(
        {{"conf/mapping-managedUser_systemCsv.json",
          "{ \"source\" : \"managed/user\", \"target\" : \"system/csv/account\" }"}});
    const auto project = Project::open(dir.path(), nullptr);
    QCOMPARE(project->mappings().size(), 1);
    QCOMPARE(project->mappings().first().name(), QStringLiteral("managedUser_systemCsv"));
}

void TestMapping::editingOneFieldChangesOnlyItsLines()
{
    const QString sample = QStringLiteral(SYNCSTUDIO_CORPUS_DIR) + "/openidm/sample2b";
    const QByteArray original = syncstudio::test::readFile(sample + "/conf/sync.json");
    QVERIFY(!original.isEmpty());
    const TestProject dir({{"conf/sync.json", original}});
    auto project = Project::open(dir.path(), nullptr);
    Mapping m = project->mapping("managedUser_systemLdapAccounts");
    QVERIFY(m.file());
    QVERIFY(m.setTarget(QStringLiteral("system/ldap/inetOrgPerson")));
    QString error;
    QVERIFY2(project->save(&error), qPrintable(error));
    QCOMPARE(lineDiff(original, dir.read("conf/sync.json")),
             QStringList({"-            \"target\" : \"system/ldap/account\",",
                          "+            \"target\" : \"system/ldap/inetOrgPerson\","}));
    QCOMPARE(project->mapping("managedUser_systemLdapAccounts").target(),
             QStringLiteral("system/ldap/inetOrgPerson"));
}

void TestMapping::addingAndRemovingAFieldTouchesOnlyItsLines()
{
    const QString sample = QStringLiteral(SYNCSTUDIO_CORPUS_DIR) + "/openidm/sample2b";
    const QByteArray original = syncstudio::test::readFile(sample + "/conf/sync.json");
    const TestProject dir({{"conf/sync.json", original}});
    auto project = Project::open(dir.path(), nullptr);
    Mapping m = project->mapping("systemLdapAccounts_managedUser");
    QVERIFY(m.setField(QStringLiteral("syncAfter"), QJsonArray{QStringLiteral("other")}));
    QVERIFY(m.setField(QStringLiteral("taskThreads"), 4));
    QString error;
    QVERIFY(project->save(&error));
    // Appended after the last member ("policies"), whose closing bracket gains a comma.
    QCOMPARE(lineDiff(original, dir.read("conf/sync.json")),
             QStringList({"-            ]", "+            ],",
                          "+            \"syncAfter\" : [ \"other\" ],",
                          "+            \"taskThreads\" : 4"}));
    QVERIFY(m.removeField(QStringLiteral("syncAfter")));
    QVERIFY(m.removeField(QStringLiteral("taskThreads")));
    QVERIFY(project->save(&error));
    QCOMPARE(dir.read("conf/sync.json"), original);
}

QTEST_GUILESS_MAIN(TestMapping)
#include "TestMapping.moc"
