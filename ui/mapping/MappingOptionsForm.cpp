#include "MappingOptionsForm.h"

#include "ScriptEditor.h"
#include "project/OrderedObject.h"
#include "project/ProjectDocument.h"
#include "project/SetMemberCommand.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
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
} // namespace

MappingOptionsForm::MappingOptionsForm(QWidget* parent)
    : QWidget(parent)
    , m_taskThreads(new QSpinBox)
    , m_sourceCondition(new QLineEdit)
    , m_linkQualifiers(new QLineEdit)
    , m_correlation(new ScriptEditor)
    , m_correlationNote(new QLabel)
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

    auto* correlation = new QGroupBox(tr("Correlation query"));
    auto* correlationLayout = new QVBoxLayout(correlation);
    m_correlationNote->setWordWrap(true);
    correlationLayout->addWidget(m_correlationNote);
    m_correlation->setObjectName(QStringLiteral("correlationEditor"));
    m_correlation->setPlaceholderText(
        tr("JavaScript returning a query, e.g. var qry = {'_queryFilter': 'userName eq \"' + "
           "source.uid + '\"'}; qry"));
    correlationLayout->addWidget(m_correlation);
    layout->addWidget(correlation, 1);
    connect(m_correlation, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading || !m_document || m_correlation->isReadOnly())
            return;
        const QString text = m_correlation->toPlainText();
        const QJsonValue current = m_mapping.field("correlationQuery");
        QUndoCommand* command;
        const QString file = m_mapping.file()->relativePath;
        if (text.isEmpty())
            command = new SetMemberCommand(
                m_document, file, m_mapping.pointer(), QStringLiteral("correlationQuery"),
                QJsonValue::Undefined, tr("Remove the correlation query"));
        else if (current.isObject())
            command = new SetMemberCommand(
                m_document, file, m_mapping.pointer() + QStringLiteral("/correlationQuery"),
                QStringLiteral("source"), text, tr("Edit the correlation query"), true);
        else
            command = new SetMemberCommand(m_document, file, m_mapping.pointer(),
                                           QStringLiteral("correlationQuery"),
                                           inlineJavaScript(text), tr("Add a correlation query"));
        m_document->undoStack()->push(command);
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
        const QJsonValue query = m_mapping.field("correlationQuery");
        const auto queries = m_mapping.correlationQueries();
        if (query.isArray()) {
            m_correlation->setReadOnly(true);
            m_correlation->setScript({});
            m_correlationNote->setText(tr("This mapping has one correlation query per link "
                                          "qualifier; edit them in the file."));
        } else if (!queries.isEmpty() && queries.first().script.present &&
                   !queries.first().script.isInline()) {
            m_correlation->setReadOnly(true);
            m_correlation->setScript(tr("// kept in %1").arg(queries.first().script.file));
            m_correlationNote->clear();
        } else {
            m_correlation->setReadOnly(false);
            m_correlation->setScript(queries.isEmpty() ? QString() : queries.first().script.source);
            m_correlationNote->setText(tr("Finds the target object of a source object that has no "
                                          "link yet; its result is a query on the target."));
        }
    }
    m_loading = false;
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
