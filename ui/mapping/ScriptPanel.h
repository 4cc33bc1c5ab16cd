#pragma once

#include "config/Mapping.h"
#include "run/ReconEnvironmentFactory.h"

#include <QDialog>
#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QPushButton;
class QLabel;
class QPlainTextEdit;
class QThread;

namespace syncstudio::script {
struct ScriptResult;
}

namespace syncstudio::ui {

class BackgroundTasks;
class ProjectDocument;
class ScriptEditor;
class ScriptWorker;

// Edits the transform or the condition of one attribute row as JavaScript, checks it as
// you type (errors underlined) and runs it on a sample source object (the live test), both
// on a worker thread. Typing is one undo step per pause, not per key (merged commands).
class ScriptPanel : public QWidget
{
    Q_OBJECT
public:
    enum class Part
    {
        Transform,
        Condition
    };

    explicit ScriptPanel(QWidget* parent = nullptr);
    ~ScriptPanel() override;

    void setDocument(ProjectDocument* document);
    // The row at pointer of mapping (empty pointer: no row).
    void setRow(const config::Mapping& mapping, const QString& rowPointer);
    void setPart(Part part);
    // A sample source object for the live test.
    void setSampleObject(const QJsonObject& object);
    // How "Pick source object…" reaches the mapping's source.
    void setEnvironmentFactory(const ReconEnvironmentFactory& factory);

    ScriptEditor* editor() const { return m_editor; }
    QPlainTextEdit* sampleEditor() const { return m_sample; }
    QLabel* resultLabel() const { return m_result; }
    QPushButton* pickButton() const { return m_pick; }
    // The open picker of source objects, if any.
    QDialog* picker() const { return m_picker; }

public slots:
    // Queries the first 200 objects of the mapping's source on a worker thread and lets the
    // user pick one for the live test.
    void pickSourceObject();

signals:
    // A live-test result or check arrived (for tests waiting on the worker).
    void evaluated();
    // The picker of source objects opened (or the query failed, with the reason shown).
    void sourceObjectsLoaded();

private:
    void load();
    void scriptEdited();
    void evaluate();
    void showCheck(int id, const script::ScriptResult& result);
    void showRun(int id, const script::ScriptResult& result);
    config::PropertyMapping row() const;
    void showPicker(const QString& sourceName, const QVector<QJsonObject>& objects, bool truncated);

    QPointer<ProjectDocument> m_document;
    config::Mapping m_mapping;
    QString m_rowPointer;
    Part m_part = Part::Transform;

    QLabel* m_title;
    QComboBox* m_partChoice;
    ScriptEditor* m_editor;
    QPlainTextEdit* m_sample;
    QLabel* m_result;
    QLabel* m_checkStatus;
    QPushButton* m_pick;
    QLabel* m_pickStatus;
    QPointer<QDialog> m_picker;
    BackgroundTasks* m_tasks;
    ReconEnvironmentFactory m_factory;

    QThread* m_thread = nullptr;
    ScriptWorker* m_worker = nullptr;
    QString m_workerRoot;
    int m_requestId = 0;
};

} // namespace syncstudio::ui
