#include "ReconTestProject.h"

#include <QJsonDocument>
#include <QTest>

using namespace syncstudio;
using syncstudio::test::ReconTestProject;

using Summary = QMap<QString, QString>;
Q_DECLARE_METATYPE(Summary)

namespace {

// Two managed types in one SQLite repository: people reconciled into accounts. Each row
// below sets up the source, the target and the links exactly, so every branch of IDM's
// situation tables is reached with real data.
const QByteArray ManagedJson = R"({
    "objects" : [
        { "name" : "person", "schema" : { "properties" : {
            "name" : { "type" : "string" }, "mail" : { "type" : "string" },
            "active" : { "type" : "boolean" }, "kind" : { "type" : "string" } } } },
        { "name" : "account", "schema" : { "properties" : {
            "name" : { "type" : "string" }, "mail" : { "type" : "string" },
            "extra" : { "type" : "string" } } } }
    ]
})";

QByteArray mapping(const QByteArray& extra)
{
    return R"({
    "name" : "people_accounts",
    "source" : "managed/person",
    "target" : "managed/account",
    "properties" : [
        { "source" : "name", "target" : "name" },
        { "source" : "mail", "target" : "mail" }
    ])" + (extra.isEmpty() ? QByteArray() : ",\n    " + extra) +
           "\n}\n";
}

// A correlation query on the account name; the script's own ")" keeps it out of a raw string.
const QByteArray Correlation =
    "\"correlationQuery\" : { \"type\" : \"text/javascript\", \"source\" : "
    "\"({'_queryFilter': 'name eq \\\"' + source.name + '\\\"'})\" }";

QJsonArray objects(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).array();
}

repo::Link link(const QString& source, const QString& target, const QString& qualifier = "default")
{
    return repo::Link{"people_accounts", qualifier, source, target};
}

} // namespace

class TestReconSituations : public QObject
{
    Q_OBJECT
private slots:
    void everySituation_data();
    void everySituation();
    void actionsDoWhatTheySay();
    void updateWritesOnlyWhatDiffersAndKeepsTheRest();
    void aSecondRunFindsNothingToChange();
    void previewWritesNothing();
    void bidirectionalMappingsShareOneLinkSet();
    void previewOfOneObject();
    void hooksSeeTheirBindingsAndAFailingHookWritesNothing();
    void linkQualifiersFromAScript();
};

void TestReconSituations::everySituation_data()
{
    QTest::addColumn<QByteArray>("extra"); // mapping members
    QTest::addColumn<QJsonArray>("people");
    QTest::addColumn<QJsonArray>("accounts");
    QTest::addColumn<QVector<repo::Link>>("links");
    QTest::addColumn<Summary>("expected");

    const QByteArray none;
    QTest::newRow("ABSENT: nothing there")
        << none << objects(R"([{"_id": "p1", "name": "ann"}])") << QJsonArray{}
        << QVector<repo::Link>{} << Summary{{"p1", "ABSENT CREATE"}};
    QTest::newRow("CONFIRMED: linked, target there")
        << none << objects(R"([{"_id": "p1", "name": "ann"}])")
        << objects(R"([{"_id": "a1", "name": "ann"}])") << QVector<repo::Link>{link("p1", "a1")}
        << Summary{{"p1", "CONFIRMED UPDATE"}};
    QTest::newRow("MISSING: linked, target gone")
        << none << objects(R"([{"_id": "p1", "name": "ann"}])") << QJsonArray{}
        << QVector<repo::Link>{link("p1", "a1")} << Summary{{"p1", "MISSING EXCEPTION"}};
    QTest::newRow("FOUND: correlation finds one")
        << Correlation << objects(R"([{"_id": "p1", "name": "ann"}])")
        << objects(R"([{"_id": "a1", "name": "ANN"}])") << QVector<repo::Link>{}
        << Summary{{"p1", "FOUND UPDATE"}};
    QTest::newRow("FOUND_ALREADY_LINKED: the one found has a link")
        << Correlation << objects(R"([{"_id": "p0", "name": "old"}, {"_id": "p1", "name": "ann"}])")
        << objects(R"([{"_id": "a1", "name": "ann"}])") << QVector<repo::Link>{link("p0", "a1")}
        << Summary{{"p0", "CONFIRMED UPDATE"}, {"p1", "FOUND_ALREADY_LINKED EXCEPTION"}};
    QTest::newRow("AMBIGUOUS: correlation finds two")
        << Correlation << objects(R"([{"_id": "p1", "name": "ann"}])")
        << objects(R"([{"_id": "a1", "name": "ann"}, {"_id": "a2", "name": "ann"}])")
        << QVector<repo::Link>{} << Summary{{"p1", "AMBIGUOUS EXCEPTION"}};
    QTest::newRow("ABSENT: correlation finds none")
        << Correlation << objects(R"([{"_id": "p1", "name": "ann"}])")
        << objects(R"([{"_id": "a1", "name": "bob"}])") << QVector<repo::Link>{}
        << Summary{{"p1", "ABSENT CREATE"}, {"target:a1", "UNASSIGNED EXCEPTION"}};
    QTest::newRow("SOURCE_IGNORED: out of scope, nothing there")
        << QByteArray(R"("sourceCondition" : "/source/active eq true")")
        << objects(R"([{"_id": "p1", "name": "ann", "active": false}])") << QJsonArray{}
        << QVector<repo::Link>{} << Summary{{"p1", "SOURCE_IGNORED REPORT"}};
    QTest::newRow("UNQUALIFIED: out of scope, linked")
        << QByteArray(R"("sourceCondition" : "/source/active eq true")")
        << objects(R"([{"_id": "p1", "name": "ann", "active": false}])")
        << objects(R"([{"_id": "a1", "name": "ann"}])") << QVector<repo::Link>{link("p1", "a1")}
        << Summary{{"p1", "UNQUALIFIED DELETE"}};
    QTest::newRow("UNQUALIFIED: out of scope, correlated")
        << QByteArray(
               R"("validSource" : { "type" : "text/javascript", "source" : "source.active === true" }, )") +
               Correlation
        << objects(R"([{"_id": "p1", "name": "ann", "active": false}])")
        << objects(R"([{"_id": "a1", "name": "ann"}])") << QVector<repo::Link>{}
        << Summary{{"p1", "UNQUALIFIED DELETE"}};
    QTest::newRow("UNASSIGNED: a target nobody links")
        << none << QJsonArray{} << objects(R"([{"_id": "a9", "name": "zed"}])")
        << QVector<repo::Link>{} << Summary{{"target:a9", "UNASSIGNED EXCEPTION"}};
    QTest::newRow("SOURCE_MISSING: linked source gone")
        << none << QJsonArray{} << objects(R"([{"_id": "a9", "name": "zed"}])")
        << QVector<repo::Link>{link("p9", "a9")}
        << Summary{{"target:a9", "SOURCE_MISSING EXCEPTION"}};
    QTest::newRow("TARGET_IGNORED: validTarget says no")
        << QByteArray(
               R"("validTarget" : { "type" : "text/javascript", "source" : "target.name !== 'system'" })")
        << QJsonArray{}
        << objects(R"([{"_id": "a8", "name": "system"}, {"_id": "a9", "name": "zed"}])")
        << QVector<repo::Link>{}
        << Summary{{"target:a8", "TARGET_IGNORED REPORT"}, {"target:a9", "UNASSIGNED EXCEPTION"}};
    QTest::newRow("correlation by script")
        << QByteArray(
               R"("correlationScript" : { "type" : "text/javascript", "source" : "source.name === 'ann' ? [ { '_id' : 'a2' } ] : []" })")
        << objects(R"([{"_id": "p1", "name": "ann"}, {"_id": "p2", "name": "bob"}])")
        << objects(R"([{"_id": "a2", "name": "someone else"}])") << QVector<repo::Link>{}
        << Summary{{"p1", "FOUND UPDATE"}, {"p2", "ABSENT CREATE"}};
    QTest::newRow("correlation script that asks openidm.query")
        << QByteArray(
               R"("correlationScript" : { "type" : "text/javascript", "source" : "openidm.query('managed/account', { '_queryId' : 'get-by-field-value', 'field' : 'mail', 'value' : source.mail }).result" })")
        << objects(
               R"([{"_id": "p1", "name": "ann", "mail": "ann@x"}, {"_id": "p2", "name": "bob", "mail": "bob@x"}])")
        << objects(R"([{"_id": "a1", "name": "someone", "mail": "ann@x"}])")
        << QVector<repo::Link>{} << Summary{{"p1", "FOUND UPDATE"}, {"p2", "ABSENT CREATE"}};
    QTest::newRow("runTargetPhase false skips the target phase")
        << QByteArray(R"("runTargetPhase" : false)") << QJsonArray{}
        << objects(R"([{"_id": "a9", "name": "zed"}])") << QVector<repo::Link>{} << Summary{};
    QTest::newRow("link qualifiers multiply the situations")
        << QByteArray(R"("linkQualifiers" : [ "employee", "contractor" ],
    "validSource" : { "type" : "text/javascript", "source" : "source.kind === linkQualifier" })")
        << objects(
               R"([{"_id": "p1", "name": "ann", "kind": "employee"}, {"_id": "p2", "name": "bob", "kind": "contractor"}])")
        << objects(R"([{"_id": "a1", "name": "ann"}])")
        << QVector<repo::Link>{link("p1", "a1", "employee")}
        << Summary{{"employee/p1", "CONFIRMED UPDATE"},
                   {"contractor/p1", "SOURCE_IGNORED REPORT"},
                   {"employee/p2", "SOURCE_IGNORED REPORT"},
                   {"contractor/p2", "ABSENT CREATE"},
                   {"contractor/target:a1", "UNASSIGNED EXCEPTION"}};
    QTest::newRow("policy chooses, by condition")
        << QByteArray(R"("policies" : [
        { "situation" : "ABSENT", "action" : "IGNORE", "condition" : "/object/name sw \"b\"" },
        { "situation" : "ABSENT", "action" : "CREATE" } ])")
        << objects(R"([{"_id": "p1", "name": "ann"}, {"_id": "p2", "name": "bob"}])")
        << QJsonArray{} << QVector<repo::Link>{}
        << Summary{{"p1", "ABSENT CREATE"}, {"p2", "ABSENT IGNORE"}};
}

void TestReconSituations::everySituation()
{
    QFETCH(QByteArray, extra);
    QFETCH(QJsonArray, people);
    QFETCH(QJsonArray, accounts);
    QFETCH(QVector<repo::Link>, links);
    QFETCH(Summary, expected);

    ReconTestProject p({{"conf/managed.json", ManagedJson},
                        {"conf/mapping-people_accounts.json", mapping(extra)}});
    QVERIFY2(p.isOpen(), qPrintable(p.error()));
    p.putManaged("person", people);
    p.putManaged("account", accounts);
    p.putLinks(links);

    const auto outcome = p.reconcile("people_accounts", true);
    QVERIFY2(outcome.statistics.error.isEmpty(), qPrintable(outcome.statistics.error));
    QCOMPARE(outcome.summary(), expected);
    // The statistics count the same thing the rows say.
    qint64 counted = 0;
    for (auto it = outcome.statistics.situations.begin(); it != outcome.statistics.situations.end();
         ++it)
        counted += it.value();
    QCOMPARE(counted, qint64(expected.size()));
}

void TestReconSituations::actionsDoWhatTheySay()
{
    // One source per action, each in the situation its policy handles.
    const QByteArray policies = R"("policies" : [
        { "situation" : "ABSENT", "action" : "CREATE", "condition" : "/object/do eq \"create\"" },
        { "situation" : "ABSENT", "action" : "IGNORE", "condition" : "/object/do eq \"ignore\"" },
        { "situation" : "ABSENT", "action" : "REPORT", "condition" : "/object/do eq \"report\"" },
        { "situation" : "ABSENT", "action" : "NOREPORT", "condition" : "/object/do eq \"noreport\"" },
        { "situation" : "ABSENT", "action" : "ASYNC", "condition" : "/object/do eq \"async\"" },
        { "situation" : "ABSENT", "action" : "EXCEPTION" },
        { "situation" : "FOUND", "action" : "LINK", "condition" : "/object/do eq \"link\"" },
        { "situation" : "FOUND", "action" : "UPDATE" },
        { "situation" : "CONFIRMED", "action" : "UNLINK", "condition" : "/object/do eq \"unlink\"" },
        { "situation" : "CONFIRMED", "action" : "UPDATE" },
        { "situation" : "SOURCE_MISSING", "action" : "DELETE" },
        { "situation" : "UNASSIGNED", "action" : "IGNORE" } ])";
    ReconTestProject p(
        {{"conf/managed.json", ManagedJson},
         {"conf/mapping-people_accounts.json", mapping(Correlation + ",\n    " + policies)}});
    QVERIFY2(p.isOpen(), qPrintable(p.error()));
    p.putManaged("person", objects(R"([
        {"_id": "create", "name": "c", "mail": "c@x", "do": "create"},
        {"_id": "ignore", "name": "i", "do": "ignore"},
        {"_id": "report", "name": "r", "do": "report"},
        {"_id": "noreport", "name": "n", "do": "noreport"},
        {"_id": "async", "name": "s", "do": "async"},
        {"_id": "exception", "name": "e", "do": "other"},
        {"_id": "link", "name": "l", "mail": "new@x", "do": "link"},
        {"_id": "foundupdate", "name": "f", "mail": "f@new"},
        {"_id": "unlink", "name": "u", "do": "unlink"},
        {"_id": "update", "name": "up", "mail": "up@new"}])"));
    p.putManaged("account", objects(R"([
        {"_id": "a-link", "name": "l", "mail": "old@x"},
        {"_id": "a-found", "name": "f", "mail": "f@old"},
        {"_id": "a-unlink", "name": "u"},
        {"_id": "a-update", "name": "up", "mail": "up@old", "extra": "kept"},
        {"_id": "a-orphan", "name": "gone"}])"));
    p.putLinks(
        {link("unlink", "a-unlink"), link("update", "a-update"), link("vanished", "a-orphan")});

    const auto outcome = p.reconcile("people_accounts", false);
    QVERIFY2(outcome.statistics.error.isEmpty(), qPrintable(outcome.statistics.error));
    QCOMPARE(outcome.summary(), (Summary{{"create", "ABSENT CREATE"},
                                         {"ignore", "ABSENT IGNORE"},
                                         {"report", "ABSENT REPORT"},
                                         {"noreport", "ABSENT NOREPORT"},
                                         {"async", "ABSENT ASYNC"},
                                         {"exception", "ABSENT EXCEPTION"},
                                         {"link", "FOUND LINK"},
                                         {"foundupdate", "FOUND UPDATE"},
                                         {"unlink", "CONFIRMED UNLINK"},
                                         {"update", "CONFIRMED UPDATE"},
                                         {"target:a-orphan", "SOURCE_MISSING DELETE"}}));
    QCOMPARE(outcome.statistics.failed, 1); // EXCEPTION is a failure, with its message
    QVERIFY(outcome.result("exception")->message.contains("EXCEPTION"));

    const QMap<QString, QJsonObject> accounts = p.allManaged("account");
    // CREATE made an account from the mapped attributes and linked it.
    const QString createdId = outcome.result("create")->targetId;
    QVERIFY(!createdId.isEmpty());
    QCOMPARE(accounts.value(createdId).value("mail").toString(), QStringLiteral("c@x"));
    // LINK linked without writing; UPDATE of a FOUND target wrote and linked.
    QCOMPARE(accounts.value("a-link").value("mail").toString(), QStringLiteral("old@x"));
    QCOMPARE(accounts.value("a-found").value("mail").toString(), QStringLiteral("f@new"));
    // DELETE removed the orphan; UNLINK kept its target.
    QVERIFY(!accounts.contains("a-orphan"));
    QVERIFY(accounts.contains("a-unlink"));
    // Nothing was created for IGNORE, REPORT, NOREPORT, ASYNC or EXCEPTION.
    QCOMPARE(accounts.size(), 5);

    QSet<QString> links;
    for (const repo::Link& l : p.links("people_accounts"))
        links.insert(l.firstId + "->" + l.secondId);
    QCOMPARE(links, (QSet<QString>{"create->" + createdId, "link->a-link", "foundupdate->a-found",
                                   "update->a-update"}));
}

void TestReconSituations::updateWritesOnlyWhatDiffersAndKeepsTheRest()
{
    ReconTestProject p(
        {{"conf/managed.json", ManagedJson}, {"conf/mapping-people_accounts.json", mapping({})}});
    QVERIFY2(p.isOpen(), qPrintable(p.error()));
    p.putManaged("person", objects(R"([{"_id": "p1", "name": "ann", "mail": "ann@new"}])"));
    p.putManaged("account",
                 objects(R"([{"_id": "a1", "name": "ann", "mail": "ann@old", "extra": "kept"}])"));
    p.putLinks({link("p1", "a1")});
    const QString revisionBefore = p.managed("account", "a1").value("_rev").toString();

    const auto outcome = p.reconcile("people_accounts", false);
    const recon::ObjectResult* r = outcome.result("p1");
    QVERIFY(r);
    QCOMPARE(r->changes.size(), 1);
    QCOMPARE(r->changes.first().attribute, QStringLiteral("mail"));
    QCOMPARE(r->changes.first().oldValue.toString(), QStringLiteral("ann@old"));
    QCOMPARE(r->changes.first().newValue.toString(), QStringLiteral("ann@new"));
    const QJsonObject after = p.managed("account", "a1");
    QCOMPARE(after.value("mail").toString(), QStringLiteral("ann@new"));
    QCOMPARE(after.value("extra").toString(), QStringLiteral("kept"));
    QVERIFY(after.value("_rev").toString() != revisionBefore);
    QCOMPARE(outcome.statistics.changedObjects, 1);
}

void TestReconSituations::aSecondRunFindsNothingToChange()
{
    ReconTestProject p({{"conf/managed.json", ManagedJson},
                        {"conf/mapping-people_accounts.json", mapping(Correlation)}});
    QVERIFY2(p.isOpen(), qPrintable(p.error()));
    QJsonArray people;
    for (int i = 0; i < 600; ++i) // more than one batch of writes
        people.append(QJsonObject{{"_id", QString("p%1").arg(i)},
                                  {"name", QString("n%1").arg(i)},
                                  {"mail", QString("n%1@x").arg(i)}});
    p.putManaged("person", people);
    p.putManaged("account", objects(R"([{"_id": "a5", "name": "n5", "mail": "stale"}])"));

    const auto first = p.reconcile("people_accounts", false);
    QVERIFY2(first.statistics.error.isEmpty(), qPrintable(first.statistics.error));
    QCOMPARE(first.statistics.situations.value(config::Situation::Absent), 599);
    QCOMPARE(first.statistics.situations.value(config::Situation::Found), 1);
    QCOMPARE(first.statistics.changedObjects, 600);
    QCOMPARE(p.links("people_accounts").size(), 600);

    const auto second = p.reconcile("people_accounts", true);
    QCOMPARE(second.statistics.situations.value(config::Situation::Confirmed), 600);
    QCOMPARE(second.statistics.changedObjects, 0);
    QCOMPARE(second.statistics.state, QStringLiteral("SUCCESS"));
}

void TestReconSituations::previewWritesNothing()
{
    ReconTestProject p(
        {{"conf/managed.json", ManagedJson}, {"conf/mapping-people_accounts.json", mapping({})}});
    QVERIFY2(p.isOpen(), qPrintable(p.error()));
    p.putManaged("person", objects(R"([{"_id": "p1", "name": "ann", "mail": "a@x"}])"));
    const auto preview = p.reconcile("people_accounts", true);
    QCOMPARE(preview.summary(), (Summary{{"p1", "ABSENT CREATE"}}));
    // The preview shows what CREATE would write, attribute by attribute...
    const recon::ObjectResult* r = preview.result("p1");
    QCOMPARE(r->changes.size(), 2);
    QCOMPARE(r->changes[0].attribute, QStringLiteral("mail"));
    QVERIFY(r->changes[0].oldValue.isUndefined());
    QCOMPARE(r->changes[0].newValue.toString(), QStringLiteral("a@x"));
    // ...and writes none of it.
    QVERIFY(p.allManaged("account").isEmpty());
    QVERIFY(p.links("people_accounts").isEmpty());
    QVERIFY(preview.statistics.dryRun);
}

void TestReconSituations::bidirectionalMappingsShareOneLinkSet()
{
    const QByteArray back = R"({
    "name" : "accounts_people",
    "source" : "managed/account",
    "target" : "managed/person",
    "links" : "people_accounts",
    "properties" : [ { "source" : "name", "target" : "name" } ]
}
)";
    ReconTestProject p({{"conf/managed.json", ManagedJson},
                        {"conf/mapping-people_accounts.json", mapping({})},
                        {"conf/mapping-accounts_people.json", back}});
    QVERIFY2(p.isOpen(), qPrintable(p.error()));
    p.putManaged("person",
                 objects(R"([{"_id": "p1", "name": "ann"}, {"_id": "p2", "name": "bob"}])"));
    const auto forward = p.reconcile("people_accounts", false);
    QCOMPARE(forward.statistics.changedObjects, 2);
    const QString a1 = forward.result("p1")->targetId;

    // The other direction reads the same links, first and second id swapped: every account
    // is already linked to its person.
    const auto backward = p.reconcile("accounts_people", true);
    QVERIFY2(backward.statistics.error.isEmpty(), qPrintable(backward.statistics.error));
    QCOMPARE(backward.summary().value(a1), QStringLiteral("CONFIRMED UPDATE"));
    QCOMPARE(backward.result(a1)->targetId, QStringLiteral("p1"));
    QCOMPARE(backward.statistics.situations.value(config::Situation::Confirmed), 2);
    QVERIFY(p.links("accounts_people").isEmpty()); // no second link set
}

void TestReconSituations::previewOfOneObject()
{
    ReconTestProject p(
        {{"conf/managed.json", ManagedJson}, {"conf/mapping-people_accounts.json", mapping({})}});
    QVERIFY2(p.isOpen(), qPrintable(p.error()));
    p.putManaged("person",
                 objects(R"([{"_id": "p1", "name": "ann"}, {"_id": "p2", "name": "bob"}])"));
    p.putManaged("account", objects(R"([{"_id": "a9", "name": "zed"}])"));
    recon::ReconOptions options;
    options.sourceId = "p2";
    const auto one = p.reconcile("people_accounts", true, {}, options);
    // Only that source, and no target phase (which would report a9).
    QCOMPARE(one.summary(), (Summary{{"p2", "ABSENT CREATE"}}));
}

void TestReconSituations::hooksSeeTheirBindingsAndAFailingHookWritesNothing()
{
    // Each hook throws when IDM's bindings are not what they should be; onUnlink refuses
    // p-out, so that UNLINK must not happen (the DELETE's own unlink of p-vanished may).
    const QByteArray hooks =
        R"("onDelete" : { "type" : "text/javascript", "source" : "if (situation !== 'SOURCE_MISSING' || target._id !== 'a-orphan' || targetId !== 'a-orphan') throw new Error('onDelete bindings');" },
    "onLink" : { "type" : "text/javascript", "source" : "if (!source || !target || (situation === 'FOUND' && target._id !== 'a-link') || (situation === 'ABSENT' && target.name !== 'n')) throw new Error('onLink bindings');" },
    "onUnlink" : { "type" : "text/javascript", "source" : "if (sourceId === 'p-out') throw new Error('unlinking is not allowed here');" },
    "policies" : [
        { "situation" : "FOUND", "action" : "LINK" },
        { "situation" : "UNQUALIFIED", "action" : "UNLINK" },
        { "situation" : "SOURCE_MISSING", "action" : "DELETE" },
        { "situation" : "ABSENT", "action" : "CREATE", "postAction" : { "type" : "text/javascript", "source" : "if (action !== 'CREATE' || situation !== 'ABSENT' || source._id !== 'p-new') throw new Error('postAction bindings');" } } ],
    "sourceCondition" : "/source/active eq true",
    "result" : { "type" : "text/javascript", "source" : "if (global.situationSummary.ABSENT !== 1) throw new Error('result sees ' + JSON.stringify(global.situationSummary));" })";
    ReconTestProject p(
        {{"conf/managed.json", ManagedJson},
         {"conf/mapping-people_accounts.json", mapping(Correlation + ",\n    " + hooks)}});
    QVERIFY2(p.isOpen(), qPrintable(p.error()));
    p.putManaged("person", objects(R"([{"_id": "p-link", "name": "l", "active": true},
        {"_id": "p-new", "name": "n", "active": true}, {"_id": "p-out", "name": "o", "active": false}])"));
    p.putManaged("account",
                 objects(R"([{"_id": "a-link", "name": "l"}, {"_id": "a-out", "name": "o"},
        {"_id": "a-orphan", "name": "gone"}])"));
    p.putLinks({link("p-out", "a-out"), link("p-vanished", "a-orphan")});

    const auto outcome = p.reconcile("people_accounts", false);
    QVERIFY2(outcome.statistics.warnings.isEmpty(),
             qPrintable(outcome.statistics.warnings.join('\n')));
    QCOMPARE(outcome.summary(), (Summary{{"p-link", "FOUND LINK"},
                                         {"p-new", "ABSENT CREATE"},
                                         {"p-out", "UNQUALIFIED UNLINK"},
                                         {"target:a-orphan", "SOURCE_MISSING DELETE"}}));
    for (const QString key : {"p-link", "p-new", "target:a-orphan"})
        QVERIFY2(outcome.result(key)->status == recon::ObjectResult::Status::Success,
                 qPrintable(key + ": " + outcome.result(key)->message));
    const recon::ObjectResult* unlink = outcome.result("p-out");
    QCOMPARE(unlink->status, recon::ObjectResult::Status::Failure);
    QVERIFY2(unlink->message.contains("onUnlink") && unlink->message.contains("not allowed"),
             qPrintable(unlink->message));

    QSet<QString> links;
    for (const repo::Link& l : p.links("people_accounts"))
        links.insert(l.firstId + "->" + l.secondId);
    QVERIFY(links.contains("p-link->a-link"));
    QVERIFY(links.contains("p-out->a-out")); // the failed UNLINK left it
    QVERIFY(!links.contains("p-vanished->a-orphan"));
    QVERIFY(!p.allManaged("account").contains("a-orphan"));
}

void TestReconSituations::linkQualifiersFromAScript()
{
    const QByteArray qualifiers =
        R"("linkQualifiers" : { "type" : "text/javascript", "source" : "returnAll ? [ 'employee', 'contractor' ] : [ object.kind ]" })";
    ReconTestProject p({{"conf/managed.json", ManagedJson},
                        {"conf/mapping-people_accounts.json", mapping(qualifiers)}});
    QVERIFY2(p.isOpen(), qPrintable(p.error()));
    p.putManaged("person", objects(R"([{"_id": "p1", "name": "ann", "kind": "employee"},
        {"_id": "p2", "name": "bob", "kind": "contractor"}])"));
    p.putManaged("account", objects(R"([{"_id": "a9", "name": "zed"}])"));
    const auto outcome = p.reconcile("people_accounts", true);
    // Each source only under its own qualifier; the target phase under every qualifier.
    QCOMPARE(outcome.summary(), (Summary{{"employee/p1", "ABSENT CREATE"},
                                         {"contractor/p2", "ABSENT CREATE"},
                                         {"employee/target:a9", "UNASSIGNED EXCEPTION"},
                                         {"contractor/target:a9", "UNASSIGNED EXCEPTION"}}));
}

QTEST_GUILESS_MAIN(TestReconSituations)
#include "TestReconSituations.moc"
