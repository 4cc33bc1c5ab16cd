#pragma once

#include "config/Mapping.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace syncstudio::ui {

class ProjectDocument;
class ScriptEditor;

// The mapping's options (runTargetPhase, taskThreads, prefetchLinks, enableSync,
// correlateEmptyTargetSet), its source condition and its correlation query script. Each
// change is an undo command; a value equal to IDM's default that is not in the file stays
// out of the file.
class MappingOptionsForm : public QWidget
{
    Q_OBJECT
public:
    explicit MappingOptionsForm(QWidget* parent = nullptr);
    void setMapping(ProjectDocument* document, const config::Mapping& mapping);
    void refresh();

    QCheckBox* checkBox(const QString& key) const;
    QSpinBox* taskThreads() const { return m_taskThreads; }
    QLineEdit* linkQualifiers() const { return m_linkQualifiers; }
    ScriptEditor* correlationEditor() const { return m_correlation; }

private:
    void setBool(const QString& key, bool value, bool idmDefault);
    void setField(const QString& key, const QJsonValue& value, const QString& label,
                  bool mergeable);

    QPointer<ProjectDocument> m_document;
    config::Mapping m_mapping;
    QVector<QPair<QString, QCheckBox*>> m_checks;
    QSpinBox* m_taskThreads;
    QLineEdit* m_sourceCondition;
    QLineEdit* m_linkQualifiers;
    ScriptEditor* m_correlation;
    QLabel* m_correlationNote;
    bool m_loading = false;
};

} // namespace syncstudio::ui
