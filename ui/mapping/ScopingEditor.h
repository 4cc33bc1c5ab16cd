#pragma once

#include "config/Mapping.h"
#include "query/ScopingClause.h"
#include "run/ReconEnvironmentFactory.h"

#include <QPointer>
#include <QVector>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QVBoxLayout;

namespace syncstudio::ui {

class BackgroundTasks;
class ProjectDocument;

// The scoping filter of a mapping as clauses: groups of attribute/operator/value rows, all
// of a group must hold and any group may. Beside them the sourceCondition filter (or, for
// what a filter cannot say, the validSource script) they make, and how many source objects
// are in scope, counted on a worker thread. Apply writes it into the mapping as one undo
// step. A condition that does not read as clauses stays text, with the reason shown.
class ScopingEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ScopingEditor(QWidget* parent = nullptr);
    ~ScopingEditor() override;

    void setDocument(ProjectDocument* document);
    void setEnvironmentFactory(ReconEnvironmentFactory factory);
    void setMapping(const config::Mapping& mapping);
    // The mapping in the document changed (an edit, an undo): read it again unless the
    // clauses being edited differ from what it holds.
    void mappingChanged(const config::Mapping& mapping);

    // The clauses as edited (not yet applied).
    const QVector<query::ScopingGroup>& groups() const { return m_groups; }
    bool showsClauses() const { return m_readable; }
    QLabel* countLabel() const { return m_count; }
    QPlainTextEdit* generatedText() const { return m_generated; }

public slots:
    void addGroup();
    void addClause(int group);
    void removeClause(int group, int clause);
    // Writes the clauses into the mapping (one undo step).
    void apply();
    // Counts the source objects in scope again.
    void recount();

signals:
    // The count finished (for tests).
    void counted();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void read(const config::Mapping& mapping);
    void rebuild();
    void clausesEdited();
    void refreshGenerated();
    config::Mapping currentMapping() const;

    QPointer<ProjectDocument> m_document;
    ReconEnvironmentFactory m_factory;
    config::Mapping m_mapping;
    QVector<query::ScopingGroup> m_groups;
    QVector<query::ScopingGroup> m_applied; // what the mapping holds, when readable
    bool m_readable = true;
    bool m_countPending = false; // a count waits for the tab to be shown
    QString m_signature;         // the mapping's scoping members when last read

    QWidget* m_clauses;
    QVBoxLayout* m_clausesLayout;
    QLabel* m_reason;
    QPlainTextEdit* m_generated;
    QLabel* m_generatedTitle;
    QLabel* m_problem;
    QLabel* m_count;
    QPushButton* m_addGroup;
    QPushButton* m_apply;
    QPushButton* m_revert;
    QTimer* m_countTimer;
    BackgroundTasks* m_tasks;
    QStringList m_attributeNames;

public:
    // Attribute names offered in the attribute fields (the source's schema).
    void setAttributeNames(const QStringList& names);
};

} // namespace syncstudio::ui
