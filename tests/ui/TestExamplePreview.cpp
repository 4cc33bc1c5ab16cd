#include "MainWindow.h"
#include "preview/PreviewModel.h"
#include "preview/PreviewView.h"
#include "project/ExampleProject.h"
#include "recon/ProjectEnvironment.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace syncstudio;

// Opening the bundled example project and pressing Preview shows real situations, with no
// server: the HR CSV file against the SQLite repository.
class TestExamplePreview : public QObject
{
    Q_OBJECT
private slots:
    void previewShowsTheExamplesSituations();
};

void TestExamplePreview::previewShowsTheExamplesSituations()
{
    QTemporaryDir dir;
    QString error;
    const QString path = ui::materializeExampleProject(dir.filePath("example"), &error);
    QVERIFY2(!path.isEmpty(), qPrintable(error));

    ui::MainWindow window;
    window.setEnvironmentFactory([](const config::Project& project, QString* e) {
        return recon::ProjectEnvironment::selfContained(project, {}, e);
    });
    QVERIFY(window.openProject(path));
    QVERIFY(window.setViewByName("preview"));
    window.show();
    ui::PreviewView* view = window.previewView();
    QSignalSpy finished(view, &ui::PreviewView::previewFinished);
    QPushButton* button = view->findChild<QPushButton*>("previewButton");
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(finished.wait(30000));

    // people.csv has 24 people; 2 are terminated, which the scoping filter leaves out. The
    // repository starts with 4 managed users (resources/example-repository): alovelace,
    // ghopper and aturing are in the HR file, so correlation by user name finds them
    // (FOUND, LINK); the other 19 people are ABSENT and would be created; jdoe has no HR
    // record, so the target phase finds her unlinked (UNASSIGNED, IGNORE in the example).
    const auto& situations = view->model()->situationCounts();
    QCOMPARE(situations.value(config::Situation::Found), 3);
    QCOMPARE(situations.value(config::Situation::Absent), 19);
    QCOMPARE(situations.value(config::Situation::SourceIgnored), 2);
    QCOMPARE(situations.value(config::Situation::Unassigned), 1);
    QCOMPARE(view->model()->rowCount(), 25);
    QStringList found;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->result(row).situation == config::Situation::Found)
            found << view->model()->result(row).sourceId;
    }
    found.sort();
    QCOMPARE(found, QStringList({"alovelace", "aturing", "ghopper"}));
    const QLabel* status = view->findChild<QLabel*>("previewStatus");
    QVERIFY(status);
    // 25 objects (24 people and jdoe), of which the 19 creations would change something.
    QVERIFY2(status->text().contains("25") && status->text().contains("19"),
             qPrintable(status->text()));
}

QTEST_MAIN(TestExamplePreview)
#include "TestExamplePreview.moc"
