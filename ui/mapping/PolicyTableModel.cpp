#include "PolicyTableModel.h"

#include "config/SyncVocabulary.h"
#include "project/InsertItemCommand.h"
#include "project/OrderedObject.h"
#include "project/ProjectDocument.h"
#include "project/RemoveItemCommand.h"
#include "project/SetMemberCommand.h"

#include <QColor>
#include <QFont>
#include <QJsonObject>
#include <QUndoStack>

namespace syncstudio::ui {

namespace {

QString defaultActionName(const QString& situation)
{
    const auto s = config::situationFromName(situation);
    return s ? config::actionName(config::defaultAction(*s)) : QString();
}

QJsonValue conditionValue(const QString& text)
{
    if (text.isEmpty())
        return QJsonValue::Undefined;
    if (text.startsWith(QLatin1Char('/')))
        return text;
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("text/javascript")},
                       {QStringLiteral("source"), text}};
}

} // namespace

PolicyTableModel::PolicyTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    for (const QString& situation : config::allSituationNames())
        m_rows.append({situation, -1, 0, {}});
}

void PolicyTableModel::setMapping(ProjectDocument* document, const config::Mapping& mapping)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_mapping = mapping;
    if (m_document)
        connect(m_document, &ProjectDocument::changed, this, &PolicyTableModel::refresh);
    refresh();
}

void PolicyTableModel::refresh()
{
    for (Row& row : m_rows) {
        row.policyIndex = -1;
        row.policyCount = 0;
        row.policy = {};
    }
    if (m_mapping.file() && m_mapping.node() != config::JsonText::NoNode) {
        const QVector<config::Policy> policies = m_mapping.policies();
        for (int i = 0; i < policies.size(); ++i) {
            for (Row& row : m_rows) {
                if (row.situation != policies[i].situation)
                    continue;
                if (row.policyIndex < 0) {
                    row.policyIndex = i;
                    row.policy = policies[i];
                }
                ++row.policyCount;
            }
        }
    }
    emit dataChanged(index(0, 0), index(m_rows.size() - 1, ColumnCount - 1));
}

int PolicyTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

int PolicyTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PolicyTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const Row& row = m_rows.at(index.row());
    const bool isDefault = row.policyIndex < 0;
    switch (role) {
    case IsDefaultRole:
        return isDefault;
    case DefaultActionRole:
        return defaultActionName(row.situation);
    case Qt::DisplayRole:
        switch (index.column()) {
        case Situation:
            return row.situation;
        case Action:
            if (isDefault)
                return tr("%1 (default)").arg(defaultActionName(row.situation));
            if (row.policy.action.isEmpty() && row.policy.actionScript.present)
                return tr("(script)");
            return row.policy.action;
        case Condition:
            if (row.policy.condition.isFilter())
                return row.policy.condition.filter;
            return row.policy.condition.script.isInline()
                       ? row.policy.condition.script.source.simplified()
                       : row.policy.condition.script.file;
        case PostAction:
            return row.policy.postAction.isInline() ? row.policy.postAction.source.simplified()
                                                    : row.policy.postAction.file;
        }
        return {};
    case Qt::EditRole:
        if (index.column() == Action)
            return isDefault ? QString() : row.policy.action;
        if (index.column() == Condition)
            return row.policy.condition.isFilter() ? row.policy.condition.filter
                                                   : row.policy.condition.script.source;
        if (index.column() == PostAction)
            return row.policy.postAction.source;
        return data(index, Qt::DisplayRole);
    case Qt::ForegroundRole:
        if (index.column() == Action && isDefault)
            return QColor(Qt::gray);
        return {};
    case Qt::FontRole:
        if (index.column() == Action && isDefault) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (row.policyCount > 1)
            return tr("%n policies for this situation; the first is shown", nullptr,
                      row.policyCount);
        if (index.column() == Action && isDefault)
            return tr("No policy: IDM does %1 in this situation")
                .arg(defaultActionName(row.situation));
        if (index.column() == PostAction)
            return tr("JavaScript run after the action, with source, target, situation and "
                      "action in scope");
        if (index.column() == Condition)
            return tr("A query filter (starting with /) or JavaScript: the policy applies only "
                      "when it holds");
        return {};
    }
    return {};
}

QVariant PolicyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Situation:
        return tr("Situation");
    case Action:
        return tr("Action");
    case Condition:
        return tr("Condition");
    case PostAction:
        return tr("Post-action");
    }
    return {};
}

Qt::ItemFlags PolicyTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!m_document || index.column() == Situation)
        return f;
    // A script kept in a file is shown by its file name; the file is edited elsewhere.
    const config::Policy& policy = m_rows.at(index.row()).policy;
    const bool inFile = (index.column() == PostAction && policy.postAction.present &&
                         !policy.postAction.isInline()) ||
                        (index.column() == Condition && policy.condition.isScript() &&
                         !policy.condition.script.isInline());
    return inFile ? f : f | Qt::ItemIsEditable;
}

bool PolicyTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!m_document || !m_mapping.file() || !index.isValid() || role != Qt::EditRole ||
        index.column() == Situation)
        return false;
    const Row& row = m_rows.at(index.row());
    // A script kept in a file is shown, not replaced by what a cell holds.
    if ((index.column() == PostAction && row.policy.postAction.present &&
         !row.policy.postAction.isInline()) ||
        (index.column() == Condition && row.policy.condition.isScript() &&
         !row.policy.condition.script.isInline()))
        return false;
    const QString file = m_mapping.file()->relativePath;
    const QString policies = m_mapping.pointer() + QStringLiteral("/policies");
    const QString policy = policies + QLatin1Char('/') + QString::number(row.policyIndex);
    const QString text = value.toString().trimmed();
    QUndoCommand* command = nullptr;
    if (index.column() == Action) {
        if (text.isEmpty() || text == data(index, DefaultActionRole).toString()) {
            if (row.policyIndex < 0 || row.policy.condition.isSet() ||
                row.policy.postAction.present)
                return false;
            command = new RemoveItemCommand(m_document, file, policies, row.policyIndex,
                                            tr("Use the default action for %1").arg(row.situation));
        } else if (!config::actionFromName(text)) {
            return false;
        } else if (row.policyIndex >= 0) {
            command = new SetMemberCommand(m_document, file, policy, QStringLiteral("action"), text,
                                           tr("Set %1 to %2").arg(row.situation, text));
        } else {
            command =
                new InsertItemCommand(m_document, file, policies, -1,
                                      OrderedObject{{QStringLiteral("situation"), row.situation},
                                                    {QStringLiteral("action"), text}},
                                      tr("Set %1 to %2").arg(row.situation, text));
        }
    } else if (index.column() == PostAction) {
        if (text == row.policy.postAction.source.trimmed())
            return false;
        command = scriptCommand(row, QStringLiteral("postAction"), row.policy.postAction, text,
                                tr("Edit the post-action of %1").arg(row.situation));
    } else if (!text.isEmpty() && text.startsWith(QLatin1Char('/'))) {
        const QJsonValue condition = conditionValue(text);
        if (row.policyIndex >= 0)
            command =
                new SetMemberCommand(m_document, file, policy, QStringLiteral("condition"),
                                     condition, tr("Edit the condition of %1").arg(row.situation));
        else
            command = new InsertItemCommand(
                m_document, file, policies, -1,
                OrderedObject{{QStringLiteral("situation"), row.situation},
                              {QStringLiteral("action"), defaultActionName(row.situation)},
                              {QStringLiteral("condition"), condition}},
                tr("Add a condition to %1").arg(row.situation));
    } else {
        command = scriptCommand(row, QStringLiteral("condition"), row.policy.condition.script, text,
                                tr("Edit the condition of %1").arg(row.situation));
    }
    if (!command)
        return false;
    m_document->undoStack()->push(command);
    return true;
}

QUndoCommand* PolicyTableModel::scriptCommand(const Row& row, const QString& key,
                                              const config::ScriptObject& current,
                                              const QString& text, const QString& label) const
{
    const QString file = m_mapping.file()->relativePath;
    const QString policies = m_mapping.pointer() + QStringLiteral("/policies");
    const QString policy = policies + QLatin1Char('/') + QString::number(row.policyIndex);
    if (row.policyIndex < 0) {
        if (text.isEmpty())
            return nullptr;
        // A script needs a policy to hang on: the one IDM would apply anyway. Added, then
        // given the script, so the script object is written "type" first, as IDM writes it.
        auto* command = new QUndoCommand(label);
        const int added = static_cast<int>(m_mapping.policies().size());
        new InsertItemCommand(
            m_document, file, policies, -1,
            OrderedObject{{QStringLiteral("situation"), row.situation},
                          {QStringLiteral("action"), defaultActionName(row.situation)}},
            label, command);
        new SetMemberCommand(m_document, file, policies + QLatin1Char('/') + QString::number(added),
                             key, inlineJavaScript(text), label, command);
        return command;
    }
    if (text.isEmpty())
        return new SetMemberCommand(m_document, file, policy, key, QJsonValue::Undefined, label);
    if (current.present && current.isInline())
        return new SetMemberCommand(m_document, file, policy + QLatin1Char('/') + key,
                                    QStringLiteral("source"), text, label);
    return new SetMemberCommand(m_document, file, policy, key, inlineJavaScript(text), label);
}

} // namespace syncstudio::ui
