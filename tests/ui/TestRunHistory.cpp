// The run view's history, read from the project's repository: a real reconciliation of the
// example project is listed with its counts and state, a run's exceptions are shown when
// it is selected, and a run started in the view is listed once it ends.
#include "MainWindow.h"
#include "ReconciledExample.h"
#include "config/Project.h"
#include "project/ExampleProject.h"
#include "recon/MappingRules.h"
#include "recon/ProjectEnvironment.h"
#include "run/RunHistoryModel.h"
#include "run/RunView.h"

#include <QCheckBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace syncstudio;

namespace {

const QString Mapping = QStringLiteral("hrPeople_managedUser");

} // namespace

class TestRunHistory : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void recordedRunIsListed();

private:
    QTemporaryDir m_dir;
    QString m_project;
};

void TestRunHistory::initTestCase()
{
    QString error;
    // A real reconciliation writes the links and the run the views show.
    m_project = test::reconciledExampleProject(m_dir.path(), &error);
    QVERIFY2(!m_project.isEmpty(), qPrintable(error));
}

void TestRunHistory::recordedRunIsListed()
{
    ui::MainWindow window;
    window.setEnvironmentFactory([](const config::Project& project, QString* e) {
        return recon::ProjectEnvironment::selfContained(project, {}, e);
    });
    QVERIFY(window.openProject(m_project));
    QVERIFY(window.selectMapping(Mapping));
    QVERIFY(window.setViewByName(QStringLiteral("run")));
    window.show();
    ui::RunView* view = window.runView();
    ui::RunHistoryModel* history = view->history();
    QTRY_COMPARE_WITH_TIMEOUT(history->rowCount(), 1, 30000);
    QCOMPARE(history->index(0, ui::RunHistoryModel::Mapping).data().toString(), Mapping);
    QCOMPARE(history->index(0, ui::RunHistoryModel::State).data().toString(),
             QStringLiteral("SUCCESS"));
    // The example's first run: 19 people created, 3 found by correlation among the managed
    // users the repository starts with, 2 left out by the scoping filter, and jdoe, whom no
    // HR record accounts for.
    const QString situations = history->index(0, ui::RunHistoryModel::Situations).data().toString();
    QCOMPARE(situations, QStringLiteral("19 ABSENT, 3 FOUND, 2 SOURCE_IGNORED, 1 UNASSIGNED"));
    QCOMPARE(history->index(0, ui::RunHistoryModel::Exceptions).data().toLongLong(), 0);

    // Selecting the run reads its exceptions (none).
    QSignalSpy exceptions(view, &ui::RunView::exceptionsLoaded);
    auto* table = view->findChild<QTableView*>(QStringLiteral("runHistory"));
    QVERIFY(table);
    table->selectRow(0);
    QVERIFY(exceptions.wait(30000));
    QCOMPARE(exceptions.first().first().toString(), QString());

    // A run started here is listed, newest first, once it ended.
    view->findChild<QCheckBox*>()->setChecked(false); // not a dry run: recorded
    QVERIFY(view->startRun());
    QTRY_COMPARE_WITH_TIMEOUT(history->rowCount(), 2, 60000);
    QVERIFY(history->run(0).started >= history->run(1).started);
    QCOMPARE(history->index(0, ui::RunHistoryModel::State).data().toString(),
             QStringLiteral("SUCCESS"));
    QVERIFY(!history->index(0, ui::RunHistoryModel::Situations)
                 .data()
                 .toString()
                 .startsWith(QLatin1String("19 ABSENT")));
}

QTEST_MAIN(TestRunHistory)
#include "TestRunHistory.moc"
