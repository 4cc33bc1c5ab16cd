#include "ScopingEditor.h"

#include "SourceObjects.h"
#include "common/BackgroundTasks.h"
#include "config/Project.h"
#include "project/OrderedObject.h"
#include "project/ProjectDocument.h"
#include "project/SetMemberCommand.h"
#include "query/ScopingFilter.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace syncstudio::ui {

using query::FilterValue;
using query::ScopingClause;
using query::ScopingGroup;
using query::ScopingOperator;

namespace {
const ScopingOperator AllOperators[] = {
    ScopingOperator::Equals,      ScopingOperator::NotEquals,  ScopingOperator::IsNull,
    ScopingOperator::IsNotNull,   ScopingOperator::StartsWith, ScopingOperator::Contains,
    ScopingOperator::GreaterThan, ScopingOperator::LessThan,   ScopingOperator::IsTrue,
    ScopingOperator::IsFalse,     ScopingOperator::RegexMatch, ScopingOperator::IsMemberOf,
};

QString operatorLabel(ScopingOperator op)
{
    switch (op) {
    case ScopingOperator::Equals:
        return ScopingEditor::tr("equals");
    case ScopingOperator::NotEquals:
        return ScopingEditor::tr("not equals");
    case ScopingOperator::IsNull:
        return ScopingEditor::tr("is null");
    case ScopingOperator::IsNotNull:
        return ScopingEditor::tr("is not null");
    case ScopingOperator::StartsWith:
        return ScopingEditor::tr("starts with");
    case ScopingOperator::Contains:
        return ScopingEditor::tr("contains");
    case ScopingOperator::GreaterThan:
        return ScopingEditor::tr("greater than");
    case ScopingOperator::LessThan:
        return ScopingEditor::tr("less than");
    case ScopingOperator::IsTrue:
        return ScopingEditor::tr("is true");
    case ScopingOperator::IsFalse:
        return ScopingEditor::tr("is false");
    case ScopingOperator::RegexMatch:
        return ScopingEditor::tr("matches regex");
    case ScopingOperator::IsMemberOf:
        return ScopingEditor::tr("is member of");
    }
    return {};
}

bool looksTyped(const QString& text)
{
    bool number = false;
    text.toDouble(&number);
    return number || text == QLatin1String("true") || text == QLatin1String("false") ||
           (text.size() >= 2 && text.startsWith(QLatin1Char('"')) &&
            text.endsWith(QLatin1Char('"')));
}

// Strings show as they are; a string that would read as a number or boolean in quotes.
QString valueText(const FilterValue& value)
{
    if (value.isNull())
        return {};
    if (value.isString())
        return looksTyped(value.toString()) ? query::quoteFilterString(value.toString())
                                            : value.toString();
    return value.toFilterText();
}

FilterValue valueFromText(const QString& text, ScopingOperator op)
{
    if (!query::scopingOperatorTakesValue(op))
        return {};
    if (op == ScopingOperator::IsMemberOf || op == ScopingOperator::RegexMatch)
        return FilterValue::string(text);
    if (text.size() >= 2 && text.startsWith(QLatin1Char('"')) && text.endsWith(QLatin1Char('"'))) {
        QString inner = text.mid(1, text.size() - 2);
        inner.replace(QStringLiteral("\\\""), QStringLiteral("\""));
        inner.replace(QStringLiteral("\\\\"), QStringLiteral("\\"));
        return FilterValue::string(inner);
    }
    if (text == QLatin1String("true") || text == QLatin1String("false"))
        return FilterValue::boolean(text == QLatin1String("true"));
    bool ok = false;
    const qint64 integer = text.toLongLong(&ok);
    if (ok)
        return FilterValue::integer(integer);
    const double number = text.toDouble(&ok);
    if (ok)
        return FilterValue::number(number);
    return FilterValue::string(text);
}

// What the mapping holds for scoping, to tell whether an edit of the document changed it.
QString scopingSignature(const config::Mapping& mapping)
{
    if (!mapping.file())
        return {};
    const config::Condition condition = mapping.sourceCondition();
    const config::ScriptObject validSource = mapping.validSource();
    return QStringList{condition.filter,
                       condition.script.present ? QStringLiteral("1") : QString(),
                       condition.script.source,
                       condition.script.file,
                       validSource.present ? QStringLiteral("1") : QString(),
                       validSource.type,
                       validSource.source,
                       validSource.file}
        .join(QChar(0x1f));
}

QString attributeText(const query::JsonPointer& pointer)
{
    return pointer.tokens().join(QLatin1Char('/'));
}
} // namespace

ScopingEditor::ScopingEditor(QWidget* parent)
    : QWidget(parent)
    , m_clauses(new QWidget)
    , m_clausesLayout(new QVBoxLayout(m_clauses))
    , m_reason(new QLabel)
    , m_generated(new QPlainTextEdit)
    , m_generatedTitle(new QLabel)
    , m_problem(new QLabel)
    , m_count(new QLabel)
    , m_addGroup(new QPushButton(tr("+ Group (or)")))
    , m_apply(new QPushButton(tr("Apply")))
    , m_revert(new QPushButton(tr("Revert")))
    , m_countTimer(new QTimer(this))
    , m_tasks(new BackgroundTasks(this))
{
    auto* layout = new QVBoxLayout(this);
    auto* hint = new QLabel(tr("A source object is in scope when all clauses of a group hold, "
                               "in any one group. No clauses: every object is in scope."));
    hint->setObjectName(QStringLiteral("viewHint"));
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_reason->setObjectName(QStringLiteral("scopingReason"));
    m_reason->setWordWrap(true);
    m_reason->hide();
    layout->addWidget(m_reason);

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_clauses->setObjectName(QStringLiteral("scopingClauses"));
    m_clausesLayout->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_clauses);
    leftLayout->addWidget(scroll, 1);
    auto* buttons = new QHBoxLayout;
    m_addGroup->setObjectName(QStringLiteral("addScopingGroup"));
    m_addGroup->setToolTip(tr("Add a group of clauses; an object in any group is in scope"));
    buttons->addWidget(m_addGroup);
    buttons->addStretch(1);
    m_revert->setObjectName(QStringLiteral("revertScoping"));
    m_revert->setToolTip(tr("Forget the clauses' changes and show what the mapping holds"));
    m_apply->setObjectName(QStringLiteral("applyScoping"));
    m_apply->setProperty("primary", true);
    m_apply->setToolTip(tr("Write the clauses into the mapping"));
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);
    leftLayout->addLayout(buttons);
    m_problem->setObjectName(QStringLiteral("scopingProblem"));
    m_problem->setWordWrap(true);
    leftLayout->addWidget(m_problem);

    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_generatedTitle->setObjectName(QStringLiteral("sectionTitle"));
    rightLayout->addWidget(m_generatedTitle);
    m_generated->setObjectName(QStringLiteral("generatedScoping"));
    m_generated->setReadOnly(true);
    m_generated->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    rightLayout->addWidget(m_generated, 1);

    auto* split = new QSplitter(Qt::Horizontal);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    auto* countRow = new QHBoxLayout;
    m_count->setObjectName(QStringLiteral("scopeCount"));
    m_count->setWordWrap(true);
    countRow->addWidget(m_count, 1);
    auto* recountButton = new QPushButton(tr("Count again"));
    recountButton->setObjectName(QStringLiteral("recountScope"));
    countRow->addWidget(recountButton);
    layout->addLayout(countRow);

    m_countTimer->setSingleShot(true);
    m_countTimer->setInterval(400);
    connect(m_countTimer, &QTimer::timeout, this, &ScopingEditor::recount);
    connect(recountButton, &QPushButton::clicked, this, &ScopingEditor::recount);
    connect(m_addGroup, &QPushButton::clicked, this, &ScopingEditor::addGroup);
    connect(m_apply, &QPushButton::clicked, this, &ScopingEditor::apply);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        read(currentMapping());
        m_countTimer->start();
    });
    setEnabled(false);
}

ScopingEditor::~ScopingEditor() = default;

void ScopingEditor::setDocument(ProjectDocument* document)
{
    m_tasks->cancelRunning();
    m_document = document;
}

void ScopingEditor::setEnvironmentFactory(ReconEnvironmentFactory factory)
{
    m_factory = std::move(factory);
}

void ScopingEditor::setAttributeNames(const QStringList& names)
{
    if (names == m_attributeNames)
        return;
    m_attributeNames = names;
    const QList<QComboBox*> pickers =
        m_clauses->findChildren<QComboBox*>(QStringLiteral("clauseAttribute"));
    for (QComboBox* picker : pickers) {
        const QSignalBlocker blocker(picker);
        const QString text = picker->currentText();
        picker->clear();
        picker->addItems(names);
        picker->setEditText(text);
    }
}

void ScopingEditor::setMapping(const config::Mapping& mapping)
{
    m_tasks->cancelRunning();
    read(mapping);
    m_count->clear();
    if (mapping.file())
        m_countTimer->start(0);
}

void ScopingEditor::mappingChanged(const config::Mapping& mapping)
{
    const bool edited = m_readable && m_groups != m_applied;
    const QString signature = scopingSignature(mapping);
    m_mapping = mapping;
    if (signature == m_signature)
        return;
    if (edited) {
        m_signature = signature;
        const query::ScopingReading reading = query::ScopingFilter::fromMapping(mapping);
        m_applied = reading.groups.value_or(QVector<ScopingGroup>());
        refreshGenerated();
    } else {
        read(mapping);
    }
    m_countTimer->start();
}

config::Mapping ScopingEditor::currentMapping() const
{
    if (m_document && !m_mapping.name().isEmpty()) {
        const config::Mapping found = m_document->mapping(m_mapping.name());
        if (found.file())
            return found;
    }
    return m_mapping;
}

void ScopingEditor::read(const config::Mapping& mapping)
{
    m_mapping = mapping;
    m_signature = scopingSignature(mapping);
    setEnabled(mapping.file() && m_document);
    const query::ScopingReading reading = query::ScopingFilter::fromMapping(mapping);
    m_readable = reading.groups.has_value();
    m_groups = reading.groups.value_or(QVector<ScopingGroup>());
    m_applied = m_groups;
    if (m_readable) {
        m_reason->hide();
    } else {
        m_reason->setText(
            tr("<b>Shown as text:</b> %1. Apply clauses to replace it.").arg(reading.reason));
        m_reason->show();
    }
    rebuild();
}

void ScopingEditor::rebuild()
{
    while (QLayoutItem* item = m_clausesLayout->takeAt(0)) {
        if (QWidget* w = item->widget())
            w->deleteLater();
        delete item;
    }
    for (int g = 0; g < m_groups.size(); ++g) {
        if (g > 0) {
            auto* orLabel = new QLabel(tr("\u2014 or \u2014"));
            orLabel->setAlignment(Qt::AlignCenter);
            m_clausesLayout->addWidget(orLabel);
        }
        auto* box = new QGroupBox(tr("Group %1: all of these hold").arg(g + 1));
        box->setObjectName(QStringLiteral("scopingGroup"));
        auto* boxLayout = new QVBoxLayout(box);
        for (int c = 0; c < m_groups[g].size(); ++c) {
            const ScopingClause& clause = m_groups[g][c];
            auto* row = new QHBoxLayout;
            auto* attribute = new QComboBox;
            attribute->setObjectName(QStringLiteral("clauseAttribute"));
            attribute->setEditable(true);
            attribute->setInsertPolicy(QComboBox::NoInsert);
            attribute->addItems(m_attributeNames);
            attribute->setEditText(attributeText(clause.attribute));
            attribute->setMinimumWidth(160);
            auto* op = new QComboBox;
            op->setObjectName(QStringLiteral("clauseOperator"));
            for (ScopingOperator o : AllOperators)
                op->addItem(operatorLabel(o), static_cast<int>(o));
            op->setCurrentIndex(op->findData(static_cast<int>(clause.op)));
            auto* value = new QLineEdit;
            value->setObjectName(QStringLiteral("clauseValue"));
            value->setText(valueText(clause.value));
            value->setEnabled(query::scopingOperatorTakesValue(clause.op));
            value->setPlaceholderText(
                clause.op == ScopingOperator::IsMemberOf ? tr("Sales, Marketing") : tr("value"));
            auto* remove = new QToolButton;
            remove->setObjectName(QStringLiteral("removeClause"));
            remove->setText(QStringLiteral("\u2715"));
            remove->setToolTip(tr("Remove this clause"));
            row->addWidget(attribute, 2);
            row->addWidget(op, 1);
            row->addWidget(value, 2);
            row->addWidget(remove);
            boxLayout->addLayout(row);

            auto update = [this, g, c, attribute, op, value] {
                if (g >= m_groups.size() || c >= m_groups[g].size())
                    return;
                ScopingClause& edited = m_groups[g][c];
                edited.attribute = query::JsonPointer::parse(attribute->currentText().trimmed());
                edited.op = static_cast<ScopingOperator>(op->currentData().toInt());
                value->setEnabled(query::scopingOperatorTakesValue(edited.op));
                edited.value = valueFromText(value->text(), edited.op);
                clausesEdited();
            };
            connect(attribute, &QComboBox::currentTextChanged, this, update);
            connect(op, &QComboBox::currentIndexChanged, this, update);
            connect(value, &QLineEdit::textChanged, this, update);
            connect(remove, &QToolButton::clicked, this, [this, g, c] { removeClause(g, c); });
        }
        auto* addRow = new QHBoxLayout;
        auto* add = new QPushButton(tr("+ Clause (and)"));
        add->setObjectName(QStringLiteral("addClause"));
        add->setToolTip(tr("Add a clause that must hold as well"));
        addRow->addWidget(add);
        addRow->addStretch(1);
        boxLayout->addLayout(addRow);
        connect(add, &QPushButton::clicked, this, [this, g] { addClause(g); });
        m_clausesLayout->addWidget(box);
    }
    if (m_groups.isEmpty() && m_readable) {
        auto* none = new QLabel(tr("No clauses: every source object is in scope."));
        none->setObjectName(QStringLiteral("viewHint"));
        m_clausesLayout->addWidget(none);
    }
    m_clausesLayout->addStretch(1);
    refreshGenerated();
}

void ScopingEditor::addGroup()
{
    m_readable = true;
    m_reason->hide();
    m_groups.append(ScopingGroup{ScopingClause{}});
    rebuild();
    clausesEdited();
}

void ScopingEditor::addClause(int group)
{
    if (group < 0 || group >= m_groups.size())
        return;
    m_groups[group].append(ScopingClause{});
    rebuild();
    clausesEdited();
}

void ScopingEditor::removeClause(int group, int clause)
{
    if (group < 0 || group >= m_groups.size() || clause < 0 || clause >= m_groups[group].size())
        return;
    m_groups[group].remove(clause);
    if (m_groups[group].isEmpty())
        m_groups.remove(group);
    // Removing deletes the button that asked: rebuild once the click is done.
    QTimer::singleShot(0, this, [this] {
        rebuild();
        clausesEdited();
    });
}

void ScopingEditor::clausesEdited()
{
    refreshGenerated();
    m_countTimer->start();
}

void ScopingEditor::refreshGenerated()
{
    if (!m_readable) {
        const config::Condition condition = m_mapping.sourceCondition();
        if (condition.isFilter()) {
            m_generatedTitle->setText(tr("sourceCondition (as the mapping has it)"));
            m_generated->setPlainText(condition.filter);
        } else {
            const config::ScriptObject script =
                condition.isScript() ? condition.script : m_mapping.validSource();
            m_generatedTitle->setText(condition.isScript()
                                          ? tr("sourceCondition script (as the mapping has it)")
                                          : tr("validSource (as the mapping has it)"));
            m_generated->setPlainText(script.isInline() ? script.source
                                                        : tr("// kept in %1").arg(script.file));
        }
        m_problem->clear();
        m_apply->setEnabled(false);
        m_revert->setEnabled(false);
        return;
    }
    const query::ScopingFilter filter(m_groups);
    const QString problem = filter.problem();
    const query::ScopingCondition condition = filter.toCondition();
    if (!condition.validSource.isEmpty()) {
        m_generatedTitle->setText(tr("Generated validSource script"));
        m_generated->setPlainText(condition.validSource);
    } else {
        m_generatedTitle->setText(tr("Generated sourceCondition"));
        m_generated->setPlainText(condition.sourceCondition.isEmpty()
                                      ? tr("(none: every object is in scope)")
                                      : condition.sourceCondition);
    }
    m_problem->setText(
        problem.isEmpty()
            ? QString()
            : tr("<span style='color:#b71c1c'>%1</span>").arg(problem.toHtmlEscaped()));
    const bool edited = m_groups != m_applied;
    m_apply->setEnabled(edited && problem.isEmpty() && m_document);
    m_revert->setEnabled(edited);
}

void ScopingEditor::apply()
{
    if (!m_document || !m_readable)
        return;
    const config::Mapping mapping = currentMapping();
    if (!mapping.file())
        return;
    const query::ScopingFilter filter(m_groups);
    if (!filter.problem().isEmpty())
        return;
    const query::ScopingCondition condition = filter.toCondition();
    const config::Condition oldCondition = mapping.sourceCondition();
    const config::ScriptObject oldValidSource = mapping.validSource();
    const QString file = mapping.file()->relativePath;
    const QString pointer = mapping.pointer();

    auto* macro = new QUndoCommand(tr("Set the scoping filter of %1").arg(mapping.name()));
    int count = 0;
    if (condition.sourceCondition.isEmpty()) {
        if (oldCondition.isSet()) {
            new SetMemberCommand(m_document, file, pointer, QStringLiteral("sourceCondition"),
                                 QJsonValue::Undefined, macro->text(), false, macro);
            ++count;
        }
    } else if (!oldCondition.isFilter() || oldCondition.filter != condition.sourceCondition) {
        new SetMemberCommand(m_document, file, pointer, QStringLiteral("sourceCondition"),
                             condition.sourceCondition, macro->text(), false, macro);
        ++count;
    }
    if (condition.validSource.isEmpty()) {
        if (oldValidSource.present) {
            new SetMemberCommand(m_document, file, pointer, QStringLiteral("validSource"),
                                 QJsonValue::Undefined, macro->text(), false, macro);
            ++count;
        }
    } else if (!oldValidSource.isInline() || oldValidSource.source != condition.validSource) {
        new SetMemberCommand(m_document, file, pointer, QStringLiteral("validSource"),
                             inlineJavaScript(condition.validSource), macro->text(), macro);
        ++count;
    }
    if (count == 0) {
        delete macro;
        m_applied = m_groups;
        refreshGenerated();
        return;
    }
    m_applied = m_groups;
    m_document->undoStack()->push(macro);
    refreshGenerated();
}

void ScopingEditor::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_countPending)
        m_countTimer->start(0);
}

void ScopingEditor::recount()
{
    m_countTimer->stop();
    if (!m_document || !m_mapping.file())
        return;
    // Counting reads the whole source: only for someone looking at the count.
    m_countPending = !isVisible();
    if (m_countPending) {
        m_tasks->cancelRunning();
        m_count->clear();
        return;
    }
    QString error;
    recon::MappingRules rules = recon::MappingRules::fromMapping(currentMapping(), &error);
    if (!rules.source.isValid()) {
        m_count->setText(tr("Cannot count the source objects: %1").arg(error));
        return;
    }
    if (m_readable) {
        const query::ScopingFilter filter(m_groups);
        if (!filter.problem().isEmpty()) {
            m_count->setText(tr("Complete the clauses to count the objects in scope."));
            return;
        }
        const query::ScopingCondition condition = filter.toCondition();
        rules.sourceCondition = {};
        rules.sourceCondition.filter = condition.sourceCondition;
        rules.validSource = {};
        if (!condition.validSource.isEmpty()) {
            rules.validSource.present = true;
            rules.validSource.type = QStringLiteral("text/javascript");
            rules.validSource.source = condition.validSource;
        }
    }
    recon::ReconEnvironment environment = environmentFor(m_factory, m_document->project(), &error);
    if (!environment.openResource) {
        m_count->setText(tr("Cannot count the source objects: %1").arg(error));
        return;
    }
    m_count->setText(tr("Counting the source objects in scope\u2026"));
    m_tasks->run(
        [environment, rules](const std::atomic_bool& cancelled) {
            return countInScope(environment, rules, cancelled);
        },
        [this](const ScopeCount& count) {
            if (count.cancelled)
                return;
            QString text;
            if (count.total == 0 && !count.error.isEmpty())
                text = tr("Cannot count the source objects: %1").arg(count.error);
            else
                text =
                    tr("%1 of %2 source objects are in scope").arg(count.inScope).arg(count.total);
            if (count.failed > 0)
                text +=
                    tr("; %n could not be evaluated: %1", nullptr, static_cast<int>(count.failed))
                        .arg(count.error);
            else if (count.total > 0 && !count.error.isEmpty())
                text += tr("; stopped: %1").arg(count.error);
            m_count->setText(text);
            m_count->setToolTip(count.error);
            emit counted();
        });
}

} // namespace syncstudio::ui
