// Builds a mapping the way a user does, in the real main window: pickers, the Add button,
// typing into cells, a drag and drop of a row, a policy from the action list, an option
// checkbox; saves, and reads the file IDM would read. The correlation is chosen and typed in
// the options form.

#include "MainWindow.h"
#include "TestProject.h"
#include "config/Project.h"
#include "mapping/ActionDelegate.h"
#include "mapping/MappingEditor.h"
#include "mapping/MappingOptionsForm.h"
#include "mapping/PolicyTableModel.h"
#include "mapping/PropertyTableModel.h"
#include "mapping/ScriptEditor.h"
#include "project/ProjectDocument.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QtTest>

using namespace syncstudio;
using namespace syncstudio::ui;

namespace {

const QByteArray SyncJson = R"({
    "mappings" : [
        {
            "name" : "existing",
            "source" : "managed/user",
            "target" : "system/hr/person",
            "properties" : [
                {
                    "source" : "userName",
                    "target" : "uid"
                }
            ]
        }
    ]
}
)";

QByteArray exampleFile(const QString& name)
{
    return test::readFile(QStringLiteral(SYNCSTUDIO_SOURCE_DIR "/resources/example/conf/") + name);
}

void typeIntoCell(QTableView* table, int row, int column, const QString& text)
{
    table->setCurrentIndex(table->model()->index(row, column));
    table->setFocus();
    // Any key starts editing (the first key goes into the editor), Return commits.
    QTest::keyClicks(table, text.left(1));
    QWidget* editor = QApplication::focusWidget();
    QVERIFY(editor != table);
    QTest::keyClicks(editor, text.mid(1));
    QVERIFY(qobject_cast<QLineEdit*>(editor));
    QCOMPARE(qobject_cast<QLineEdit*>(editor)->text(), text);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(table->model()->index(row, column).data(Qt::EditRole).toString(), text);
}

void pick(QComboBox* picker, const QString& text)
{
    QLineEdit* line = picker->lineEdit();
    line->setFocus();
    line->selectAll();
    QTest::keyClicks(line, text);
    QTest::keyClick(line, Qt::Key_Return);
}

// The window on the project, shown, on the options tab of the mapping "existing"; null when
// the project or the mapping cannot be opened.
MappingOptionsForm* showOptionsOfExisting(MainWindow& window, const test::TestProject& files)
{
    if (!window.openProject(files.path()) || !window.selectMapping(QStringLiteral("existing")))
        return nullptr;
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return nullptr;
    MappingOptionsForm* form = window.editor()->optionsForm();
    window.editor()->tabs()->setCurrentWidget(form);
    return form;
}

} // namespace

class TestMappingEditorGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void buildMappingThroughTheWidgetsAndSave();
    void correlationIsChosenAndEditedInTheForm();
    void correlationPerLinkQualifierIsShownNotEdited();
    void correlationEditorFollowsUndoWhileFocused();
    void correlationAsTheFileHasIt();
};

void TestMappingEditorGui::buildMappingThroughTheWidgetsAndSave()
{
    test::TestProject files(
        {{"conf/sync.json", SyncJson},
         {"conf/provisioner.openicf-hr.json", exampleFile("provisioner.openicf-hr.json")},
         {"conf/managed.json", exampleFile("managed.json")}});
    MainWindow window;
    QVERIFY(window.openProject(files.path()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // File > New Mapping does this after asking for the name.
    QVERIFY(window.createMapping(QStringLiteral("hrPeople_test")));
    MappingEditor* editor = window.editor();
    QCOMPARE(editor->mappingName(), QStringLiteral("hrPeople_test"));

    // The pickers offer the object sets the project knows.
    QVERIFY(editor->sourcePicker()->findText("system/hr/person") >= 0);
    QVERIFY(editor->targetPicker()->findText("managed/user") >= 0);
    pick(editor->sourcePicker(), "system/hr/person");
    pick(editor->targetPicker(), "managed/user");
    QTRY_COMPARE(window.document()->mapping("hrPeople_test").source(),
                 QStringLiteral("system/hr/person"));
    QTRY_COMPARE(window.document()->mapping("hrPeople_test").target(),
                 QStringLiteral("managed/user"));

    QTableView* table = editor->propertyTable();
    auto* add = editor->findChild<QToolButton*>(QStringLiteral("addAttribute"));
    QVERIFY(add);
    const QList<QPair<QString, QString>> rows = {
        {"uid", "userName"}, {"email", "mail"}, {"lastName", "sn"}};
    for (int i = 0; i < rows.size(); ++i) {
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(table->model()->rowCount(), i + 1);
        typeIntoCell(table, i, PropertyTableModel::Source, rows[i].first);
        typeIntoCell(table, i, PropertyTableModel::Target, rows[i].second);
    }
    typeIntoCell(table, 1, PropertyTableModel::Transform, "source.toLowerCase()");

    // Drag the third row (lastName -> sn) onto the first.
    QMimeData* mime = table->model()->mimeData({table->model()->index(2, 0)});
    const QPoint to =
        table->visualRect(table->model()->index(0, PropertyTableModel::Source)).center();
    QDragEnterEvent enter(to, Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(table->viewport(), &enter);
    QDragMoveEvent move(to, Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(table->viewport(), &move);
    QDropEvent drop(to, Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(table->viewport(), &drop);
    delete mime;
    QTRY_COMPARE(table->model()->index(0, PropertyTableModel::Target).data().toString(),
                 QStringLiteral("sn"));
    QCOMPARE(table->model()->index(1, PropertyTableModel::Target).data().toString(),
             QStringLiteral("userName"));

    // MISSING: from IDM's default (EXCEPTION) to CREATE, picked from the action list.
    editor->tabs()->setCurrentIndex(1);
    QTableView* policies = editor->policyTable();
    const int missing = config::allSituationNames().indexOf("MISSING");
    policies->setCurrentIndex(policies->model()->index(missing, PolicyTableModel::Action));
    policies->setFocus();
    QTest::keyClick(policies, Qt::Key_F2);
    auto* combo = policies->findChild<QComboBox*>();
    QVERIFY(combo);
    QCOMPARE(combo->itemText(0), ActionDelegate::tr("Default (%1)").arg("EXCEPTION"));
    const int create = combo->findData("CREATE");
    combo->setCurrentIndex(create);
    emit combo->activated(create);
    QTRY_COMPARE(policies->model()->index(missing, PolicyTableModel::Action).data().toString(),
                 QStringLiteral("CREATE"));

    // Options: no target phase.
    editor->tabs()->setCurrentIndex(2);
    QCheckBox* targetPhase = editor->optionsForm()->checkBox("runTargetPhase");
    QVERIFY(targetPhase->isChecked()); // IDM's default shown
    QTest::mouseClick(targetPhase, Qt::LeftButton, {}, QPoint(5, targetPhase->height() / 2));
    QVERIFY(!targetPhase->isChecked());

    QVERIFY(window.document()->isModified());
    QVERIFY(window.save());
    QVERIFY(!window.document()->isModified());

    // What IDM reads.
    const QByteArray saved = files.read("conf/sync.json");
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(saved, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray mappings = doc.object().value("mappings").toArray();
    QCOMPARE(mappings.size(), 2);
    const QJsonObject m = mappings.at(1).toObject();
    QCOMPARE(m.value("name").toString(), QStringLiteral("hrPeople_test"));
    QCOMPARE(m.value("source").toString(), QStringLiteral("system/hr/person"));
    QCOMPARE(m.value("target").toString(), QStringLiteral("managed/user"));
    const QJsonArray properties = m.value("properties").toArray();
    QCOMPARE(properties.size(), 3);
    QCOMPARE(properties.at(0).toObject(), QJsonObject({{"source", "lastName"}, {"target", "sn"}}));
    QCOMPARE(properties.at(1).toObject(), QJsonObject({{"source", "uid"}, {"target", "userName"}}));
    QCOMPARE(properties.at(2).toObject(),
             QJsonObject({{"source", "email"},
                          {"target", "mail"},
                          {"transform", QJsonObject({{"type", "text/javascript"},
                                                     {"source", "source.toLowerCase()"}})}}));
    QCOMPARE(m.value("policies").toArray(),
             QJsonArray({QJsonObject({{"situation", "MISSING"}, {"action", "CREATE"}})}));
    QCOMPARE(m.value("runTargetPhase"), QJsonValue(false));
    // The mapping that was there keeps its lines: every line of the old file is still
    // there in order (its closing brace lines up with the new mapping's, so the comma it
    // gains reads as one added line) and the text up to that brace is byte for byte the same.
    const QStringList diff = test::lineDiff(SyncJson, saved);
    QStringList removed;
    for (const QString& line : diff) {
        if (line.startsWith('-'))
            removed << line;
    }
    QCOMPARE(removed, QStringList());
    QVERIFY(diff.contains("+        },"));
    QVERIFY(saved.startsWith(SyncJson.left(SyncJson.indexOf("        }\n    ]"))));

    // Undo all gives back the original text byte for byte; redo all the saved one.
    QUndoStack* stack = window.document()->undoStack();
    const int steps = stack->count();
    QVERIFY(steps >= 12);
    for (int i = 0; i < steps; ++i)
        window.undoAction()->trigger();
    QCOMPARE(window.document()->project().syncFile()->bytes(), SyncJson);
    for (int i = 0; i < steps; ++i)
        window.redoAction()->trigger();
    QCOMPARE(window.document()->project().syncFile()->bytes(), saved);
}

void TestMappingEditorGui::correlationIsChosenAndEditedInTheForm()
{
    test::TestProject files({{"conf/sync.json", SyncJson}});
    MainWindow window;
    MappingOptionsForm* form = showOptionsOfExisting(window, files);
    QVERIFY(form);
    QComboBox* choice = form->correlationChoice();
    ScriptEditor* script = form->correlationEditor();
    QCOMPARE(choice->currentIndex(), int(MappingOptionsForm::Correlation::None));
    QVERIFY(!script->isEnabled());
    auto mapping = [&] { return window.document()->mapping(QStringLiteral("existing")); };

    // Down twice: a correlation query first, then a correlation script, which replaces it.
    choice->setFocus();
    QTest::keyClick(choice, Qt::Key_Down);
    QVERIFY(mapping().field("correlationQuery").isObject());
    QVERIFY(mapping().field("correlationScript").isUndefined());
    // The starting query looks up the target by the mapping's attribute (userName -> uid).
    QCOMPARE(
        mapping().correlationQueries().value(0).script.source,
        QStringLiteral("var qry = {'_queryFilter': 'uid eq \"' + source.userName + '\"'};\nqry"));
    QTest::keyClick(choice, Qt::Key_Down);
    QCOMPARE(choice->currentIndex(), int(MappingOptionsForm::Correlation::Script));
    QVERIFY(mapping().field("correlationQuery").isUndefined());
    QVERIFY(mapping().correlationScript().present);
    QVERIFY(mapping().correlationScript().source.contains(
        QLatin1String("openidm.query('system/hr/person', {'_queryFilter': 'uid eq \"' + "
                      "source.userName + '\"'}).result")));
    QVERIFY(script->isEnabled());
    QVERIFY(!script->isReadOnly());
    QTRY_COMPARE(form->correlationCheck()->text(), MappingOptionsForm::tr("The script compiles."));

    // Typing checks the script on a worker; a syntax error is underlined with its line.
    script->setFocus();
    script->moveCursor(QTextCursor::End);
    QTest::keyClicks(script, " +");
    QTRY_VERIFY(!script->errorMessage().isEmpty());
    QCOMPARE(script->errorLine(), 2);
    QVERIFY(form->correlationCheck()->text().contains(QLatin1String("Line 2")));
    QTest::keyClick(script, Qt::Key_Backspace);
    QTest::keyClick(script, Qt::Key_Backspace);
    QTest::keyClicks(script, ".filter(function (t) { return t.active; })");
    QTRY_VERIFY(script->errorMessage().isEmpty());

    // The file holds what IDM reads: one correlationScript, inline JavaScript, as typed.
    const QJsonObject saved =
        QJsonDocument::fromJson(window.document()->project().syncFile()->bytes())
            .object()
            .value("mappings")
            .toArray()
            .at(0)
            .toObject();
    QVERIFY(!saved.contains("correlationQuery"));
    const QJsonObject correlationScript = saved.value("correlationScript").toObject();
    QCOMPARE(correlationScript.value("type").toString(), QStringLiteral("text/javascript"));
    QCOMPARE(correlationScript.value("source").toString(), script->toPlainText());
    QVERIFY(script->toPlainText().endsWith(
        QLatin1String(".result.filter(function (t) { return t.active; })")));

    // Back to no correlation, then undo every step: the file's bytes come back.
    choice->setFocus();
    QTest::keyClick(choice, Qt::Key_Home);
    QVERIFY(mapping().field("correlationScript").isUndefined());
    QVERIFY(!script->isEnabled());
    QUndoStack* stack = window.document()->undoStack();
    while (stack->canUndo())
        stack->undo();
    QCOMPARE(window.document()->project().syncFile()->bytes(), SyncJson);
    QCOMPARE(choice->currentIndex(), int(MappingOptionsForm::Correlation::None));
}

void TestMappingEditorGui::correlationPerLinkQualifierIsShownNotEdited()
{
    QByteArray sync = SyncJson;
    sync.replace("\"target\" : \"system/hr/person\",",
                 "\"target\" : \"system/hr/person\",\n"
                 "            \"correlationQuery\" : [ { \"linkQualifier\" : \"a\", \"type\" : "
                 "\"text/javascript\", \"source\" : \"x\" } ],");
    test::TestProject files({{"conf/sync.json", sync}});
    MainWindow window;
    MappingOptionsForm* form = showOptionsOfExisting(window, files);
    QVERIFY(form);
    QCOMPARE(form->correlationChoice()->currentIndex(),
             int(MappingOptionsForm::Correlation::Query));
    QVERIFY(!form->correlationChoice()->isEnabled());
    QVERIFY(form->correlationEditor()->isReadOnly());
    QTest::keyClicks(form->correlationEditor(), "y");
    QCOMPARE(window.document()->project().syncFile()->bytes(), sync);
}

void TestMappingEditorGui::correlationEditorFollowsUndoWhileFocused()
{
    test::TestProject files({{"conf/sync.json", SyncJson}});
    MainWindow window;
    MappingOptionsForm* form = showOptionsOfExisting(window, files);
    QVERIFY(form);
    form->correlationChoice()->setFocus();
    QTest::keyClick(form->correlationChoice(), Qt::Key_Down); // a correlation query
    ScriptEditor* script = form->correlationEditor();
    const QString start = script->toPlainText();
    script->setFocus();
    script->moveCursor(QTextCursor::End);
    QTest::keyClicks(script, " // x");
    QVERIFY(QApplication::focusWidget() == script);
    // Edit > Undo from the menu leaves the focus in the editor; the editor follows the file.
    window.undoAction()->trigger();
    QCOMPARE(window.document()->mapping("existing").correlationQueries().value(0).script.source,
             start);
    QCOMPARE(script->toPlainText(), start);
    // So the next key edits what the file holds, not the text undone.
    script->moveCursor(QTextCursor::End);
    QTest::keyClicks(script, ";");
    QCOMPARE(window.document()->mapping("existing").correlationQueries().value(0).script.source,
             start + QLatin1Char(';'));
}

void TestMappingEditorGui::correlationAsTheFileHasIt()
{
    const auto withMembers = [](const QByteArray& members) {
        QByteArray sync = SyncJson;
        const QByteArray added = "\"target\" : \"system/hr/person\",\n            " + members + ',';
        sync.replace("\"target\" : \"system/hr/person\",", added);
        return sync;
    };
    const QByteArray groovy =
        R"("correlationScript" : { "type" : "groovy", "source" : "def found = []\nfound" })";
    const QByteArray query =
        R"("correlationQuery" : { "type" : "text/javascript", "source" : "var q = {'_queryFilter': 'uid eq \"' + source.userName + '\"'}; q" })";
    const QByteArray nullQuery = R"("correlationQuery" : null)";
    {
        // A Groovy script is edited as it is, not checked as JavaScript.
        test::TestProject files({{"conf/sync.json", withMembers(groovy)}});
        MainWindow window;
        MappingOptionsForm* form = showOptionsOfExisting(window, files);
        QVERIFY(form);
        QCOMPARE(form->correlationChoice()->currentIndex(),
                 int(MappingOptionsForm::Correlation::Script));
        QTRY_VERIFY(form->correlationCheck()->text().startsWith(
            MappingOptionsForm::tr("Not checked: %1").arg(QString())));
        QVERIFY(form->correlationEditor()->errorMessage().isEmpty());
    }
    {
        // null is absent, as IDM reads it.
        test::TestProject files({{"conf/sync.json", withMembers(nullQuery)}});
        MainWindow window;
        MappingOptionsForm* form = showOptionsOfExisting(window, files);
        QVERIFY(form);
        QCOMPARE(form->correlationChoice()->currentIndex(),
                 int(MappingOptionsForm::Correlation::None));
    }
    {
        // Both (IDM refuses the mapping): said so; choosing the script keeps it as it is and
        // removes the query.
        test::TestProject files(
            {{"conf/sync.json", withMembers(QByteArray(query + ",\n            " + groovy))}});
        MainWindow window;
        MappingOptionsForm* form = showOptionsOfExisting(window, files);
        QVERIFY(form);
        QCOMPARE(form->correlationChoice()->currentIndex(),
                 int(MappingOptionsForm::Correlation::Query));
        QVERIFY(form->findChild<QLabel*>(QStringLiteral("correlationNote"))
                    ->text()
                    .contains(QLatin1String("both")));
        const int script = int(MappingOptionsForm::Correlation::Script);
        form->correlationChoice()->setCurrentIndex(script);
        emit form->correlationChoice()->activated(script);
        const config::Mapping m = window.document()->mapping(QStringLiteral("existing"));
        QVERIFY(m.field("correlationQuery").isUndefined());
        QCOMPARE(m.correlationScript().type, QStringLiteral("groovy"));
        QCOMPARE(m.correlationScript().source, QStringLiteral("def found = []\nfound"));
    }
}

QTEST_MAIN(TestMappingEditorGui)
#include "TestMappingEditorGui.moc"
