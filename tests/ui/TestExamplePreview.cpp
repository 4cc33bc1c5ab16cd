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

    // people.csv has 24 people; 2 are terminated, which the scoping filter leaves out, and
    // the repository starts empty, so the other 22 are ABSENT and would be created.
    const auto& situations = view->model()->situationCounts();
    QCOMPARE(situations.value(config::Situation::Absent), 22);
    QCOMPARE(situations.value(config::Situation::SourceIgnored), 2);
    QCOMPARE(view->model()->rowCount(), 24);
    const QLabel* status = view->findChild<QLabel*>("previewStatus");
    QVERIFY(status);
    QVERIFY2(status->text().contains("24") && status->text().contains("22"),
             qPrintable(status->text()));
}

QTEST_MAIN(TestExamplePreview)
#include "TestExamplePreview.moc"
