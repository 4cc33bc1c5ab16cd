#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QVector>

namespace syncstudio::config {
class Project;
struct Provisioner;
} // namespace syncstudio::config

namespace syncstudio::connectors {
struct ProvisionerConfig;
}

namespace syncstudio::ui {

// What the connector settings dialog edits, apart from its widgets: the form fields of each
// connector type, the secrets, and which configurationProperties changed.
class ConnectorSettings
{
    Q_DECLARE_TR_FUNCTIONS(syncstudio::ui::ConnectorSettings)
public:
    enum class Kind
    {
        Ldap,
        Csv,
        Scim,
        Other
    };

    struct Field
    {
        enum class Type
        {
            Text,
            Integer,
            Boolean,
            List,   // an array of strings, edited as "a; b"
            Choice, // one of choices
            Secret, // kept in the keychain, never written into the file
        };
        QString key;
        QString label; // translated
        Type type = Type::Text;
        QStringList choices;
        QString toolTip; // translated
    };

    // Where a secret of the provisioner file is.
    enum class SecretState
    {
        None,      // not in the file (maybe in the keychain)
        Plain,     // written in the file in plain text
        Encrypted, // an IDM {"$crypto": ...} value
    };

    static Kind kindOf(const QString& connectorName);
    // The form fields of kind, in the order the form shows them; none for Other.
    static QVector<Field> fields(Kind kind);
    // The secret keys of kind; for Other the secret keys properties has.
    static QStringList secretKeys(Kind kind, const QJsonObject& properties);
    static SecretState secretState(const QJsonObject& properties, const QString& key);

    // The members of edited that differ from original: each key with its new value, or an
    // undefined value when it was removed. Keys in the order of edited, then removed ones.
    static QVector<QPair<QString, QJsonValue>> changes(const QJsonObject& original,
                                                       const QJsonObject& edited);

    // The connector's settings as a connector takes them, from the provisioner file with the
    // configurationProperties replaced by properties (as written: unresolved).
    static connectors::ProvisionerConfig testConfig(const config::Project& project,
                                                    const config::Provisioner& provisioner,
                                                    const QJsonObject& properties);

    // A value as one line of JSON ("\"a\"", "389", "[\"x\"]"), and back; text that is not
    // JSON is a string.
    static QString jsonText(const QJsonValue& value);
    static QJsonValue parseJsonText(const QString& text);
};

} // namespace syncstudio::ui
