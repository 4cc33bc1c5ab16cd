// The scoping tab, the live test's object picker and previewing one object, on the bundled
// example project: the HR CSV file against the SQLite repository, no server.

#include "MainWindow.h"
#include "mapping/MappingEditor.h"
#include "mapping/PropertyTableModel.h"
#include "mapping/ScopingEditor.h"
#include "mapping/ScriptPanel.h"
#include "preview/PreviewModel.h"
#include "preview/PreviewView.h"
#include "project/ExampleProject.h"
#include "project/ProjectDocument.h"
#include "project/SetMemberCommand.h"
#include "recon/ProjectEnvironment.h"

#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace syncstudio;

namespace {
QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString sourceConditionIn(const QByteArray& syncJson)
{
    const QJsonArray mappings =
        QJsonDocument::fromJson(syncJson).object().value(QStringLiteral("mappings")).toArray();
    return mappings.at(0).toObject().value(QStringLiteral("sourceCondition")).toString();
}
} // namespace

class TestScopingEditor : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void scopingTabShowsCountsAndApplies();
    void textThatIsNotClausesStaysText();
    void pickSourceObjectFillsTheLiveTest();
    void previewOneObject();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ui::MainWindow> m_window;
    QString m_syncJson;
};

void TestScopingEditor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    const QString path = ui::materializeExampleProject(m_dir->filePath("example"), &error);
    QVERIFY2(!path.isEmpty(), qPrintable(error));
    m_syncJson = path + QStringLiteral("/conf/sync.json");
    m_window = std::make_unique<ui::MainWindow>();
    m_window->setEnvironmentFactory([](const config::Project& project, QString* e) {
        return recon::ProjectEnvironment::selfContained(project, {}, e);
    });
    QVERIFY(m_window->openProject(path));
    QVERIFY(m_window->selectMapping(QStringLiteral("hrPeople_managedUser")));
    QVERIFY(m_window->setViewByName("editor"));
    m_window->resize(1280, 800);
    m_window->show();
}

void TestScopingEditor::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

void TestScopingEditor::scopingTabShowsCountsAndApplies()
{
    ui::MappingEditor* editor = m_window->editor();
    ui::ScopingEditor* scoping = editor->scopingEditor();
    QVERIFY(scoping);
    editor->tabs()->setCurrentWidget(scoping);
    const QByteArray original = readFile(m_syncJson);
    QCOMPARE(sourceConditionIn(original), QStringLiteral("/source/employmentStatus eq \"active\""));

    // The sourceCondition reads as one group of one clause.
    QVERIFY(scoping->showsClauses());
    QCOMPARE(scoping->groups().size(), 1);
    QCOMPARE(scoping->groups()[0].size(), 1);
    QList<QComboBox*> attributes = scoping->findChildren<QComboBox*>("clauseAttribute");
    QList<QComboBox*> operators = scoping->findChildren<QComboBox*>("clauseOperator");
    QList<QLineEdit*> values = scoping->findChildren<QLineEdit*>("clauseValue");
    QCOMPARE(attributes.size(), 1);
    QCOMPARE(attributes[0]->currentText(), QStringLiteral("employmentStatus"));
    QCOMPARE(operators[0]->currentText(), QStringLiteral("equals"));
    QCOMPARE(values[0]->text(), QStringLiteral("active"));
    QCOMPARE(scoping->generatedText()->toPlainText(),
             QStringLiteral("/source/employmentStatus eq \"active\""));

    // Counted on a worker thread: 2 of the 24 people are terminated.
    QTRY_VERIFY2_WITH_TIMEOUT(scoping->countLabel()->text().contains("22 of 24"),
                              qPrintable(scoping->countLabel()->text()), 30000);

    // A second clause through the widgets: department equals Sales.
    auto* addClause = scoping->findChild<QPushButton*>("addClause");
    QVERIFY(addClause);
    QTest::mouseClick(addClause, Qt::LeftButton);
    QTRY_COMPARE(scoping->findChildren<QComboBox*>("clauseAttribute").size(), 2);
    attributes = scoping->findChildren<QComboBox*>("clauseAttribute");
    values = scoping->findChildren<QLineEdit*>("clauseValue");
    QComboBox* attribute = nullptr;
    QLineEdit* value = nullptr;
    for (int i = 0; i < attributes.size(); ++i) {
        if (attributes[i]->currentText().isEmpty())
            attribute = attributes[i];
    }
    for (QLineEdit* v : values) {
        if (v->text().isEmpty())
            value = v;
    }
    QVERIFY(attribute && value);
    attribute->lineEdit()->setFocus();
    QTest::keyClicks(attribute->lineEdit(), QStringLiteral("department"));
    QTest::keyClicks(value, QStringLiteral("Sales"));
    QCOMPARE(scoping->groups()[0].size(), 2);
    QCOMPARE(scoping->generatedText()->toPlainText(),
             QStringLiteral("/source/employmentStatus eq \"active\" and /source/department eq "
                            "\"Sales\""));
    auto* apply = scoping->findChild<QPushButton*>("applyScoping");
    QVERIFY(apply && apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);

    ui::ProjectDocument* document = m_window->document();
    QString error;
    QVERIFY2(document->save(&error), qPrintable(error));
    const QByteArray applied = readFile(m_syncJson);
    QCOMPARE(sourceConditionIn(applied),
             QStringLiteral("/source/employmentStatus eq \"active\" and /source/department eq "
                            "\"Sales\""));
    QVERIFY(!applied.contains("validSource"));
    QTRY_VERIFY2_WITH_TIMEOUT(scoping->countLabel()->text().contains("4 of 24"),
                              qPrintable(scoping->countLabel()->text()), 30000);

    // Undo restores the file byte for byte, and the clause builder with it.
    document->undoStack()->undo();
    QVERIFY2(document->save(&error), qPrintable(error));
    QCOMPARE(readFile(m_syncJson), original);
    QTRY_COMPARE(scoping->findChildren<QComboBox*>("clauseAttribute").size(), 1);
    QCOMPARE(scoping->groups()[0].size(), 1);
    QTRY_VERIFY2_WITH_TIMEOUT(scoping->countLabel()->text().contains("22 of 24"),
                              qPrintable(scoping->countLabel()->text()), 30000);

    // A regular expression needs a script: applying moves the clauses to validSource and
    // removes the sourceCondition.
    operators = scoping->findChildren<QComboBox*>("clauseOperator");
    QCOMPARE(operators.size(), 1);
    operators[0]->setCurrentIndex(operators[0]->findText(QStringLiteral("matches regex")));
    values = scoping->findChildren<QLineEdit*>("clauseValue");
    values[0]->selectAll();
    QTest::keyClicks(values[0], QStringLiteral("^act"));
    QVERIFY(scoping->generatedText()->toPlainText().contains("validSource") ||
            scoping->generatedText()->toPlainText().contains("source"));
    QTest::mouseClick(apply, Qt::LeftButton);
    QVERIFY2(document->save(&error), qPrintable(error));
    const QByteArray script = readFile(m_syncJson);
    QVERIFY(!script.contains("sourceCondition"));
    QVERIFY(script.contains("\"validSource\""));
    QTRY_VERIFY2_WITH_TIMEOUT(scoping->countLabel()->text().contains("22 of 24"),
                              qPrintable(scoping->countLabel()->text()), 30000);
    document->undoStack()->undo();
    QVERIFY2(document->save(&error), qPrintable(error));
    QCOMPARE(readFile(m_syncJson), original);
}

void TestScopingEditor::textThatIsNotClausesStaysText()
{
    ui::MappingEditor* editor = m_window->editor();
    ui::ScopingEditor* scoping = editor->scopingEditor();
    editor->tabs()->setCurrentWidget(scoping);
    ui::ProjectDocument* document = m_window->document();
    const QString filter = QStringLiteral("/linkQualifier eq \"default\"");
    document->undoStack()->push(new ui::SetMemberCommand(
        document, QStringLiteral("conf/sync.json"), QStringLiteral("/mappings/0"),
        QStringLiteral("sourceCondition"), filter, QStringLiteral("test")));
    QVERIFY(!scoping->showsClauses());
    auto* reason = scoping->findChild<QLabel*>("scopingReason");
    QVERIFY(reason && !reason->isHidden());
    QVERIFY(!reason->text().isEmpty());
    QCOMPARE(scoping->generatedText()->toPlainText(), filter);
    QVERIFY(scoping->findChildren<QComboBox*>("clauseAttribute").isEmpty() ||
            scoping->groups().isEmpty());
    QVERIFY(!scoping->findChild<QPushButton*>("applyScoping")->isEnabled());
    // Counted with the mapping's own condition: every object has the default qualifier.
    QTRY_VERIFY2_WITH_TIMEOUT(scoping->countLabel()->text().contains("24 of 24"),
                              qPrintable(scoping->countLabel()->text()), 30000);

    document->undoStack()->undo();
    QVERIFY(scoping->showsClauses());
    QVERIFY(reason->isHidden());
    QCOMPARE(scoping->groups().size(), 1);
}

void TestScopingEditor::pickSourceObjectFillsTheLiveTest()
{
    ui::MappingEditor* editor = m_window->editor();
    editor->tabs()->setCurrentIndex(0);
    editor->propertyTable()->setCurrentIndex(editor->propertyModel()->index(0, 0));
    ui::ScriptPanel* panel = editor->scriptPanel();
    QVERIFY(panel->pickButton()->isEnabled());
    QSignalSpy loaded(panel, &ui::ScriptPanel::sourceObjectsLoaded);
    QTest::mouseClick(panel->pickButton(), Qt::LeftButton);
    QVERIFY(loaded.count() > 0 || loaded.wait(30000));
    QDialog* picker = panel->picker();
    QVERIFY(picker);
    auto* list = picker->findChild<QListWidget*>("pickerList");
    QVERIFY(list);
    QCOMPARE(list->count(), 24);
    auto* search = picker->findChild<QLineEdit*>("pickerSearch");
    QTest::keyClicks(search, QStringLiteral("ghop"));
    const QList<QListWidgetItem*> found =
        list->findItems(QStringLiteral("ghopper"), Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    list->setCurrentItem(found[0]);
    picker->accept();
    const QJsonObject sample =
        QJsonDocument::fromJson(panel->sampleEditor()->toPlainText().toUtf8()).object();
    QCOMPARE(sample.value(QStringLiteral("_id")).toString(), QStringLiteral("ghopper"));
    QCOMPARE(sample.value(QStringLiteral("firstName")).toString(), QStringLiteral("Grace"));
}

void TestScopingEditor::previewOneObject()
{
    QVERIFY(m_window->setViewByName("preview"));
    ui::PreviewView* view = m_window->previewView();
    auto* sourceId = view->findChild<QLineEdit*>("previewSourceId");
    auto* button = view->findChild<QPushButton*>("previewOneButton");
    QVERIFY(sourceId && button);
    QVERIFY(!button->isEnabled());
    QTest::keyClicks(sourceId, QStringLiteral("alovelace"));
    QVERIFY(button->isEnabled());
    QSignalSpy finished(view, &ui::PreviewView::previewFinished);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QCOMPARE(view->model()->rowCount(), 1);
    const recon::ObjectResult& result = view->model()->result(0);
    QCOMPARE(result.sourceId, QStringLiteral("alovelace"));
    // Ada is one of the managed users the example's repository starts with: correlation
    // by user name finds her.
    QCOMPARE(result.situation, config::Situation::Found);
    QCOMPARE(result.action, config::Action::Link);
    QCOMPARE(result.targetId, QStringLiteral("0b7e5a8c-1f7c-4d1e-9a53-2f0c6a1d0001"));
}

QTEST_MAIN(TestScopingEditor)
#include "TestScopingEditor.moc"
