#include "MappingOptionsForm.h"

#include "ScriptEditor.h"
#include "common/BackgroundTasks.h"
#include "config/Project.h"
#include "project/OrderedObject.h"
#include "project/ProjectDocument.h"
#include "project/SetMemberCommand.h"
#include "script/ScriptHost.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace syncstudio::ui {

namespace {
struct BoolOption
{
    const char* key;
    const char* label;
    bool idmDefault;
};
const BoolOption BoolOptions[] = {
    {"runTargetPhase",
     QT_TRANSLATE_NOOP("syncstudio::ui::MappingOptionsForm", "Run the target phase"), true},
    {"prefetchLinks", QT_TRANSLATE_NOOP("syncstudio::ui::MappingOptionsForm", "Prefetch links"),
     true},
    {"enableSync", QT_TRANSLATE_NOOP("syncstudio::ui::MappingOptionsForm", "Enable implicit sync"),
     true},
    {"correlateEmptyTargetSet",
     QT_TRANSLATE_NOOP("syncstudio::ui::MappingOptionsForm",
                       "Correlate when the target set is empty"),
     false},
};

const char* correlationKey(MappingOptionsForm::Correlation choice)
{
    return choice == MappingOptionsForm::Correlation::Script ? "correlationScript"
                                                             : "correlationQuery";
}

// source.uid, or source["first-name"] for a name that is not a JavaScript identifier.
QString sourceAccess(const QString& attribute)
{
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_$][A-Za-z0-9_$]*$"));
    if (identifier.match(attribute).hasMatch())
        return QStringLiteral("source.") + attribute;
    return QStringLiteral("source[\"%1\"]").arg(attribute);
}
} // namespace

MappingOptionsForm::MappingOptionsForm(QWidget* parent)
    : QWidget(parent)
    , m_taskThreads(new QSpinBox)
    , m_sourceCondition(new QLineEdit)
    , m_linkQualifiers(new QLineEdit)
    , m_correlationChoice(new QComboBox)
    , m_correlation(new ScriptEditor)
    , m_correlationNote(new QLabel)
    , m_correlationCheck(new QLabel)
    , m_checkDelay(new QTimer(this))
    , m_syntaxCheck(new BackgroundTasks(this))
{
    auto* layout = new QVBoxLayout(this);
    auto* options = new QGroupBox(tr("Options"));
    auto* form = new QFormLayout(options);
    for (const BoolOption& o : BoolOptions) {
        auto* check = new QCheckBox(tr(o.label));
        const QString key = QString::fromLatin1(o.key);
        check->setObjectName(key);
        m_checks.append({key, check});
        form->addRow(check);
        const bool idmDefault = o.idmDefault;
        connect(check, &QCheckBox::toggled, this,
                [this, key, idmDefault](bool on) { setBool(key, on, idmDefault); });
    }
    m_taskThreads->setObjectName(QStringLiteral("taskThreads"));
    m_taskThreads->setRange(0, 64);
    m_taskThreads->setToolTip(tr("Worker threads of a reconciliation; 0 runs on one thread"));
    form->addRow(tr("Task threads:"), m_taskThreads);
    connect(m_taskThreads, &QSpinBox::valueChanged, this, [this](int value) {
        if (!m_loading)
            setField(QStringLiteral("taskThreads"), value, tr("Set taskThreads to %1").arg(value),
                     true);
    });
    m_sourceCondition->setObjectName(QStringLiteral("sourceCondition"));
    m_sourceCondition->setPlaceholderText(tr("A query filter on the source object, e.g. "
                                             "/source/employmentStatus eq \"active\""));
    form->addRow(tr("Source condition:"), m_sourceCondition);
    connect(m_sourceCondition, &QLineEdit::editingFinished, this, [this] {
        const QString text = m_sourceCondition->text().trimmed();
        setField(QStringLiteral("sourceCondition"),
                 text.isEmpty() ? QJsonValue(QJsonValue::Undefined) : text,
                 tr("Edit the source condition"), false);
    });
    m_linkQualifiers->setObjectName(QStringLiteral("linkQualifiers"));
    m_linkQualifiers->setPlaceholderText(tr("default"));
    m_linkQualifiers->setToolTip(
        tr("Link qualifiers, comma-separated: each source object is reconciled once per "
           "qualifier. Empty: the single qualifier \"default\"."));
    form->addRow(tr("Link qualifiers:"), m_linkQualifiers);
    connect(m_linkQualifiers, &QLineEdit::editingFinished, this, [this] {
        if (m_loading || m_linkQualifiers->isReadOnly())
            return;
        QJsonArray names;
        for (const QString& name :
             m_linkQualifiers->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
            names.append(name.trimmed());
        if (QJsonValue(names) == m_mapping.field("linkQualifiers") ||
            (names.isEmpty() && m_mapping.field("linkQualifiers").isUndefined()))
            return;
        setField(QStringLiteral("linkQualifiers"),
                 names.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(names),
                 tr("Edit the link qualifiers"), false);
    });
    layout->addWidget(options);

    auto* correlation = new QGroupBox(tr("Correlation"));
    auto* correlationLayout = new QVBoxLayout(correlation);
    auto* choiceRow = new QFormLayout;
    m_correlationChoice->setObjectName(QStringLiteral("correlationChoice"));
    m_correlationChoice->addItem(tr("No correlation"));
    m_correlationChoice->addItem(tr("A query on the target (correlationQuery)"));
    m_correlationChoice->addItem(tr("A script that returns the targets (correlationScript)"));
    choiceRow->addRow(tr("Correlate by:"), m_correlationChoice);
    correlationLayout->addLayout(choiceRow);
    // activated, not currentIndexChanged: choosing what is shown again still resolves a file
    // that has both (and refresh() setting the index is no choice).
    connect(m_correlationChoice, &QComboBox::activated, this, [this](int index) {
        if (!m_loading)
            chooseCorrelation(static_cast<Correlation>(index));
    });
    m_correlationNote->setObjectName(QStringLiteral("correlationNote"));
    m_correlationNote->setWordWrap(true);
    correlationLayout->addWidget(m_correlationNote);
    m_correlation->setObjectName(QStringLiteral("correlationEditor"));
    correlationLayout->addWidget(m_correlation, 1);
    m_correlationCheck->setObjectName(QStringLiteral("correlationCheck"));
    m_correlationCheck->setWordWrap(true);
    correlationLayout->addWidget(m_correlationCheck);
    layout->addWidget(correlation, 1);
    connect(m_correlation, &QPlainTextEdit::textChanged, this,
            &MappingOptionsForm::correlationEdited);
    m_checkDelay->setSingleShot(true);
    m_checkDelay->setInterval(250);
    connect(m_checkDelay, &QTimer::timeout, this, &MappingOptionsForm::checkCorrelation);
}

namespace {
// IDM reads a member that is null as absent (JsonValue.isNull()).
bool hasMember(const config::Mapping& mapping, const char* key)
{
    const QJsonValue value = mapping.field(key);
    return !value.isUndefined() && !value.isNull();
}
} // namespace

MappingOptionsForm::Correlation MappingOptionsForm::correlation() const
{
    if (!m_mapping.file())
        return Correlation::None;
    if (hasMember(m_mapping, "correlationQuery"))
        return Correlation::Query;
    if (hasMember(m_mapping, "correlationScript"))
        return Correlation::Script;
    return Correlation::None;
}

config::ScriptObject MappingOptionsForm::correlationScriptObject() const
{
    switch (correlation()) {
    case Correlation::Script:
        return m_mapping.correlationScript();
    case Correlation::Query:
        if (m_mapping.field("correlationQuery").isObject())
            return m_mapping.correlationQueries().value(0).script;
        return {};
    case Correlation::None:
        break;
    }
    return {};
}

QString MappingOptionsForm::correlationTemplate(Correlation choice) const
{
    // The first attribute copied as it is is the likeliest key: "userName eq source.uid".
    QString sourceAttribute = QStringLiteral("_id");
    QString targetAttribute = QStringLiteral("_id");
    for (const config::PropertyMapping& p : m_mapping.properties()) {
        if (!p.source.isEmpty() && !p.target.isEmpty() && !p.transform.present) {
            sourceAttribute = p.source;
            targetAttribute = p.target;
            break;
        }
    }
    const QString filter = QStringLiteral("'%1 eq \"' + %2 + '\"'")
                               .arg(targetAttribute, sourceAccess(sourceAttribute));
    if (choice == Correlation::Query)
        return QStringLiteral("var qry = {'_queryFilter': %1};\nqry").arg(filter);
    return QStringLiteral("// The target objects this source object corresponds to.\n"
                          "openidm.query('%1', {'_queryFilter': %2}).result")
        .arg(m_mapping.target(), filter);
}

void MappingOptionsForm::chooseCorrelation(Correlation choice)
{
    if (!m_document || !m_mapping.file())
        return;
    const QString file = m_mapping.file()->relativePath;
    const QString label = choice == Correlation::None    ? tr("Remove the correlation")
                          : choice == Correlation::Query ? tr("Correlate by a query")
                                                         : tr("Correlate by a script");
    // One undo step: IDM refuses a mapping with both, so the other one goes as the chosen
    // one comes (a file that has both keeps the chosen one as it is).
    auto* change = new QUndoCommand(label);
    for (const Correlation other : {Correlation::Query, Correlation::Script}) {
        const char* key = correlationKey(other);
        if (other != choice && !m_mapping.field(key).isUndefined())
            new SetMemberCommand(m_document, file, m_mapping.pointer(), QString::fromLatin1(key),
                                 QJsonValue::Undefined, label, false, change);
    }
    if (choice != Correlation::None && !hasMember(m_mapping, correlationKey(choice)))
        new SetMemberCommand(m_document, file, m_mapping.pointer(),
                             QString::fromLatin1(correlationKey(choice)),
                             inlineJavaScript(correlationTemplate(choice)), label, change);
    if (change->childCount() == 0) {
        delete change; // already so
        return;
    }
    m_document->undoStack()->push(change);
}

void MappingOptionsForm::correlationEdited()
{
    if (m_loading || !m_document || m_correlation->isReadOnly())
        return;
    const Correlation current = correlation();
    if (current == Correlation::None)
        return;
    const QString key = QString::fromLatin1(correlationKey(current));
    m_document->undoStack()->push(new SetMemberCommand(
        m_document, m_mapping.file()->relativePath, m_mapping.pointer() + QLatin1Char('/') + key,
        QStringLiteral("source"), m_correlation->toPlainText(),
        current == Correlation::Query ? tr("Edit the correlation query")
                                      : tr("Edit the correlation script"),
        true));
}

void MappingOptionsForm::checkCorrelation()
{
    const Correlation current = correlation();
    m_syntaxCheck->cancelRunning();
    if (current == Correlation::None || m_correlation->isReadOnly()) {
        m_correlation->setError(0, {});
        m_correlationCheck->clear();
        return;
    }
    // Checked as the file has it: its type (Groovy is not checked here) and its globals.
    config::ScriptObject script = correlationScriptObject();
    script.source = m_correlation->toPlainText();
    if (script.source.trimmed().isEmpty()) {
        m_correlation->setError(0, {});
        m_correlationCheck->setText(
            QStringLiteral("<span style='color:#b71c1c'>%1</span>")
                .arg(tr("An empty script correlates nothing, and IDM stops on it; choose \"No "
                        "correlation\" to remove it.")
                         .toHtmlEscaped()));
        emit correlationChecked();
        return;
    }
    const script::ScriptKind kind = current == Correlation::Query
                                        ? script::ScriptKind::CorrelationQuery
                                        : script::ScriptKind::CorrelationScript;
    const QString projectRoot = m_document ? m_document->project().rootPath() : QString();
    // A QJSEngine belongs to the thread that made it: the check makes its own there.
    m_syntaxCheck->run(
        [script, kind, projectRoot](const std::atomic_bool&) {
            script::ScriptSettings settings;
            settings.projectRoot = projectRoot;
            script::ScriptHost host(settings);
            return host.check(script, kind);
        },
        [this, checked = script.source](const script::ScriptResult& result) {
            if (m_correlation->toPlainText() != checked)
                return; // typed on since; the check of the newer text is on its way
            if (result.isError()) {
                m_correlation->setError(result.line, result.message);
                m_correlationCheck->setText(QStringLiteral("<span style='color:#b71c1c'>%1</span>")
                                                .arg(tr("Line %1: %2")
                                                         .arg(result.line)
                                                         .arg(result.message.toHtmlEscaped())));
            } else if (result.isNotEvaluated()) {
                m_correlation->setError(0, {});
                m_correlationCheck->setText(tr("Not checked: %1").arg(result.message));
            } else {
                m_correlation->setError(0, {});
                m_correlationCheck->setText(tr("The script compiles."));
            }
            emit correlationChecked();
        });
}

QCheckBox* MappingOptionsForm::checkBox(const QString& key) const
{
    for (const auto& c : m_checks) {
        if (c.first == key)
            return c.second;
    }
    return nullptr;
}

void MappingOptionsForm::setMapping(ProjectDocument* document, const config::Mapping& mapping)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_mapping = mapping;
    if (m_document)
        connect(m_document, &ProjectDocument::changed, this, &MappingOptionsForm::refresh);
    refresh();
}

void MappingOptionsForm::refresh()
{
    m_loading = true;
    const bool valid = m_mapping.file() && m_mapping.node() != config::JsonText::NoNode;
    setEnabled(valid && m_document);
    if (valid) {
        for (const auto& c : m_checks) {
            const QByteArray key = c.first.toLatin1();
            for (const BoolOption& o : BoolOptions) {
                if (c.first == QLatin1String(o.key)) {
                    const QJsonValue v = m_mapping.field(key.constData());
                    c.second->setChecked(v.isBool() ? v.toBool() : o.idmDefault);
                }
            }
        }
        m_taskThreads->setValue(m_mapping.taskThreads());
        if (!m_sourceCondition->hasFocus())
            m_sourceCondition->setText(m_mapping.sourceCondition().filter);
        // A linkQualifiers script is shown, not edited here.
        const bool scripted = m_mapping.linkQualifiersScript().present;
        m_linkQualifiers->setReadOnly(scripted);
        if (scripted)
            m_linkQualifiers->setText(tr("(computed by a script)"));
        else if (!m_linkQualifiers->hasFocus())
            m_linkQualifiers->setText(m_mapping.linkQualifiers().join(QStringLiteral(", ")));
        refreshCorrelation();
    } else {
        m_checkDelay->stop();
        m_syntaxCheck->cancelRunning();
    }
    m_loading = false;
}

void MappingOptionsForm::refreshCorrelation()
{
    const Correlation current = correlation();
    m_correlationChoice->setCurrentIndex(static_cast<int>(current));
    const QJsonValue query = m_mapping.field("correlationQuery");
    const config::ScriptObject script = correlationScriptObject();
    // What cannot be edited here is shown as it is, and the choice stays as the file has it.
    QString readOnlyNote;
    if (query.isArray())
        readOnlyNote = tr("This mapping has one correlation query per link qualifier; edit them "
                          "in the file.");
    else if (current == Correlation::Query && query.isObject() && !script.present)
        readOnlyNote = tr("This correlation query was built with the IDM admin console's query "
                          "builder; edit it there or in the file.");
    else if (script.present && !script.isInline())
        readOnlyNote = tr("The script is kept in %1; edit it there.").arg(script.file);
    const bool editable = readOnlyNote.isEmpty() && current != Correlation::None;
    m_correlationChoice->setEnabled(readOnlyNote.isEmpty());
    m_correlation->setReadOnly(!editable);
    m_correlation->setEnabled(current != Correlation::None);
    if (!readOnlyNote.isEmpty()) {
        m_correlation->setScript(script.isInline() ? script.source : QString());
        m_correlationNote->setText(readOnlyNote);
    } else if (current == Correlation::None) {
        m_correlation->setScript({});
        m_correlationNote->setText(
            tr("A source object without a link is ABSENT and gets a new target object (as the "
               "ABSENT policy says). Correlate to link it to a target object that exists."));
    } else {
        // Always what the file holds: after an undo the editor must not keep newer text
        // (setScript leaves the cursor alone when the text is the same, as while typing).
        m_correlation->setScript(script.source);
        m_correlationNote->setText(
            current == Correlation::Query
                ? tr("Runs for a source object without a link and returns a query on %1: "
                     "{'_queryFilter': ...} or {'_queryId': ...}. Its results are the candidates.")
                      .arg(m_mapping.target())
                : tr("Runs for a source object without a link and returns the candidate target "
                     "objects (an array); source and linkQualifier are in scope."));
    }
    if (hasMember(m_mapping, "correlationQuery") && hasMember(m_mapping, "correlationScript"))
        m_correlationNote->setText(
            tr("This mapping has both a correlationQuery and a correlationScript, and IDM "
               "refuses to load it. The query is shown; choose what to keep above, and the "
               "other is removed."));
    m_checkDelay->start();
}

void MappingOptionsForm::setBool(const QString& key, bool value, bool idmDefault)
{
    if (m_loading || !m_document)
        return;
    const QByteArray k = key.toLatin1();
    const QJsonValue current = m_mapping.field(k.constData());
    if (current.isUndefined() && value == idmDefault)
        return;
    setField(key, value,
             tr("Set %1 to %2").arg(key, value ? QStringLiteral("true") : QStringLiteral("false")),
             false);
}

void MappingOptionsForm::setField(const QString& key, const QJsonValue& value, const QString& label,
                                  bool mergeable)
{
    if (!m_document || !m_mapping.file())
        return;
    m_document->undoStack()->push(new SetMemberCommand(m_document, m_mapping.file()->relativePath,
                                                       m_mapping.pointer(), key, value, label,
                                                       mergeable));
}

} // namespace syncstudio::ui
