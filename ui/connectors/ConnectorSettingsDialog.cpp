#include "ConnectorSettingsDialog.h"

#include "common/BackgroundTask.h"
#include "config/Project.h"
#include "connectors/BuiltinConnectors.h"
#include "connectors/ConnectorFactory.h"
#include "project/ProjectDocument.h"
#include "project/SetMemberCommand.h"
#include "secrets/Keychain.h"
#include "secrets/KeychainSecretLookup.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIntValidator>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>

namespace syncstudio::ui {

namespace {

const char* const OriginalText = "originalText";

struct TestOutcome
{
    bool connected = false;
    QString message;
    QString hint;
};

struct StoreOutcome
{
    bool ok = true;
    QString message;
};

QString listText(const QJsonValue& value)
{
    if (!value.isArray())
        return value.isString() ? value.toString() : QString();
    QStringList items;
    for (const QJsonValue& item : value.toArray())
        items << item.toString();
    return items.join(QStringLiteral("; "));
}

QString displayText(const ConnectorSettings::Field& field, const QJsonValue& value)
{
    using T = ConnectorSettings::Field::Type;
    if (value.isUndefined() || value.isNull())
        return {};
    switch (field.type) {
    case T::List:
        return listText(value);
    case T::Integer:
        return value.isDouble() ? QString::number(value.toInteger())
                                : ConnectorSettings::jsonText(value);
    default:
        return value.isString() ? value.toString() : ConnectorSettings::jsonText(value);
    }
}

} // namespace

ConnectorSettingsDialog::ConnectorSettingsDialog(ProjectDocument* document,
                                                 const QString& connector, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_connector(connector)
{
    setWindowTitle(tr("Connector %1").arg(connector));
    setObjectName(QStringLiteral("connectorSettings"));
    auto* layout = new QVBoxLayout(this);

    const config::Project& project = m_document->project();
    QString connectorName;
    for (const config::Provisioner& p : project.provisioners()) {
        if (p.name != connector || !p.file->isValid())
            continue;
        m_relativePath = p.file->relativePath;
        connectorName = p.connectorName();
        const QJsonObject root = p.file->json.value(p.file->json.root()).toObject();
        m_original = root.value(QStringLiteral("configurationProperties")).toObject();
    }
    if (m_relativePath.isEmpty()) {
        layout->addWidget(
            new QLabel(tr("The project has no valid provisioner file for %1.").arg(connector)));
        auto* close = new QDialogButtonBox(QDialogButtonBox::Close);
        connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
        layout->addWidget(close);
        return;
    }
    m_kind = ConnectorSettings::kindOf(connectorName);
    m_fields = ConnectorSettings::fields(m_kind);

    auto* header = new QLabel(tr("%1 \u2014 %2").arg(m_relativePath, connectorName));
    header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    header->setWordWrap(true);
    layout->addWidget(header);

    auto* settingsBox = new QGroupBox(tr("Settings"));
    auto* form = new QFormLayout(settingsBox);
    for (const ConnectorSettings::Field& field : m_fields) {
        if (field.type == ConnectorSettings::Field::Type::Secret)
            addSecret(form, field.key, field.label);
        else
            addField(form, field);
    }
    if (m_kind == ConnectorSettings::Kind::Other) {
        for (const QString& key : ConnectorSettings::secretKeys(m_kind, m_original))
            addSecret(form, key, key);
    }
    if (form->rowCount() > 0)
        layout->addWidget(settingsBox);
    else
        delete settingsBox;

    // Everything the form does not cover, as JSON values.
    auto* otherBox = new QGroupBox(m_fields.isEmpty() ? tr("Settings") : tr("Other settings"));
    auto* otherLayout = new QVBoxLayout(otherBox);
    m_table = new QTableWidget(0, 2);
    m_table->setObjectName(QStringLiteral("otherSettings"));
    m_table->setHorizontalHeaderLabels({tr("Key"), tr("Value (JSON)")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setColumnWidth(0, 200);
    for (auto it = m_original.begin(); it != m_original.end(); ++it) {
        if (m_editors.contains(it.key()) || m_secrets.contains(it.key()))
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(it.key()));
        m_table->setItem(row, 1, new QTableWidgetItem(ConnectorSettings::jsonText(it.value())));
    }
    otherLayout->addWidget(m_table);
    auto* rowButtons = new QHBoxLayout;
    auto* addRow = new QPushButton(tr("Add"));
    auto* removeRow = new QPushButton(tr("Remove"));
    rowButtons->addWidget(addRow);
    rowButtons->addWidget(removeRow);
    rowButtons->addStretch(1);
    otherLayout->addLayout(rowButtons);
    connect(addRow, &QPushButton::clicked, this, [this] {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem);
        m_table->setItem(row, 1, new QTableWidgetItem);
        m_table->editItem(m_table->item(row, 0));
    });
    connect(removeRow, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
    layout->addWidget(otherBox, 1);

    auto* testRow = new QHBoxLayout;
    m_testButton = new QPushButton(tr("Test connection"));
    m_testButton->setObjectName(QStringLiteral("testConnection"));
    m_testResult = new QLabel;
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    testRow->addWidget(m_testButton, 0, Qt::AlignTop);
    testRow->addWidget(m_testResult, 1);
    layout->addLayout(testRow);
    connect(m_testButton, &QPushButton::clicked, this, &ConnectorSettingsDialog::testConnection);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("settingsStatus"));
    m_status->setWordWrap(true);
    m_status->hide();
    layout->addWidget(m_status);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectorSettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    resize(620, 640);
}

void ConnectorSettingsDialog::addField(QFormLayout* form, const ConnectorSettings::Field& field)
{
    using T = ConnectorSettings::Field::Type;
    const QJsonValue original = m_original.value(field.key);
    QWidget* editor = nullptr;
    switch (field.type) {
    case T::Boolean: {
        auto* box = new QCheckBox;
        if (original.isBool()) {
            box->setChecked(original.toBool());
        } else {
            // Not set: the connector's default, until clicked.
            box->setTristate(true);
            box->setCheckState(Qt::PartiallyChecked);
        }
        editor = box;
        break;
    }
    case T::Choice: {
        auto* combo = new QComboBox;
        combo->addItem(tr("(default)"), QString());
        for (const QString& choice : field.choices)
            combo->addItem(choice, choice);
        const QString text = original.toString();
        if (!text.isEmpty() && combo->findData(text) < 0)
            combo->addItem(text, text);
        combo->setCurrentIndex(std::max(0, combo->findData(text)));
        editor = combo;
        break;
    }
    default: {
        auto* edit = new QLineEdit(displayText(field, original));
        if (field.type == T::Integer)
            edit->setValidator(new QIntValidator(0, 1 << 30, edit));
        edit->setClearButtonEnabled(true);
        editor = edit;
        break;
    }
    }
    editor->setObjectName(field.key);
    editor->setProperty(OriginalText, displayText(field, original));
    editor->setToolTip(field.toolTip);
    m_editors.insert(field.key, editor);
    form->addRow(field.label, editor);
}

void ConnectorSettingsDialog::addSecret(QFormLayout* form, const QString& key, const QString& label)
{
    SecretEditor secret;
    secret.state = ConnectorSettings::secretState(m_original, key);
    auto* edit = new QLineEdit;
    edit->setObjectName(key);
    edit->setEchoMode(QLineEdit::Password);
    edit->setPlaceholderText(tr("unchanged (stored in the keychain)"));
    secret.edit = edit;
    form->addRow(label, edit);
    if (secret.state == ConnectorSettings::SecretState::Plain) {
        auto* warning = new QLabel(tr("The file holds this secret in plain text."));
        warning->setObjectName(key + QStringLiteral("Warning"));
        warning->setWordWrap(true);
        secret.moveToKeychain = new QCheckBox(tr("Move it to the keychain and out of the file"));
        secret.moveToKeychain->setObjectName(key + QStringLiteral("MoveToKeychain"));
        auto* box = new QVBoxLayout;
        box->addWidget(warning);
        box->addWidget(secret.moveToKeychain);
        form->addRow(QString(), box);
    } else if (secret.state == ConnectorSettings::SecretState::Encrypted) {
        auto* note = new QLabel(tr("The file holds this secret encrypted with IDM's key, which "
                                   "SyncStudio cannot read: enter it to store it in the "
                                   "keychain."));
        note->setWordWrap(true);
        form->addRow(QString(), note);
    }
    m_secrets.insert(key, secret);
}

QJsonValue ConnectorSettingsDialog::fieldValue(const ConnectorSettings::Field& field) const
{
    using T = ConnectorSettings::Field::Type;
    const QJsonValue original = m_original.value(field.key);
    QWidget* editor = m_editors.value(field.key);
    switch (field.type) {
    case T::Boolean: {
        const auto* box = static_cast<QCheckBox*>(editor);
        if (box->checkState() == Qt::PartiallyChecked)
            return original;
        return box->isChecked();
    }
    case T::Choice: {
        const QString text = static_cast<QComboBox*>(editor)->currentData().toString();
        if (text == original.toString())
            return original;
        return text.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(text);
    }
    default:
        break;
    }
    const QString text = static_cast<QLineEdit*>(editor)->text();
    if (text == editor->property(OriginalText).toString())
        return original; // untouched: the value as the file has it, whatever its type
    if (text.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    if (field.type == T::Integer)
        return text.toLongLong();
    if (field.type == T::List) {
        QJsonArray items;
        for (const QString& item : text.split(QLatin1Char(';'))) {
            if (!item.trimmed().isEmpty())
                items.append(item.trimmed());
        }
        return items;
    }
    return text;
}

QJsonObject ConnectorSettingsDialog::editedProperties() const
{
    QJsonObject edited = m_original;
    for (const ConnectorSettings::Field& field : m_fields) {
        if (field.type == ConnectorSettings::Field::Type::Secret)
            continue;
        const QJsonValue value = fieldValue(field);
        if (value.isUndefined())
            edited.remove(field.key);
        else
            edited.insert(field.key, value);
    }
    for (auto it = m_original.begin(); it != m_original.end(); ++it) {
        if (!m_editors.contains(it.key()) && !m_secrets.contains(it.key()))
            edited.remove(it.key());
    }
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem* key = m_table->item(row, 0);
        const QTableWidgetItem* value = m_table->item(row, 1);
        const QString name = key ? key->text().trimmed() : QString();
        if (name.isEmpty() || m_editors.contains(name) || m_secrets.contains(name))
            continue;
        edited.insert(name, ConnectorSettings::parseJsonText(value ? value->text() : QString()));
    }
    return edited;
}

QMap<QString, QString> ConnectorSettingsDialog::enteredSecrets() const
{
    QMap<QString, QString> entered;
    for (auto it = m_secrets.begin(); it != m_secrets.end(); ++it) {
        const QString text = static_cast<QLineEdit*>(it->edit)->text();
        if (!text.isEmpty())
            entered.insert(it.key(), text);
    }
    return entered;
}

void ConnectorSettingsDialog::testConnection()
{
    const config::Project& project = m_document->project();
    const QVector<config::Provisioner> provisioners = project.provisioners();
    const config::Provisioner* provisioner = nullptr;
    for (const config::Provisioner& p : provisioners) {
        if (p.name == m_connector)
            provisioner = &p;
    }
    if (!provisioner)
        return;
    const connectors::ProvisionerConfig config =
        ConnectorSettings::testConfig(project, *provisioner, editedProperties());
    const QMap<QString, QString> entered = enteredSecrets();
    const QString projectPath = project.rootPath();
    const QString service = m_keychainService;
    m_testButton->setEnabled(false);
    m_testResult->setStyleSheet(QString());
    m_testResult->setText(tr("Connecting\u2026"));
    runInBackground<TestOutcome>(
        this,
        [config, entered, projectPath, service] {
            connectors::registerBuiltinConnectors();
            const connectors::SecretLookup keychain =
                secrets::keychainSecretLookup(projectPath, secrets::Keychain(service));
            connectors::ConnectorContext context;
            context.secrets = [entered, keychain](const QString& name, const QString& key) {
                const QString secret = entered.value(key);
                return secret.isEmpty() ? keychain(name, key) : secret;
            };
            const connectors::ConnectorFactory factory(context);
            connectors::ConnectorError error;
            std::unique_ptr<connectors::Connector> connector = factory.create(config, &error);
            if (connector)
                error = connector->test();
            return TestOutcome{!error.isError(), error.message, error.hint};
        },
        [this](const TestOutcome& outcome) {
            m_testButton->setEnabled(true);
            if (outcome.connected) {
                m_testResult->setStyleSheet(QStringLiteral("color: #2e7d32;"));
                m_testResult->setText(tr("Connected"));
            } else {
                m_testResult->setStyleSheet(QStringLiteral("color: #c62828;"));
                m_testResult->setText(
                    outcome.hint.isEmpty()
                        ? tr("Failed: %1").arg(outcome.message)
                        : tr("Failed: %1\nHint: %2").arg(outcome.message, outcome.hint));
            }
            emit tested(outcome.connected ? QString() : outcome.message, outcome.hint);
        });
}

void ConnectorSettingsDialog::accept()
{
    if (!isValid()) {
        QDialog::accept();
        return;
    }
    // The secrets to store: what was typed, else a plain value to move out of the file.
    QMap<QString, QString> toStore = enteredSecrets();
    QStringList removeKeys;
    for (auto it = m_secrets.begin(); it != m_secrets.end(); ++it) {
        if (!it->moveToKeychain || !it->moveToKeychain->isChecked())
            continue;
        if (!toStore.contains(it.key()))
            toStore.insert(it.key(), m_original.value(it.key()).toString());
        removeKeys << it.key();
    }
    if (toStore.isEmpty()) {
        apply({});
        QDialog::accept();
        return;
    }
    setBusy(true);
    m_status->setText(tr("Storing in the keychain\u2026"));
    m_status->show();
    const QString projectPath = m_document->project().rootPath();
    const QString connector = m_connector;
    const QString service = m_keychainService;
    runInBackground<StoreOutcome>(
        this,
        [toStore, projectPath, connector, service] {
            const secrets::Keychain keychain(service);
            for (auto it = toStore.begin(); it != toStore.end(); ++it) {
                const secrets::Keychain::Result result = keychain.write(
                    secrets::Keychain::entryKey(projectPath, connector, it.key()), it.value());
                if (!result.ok())
                    return StoreOutcome{false, result.message};
            }
            return StoreOutcome{};
        },
        [this, removeKeys](const StoreOutcome& outcome) {
            setBusy(false);
            emit secretsStored(outcome.ok, outcome.message);
            if (!outcome.ok) {
                // Nothing applied: the file keeps what it has, the person decides.
                m_status->setText(tr("Not stored in the keychain (%1). Nothing was changed; "
                                     "clear the password fields to save the other settings.")
                                      .arg(outcome.message));
                return;
            }
            apply(removeKeys);
            QDialog::accept();
        });
}

void ConnectorSettingsDialog::apply(const QStringList& removeKeys)
{
    QJsonObject edited = editedProperties();
    for (const QString& key : removeKeys)
        edited.remove(key);
    const QVector<QPair<QString, QJsonValue>> changes =
        ConnectorSettings::changes(m_original, edited);
    if (changes.isEmpty())
        return;
    QUndoStack* stack = m_document->undoStack();
    const QString text = tr("Edit connector %1").arg(m_connector);
    config::ConfigFile* file = m_document->file(m_relativePath);
    const bool hasProperties =
        file &&
        file->json.find(QStringLiteral("/configurationProperties")) != config::JsonText::NoNode;
    if (!hasProperties) {
        stack->push(new SetMemberCommand(m_document, m_relativePath, QString(),
                                         QStringLiteral("configurationProperties"), edited, text));
        return;
    }
    stack->beginMacro(text);
    for (const auto& change : changes)
        stack->push(new SetMemberCommand(m_document, m_relativePath,
                                         QStringLiteral("/configurationProperties"), change.first,
                                         change.second, text));
    stack->endMacro();
    m_original = edited;
}

void ConnectorSettingsDialog::setBusy(bool busy)
{
    m_buttons->setEnabled(!busy);
    m_testButton->setEnabled(!busy);
}

} // namespace syncstudio::ui
