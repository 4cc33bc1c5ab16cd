// The models of the GUI: each passes QAbstractItemModelTester while it changes; the preview
// model filters and sorts as a user expects; every undo command gives back the file's bytes.

#include "TestProject.h"
#include "config/Project.h"
#include "mapping/MappingOptionsForm.h"
#include "mapping/PolicyTableModel.h"
#include "mapping/PropertyTableModel.h"
#include "order/MappingGraph.h"
#include "order/MappingGraphLayout.h"
#include "order/MappingOrderModel.h"
#include "preview/ChangeListModel.h"
#include "preview/PreviewModel.h"
#include "project/ProblemsModel.h"
#include "project/ProjectDocument.h"
#include "project/ProjectTreeModel.h"
#include "project/SchemaModel.h"
#include "project/SetMemberCommand.h"
#include "run/RunHistoryModel.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

using namespace syncstudio;
using namespace syncstudio::ui;
using Situation = config::Situation;
using Action = config::Action;

namespace {

const QByteArray SyncJson = R"json({
    "mappings" : [
        {
            "name" : "first",
            "source" : "system/hr/person",
            "target" : "managed/user",
            "properties" : [
                {
                    "source" : "uid",
                    "target" : "userName"
                },
                {
                    "source" : "mail",
                    "target" : "mail",
                    "transform" : {
                        "type" : "text/javascript",
                        "source" : "source.toLowerCase()"
                    }
                }
            ],
            "policies" : [
                {
                    "situation" : "ABSENT",
                    "action" : "CREATE"
                }
            ]
        },
        {
            "name" : "second",
            "source" : "managed/user",
            "target" : "system/hr/person"
        }
    ]
}
)json";

recon::ObjectResult result(const QString& source, Situation s, Action a, int changes = 0)
{
    recon::ObjectResult r;
    r.sourceId = source;
    r.targetId = source.isEmpty() ? QString() : QStringLiteral("t-") + source;
    r.situation = s;
    r.action = a;
    for (int i = 0; i < changes; ++i)
        r.changes.append({QStringLiteral("attr%1").arg(i), QJsonValue(), QJsonValue(i)});
    return r;
}

std::unique_ptr<ProjectDocument> openDocument(const test::TestProject& project)
{
    QString error;
    auto p = config::Project::open(project.path(), &error);
    if (!p)
        qFatal("cannot open the test project: %s", qPrintable(error));
    return std::make_unique<ProjectDocument>(std::move(p));
}

QStringList column(const QAbstractItemModel& model, int c)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, c).data().toString();
    return values;
}

} // namespace

class TestUiModels : public QObject
{
    Q_OBJECT

private slots:
    void projectModelsPassTheTester();
    void mappingModelsPassTheTesterWhileEditing();
    void previewModelPassesTheTesterWhileStreamingSorted();
    void previewFilters_data();
    void previewFilters();
    void previewSortsAndKeepsSortWhileStreaming();
    void previewTakesBigBatchesInInSlices();
    void previewClearMidStreamDropsThePendingRows();
    void previewSortsLargeRowSetsOnAWorker();
    void previewNewerReorderingSupersedesTheRunningOne();
    void previewClearDropsARunningReordering();
    void undoRedoRestoreBytes_data();
    void undoRedoRestoreBytes();
    void typingMergesIntoOneUndoStep();
    void policyDefaultShownAndChoosingItRemovesThePolicy();
    void policyConditionAndPostActionScripts();
    void aFailedEditInsideAStepChangesNothingOnRedo();
    void graphLayoutPutsDependentsRightAndMarksCycles();
    void linkQualifiersAreEditedAsAList();
};

void TestUiModels::projectModelsPassTheTester()
{
    test::TestProject files({{"conf/sync.json", SyncJson}});
    auto doc = openDocument(files);
    ProjectTreeModel tree;
    QAbstractItemModelTester t1(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tree.setProject(&doc->project());
    QCOMPARE(tree.rowCount(tree.index(ProjectTreeModel::Mappings, 0)), 2);

    ProblemsModel problems;
    QAbstractItemModelTester t2(&problems, QAbstractItemModelTester::FailureReportingMode::QtTest);
    problems.setDiagnostics(doc->diagnostics());

    SchemaModel schema;
    QAbstractItemModelTester t3(&schema, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ObjectSetCatalog catalog(doc->project());
    schema.setObjectSets(catalog.objectSets());
    // No provisioner and no managed.json: the sets come from the mappings, with the
    // attributes they use.
    QCOMPARE(schema.rowCount(), 2);
    const ObjectSetCatalog::ObjectSet* user = catalog.find(QStringLiteral("managed/user"));
    QVERIFY(user);
    QCOMPARE(user->attributeNames(), QStringList({"userName", "mail"}));

    RunHistoryModel history;
    QAbstractItemModelTester t4(&history, QAbstractItemModelTester::FailureReportingMode::QtTest);
    repo::ReconRun second;
    second.id = QStringLiteral("r2");
    second.mapping = QStringLiteral("second");
    second.state = repo::ReconRun::State::Success;
    second.counts =
        QJsonObject{{QStringLiteral("situationSummary"),
                     QJsonObject{{QStringLiteral("FOUND"), 3}, {QStringLiteral("ABSENT"), 22}}}};
    second.exceptionCount = 1;
    repo::ReconRun first = second;
    first.id = QStringLiteral("r1");
    first.mapping = QStringLiteral("first");
    history.setRuns({second, first});
    QCOMPARE(column(history, RunHistoryModel::Mapping), QStringList({"second", "first"}));
    QCOMPARE(column(history, RunHistoryModel::Situations).first(),
             QStringLiteral("22 ABSENT, 3 FOUND"));
    QCOMPARE(column(history, RunHistoryModel::State).first(), QStringLiteral("SUCCESS"));
    QCOMPARE(history.rowOf(QStringLiteral("r1")), 1);

    ChangeListModel changes;
    QAbstractItemModelTester t5(&changes, QAbstractItemModelTester::FailureReportingMode::QtTest);
    changes.setChanges({{QStringLiteral("mail"), QJsonValue::Undefined, QStringLiteral("a@b")},
                        {QStringLiteral("sn"), QStringLiteral("Old"), QJsonValue::Undefined}});
    QCOMPARE(changes.index(0, ChangeListModel::OldValue).data().toString(),
             QStringLiteral("\u2014"));
    QCOMPARE(changes.index(1, ChangeListModel::NewValue).data().toString(),
             QStringLiteral("\u2014"));
    QCOMPARE(changes.index(1, ChangeListModel::OldValue).data().toString(), QStringLiteral("Old"));
}

void TestUiModels::mappingModelsPassTheTesterWhileEditing()
{
    test::TestProject files({{"conf/sync.json", SyncJson}});
    auto doc = openDocument(files);
    PropertyTableModel properties;
    QAbstractItemModelTester t1(&properties,
                                QAbstractItemModelTester::FailureReportingMode::QtTest);
    properties.setMapping(doc.get(), doc->mapping(QStringLiteral("first")));
    PolicyTableModel policies;
    QAbstractItemModelTester t2(&policies, QAbstractItemModelTester::FailureReportingMode::QtTest);
    policies.setMapping(doc.get(), doc->mapping(QStringLiteral("first")));
    MappingOrderModel order;
    QAbstractItemModelTester t3(&order, QAbstractItemModelTester::FailureReportingMode::QtTest);
    order.setDocument(doc.get());

    QCOMPARE(properties.rowCount(), 2);
    QCOMPARE(policies.rowCount(), 13); // every IDM situation
    properties.addRow(2, QStringLiteral("cn"), QStringLiteral("displayName"));
    QCOMPARE(column(properties, PropertyTableModel::Target),
             QStringList({"userName", "mail", "displayName"}));
    properties.moveRow(2, 0);
    QCOMPARE(column(properties, PropertyTableModel::Target),
             QStringList({"displayName", "userName", "mail"}));
    properties.duplicateRow(2);
    QCOMPARE(column(properties, PropertyTableModel::Target),
             QStringList({"displayName", "userName", "mail", "mail"}));
    QCOMPARE(properties.index(3, PropertyTableModel::Transform).data().toString(),
             QStringLiteral("source.toLowerCase()"));
    properties.removeRow(0);
    QCOMPARE(properties.rowCount(), 3);
    QVERIFY(order.moveMapping(1, 0));
    QCOMPARE(order.mappingName(0), QStringLiteral("second"));
    doc->undoStack()->undo();
    QCOMPARE(order.mappingName(0), QStringLiteral("first"));
}

void TestUiModels::previewModelPassesTheTesterWhileStreamingSorted()
{
    PreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.sort(PreviewModel::SourceId, Qt::DescendingOrder);
    model.appendResults({result("b", Situation::Absent, Action::Create, 2),
                         result("d", Situation::Confirmed, Action::Update, 1)});
    const QPersistentModelIndex b = model.index(1, PreviewModel::SourceId);
    QCOMPARE(b.data().toString(), QStringLiteral("b"));
    model.appendResults({result("a", Situation::Found, Action::Link),
                         result("c", Situation::Absent, Action::Create)});
    QCOMPARE(column(model, PreviewModel::SourceId), QStringList({"d", "c", "b", "a"}));
    // A selected row stays on its object while rows arrive around it.
    QCOMPARE(b.row(), 2);
    QCOMPARE(b.data().toString(), QStringLiteral("b"));
    model.setSituationFilter(Situation::Absent);
    QCOMPARE(column(model, PreviewModel::SourceId), QStringList({"c", "b"}));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestUiModels::previewFilters_data()
{
    QTest::addColumn<QString>("situation");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("no filter") << QString() << QString() << QString()
                               << QStringList({"alice", "bob", "carol", "dave", "", "erin"});
    QTest::newRow("situation ABSENT")
        << "ABSENT" << QString() << QString() << QStringList({"alice", "carol"});
    QTest::newRow("action UPDATE")
        << QString() << "UPDATE" << QString() << QStringList({"bob", "erin"});
    QTest::newRow("situation and action") << "FOUND"
                                          << "LINK" << QString() << QStringList({"dave"});
    QTest::newRow("search is case-insensitive")
        << QString() << QString() << "ARO" << QStringList({"carol"});
    // The target phase row has no source id: its target id matches.
    QTest::newRow("search finds target ids")
        << QString() << QString() << "orphan" << QStringList({""});
    QTest::newRow("nothing matches") << "AMBIGUOUS" << QString() << QString() << QStringList();
}

void TestUiModels::previewFilters()
{
    QFETCH(QString, situation);
    QFETCH(QString, action);
    QFETCH(QString, search);
    QFETCH(QStringList, expected);
    PreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    recon::ObjectResult orphan = result(QString(), Situation::Unqualified, Action::Delete);
    orphan.targetId = QStringLiteral("ORPHAN-1");
    model.appendResults({result("alice", Situation::Absent, Action::Create, 3),
                         result("bob", Situation::Confirmed, Action::Update, 1),
                         result("carol", Situation::Absent, Action::Create, 3)});
    model.setSituationFilter(config::situationFromName(situation));
    model.setActionFilter(config::actionFromName(action));
    model.setSearchText(search);
    // Rows arriving after the filter is set are filtered too.
    model.appendResults({result("dave", Situation::Found, Action::Link), orphan,
                         result("erin", Situation::Confirmed, Action::Update, 2)});
    QCOMPARE(column(model, PreviewModel::SourceId), expected);
    QCOMPARE(model.totalCount(), 6);
    QCOMPARE(model.situationCounts().value(Situation::Absent), 2);
    QCOMPARE(model.actionCounts().value(Action::Update), 2);
}

void TestUiModels::previewSortsAndKeepsSortWhileStreaming()
{
    PreviewModel model;
    model.appendResults({result("m", Situation::Confirmed, Action::Update, 1),
                         result("z", Situation::Absent, Action::Create, 5),
                         result("a", Situation::Missing, Action::Create, 3)});
    model.sort(PreviewModel::Changes, Qt::DescendingOrder);
    QCOMPARE(column(model, PreviewModel::SourceId), QStringList({"z", "a", "m"}));
    model.sort(PreviewModel::Situation, Qt::AscendingOrder);
    // ABSENT < CONFIRMED < MISSING by name, as the column reads.
    QCOMPARE(column(model, PreviewModel::SourceId), QStringList({"z", "m", "a"}));
    model.appendResults({result("b", Situation::Found, Action::Link),
                         result("c", Situation::Absent, Action::Create)});
    // Equal situations keep the order of arrival: z came before c.
    QCOMPARE(column(model, PreviewModel::SourceId), QStringList({"z", "c", "m", "b", "a"}));
    model.sort(-1);
    QCOMPARE(column(model, PreviewModel::SourceId), QStringList({"m", "z", "a", "b", "c"}));
}

namespace {

// count results "u00000".."u<count-1>" in a scrambled order, every third one ABSENT.
recon::ObjectResults scrambledBatch(int first, int count, int total)
{
    recon::ObjectResults batch;
    for (int i = first; i < first + count; ++i) {
        const int id = static_cast<int>((static_cast<qint64>(i) * 7919) % total);
        batch.append(result(QStringLiteral("u%1").arg(id, 5, 10, QLatin1Char('0')),
                            id % 3 == 0 ? Situation::Absent : Situation::Confirmed,
                            id % 3 == 0 ? Action::Create : Action::Update));
    }
    return batch;
}

bool isSortedDescending(const QStringList& values)
{
    return std::is_sorted(values.rbegin(), values.rend());
}

} // namespace

void TestUiModels::previewTakesBigBatchesInInSlices()
{
    const int total = 9000;
    PreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSliceBudget(0); // one step a slice: 2048 rows, 256 with a sort on
    model.sort(PreviewModel::SourceId, Qt::DescendingOrder);
    model.appendResults(scrambledBatch(0, 3000, total));
    QVERIFY(model.hasPendingResults());
    QCOMPARE(model.totalCount() + model.pendingCount(), 3000);
    QCOMPARE(model.rowCount(), model.totalCount());
    const QPersistentModelIndex top = model.index(0, PreviewModel::SourceId);
    const QString topId = top.data().toString();
    model.appendResults(scrambledBatch(3000, 6000, total));
    // The slices come one an event-loop turn; the rows shown stay sorted meanwhile.
    int turns = 0;
    bool filtered = false;
    while (model.hasPendingResults()) {
        const int before = model.totalCount();
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QVERIFY(model.totalCount() >= before);
        QVERIFY(isSortedDescending(column(model, PreviewModel::SourceId)));
        if (!filtered) {
            QVERIFY(top.isValid());
            QCOMPARE(top.data().toString(), topId); // the selected row stays on its object
        }
        if (!filtered && model.totalCount() > total / 2) {
            // A filter set mid-stream (a reset) applies to the rows taken in and to the
            // pending ones.
            model.setSituationFilter(Situation::Absent);
            filtered = true;
        }
        QVERIFY2(++turns < 10000, "the pending rows never arrive");
    }
    QVERIFY(filtered);
    QVERIFY(turns > 1);
    QCOMPARE(model.totalCount(), total);
    QCOMPARE(model.situationCounts().value(Situation::Absent), total / 3);
    QCOMPARE(model.actionCounts().value(Action::Update), total - total / 3);
    QStringList expected;
    for (int id = total - 1; id >= 0; --id) {
        if (id % 3 == 0)
            expected << QStringLiteral("u%1").arg(id, 5, 10, QLatin1Char('0'));
    }
    QCOMPARE(column(model, PreviewModel::SourceId), expected);

    // Unsorted, the rows keep the order of arrival.
    model.setSituationFilter(std::nullopt);
    model.sort(-1);
    model.appendResults(scrambledBatch(0, 5000, 5000));
    QVERIFY(model.hasPendingResults());
    model.flushPending();
    QVERIFY(!model.hasPendingResults());
    QCOMPARE(model.rowCount(), total + 5000);
    QCOMPARE(model.index(total, PreviewModel::SourceId).data().toString(),
             QStringLiteral("u00000"));
    QCOMPARE(model.index(total + 1, PreviewModel::SourceId).data().toString(),
             QStringLiteral("u02919"));
}

void TestUiModels::previewClearMidStreamDropsThePendingRows()
{
    PreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSliceBudget(0);
    model.appendResults(scrambledBatch(0, 10000, 10000));
    QVERIFY(model.hasPendingResults());
    QCoreApplication::processEvents();
    model.clear(); // e.g. the preview restarted while rows were still pending
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.totalCount(), 0);
    QVERIFY(!model.hasPendingResults());
    QTest::qWait(20); // no slice left to come
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.situationCounts().isEmpty());
    model.appendResults({result("a", Situation::Absent, Action::Create)});
    QCOMPARE(column(model, PreviewModel::SourceId), QStringList({"a"}));
}

void TestUiModels::previewSortsLargeRowSetsOnAWorker()
{
    const int total = 12000;
    PreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBackgroundThreshold(1000);
    model.appendResults(scrambledBatch(0, 8000, total));
    model.flushPending();
    QCOMPARE(model.rowCount(), 8000);
    const QStringList arrival = column(model, PreviewModel::SourceId);
    const QPersistentModelIndex selected = model.index(123, PreviewModel::SourceId);
    const QString selectedId = selected.data().toString();
    QSignalSpy reordering(&model, &PreviewModel::reorderingChanged);

    model.sort(PreviewModel::SourceId, Qt::DescendingOrder);
    // sort() came back before sorting: the rows still show in their old order meanwhile.
    QCOMPARE(model.reordering(), PreviewModel::Reordering::Sorting);
    QCOMPARE(model.sortColumn(), int(PreviewModel::SourceId));
    QCOMPARE(column(model, PreviewModel::SourceId), arrival);
    // Rows arriving meanwhile wait; they are taken in, sorted, once the new order is there.
    model.appendResults(scrambledBatch(8000, 4000, total));
    QCOMPARE(model.totalCount(), 8000);
    QCOMPARE(model.pendingCount(), 4000);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isReordering(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!model.hasPendingResults(), 20000);
    QCOMPARE(reordering.count(), 2);
    const QStringList sorted = column(model, PreviewModel::SourceId);
    QCOMPARE(sorted.size(), total);
    QVERIFY(isSortedDescending(sorted));
    QCOMPARE(sorted.first(), QStringLiteral("u11999"));
    // The selected row moved with its object.
    QCOMPARE(selected.data().toString(), selectedId);
    QCOMPARE(sorted.indexOf(selectedId), selected.row());

    // A filter over that many rows runs on the worker too, and keeps the sort.
    model.setFilters(Situation::Absent, std::nullopt, QStringLiteral("U1"));
    QCOMPARE(model.reordering(), PreviewModel::Reordering::Filtering);
    QCOMPARE(model.rowCount(), total);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isReordering(), 20000);
    const QStringList filtered = column(model, PreviewModel::SourceId);
    QVERIFY(isSortedDescending(filtered));
    QStringList expected;
    for (int id = total - 1; id >= 0; --id) {
        const QString name = QStringLiteral("u%1").arg(id, 5, 10, QLatin1Char('0'));
        if (id % 3 == 0 && name.startsWith(QLatin1String("u1")))
            expected << name;
    }
    QCOMPARE(filtered, expected);
}

void TestUiModels::previewNewerReorderingSupersedesTheRunningOne()
{
    PreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBackgroundThreshold(0);
    model.appendResults(scrambledBatch(0, 30000, 30000));
    model.flushPending();
    model.setSituationFilter(Situation::Confirmed);
    model.sort(PreviewModel::SourceId, Qt::AscendingOrder);
    model.sort(PreviewModel::Situation, Qt::DescendingOrder);
    // The filter asked for first is still part of what is computed: the last sort superseded
    // the jobs, not the filter.
    QCOMPARE(model.reordering(), PreviewModel::Reordering::Filtering);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isReordering(), 20000);
    QCOMPARE(model.rowCount(), 20000);
    QCOMPARE(model.sortColumn(), int(PreviewModel::Situation));
    // All CONFIRMED, so the situation sort leaves them in the order of arrival.
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY(model.index(row, PreviewModel::Situation).data().toString() ==
                QLatin1String("CONFIRMED"));
    const QStringList shown = column(model, PreviewModel::SourceId);
    QStringList arrival;
    for (const recon::ObjectResult& r : scrambledBatch(0, 30000, 30000)) {
        if (r.situation == Situation::Confirmed)
            arrival << r.sourceId;
    }
    QCOMPARE(shown, arrival);
}

void TestUiModels::previewClearDropsARunningReordering()
{
    PreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBackgroundThreshold(0);
    model.appendResults(scrambledBatch(0, 30000, 30000));
    model.flushPending();
    QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);
    model.sort(PreviewModel::SourceId, Qt::DescendingOrder);
    QVERIFY(model.isReordering());
    model.clear(); // e.g. a new preview started while the old rows were being sorted
    QVERIFY(!model.isReordering());
    model.appendResults({result("b", Situation::Absent, Action::Create),
                         result("a", Situation::Absent, Action::Create),
                         result("c", Situation::Absent, Action::Create)});
    // Rows after the clear are taken in at once, in the order asked for last.
    QCOMPARE(column(model, PreviewModel::SourceId), QStringList({"c", "b", "a"}));
    QTest::qWait(300); // the dropped sort's result, had it not been dropped, lands by now
    QCOMPARE(column(model, PreviewModel::SourceId), QStringList({"c", "b", "a"}));
}

void TestUiModels::undoRedoRestoreBytes_data()
{
    QTest::addColumn<int>("edit");
    QTest::addColumn<QStringList>("changedLines"); // the lines the edit adds (+) and removes (-)
    QTest::newRow("set target") << 0
                                << QStringList({"-                    \"target\" : \"userName\"",
                                                "+                    \"target\" : \"login\""});
    QTest::newRow("edit transform source")
        << 1
        << QStringList({"-                        \"source\" : \"source.toLowerCase()\"",
                        "+                        \"source\" : \"source.toUpperCase()\""});
    QTest::newRow("add policy") << 2 << QStringList();
    QTest::newRow("move mapping") << 3 << QStringList();
    QTest::newRow("remove row") << 4 << QStringList();
    QTest::newRow("set default") << 5
                                 << QStringList({"-                    \"target\" : \"userName\"",
                                                 "+                    \"target\" : \"userName\",",
                                                 "+                    \"default\" : 42"});
}

void TestUiModels::undoRedoRestoreBytes()
{
    QFETCH(int, edit);
    QFETCH(QStringList, changedLines);
    test::TestProject files({{"conf/sync.json", SyncJson}});
    auto doc = openDocument(files);
    config::ConfigFile* sync = doc->project().syncFile();
    const QByteArray before = sync->bytes();
    PropertyTableModel properties;
    properties.setMapping(doc.get(), doc->mapping(QStringLiteral("first")));
    PolicyTableModel policies;
    policies.setMapping(doc.get(), doc->mapping(QStringLiteral("first")));
    MappingOrderModel order;
    order.setDocument(doc.get());
    switch (edit) {
    case 0:
        QVERIFY(properties.setData(properties.index(0, PropertyTableModel::Target), "login"));
        break;
    case 1:
        QVERIFY(properties.setData(properties.index(1, PropertyTableModel::Transform),
                                   "source.toUpperCase()"));
        break;
    case 2:
        QVERIFY(policies.setData(policies.index(config::allSituationNames().indexOf("MISSING"),
                                                PolicyTableModel::Action),
                                 "IGNORE"));
        break;
    case 3:
        QVERIFY(order.moveMapping(0, 1));
        break;
    case 4:
        properties.removeRow(0);
        break;
    case 5:
        QVERIFY(properties.setData(properties.index(0, PropertyTableModel::Default), "42"));
        break;
    }
    QCOMPARE(doc->undoStack()->count(), 1);
    const QByteArray after = sync->bytes();
    QVERIFY(after != before);
    if (!changedLines.isEmpty())
        QCOMPARE(test::lineDiff(before, after), changedLines);
    QVERIFY(QJsonDocument::fromJson(after).isObject());
    doc->undoStack()->undo();
    QCOMPARE(sync->bytes(), before);
    doc->undoStack()->redo();
    QCOMPARE(sync->bytes(), after);
    doc->undoStack()->undo();
    QCOMPARE(sync->bytes(), before);
    QVERIFY(!doc->isModified());
}

void TestUiModels::typingMergesIntoOneUndoStep()
{
    test::TestProject files({{"conf/sync.json", SyncJson}});
    auto doc = openDocument(files);
    config::ConfigFile* sync = doc->project().syncFile();
    const QByteArray before = sync->bytes();
    const QString transform = QStringLiteral("/mappings/0/properties/1/transform");
    QString text = QStringLiteral("source.toLowerCase()");
    for (const QChar c : QStringLiteral(".trim()")) {
        text += c;
        doc->undoStack()->push(new SetMemberCommand(doc.get(), sync->relativePath, transform,
                                                    QStringLiteral("source"), text, "typing",
                                                    true));
    }
    QCOMPARE(doc->undoStack()->count(), 1);
    QVERIFY(sync->bytes().contains("\"source.toLowerCase().trim()\""));
    doc->undoStack()->undo();
    QCOMPARE(sync->bytes(), before);
}

void TestUiModels::policyDefaultShownAndChoosingItRemovesThePolicy()
{
    test::TestProject files({{"conf/sync.json", SyncJson}});
    auto doc = openDocument(files);
    PolicyTableModel policies;
    policies.setMapping(doc.get(), doc->mapping(QStringLiteral("first")));
    const int absent = config::allSituationNames().indexOf("ABSENT");
    const int missing = config::allSituationNames().indexOf("MISSING");
    QCOMPARE(policies.index(absent, PolicyTableModel::Action).data().toString(),
             QStringLiteral("CREATE"));
    QCOMPARE(policies.index(absent, PolicyTableModel::Action)
                 .data(PolicyTableModel::IsDefaultRole)
                 .toBool(),
             false);
    // IDM's default for MISSING is EXCEPTION (Situation.java); no policy: shown as default.
    QCOMPARE(policies.index(missing, PolicyTableModel::Action).data().toString(),
             PolicyTableModel::tr("%1 (default)").arg("EXCEPTION"));
    QVERIFY(policies.setData(policies.index(absent, PolicyTableModel::Action), QString()));
    QVERIFY(doc->mapping(QStringLiteral("first")).policies().isEmpty());
    QCOMPARE(policies.index(absent, PolicyTableModel::Action)
                 .data(PolicyTableModel::IsDefaultRole)
                 .toBool(),
             true);
}

void TestUiModels::policyConditionAndPostActionScripts()
{
    test::TestProject files({{"conf/sync.json", SyncJson}});
    auto doc = openDocument(files);
    config::ConfigFile* sync = doc->project().syncFile();
    const QByteArray before = sync->bytes();
    PolicyTableModel policies;
    QAbstractItemModelTester tester(&policies,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    policies.setMapping(doc.get(), doc->mapping(QStringLiteral("first")));
    const int absent = config::allSituationNames().indexOf("ABSENT");
    const int missing = config::allSituationNames().indexOf("MISSING");
    auto policyOf = [&](const QString& situation) {
        for (const config::Policy& p : doc->mapping(QStringLiteral("first")).policies()) {
            if (p.situation == situation)
                return p;
        }
        return config::Policy();
    };
    // The first member after "key" in the file: IDM writes script objects "type" first.
    auto firstMemberOf = [&](const QByteArray& key) {
        static const QRegularExpression member(QStringLiteral("\"(\\w+)\"\\s*:"));
        const QString text = QString::fromUtf8(sync->bytes());
        const int at = text.indexOf(QLatin1Char('"') + QString::fromLatin1(key) + QLatin1Char('"'));
        return member.match(text, at + key.size() + 2).captured(1);
    };

    const QString log = QStringLiteral("logger.info('created {}', target._id)");
    QVERIFY(policies.setData(policies.index(absent, PolicyTableModel::PostAction), log));
    QCOMPARE(policyOf("ABSENT").action, QStringLiteral("CREATE"));
    QCOMPARE(policyOf("ABSENT").postAction.source, log);
    QCOMPARE(firstMemberOf("postAction"), QStringLiteral("type"));
    QCOMPARE(policies.index(absent, PolicyTableModel::PostAction).data().toString(), log);

    // No policy for MISSING yet: the script gets the one IDM applies anyway (EXCEPTION).
    QVERIFY(policies.setData(policies.index(missing, PolicyTableModel::Condition),
                             QStringLiteral("source.active === true")));
    QCOMPARE(policyOf("MISSING").action, QStringLiteral("EXCEPTION"));
    QCOMPARE(policyOf("MISSING").condition.script.source, QStringLiteral("source.active === true"));
    QCOMPARE(firstMemberOf("condition"), QStringLiteral("type"));
    QVERIFY(!policies.index(missing, PolicyTableModel::Action)
                 .data(PolicyTableModel::IsDefaultRole)
                 .toBool());
    // Going back to the default action would lose the condition: refused.
    QVERIFY(!policies.setData(policies.index(missing, PolicyTableModel::Action), QString()));
    QVERIFY(policies.setData(policies.index(missing, PolicyTableModel::Condition),
                             QStringLiteral("/source/active eq true")));
    QCOMPARE(policyOf("MISSING").condition.filter, QStringLiteral("/source/active eq true"));
    // An empty cell removes the script.
    QVERIFY(policies.setData(policies.index(absent, PolicyTableModel::PostAction), QString()));
    QVERIFY(!policyOf("ABSENT").postAction.present);

    while (doc->undoStack()->canUndo())
        doc->undoStack()->undo();
    QCOMPARE(sync->bytes(), before);
}

void TestUiModels::aFailedEditInsideAStepChangesNothingOnRedo()
{
    // "policies" is not an array: adding a policy (the first part of a post-action on a
    // situation without one) fails, the rest of the step has nothing to hang on.
    QByteArray sync = SyncJson;
    sync.replace(R"("policies" : [
                {
                    "situation" : "ABSENT",
                    "action" : "CREATE"
                }
            ])",
                 R"("policies" : { })");
    QVERIFY(sync.contains(R"("policies" : { })"));
    test::TestProject files({{"conf/sync.json", sync}});
    auto doc = openDocument(files);
    config::ConfigFile* file = doc->project().syncFile();
    PolicyTableModel policies;
    policies.setMapping(doc.get(), doc->mapping(QStringLiteral("first")));
    const int missing = config::allSituationNames().indexOf("MISSING");
    policies.setData(policies.index(missing, PolicyTableModel::PostAction),
                     QStringLiteral("logger.info('x')"));
    QCOMPARE(file->bytes(), sync);
    // Undo and redo of that step leave the file as it is (a failed part used to write its
    // empty "after" text on redo, emptying the file).
    while (doc->undoStack()->canUndo())
        doc->undoStack()->undo();
    QCOMPARE(file->bytes(), sync);
    while (doc->undoStack()->canRedo())
        doc->undoStack()->redo();
    QCOMPARE(file->bytes(), sync);
}

void TestUiModels::graphLayoutPutsDependentsRightAndMarksCycles()
{
    const QByteArray a =
        R"({ "source" : "system/x/a", "target" : "managed/a", "syncAfter" : [ "c" ] })";
    const QByteArray b =
        R"({ "source" : "system/x/b", "target" : "managed/b", "syncAfter" : [ "a" ] })";
    const QByteArray c =
        R"({ "source" : "system/x/c", "target" : "managed/c", "syncAfter" : [ "b" ] })";
    const QByteArray d = R"({ "source" : "system/x/d", "target" : "managed/d" })";
    const QByteArray e =
        R"({ "source" : "system/x/e", "target" : "managed/e", "syncAfter" : [ "d" ] })";
    test::TestProject files({{"conf/mapping-a.json", a},
                             {"conf/mapping-b.json", b},
                             {"conf/mapping-c.json", c},
                             {"conf/mapping-d.json", d},
                             {"conf/mapping-e.json", e}});
    auto doc = openDocument(files);
    MappingGraph graph = MappingGraph::fromProject(doc->project());
    MappingGraphLayout::layOut(graph);
    const int di = graph.indexOf("d");
    const int ei = graph.indexOf("e");
    QVERIFY(di >= 0 && ei >= 0);
    QCOMPARE(graph.nodes[di].layer, 0);
    QCOMPARE(graph.nodes[ei].layer, 1); // one column right of what it runs after
    QVERIFY(!graph.nodes[di].inCycle);
    QCOMPARE(graph.cycles.size(), 1);
    for (const char* name : {"a", "b", "c"})
        QVERIFY2(graph.nodes[graph.indexOf(name)].inCycle, name);
    int cycleEdges = 0;
    for (const MappingGraph::Edge& edge : graph.edges)
        cycleEdges += edge.inCycle ? 1 : 0;
    QCOMPARE(cycleEdges, 3);
    // No two nodes share a place.
    QSet<QPair<int, int>> places;
    for (const MappingGraph::Node& n : graph.nodes)
        places.insert({n.layer, n.order});
    QCOMPARE(places.size(), graph.nodes.size());
}

void TestUiModels::linkQualifiersAreEditedAsAList()
{
    test::TestProject files({{"conf/sync.json", SyncJson}});
    auto doc = openDocument(files);
    config::ConfigFile* sync = doc->project().syncFile();
    const QByteArray before = sync->bytes();
    MappingOptionsForm form;
    form.setMapping(doc.get(), doc->mapping(QStringLiteral("first")));
    QLineEdit* qualifiers = form.linkQualifiers();
    // No linkQualifiers in the file: empty, with IDM's single qualifier as the placeholder.
    QVERIFY(qualifiers->text().isEmpty());
    QCOMPARE(qualifiers->placeholderText(), QStringLiteral("default"));
    qualifiers->setText(QStringLiteral("employee, contractor"));
    emit qualifiers->editingFinished();
    QCOMPARE(doc->mapping(QStringLiteral("first")).linkQualifiers(),
             (QStringList{"employee", "contractor"}));
    QVERIFY(sync->bytes().contains("\"linkQualifiers\" : [ \"employee\", \"contractor\" ]"));
    doc->undoStack()->undo();
    QCOMPARE(sync->bytes(), before);
    // A qualifier script is shown, not edited.
    doc->undoStack()->push(new SetMemberCommand(
        doc.get(), sync->relativePath, doc->mapping(QStringLiteral("first")).pointer(),
        QStringLiteral("linkQualifiers"),
        QJsonObject{{"type", "text/javascript"}, {"source", "['a']"}}, QStringLiteral("script"),
        false));
    QVERIFY(qualifiers->isReadOnly());
}

QTEST_MAIN(TestUiModels)
#include "TestUiModels.moc"
