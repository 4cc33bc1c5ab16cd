#pragma once

#include "ConnectorSettings.h"

#include <QDialog>
#include <QJsonObject>
#include <QMap>

class QCheckBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QTableWidget;
class QWidget;

namespace syncstudio::ui {

class ProjectDocument;

// The settings of one connector (its provisioner file's configurationProperties): form
// fields for LDAP, CSV and SCIM, a key/value table for the rest, passwords and tokens that
// go into the keychain (never into the file), and a connection test with the settings as
// they are in the dialog. OK applies only the changed members, as one undo step.
class ConnectorSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    ConnectorSettingsDialog(ProjectDocument* document, const QString& connector,
                            QWidget* parent = nullptr);

    // Whether the project has a provisioner file for the connector.
    bool isValid() const { return !m_relativePath.isEmpty(); }
    // The configurationProperties as the dialog has them now (without secrets).
    QJsonObject editedProperties() const;
    // The editor of configurationProperties[key] in the form, if there is one.
    QWidget* fieldEditor(const QString& key) const { return m_editors.value(key); }
    QTableWidget* otherSettings() const { return m_table; }
    QLabel* testResult() const { return m_testResult; }
    QPushButton* testButton() const { return m_testButton; }
    // The keychain service secrets go to ("SyncStudio"); tests use their own.
    void setKeychainService(const QString& service) { m_keychainService = service; }

public slots:
    void testConnection();
    void accept() override;

signals:
    // After a connection test: error is empty when it connected.
    void tested(const QString& message, const QString& hint);
    // After OK stored secrets in the keychain (ok), or could not (message says why).
    void secretsStored(bool ok, const QString& message);

private:
    struct SecretEditor
    {
        QWidget* edit = nullptr;             // QLineEdit
        QCheckBox* moveToKeychain = nullptr; // when the file holds the value in plain text
        ConnectorSettings::SecretState state = ConnectorSettings::SecretState::None;
    };

    void addField(QFormLayout* form, const ConnectorSettings::Field& field);
    void addSecret(QFormLayout* form, const QString& key, const QString& label);
    QJsonValue fieldValue(const ConnectorSettings::Field& field) const;
    QMap<QString, QString> enteredSecrets() const;
    void apply(const QStringList& removeKeys);
    void setBusy(bool busy);

    ProjectDocument* m_document;
    QString m_connector;
    QString m_relativePath;
    QString m_keychainService = QStringLiteral("SyncStudio");
    ConnectorSettings::Kind m_kind = ConnectorSettings::Kind::Other;
    QJsonObject m_original;
    QVector<ConnectorSettings::Field> m_fields;
    QMap<QString, QWidget*> m_editors;
    QMap<QString, SecretEditor> m_secrets;
    QTableWidget* m_table = nullptr;
    QPushButton* m_testButton = nullptr;
    QLabel* m_testResult = nullptr;
    QLabel* m_status = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace syncstudio::ui
