// The links browser: its table model, and the example project's links after a real
// reconciliation, listed, narrowed and shown with both linked objects.
#include "MainWindow.h"
#include "ReconciledExample.h"
#include "config/Project.h"
#include "links/LinkTableModel.h"
#include "links/LinkedObjectPane.h"
#include "links/LinksView.h"
#include "project/ExampleProject.h"
#include "recon/MappingRules.h"
#include "recon/ProjectEnvironment.h"
#include "repo/ManagedObjectConnector.h"
#include "repo/ManagedObjectSchema.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace syncstudio;

namespace {

const QString Mapping = QStringLiteral("hrPeople_managedUser");

repo::MappingLink link(int i)
{
    return {QStringLiteral("default"), QStringLiteral("s%1").arg(i), QStringLiteral("t%1").arg(i)};
}

// The value of attribute in a pane's attribute list; empty when it is not there.
QString attribute(const ui::LinkedObjectPane* pane, const QString& name)
{
    const QList<QTreeWidgetItem*> items = pane->attributes()->findItems(name, Qt::MatchExactly, 0);
    return items.isEmpty() ? QString() : items.first()->text(1);
}

} // namespace

class TestLinksBrowser : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void modelPassesTheTester();
    void modelAsksForMorePagesOnlyWhileThereAreSome();
    void exampleLinksAreListedPaged();
    void searchNarrowsTheLinks_data();
    void searchNarrowsTheLinks();
    void selectingALinkShowsBothObjects();
    void aStaleLinkSaysItsTargetIsGone(); // last: it deletes a managed user

private:
    void settle(ui::LinksView* view);
    std::unique_ptr<ui::MainWindow> openLinks();

    QTemporaryDir m_dir;
    QString m_project;
};

void TestLinksBrowser::initTestCase()
{
    QString error;
    // A real reconciliation writes the links and the run the views show.
    m_project = test::reconciledExampleProject(m_dir.path(), &error);
    QVERIFY2(!m_project.isEmpty(), qPrintable(error));
}

void TestLinksBrowser::modelPassesTheTester()
{
    ui::LinkTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVector<repo::MappingLink> page;
    for (int i = 0; i < 5; ++i)
        page << link(i);
    model.appendPage(page, true);
    model.appendPage({link(5), link(6)}, false);
    QCOMPARE(model.rowCount(), 7);
    QCOMPARE(model.index(6, ui::LinkTableModel::TargetId).data().toString(), QStringLiteral("t6"));
    QCOMPARE(model.headerData(ui::LinkTableModel::SourceId, Qt::Horizontal).toString(),
             QStringLiteral("Source id"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    model.appendPage({}, false);
    QCOMPARE(model.rowCount(), 0);
}

void TestLinksBrowser::modelAsksForMorePagesOnlyWhileThereAreSome()
{
    ui::LinkTableModel model;
    QSignalSpy wanted(&model, &ui::LinkTableModel::morePagesWanted);
    QVERIFY(!model.canFetchMore({})); // the first page is on its way
    model.appendPage({link(1)}, true);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    model.fetchMore({}); // one request at a time
    QCOMPARE(wanted.count(), 1);
    QCOMPARE(model.lastLink()->sourceId, QStringLiteral("s1"));
    model.appendPage({link(2)}, false);
    QVERIFY(!model.canFetchMore({}));
}

void TestLinksBrowser::settle(ui::LinksView* view)
{
    bool done = false;
    view->whenSettled([&done] { done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
}

std::unique_ptr<ui::MainWindow> TestLinksBrowser::openLinks()
{
    auto window = std::make_unique<ui::MainWindow>();
    window->setEnvironmentFactory([](const config::Project& project, QString* e) {
        return recon::ProjectEnvironment::selfContained(project, {}, e);
    });
    if (!window->openProject(m_project) || !window->selectMapping(Mapping) ||
        !window->setViewByName(QStringLiteral("links")))
        return nullptr;
    window->linksView()->pageSize = 10;
    window->show();
    settle(window->linksView());
    return window;
}

void TestLinksBrowser::exampleLinksAreListedPaged()
{
    auto window = openLinks();
    QVERIFY(window);
    ui::LinksView* view = window->linksView();
    // people.csv has 24 people; the 2 terminated ones are out of scope; the other 22 are
    // linked: 19 to the users the run created, 3 to the ones correlation found.
    QCOMPARE(view->countLabel()->text(), QStringLiteral("22 links"));
    ui::LinkTableModel* model = view->model();
    // The first page; the table may have asked for the next ones itself when its end shows.
    QVERIFY(model->rowCount() >= 10);
    while (model->canFetchMore({})) {
        model->fetchMore({});
        settle(view);
    }
    QCOMPARE(model->rowCount(), 22);
    QStringList sources;
    for (int row = 0; row < model->rowCount(); ++row)
        sources << model->link(row).sourceId;
    QStringList sorted = sources;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(sources, sorted);
    QVERIFY(sources.contains(QStringLiteral("alovelace")));
}

void TestLinksBrowser::searchNarrowsTheLinks_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("count");
    QTest::newRow("part of an id, any case") << QStringLiteral("LOVELACE") << 1;
    QTest::newRow("a filter on the source id") << QStringLiteral("sourceId eq \"ghopper\"") << 1;
    QTest::newRow("a filter on the qualifier")
        << QStringLiteral("linkQualifier eq \"default\"") << 22;
    QTest::newRow("nobody") << QStringLiteral("nobody-at-all") << 0;
}

void TestLinksBrowser::searchNarrowsTheLinks()
{
    QFETCH(QString, search);
    QFETCH(int, count);
    auto window = openLinks();
    QVERIFY(window);
    ui::LinksView* view = window->linksView();
    QTest::keyClicks(view->searchEdit(), search);
    QTest::keyClick(view->searchEdit(), Qt::Key_Return);
    settle(view);
    QCOMPARE(view->countLabel()->text(),
             count == 1 ? QStringLiteral("1 link") : QStringLiteral("%1 links").arg(count));
    QCOMPARE(view->model()->rowCount(), qMin(count, 10));
}

void TestLinksBrowser::selectingALinkShowsBothObjects()
{
    auto window = openLinks();
    QVERIFY(window);
    ui::LinksView* view = window->linksView();
    QTest::keyClicks(view->searchEdit(), QStringLiteral("ghopper"));
    QTest::keyClick(view->searchEdit(), Qt::Key_Return);
    settle(view);
    QCOMPARE(view->model()->rowCount(), 1);
    // The table's first link is selected as it arrives; a click selects it as a person would.
    const QModelIndex index = view->model()->index(0, ui::LinkTableModel::SourceId);
    QTest::mouseClick(view->table()->viewport(), Qt::LeftButton, {},
                      view->table()->visualRect(index).center());
    settle(view);
    QCOMPARE(view->table()->currentIndex().row(), 0);
    QCOMPARE(attribute(view->sourcePane(), QStringLiteral("firstName")), QStringLiteral("Grace"));
    QCOMPARE(attribute(view->sourcePane(), QStringLiteral("employmentStatus")),
             QStringLiteral("active"));
    QCOMPARE(attribute(view->targetPane(), QStringLiteral("userName")), QStringLiteral("ghopper"));
    // Grace was FOUND and linked; IDM's LINK does not update the target (SyncOperation), so
    // her managed user keeps the mail it had until the next run's UPDATE.
    QCOMPARE(attribute(view->sourcePane(), QStringLiteral("email")),
             QStringLiteral("Grace.Hopper@Example.com"));
    QCOMPARE(attribute(view->targetPane(), QStringLiteral("mail")),
             QStringLiteral("grace.hopper@navy.example.mil"));
    QCOMPARE(view->sourcePane()->statusText(), QString());
    QCOMPARE(view->targetPane()->statusText(), QString());
}

void TestLinksBrowser::aStaleLinkSaysItsTargetIsGone()
{
    auto window = openLinks();
    QVERIFY(window);
    ui::LinksView* view = window->linksView();
    QTest::keyClicks(view->searchEdit(), QStringLiteral("aturing"));
    QTest::keyClick(view->searchEdit(), Qt::Key_Return);
    settle(view);
    QCOMPARE(view->model()->rowCount(), 1);
    const QString targetId = view->model()->link(0).targetId;

    // The managed user goes behind the link's back, as a delete in IDM's admin UI would.
    QString error;
    std::unique_ptr<config::Project> project = config::Project::open(m_project, &error);
    QVERIFY2(project, qPrintable(error));
    auto environment = recon::ProjectEnvironment::open(*project, {}, &error);
    QVERIFY2(environment, qPrintable(error));
    connectors::ConnectorError connectorError;
    auto users = environment->openResource(
        recon::ResourcePath::parse(QStringLiteral("managed/user")), &connectorError);
    QVERIFY(users);
    QVERIFY2(!users->remove(QStringLiteral("user"), targetId, {}).isError(), "remove failed");

    view->refresh();
    settle(view);
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(attribute(view->sourcePane(), QStringLiteral("uid")), QStringLiteral("aturing"));
    QVERIFY2(view->targetPane()->statusText().startsWith(QStringLiteral("Not found")),
             qPrintable(view->targetPane()->statusText()));
    QCOMPARE(view->targetPane()->attributes()->topLevelItemCount(), 0);
}

QTEST_MAIN(TestLinksBrowser)
#include "TestLinksBrowser.moc"
