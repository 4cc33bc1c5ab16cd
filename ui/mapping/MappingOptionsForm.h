#pragma once

#include "config/Mapping.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QTimer;
class QLineEdit;
class QSpinBox;

namespace syncstudio::ui {

class BackgroundTasks;
class ProjectDocument;
class ScriptEditor;

// The mapping's options (runTargetPhase, taskThreads, prefetchLinks, enableSync,
// correlateEmptyTargetSet), its source condition and its correlation: none, a
// correlationQuery script or a correlationScript (IDM takes one of them), edited as
// JavaScript and checked on a worker as you type. Each change is an undo command; a value
// equal to IDM's default that is not in the file stays out of the file.
class MappingOptionsForm : public QWidget
{
    Q_OBJECT
public:
    enum class Correlation
    {
        None,
        Query, // correlationQuery: returns a query on the target
        Script // correlationScript: returns the target objects
    };

    explicit MappingOptionsForm(QWidget* parent = nullptr);
    void setMapping(ProjectDocument* document, const config::Mapping& mapping);
    void refresh();

    QCheckBox* checkBox(const QString& key) const;
    QSpinBox* taskThreads() const { return m_taskThreads; }
    QLineEdit* linkQualifiers() const { return m_linkQualifiers; }
    QComboBox* correlationChoice() const { return m_correlationChoice; }
    ScriptEditor* correlationEditor() const { return m_correlation; }
    // The outcome of the last syntax check of the correlation script, as shown.
    QLabel* correlationCheck() const { return m_correlationCheck; }

signals:
    // A syntax check of the correlation script came back (for tests waiting on the worker).
    void correlationChecked();

private:
    Correlation correlation() const;
    // The script of the correlation shown (not present for none or a query builder query).
    config::ScriptObject correlationScriptObject() const;
    void chooseCorrelation(Correlation choice);
    void correlationEdited();
    void checkCorrelation();
    void refreshCorrelation();
    // A starting script for choice, built from the mapping's first attribute.
    QString correlationTemplate(Correlation choice) const;
    void setBool(const QString& key, bool value, bool idmDefault);
    void setField(const QString& key, const QJsonValue& value, const QString& label,
                  bool mergeable);

    QPointer<ProjectDocument> m_document;
    config::Mapping m_mapping;
    QVector<QPair<QString, QCheckBox*>> m_checks;
    QSpinBox* m_taskThreads;
    QLineEdit* m_sourceCondition;
    QLineEdit* m_linkQualifiers;
    QComboBox* m_correlationChoice;
    ScriptEditor* m_correlation;
    QLabel* m_correlationNote;
    QLabel* m_correlationCheck;
    QTimer* m_checkDelay;
    BackgroundTasks* m_syntaxCheck;
    bool m_loading = false;
};

} // namespace syncstudio::ui
