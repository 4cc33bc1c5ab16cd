#include "MappingEditor.h"

#include "ActionDelegate.h"
#include "AttributeDelegate.h"
#include "MappingOptionsForm.h"
#include "PolicyTableModel.h"
#include "PropertyTableModel.h"
#include "ScopingEditor.h"
#include "ScriptPanel.h"
#include "config/Project.h"
#include "config/SyncVocabulary.h"
#include "project/ObjectSetCatalog.h"
#include "project/ProjectDocument.h"
#include "project/SetMemberCommand.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStackedLayout>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace syncstudio::ui {

namespace {
QToolButton* toolButton(const QString& text, const QString& tip, const QString& name)
{
    auto* b = new QToolButton;
    b->setText(text);
    b->setToolTip(tip);
    b->setObjectName(name);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return b;
}

QJsonObject sampleFor(const ObjectSetCatalog::ObjectSet* set)
{
    QJsonObject sample;
    if (!set)
        return sample;
    for (const auto& a : set->attributes) {
        if (a.type == QLatin1String("boolean"))
            sample.insert(a.name, true);
        else if (a.type == QLatin1String("number") || a.type == QLatin1String("integer"))
            sample.insert(a.name, 1);
        else if (a.type == QLatin1String("array"))
            sample.insert(a.name, QJsonArray{QStringLiteral("value")});
        else
            sample.insert(a.name, QString(QStringLiteral("Sample ") + a.name));
    }
    return sample;
}
} // namespace

MappingEditor::MappingEditor(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel)
    , m_subtitle(new QLabel)
    , m_source(new QComboBox)
    , m_target(new QComboBox)
    , m_tabs(new QTabWidget)
    , m_propertyModel(new PropertyTableModel(this))
    , m_attributeDelegate(new AttributeDelegate(this))
    , m_properties(new QTableView)
    , m_scriptPanel(new ScriptPanel)
    , m_policyModel(new PolicyTableModel(this))
    , m_policies(new QTableView)
    , m_options(new MappingOptionsForm)
    , m_scoping(new ScopingEditor)
    , m_placeholder(new QLabel)
{
    auto* outer = new QStackedLayout(this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setObjectName(QStringLiteral("placeholder"));
    m_placeholder->setText(tr("Select a mapping in the project explorer, or create one with "
                              "File \u203a New Mapping."));
    outer->addWidget(m_placeholder);
    auto* page = new QWidget;
    outer->addWidget(page);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(12, 12, 12, 12);

    m_title->setObjectName(QStringLiteral("viewTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);
    m_subtitle->setObjectName(QStringLiteral("viewHint"));
    layout->addWidget(m_subtitle);

    auto* pickers = new QHBoxLayout;
    for (QComboBox* picker : {m_source, m_target}) {
        picker->setEditable(true);
        picker->setInsertPolicy(QComboBox::NoInsert);
        picker->setMinimumWidth(260);
        picker->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }
    m_source->setObjectName(QStringLiteral("sourcePicker"));
    m_target->setObjectName(QStringLiteral("targetPicker"));
    auto* sourceLabel = new QLabel(tr("&Source:"));
    sourceLabel->setBuddy(m_source);
    auto* targetLabel = new QLabel(tr("&Target:"));
    targetLabel->setBuddy(m_target);
    pickers->addWidget(sourceLabel);
    pickers->addWidget(m_source, 1);
    pickers->addSpacing(8);
    pickers->addWidget(new QLabel(QStringLiteral("\u2192")));
    pickers->addSpacing(8);
    pickers->addWidget(targetLabel);
    pickers->addWidget(m_target, 1);
    layout->addLayout(pickers);
    connect(m_source, &QComboBox::activated, this,
            [this] { pickObjectSet(m_source, QStringLiteral("source")); });
    connect(m_target, &QComboBox::activated, this,
            [this] { pickObjectSet(m_target, QStringLiteral("target")); });
    connect(m_source->lineEdit(), &QLineEdit::editingFinished, this,
            [this] { pickObjectSet(m_source, QStringLiteral("source")); });
    connect(m_target->lineEdit(), &QLineEdit::editingFinished, this,
            [this] { pickObjectSet(m_target, QStringLiteral("target")); });

    // Attributes: buttons, the table and the script panel.
    auto* attributes = new QWidget;
    auto* attributesLayout = new QVBoxLayout(attributes);
    auto* buttons = new QHBoxLayout;
    QToolButton* add = toolButton(tr("+ Add"), tr("Add an attribute row (Ctrl+Shift+N)"),
                                  QStringLiteral("addAttribute"));
    add->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    QToolButton* remove =
        toolButton(tr("Remove"), tr("Remove the selected row"), QStringLiteral("removeAttribute"));
    QToolButton* duplicate = toolButton(tr("Duplicate"), tr("Duplicate the selected row"),
                                        QStringLiteral("duplicateAttribute"));
    QToolButton* up =
        toolButton(tr("\u2191 Up"), tr("Move the selected row up"), QStringLiteral("moveUp"));
    QToolButton* down =
        toolButton(tr("\u2193 Down"), tr("Move the selected row down"), QStringLiteral("moveDown"));
    for (QToolButton* b : {add, remove, duplicate, up, down})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto* dragHint = new QLabel(tr("Drag rows to reorder; drop attributes from the Schema dock"));
    dragHint->setObjectName(QStringLiteral("viewHint"));
    buttons->addWidget(dragHint);
    attributesLayout->addLayout(buttons);
    connect(add, &QToolButton::clicked, this, &MappingEditor::addAttribute);
    connect(remove, &QToolButton::clicked, this, &MappingEditor::removeAttribute);
    connect(duplicate, &QToolButton::clicked, this, &MappingEditor::duplicateAttribute);
    connect(up, &QToolButton::clicked, this, &MappingEditor::moveAttributeUp);
    connect(down, &QToolButton::clicked, this, &MappingEditor::moveAttributeDown);

    m_properties->setObjectName(QStringLiteral("propertyTable"));
    m_properties->setModel(m_propertyModel);
    m_properties->setItemDelegate(m_attributeDelegate);
    m_properties->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_properties->setSelectionMode(QAbstractItemView::SingleSelection);
    m_properties->setDragEnabled(true);
    m_properties->setAcceptDrops(true);
    m_properties->setDropIndicatorShown(true);
    m_properties->setDragDropMode(QAbstractItemView::DragDrop);
    m_properties->setDefaultDropAction(Qt::MoveAction);
    m_properties->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_properties->horizontalHeader()->setStretchLastSection(true);
    m_properties->setAlternatingRowColors(true);
    m_properties->setEditTriggers(QAbstractItemView::DoubleClicked |
                                  QAbstractItemView::EditKeyPressed |
                                  QAbstractItemView::AnyKeyPressed);
    m_properties->setColumnWidth(PropertyTableModel::Source, 170);
    m_properties->setColumnWidth(PropertyTableModel::Target, 170);
    m_properties->setColumnWidth(PropertyTableModel::Transform, 300);
    m_properties->setColumnWidth(PropertyTableModel::Condition, 160);
    connect(m_properties->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MappingEditor::currentRowChanged);

    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(m_properties);
    m_scriptPanel->setObjectName(QStringLiteral("scriptPanel"));
    split->addWidget(m_scriptPanel);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    attributesLayout->addWidget(split, 1);
    m_tabs->addTab(attributes, tr("Attributes"));

    m_policies->setObjectName(QStringLiteral("policyTable"));
    m_policies->setModel(m_policyModel);
    m_policies->setItemDelegate(new ActionDelegate(this));
    m_policies->verticalHeader()->hide();
    m_policies->horizontalHeader()->setStretchLastSection(true);
    m_policies->setAlternatingRowColors(true);
    m_policies->setColumnWidth(PolicyTableModel::Situation, 220);
    m_policies->setColumnWidth(PolicyTableModel::Action, 200);
    m_policies->setColumnWidth(PolicyTableModel::Condition, 300);
    m_policies->setEditTriggers(QAbstractItemView::DoubleClicked |
                                QAbstractItemView::EditKeyPressed |
                                QAbstractItemView::SelectedClicked);
    m_tabs->addTab(m_policies, tr("Policies"));
    m_options->setObjectName(QStringLiteral("mappingOptions"));
    m_tabs->addTab(m_options, tr("Correlation && options"));
    m_scoping->setObjectName(QStringLiteral("scopingEditor"));
    m_tabs->addTab(m_scoping, tr("Scoping"));
    layout->addWidget(m_tabs, 1);
}

void MappingEditor::setDocument(ProjectDocument* document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &ProjectDocument::changed, this, &MappingEditor::documentChanged);
    m_scriptPanel->setDocument(document);
    m_scoping->setDocument(document);
    m_name.clear();
    bind({});
}

void MappingEditor::setMapping(const QString& name)
{
    m_name = name;
    bind(m_document ? m_document->mapping(name) : config::Mapping{});
}

void MappingEditor::setEnvironmentFactory(const ReconEnvironmentFactory& factory)
{
    m_scoping->setEnvironmentFactory(factory);
    m_scriptPanel->setEnvironmentFactory(factory);
}

void MappingEditor::documentChanged()
{
    if (!m_document || m_name.isEmpty())
        return;
    config::Mapping found = m_document->mapping(m_name);
    if (!found.file() && m_mapping.file() && m_mapping.node() != config::JsonText::NoNode) {
        // Renamed (or a rename undone): the same place holds it under its new name.
        found = m_mapping;
        m_name = found.name();
    }
    if (found.file() != m_mapping.file() || found.pointer() != m_mapping.pointer())
        bind(found);
    else {
        m_scoping->mappingChanged(found);
        refreshPickers();
    }
}

void MappingEditor::bind(const config::Mapping& mapping)
{
    m_mapping = mapping;
    auto* stack = static_cast<QStackedLayout*>(layout());
    stack->setCurrentIndex(mapping.file() ? 1 : 0);
    m_propertyModel->setMapping(m_document, mapping);
    m_policyModel->setMapping(m_document, mapping);
    m_options->setMapping(m_document, mapping);
    m_scriptPanel->setRow(mapping, {});
    m_scoping->setMapping(mapping);
    refreshPickers();
}

void MappingEditor::refreshPickers()
{
    if (!m_document || !m_mapping.file())
        return;
    const ObjectSetCatalog catalog(m_document->project());
    m_title->setText(m_mapping.name());
    m_subtitle->setText(m_mapping.isInSyncJson()
                            ? tr("in %1").arg(m_mapping.file()->relativePath)
                            : tr("mapping file %1").arg(m_mapping.file()->relativePath));
    for (QComboBox* picker : {m_source, m_target}) {
        if (picker->lineEdit()->hasFocus())
            continue;
        const QString value = picker == m_source ? m_mapping.source() : m_mapping.target();
        const QSignalBlocker blocker(picker);
        picker->clear();
        picker->addItems(catalog.paths());
        const int index = picker->findText(value);
        if (index >= 0)
            picker->setCurrentIndex(index);
        else
            picker->setEditText(value);
    }
    const ObjectSetCatalog::ObjectSet* source = catalog.find(m_mapping.source());
    const ObjectSetCatalog::ObjectSet* target = catalog.find(m_mapping.target());
    m_attributeDelegate->setAttributeNames(source ? source->attributeNames() : QStringList(),
                                           target ? target->attributeNames() : QStringList());
    m_scoping->setAttributeNames(source ? source->attributeNames() : QStringList());
    if (m_scriptPanel->sampleEditor()->toPlainText().isEmpty())
        m_scriptPanel->setSampleObject(sampleFor(source));
}

void MappingEditor::pickObjectSet(QComboBox* picker, const QString& member)
{
    if (!m_document || !m_mapping.file())
        return;
    const QString value = picker->currentText().trimmed();
    const QString current =
        member == QLatin1String("source") ? m_mapping.source() : m_mapping.target();
    if (value.isEmpty() || value == current)
        return;
    m_document->undoStack()->push(new SetMemberCommand(m_document, m_mapping.file()->relativePath,
                                                       m_mapping.pointer(), member, value,
                                                       tr("Set %1 to %2").arg(member, value)));
    m_scriptPanel->setSampleObject(
        sampleFor(ObjectSetCatalog(m_document->project()).find(m_mapping.source())));
}

int MappingEditor::currentRow() const
{
    const QModelIndex current = m_properties->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void MappingEditor::selectRow(int row, int column)
{
    if (row < 0 || row >= m_propertyModel->rowCount())
        return;
    m_properties->setCurrentIndex(m_propertyModel->index(row, column));
}

void MappingEditor::currentRowChanged()
{
    const int row = currentRow();
    m_scriptPanel->setRow(m_mapping, row >= 0 ? m_propertyModel->rowPointer(row) : QString());
    const QModelIndex current = m_properties->currentIndex();
    if (current.isValid() && current.column() == PropertyTableModel::Condition)
        m_scriptPanel->setPart(ScriptPanel::Part::Condition);
    else if (current.isValid() && current.column() == PropertyTableModel::Transform)
        m_scriptPanel->setPart(ScriptPanel::Part::Transform);
}

void MappingEditor::addAttribute()
{
    const int at = currentRow() >= 0 ? currentRow() + 1 : m_propertyModel->rowCount();
    m_propertyModel->addRow(at, QString(), QString());
    selectRow(at, PropertyTableModel::Source);
    m_properties->setFocus();
}

void MappingEditor::removeAttribute()
{
    const int row = currentRow();
    m_propertyModel->removeRow(row);
    selectRow(qMin(row, m_propertyModel->rowCount() - 1));
}

void MappingEditor::duplicateAttribute()
{
    const int row = currentRow();
    m_propertyModel->duplicateRow(row);
    selectRow(row + 1);
}

void MappingEditor::moveAttributeUp()
{
    const int row = currentRow();
    if (row <= 0)
        return;
    m_propertyModel->moveRow(row, row - 1);
    selectRow(row - 1);
}

void MappingEditor::moveAttributeDown()
{
    const int row = currentRow();
    if (row < 0 || row + 1 >= m_propertyModel->rowCount())
        return;
    m_propertyModel->moveRow(row, row + 1);
    selectRow(row + 1);
}

void MappingEditor::showPointer(const QString& pointer)
{
    if (!m_mapping.file() || !pointer.startsWith(m_mapping.pointer()))
        return;
    const QStringList parts =
        pointer.mid(m_mapping.pointer().size()).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.value(0) == QLatin1String("properties") && parts.size() >= 2) {
        m_tabs->setCurrentIndex(0);
        int column = PropertyTableModel::Target;
        for (int c = 0; c < PropertyTableModel::ColumnCount; ++c) {
            if (parts.value(2) == PropertyTableModel::memberName(c))
                column = c;
        }
        selectRow(parts[1].toInt(), column);
        m_properties->setFocus();
    } else if (parts.value(0) == QLatin1String("policies") && parts.size() >= 2) {
        m_tabs->setCurrentIndex(1);
        const QVector<config::Policy> policies = m_mapping.policies();
        const int index = parts[1].toInt();
        if (index < policies.size()) {
            const int row = config::allSituationNames().indexOf(policies[index].situation);
            if (row >= 0)
                m_policies->setCurrentIndex(m_policyModel->index(row, PolicyTableModel::Action));
        }
        m_policies->setFocus();
    } else if (!parts.isEmpty()) {
        if (parts[0] == QLatin1String("source"))
            m_source->setFocus();
        else if (parts[0] == QLatin1String("target"))
            m_target->setFocus();
        else if (parts[0] == QLatin1String("sourceCondition") ||
                 parts[0] == QLatin1String("validSource"))
            m_tabs->setCurrentWidget(m_scoping);
        else
            m_tabs->setCurrentIndex(2);
    }
}

} // namespace syncstudio::ui
