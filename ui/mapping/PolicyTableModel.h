#pragma once

#include "config/Mapping.h"

#include <QAbstractTableModel>
#include <QPointer>

class QUndoCommand;

namespace syncstudio::ui {

class ProjectDocument;

// One row per IDM situation (all 13): the action the mapping's policy picks, or IDM's
// default for it in grey when the mapping has no policy, the policy's condition and its
// postAction script. Choosing an action adds or edits the policy; choosing the default
// removes it, unless it has a condition or a postAction to keep.
class PolicyTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Situation,
        Action,
        Condition,
        PostAction,
        ColumnCount
    };
    enum Role
    {
        // Whether the row shows IDM's default (no policy in the file).
        IsDefaultRole = Qt::UserRole + 1,
        DefaultActionRole,
    };

    explicit PolicyTableModel(QObject* parent = nullptr);
    void setMapping(ProjectDocument* document, const config::Mapping& mapping);
    void refresh();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // Action: an action name, or empty for IDM's default. Condition: a query filter
    // (starting with '/') or JavaScript, empty for none. PostAction: JavaScript run after the
    // action, empty for none.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

private:
    struct Row;
    // The command that sets a policy's script member (condition or postAction) to text.
    QUndoCommand* scriptCommand(const Row& row, const QString& key,
                                const config::ScriptObject& current, const QString& text,
                                const QString& label) const;

    struct Row
    {
        QString situation;
        int policyIndex = -1; // index in "policies", -1 when none
        int policyCount = 0;  // policies for this situation
        config::Policy policy;
    };

    QPointer<ProjectDocument> m_document;
    config::Mapping m_mapping;
    QVector<Row> m_rows;
};

} // namespace syncstudio::ui
