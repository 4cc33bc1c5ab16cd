#include "ScriptPanel.h"

#include "ScriptEditor.h"
#include "ScriptWorker.h"
#include "SourceObjects.h"
#include "common/BackgroundTasks.h"
#include "config/Project.h"
#include "project/OrderedObject.h"
#include "project/ProjectDocument.h"
#include "project/SetMemberCommand.h"
#include "script/ScriptKind.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QThread>
#include <QUndoStack>
#include <QVBoxLayout>

namespace syncstudio::ui {

namespace {
QString compact(const QJsonValue& value)
{
    if (value.isUndefined())
        return QStringLiteral("undefined");
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

constexpr int PickLimit = 200;
} // namespace

ScriptPanel::ScriptPanel(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel)
    , m_partChoice(new QComboBox)
    , m_editor(new ScriptEditor)
    , m_sample(new QPlainTextEdit)
    , m_result(new QLabel)
    , m_checkStatus(new QLabel)
    , m_pick(new QPushButton(tr("Pick source object\u2026")))
    , m_pickStatus(new QLabel)
    , m_tasks(new BackgroundTasks(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* header = new QHBoxLayout;
    m_title->setObjectName(QStringLiteral("sectionTitle"));
    header->addWidget(m_title);
    header->addStretch(1);
    m_partChoice->addItem(tr("Transform"));
    m_partChoice->addItem(tr("Condition"));
    m_partChoice->setObjectName(QStringLiteral("scriptPart"));
    header->addWidget(m_partChoice);
    layout->addLayout(header);
    connect(m_partChoice, &QComboBox::currentIndexChanged, this,
            [this](int index) { setPart(index == 0 ? Part::Transform : Part::Condition); });

    m_editor->setObjectName(QStringLiteral("scriptEditor"));
    m_editor->setPlaceholderText(tr("JavaScript; its last expression is the value, e.g. "
                                    "source.toLowerCase()"));
    m_sample->setObjectName(QStringLiteral("sampleObject"));
    m_sample->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_sample->setPlaceholderText(tr("A source object as JSON"));
    m_result->setObjectName(QStringLiteral("liveResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_checkStatus->setObjectName(QStringLiteral("checkStatus"));
    m_checkStatus->setWordWrap(true);

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_editor, 1);
    leftLayout->addWidget(m_checkStatus);
    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto* sampleHeader = new QHBoxLayout;
    auto* sampleTitle = new QLabel(tr("Live test \u2014 source object:"));
    sampleHeader->addWidget(sampleTitle, 1);
    m_pick->setObjectName(QStringLiteral("pickSourceObject"));
    m_pick->setToolTip(tr("Choose a real object of the mapping's source for the live test"));
    sampleHeader->addWidget(m_pick);
    rightLayout->addLayout(sampleHeader);
    m_pickStatus->setObjectName(QStringLiteral("pickStatus"));
    m_pickStatus->setWordWrap(true);
    m_pickStatus->hide();
    rightLayout->addWidget(m_pickStatus);
    connect(m_pick, &QPushButton::clicked, this, &ScriptPanel::pickSourceObject);
    rightLayout->addWidget(m_sample, 1);
    rightLayout->addWidget(m_result);
    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(m_editor, &QPlainTextEdit::textChanged, this, &ScriptPanel::scriptEdited);
    connect(m_sample, &QPlainTextEdit::textChanged, this, &ScriptPanel::evaluate);
    setEnabled(false);
}

ScriptPanel::~ScriptPanel()
{
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
    }
}

void ScriptPanel::setDocument(ProjectDocument* document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &ProjectDocument::changed, this, &ScriptPanel::load);
        const QString root = m_document->project().rootPath();
        if (root != m_workerRoot || !m_thread) {
            if (m_thread) {
                m_thread->quit();
                m_thread->wait();
                delete m_thread;
            }
            m_workerRoot = root;
            m_thread = new QThread(this);
            m_thread->setObjectName(QStringLiteral("ScriptPanel worker"));
            m_worker = new ScriptWorker(root);
            m_worker->moveToThread(m_thread);
            connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
            connect(m_worker, &ScriptWorker::checked, this, &ScriptPanel::showCheck);
            connect(m_worker, &ScriptWorker::ran, this, &ScriptPanel::showRun);
            m_thread->start();
        }
    }
}

void ScriptPanel::setEnvironmentFactory(const ReconEnvironmentFactory& factory)
{
    m_factory = factory;
}

void ScriptPanel::pickSourceObject()
{
    if (!m_document || !m_mapping.file())
        return;
    QString error;
    const recon::MappingRules rules = recon::MappingRules::fromMapping(m_mapping, &error);
    recon::ReconEnvironment environment;
    if (rules.source.isValid())
        environment = environmentFor(m_factory, m_document->project(), &error);
    if (!rules.source.isValid() || !environment.openResource) {
        m_pickStatus->setText(tr("<span style='color:#b71c1c'>Cannot read the source: %1</span>")
                                  .arg(error.toHtmlEscaped()));
        m_pickStatus->show();
        emit sourceObjectsLoaded();
        return;
    }
    m_pick->setEnabled(false);
    m_pickStatus->setText(
        tr("Reading the first %1 objects of %2\u2026").arg(PickLimit).arg(rules.source.toString()));
    m_pickStatus->show();
    const QString sourceName = rules.source.toString();
    m_tasks->run(
        [environment, rules](const std::atomic_bool& cancelled) {
            return querySourceObjects(environment, rules, PickLimit, cancelled);
        },
        [this, sourceName](const SourceSample& sample) {
            m_pick->setEnabled(true);
            if (!sample.error.isEmpty() && sample.objects.isEmpty()) {
                m_pickStatus->setText(
                    tr("<span style='color:#b71c1c'>Cannot read the source: %1</span>")
                        .arg(sample.error.toHtmlEscaped()));
                emit sourceObjectsLoaded();
                return;
            }
            m_pickStatus->hide();
            showPicker(sourceName, sample.objects, sample.truncated);
            emit sourceObjectsLoaded();
        });
}

void ScriptPanel::showPicker(const QString& sourceName, const QVector<QJsonObject>& objects,
                             bool truncated)
{
    if (m_picker)
        m_picker->deleteLater();
    auto* dialog = new QDialog(this);
    m_picker = dialog;
    dialog->setObjectName(QStringLiteral("sourceObjectPicker"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Pick a source object"));
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(new QLabel(
        truncated ? tr("The first %n object(s) of %1:", nullptr, objects.size()).arg(sourceName)
                  : tr("The %n object(s) of %1:", nullptr, objects.size()).arg(sourceName)));
    auto* search = new QLineEdit;
    search->setObjectName(QStringLiteral("pickerSearch"));
    search->setPlaceholderText(tr("Filter by id\u2026"));
    search->setClearButtonEnabled(true);
    layout->addWidget(search);
    auto* list = new QListWidget;
    list->setObjectName(QStringLiteral("pickerList"));
    for (const QJsonObject& object : objects) {
        auto* item = new QListWidgetItem(object.value(QStringLiteral("_id")).toString(), list);
        item->setData(Qt::UserRole, object);
    }
    if (list->count() > 0)
        list->setCurrentRow(0);
    layout->addWidget(list, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(search, &QLineEdit::textChanged, list, [list](const QString& text) {
        for (int i = 0; i < list->count(); ++i)
            list->item(i)->setHidden(!list->item(i)->text().contains(text, Qt::CaseInsensitive));
    });
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(list, &QListWidget::itemActivated, dialog, &QDialog::accept);
    connect(dialog, &QDialog::accepted, this, [this, list] {
        const QListWidgetItem* item = list->currentItem();
        if (item && !item->isHidden())
            setSampleObject(item->data(Qt::UserRole).toJsonObject());
    });
    dialog->resize(360, 420);
    dialog->open();
}

void ScriptPanel::setRow(const config::Mapping& mapping, const QString& rowPointer)
{
    m_mapping = mapping;
    m_rowPointer = rowPointer;
    setEnabled(!rowPointer.isEmpty() && m_document);
    load();
}

void ScriptPanel::setPart(Part part)
{
    m_part = part;
    m_partChoice->setCurrentIndex(part == Part::Transform ? 0 : 1);
    load();
}

void ScriptPanel::setSampleObject(const QJsonObject& object)
{
    m_sample->setPlainText(
        QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
}

config::PropertyMapping ScriptPanel::row() const
{
    if (!m_mapping.file() || m_rowPointer.isEmpty())
        return {};
    const QVector<config::PropertyMapping> rows = m_mapping.properties();
    for (const config::PropertyMapping& p : rows) {
        if (p.pointer == m_rowPointer)
            return p;
    }
    return {};
}

void ScriptPanel::load()
{
    const config::PropertyMapping p = row();
    if (m_rowPointer.isEmpty() || p.pointer.isEmpty()) {
        m_title->setText(tr("Script"));
        m_editor->setScript({});
        setEnabled(false);
        return;
    }
    setEnabled(true);
    const bool transform = m_part == Part::Transform;
    m_title->setText(transform ? tr("Transform of %1").arg(p.target)
                               : tr("Condition of %1").arg(p.target));
    const config::ScriptObject& script = transform ? p.transform : p.condition.script;
    const bool fileScript = script.present && !script.isInline();
    m_editor->setReadOnly(fileScript || (!transform && p.condition.isFilter()));
    if (fileScript)
        m_editor->setScript(tr("// kept in %1").arg(script.file));
    else if (!transform && p.condition.isFilter())
        m_editor->setScript(tr("// a query filter: %1").arg(p.condition.filter));
    else
        m_editor->setScript(script.source);
    evaluate();
}

void ScriptPanel::scriptEdited()
{
    if (!m_document || m_editor->isReadOnly())
        return;
    const config::PropertyMapping p = row();
    if (p.pointer.isEmpty())
        return;
    const QString text = m_editor->toPlainText();
    const bool transform = m_part == Part::Transform;
    const QString member = transform ? QStringLiteral("transform") : QStringLiteral("condition");
    const bool present = transform ? p.transform.present : p.condition.isScript();
    const QString label = transform ? tr("Edit the transform of %1").arg(p.target)
                                    : tr("Edit the condition of %1").arg(p.target);
    QUndoCommand* command;
    if (text.isEmpty())
        command = new SetMemberCommand(m_document, m_mapping.file()->relativePath, m_rowPointer,
                                       member, QJsonValue::Undefined, label);
    else if (present)
        command = new SetMemberCommand(m_document, m_mapping.file()->relativePath,
                                       m_rowPointer + QLatin1Char('/') + member,
                                       QStringLiteral("source"), text, label, true);
    else
        command = new SetMemberCommand(m_document, m_mapping.file()->relativePath, m_rowPointer,
                                       member, inlineJavaScript(text), label);
    m_document->undoStack()->push(command);
}

void ScriptPanel::evaluate()
{
    if (!m_worker || !isEnabled())
        return;
    const config::PropertyMapping p = row();
    const bool transform = m_part == Part::Transform;
    config::ScriptObject script;
    script.present = true;
    script.type = QStringLiteral("text/javascript");
    script.source = m_editor->isReadOnly() ? QString() : m_editor->toPlainText();
    if (script.source.trimmed().isEmpty()) {
        m_checkStatus->clear();
        m_editor->setError(0, {});
        m_result->setText(transform ? tr("No transform: the value is copied as it is.")
                                    : tr("No script condition."));
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument sample =
        QJsonDocument::fromJson(m_sample->toPlainText().toUtf8(), &parseError);
    const int id = ++m_requestId;
    m_worker->announce(id);
    QMetaObject::invokeMethod(
        m_worker, "check", Qt::QueuedConnection, Q_ARG(int, id),
        Q_ARG(syncstudio::config::ScriptObject, script),
        Q_ARG(int, static_cast<int>(transform ? script::ScriptKind::Transform
                                              : script::ScriptKind::PropertyCondition)));
    if (parseError.error != QJsonParseError::NoError || !sample.isObject()) {
        m_result->setText(
            tr("<span style='color:#b71c1c'>The sample is not a JSON object: %1</span>")
                .arg(parseError.errorString().toHtmlEscaped()));
        return;
    }
    const QJsonObject object = sample.object();
    script::ScriptCall call;
    call.script = script;
    call.context = tr("live test of %1").arg(p.target);
    if (transform) {
        call.kind = script::ScriptKind::Transform;
        call.bindings.insert(QStringLiteral("source"),
                             p.source.isEmpty() ? QJsonValue(object) : object.value(p.source));
    } else {
        call.kind = script::ScriptKind::PropertyCondition;
        call.bindings.insert(QStringLiteral("object"), object);
    }
    call.bindings.insert(QStringLiteral("linkQualifier"), QStringLiteral("default"));
    m_result->setText(tr("Evaluating\u2026"));
    QMetaObject::invokeMethod(m_worker, "run", Qt::QueuedConnection, Q_ARG(int, id),
                              Q_ARG(syncstudio::script::ScriptCall, call));
}

void ScriptPanel::showCheck(int id, const script::ScriptResult& result)
{
    if (id != m_requestId)
        return;
    if (result.isError()) {
        m_editor->setError(result.line, result.message);
        m_checkStatus->setText(
            result.line > 0
                ? tr("<span style='color:#b71c1c'>Line %1: %2</span>")
                      .arg(result.line)
                      .arg(result.message.toHtmlEscaped())
                : tr("<span style='color:#b71c1c'>%1</span>").arg(result.message.toHtmlEscaped()));
    } else {
        m_editor->setError(0, {});
        m_checkStatus->clear();
    }
    emit evaluated();
}

void ScriptPanel::showRun(int id, const script::ScriptResult& result)
{
    if (id != m_requestId)
        return;
    if (result.isValue())
        m_result->setText(tr("Result: <b>%1</b>").arg(compact(result.value).toHtmlEscaped()));
    else if (result.isError())
        m_result->setText(
            tr("<span style='color:#b71c1c'>Error: %1</span>").arg(result.message.toHtmlEscaped()));
    else
        m_result->setText(tr("<span style='color:#616161'>Not evaluated: %1</span>")
                              .arg(result.message.toHtmlEscaped()));
    emit evaluated();
}

} // namespace syncstudio::ui
