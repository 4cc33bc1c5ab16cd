#include "ConnectorSettings.h"

#include "config/Project.h"
#include "connectors/ProvisionerConfig.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace syncstudio::ui {

namespace {

QJsonValue resolve(const QJsonValue& value, const QString& projectPath)
{
    if (value.isString())
        return connectors::resolvePropertyExpressions(value.toString(), projectPath);
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue& item : value.toArray())
            out.append(resolve(item, projectPath));
        return out;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            out.insert(it.key(), resolve(it.value(), projectPath));
        return out;
    }
    return value;
}

} // namespace

ConnectorSettings::Kind ConnectorSettings::kindOf(const QString& connectorName)
{
    if (connectorName.contains(QLatin1String("ldap"), Qt::CaseInsensitive))
        return Kind::Ldap;
    if (connectorName.contains(QLatin1String("csv"), Qt::CaseInsensitive))
        return Kind::Csv;
    if (connectorName.contains(QLatin1String("scim"), Qt::CaseInsensitive))
        return Kind::Scim;
    return Kind::Other;
}

QVector<ConnectorSettings::Field> ConnectorSettings::fields(Kind kind)
{
    using T = Field::Type;
    auto f = [](const char* key, const QString& label, T type, const QString& toolTip = {},
                const QStringList& choices = {}) {
        return Field{QString::fromLatin1(key), label, type, choices, toolTip};
    };
    switch (kind) {
    case Kind::Ldap:
        return {
            f("host", tr("Host"), T::Text, tr("The directory server's host name")),
            f("port", tr("Port"), T::Integer, tr("389 for LDAP and StartTLS, 636 for LDAPS")),
            f("ssl", tr("SSL (LDAPS)"), T::Boolean),
            f("startTLS", tr("StartTLS"), T::Boolean),
            f("principal", tr("Bind DN"), T::Text, tr("The DN SyncStudio binds as")),
            f("credentials", tr("Password"), T::Secret),
            f("baseContexts", tr("Base contexts"), T::List,
              tr("The DNs below which objects are searched, separated by \";\"")),
            f("uidAttribute", tr("UID attribute"), T::Text,
              tr("The attribute that holds the unique id (entryUUID, objectGUID, uid)")),
            f("usePagedResultControl", tr("Paged results"), T::Boolean,
              tr("Read large result sets page by page (Simple Paged Results control)")),
            f("blockSize", tr("Page size"), T::Integer),
            f("verifyCertificates", tr("Verify certificates"), T::Boolean,
              tr("Check the server's TLS certificate; turn off for test servers only")),
        };
    case Kind::Csv:
        return {
            f("csvFile", tr("CSV file"), T::Text,
              tr("The file's path; &{launcher.project.location} is the project folder")),
            f("headerUid", tr("UID column"), T::Text),
            f("headerName", tr("Name column"), T::Text),
            f("fieldDelimiter", tr("Field delimiter"), T::Text),
            f("quoteCharacter", tr("Quote character"), T::Text),
        };
    case Kind::Scim:
        return {
            f("baseUrl", tr("Base URL"), T::Text,
              tr("The service's SCIM base URL; /Users and /Groups are below it")),
            f("authenticationMethod", tr("Authentication"), T::Choice, {},
              {QStringLiteral("bearer"), QStringLiteral("basic"), QStringLiteral("none")}),
            f("username", tr("User name"), T::Text, tr("The user of basic authentication")),
            f("bearerToken", tr("Bearer token"), T::Secret),
            f("password", tr("Password"), T::Secret),
            f("verifyCertificates", tr("Verify certificates"), T::Boolean,
              tr("Check the service's TLS certificate; turn off for test services only")),
            f("timeoutSeconds", tr("Timeout (s)"), T::Integer),
            f("maxRetries", tr("Retries"), T::Integer,
              tr("How often a request is sent again after 429 or a 5xx answer")),
            f("retryDelayMilliseconds", tr("First retry delay (ms)"), T::Integer),
            f("maxRetryDelaySeconds", tr("Longest retry delay (s)"), T::Integer),
            f("pageSize", tr("Page size"), T::Integer),
            f("updateMethod", tr("Update method"), T::Choice, {},
              {QStringLiteral("patch"), QStringLiteral("put")}),
        };
    case Kind::Other:
        break;
    }
    return {};
}

QStringList ConnectorSettings::secretKeys(Kind kind, const QJsonObject& properties)
{
    QStringList keys;
    if (kind == Kind::Other) {
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            if (connectors::isSecretProperty(it.key()))
                keys << it.key();
        }
        return keys;
    }
    for (const Field& field : fields(kind)) {
        if (field.type == Field::Type::Secret)
            keys << field.key;
    }
    return keys;
}

ConnectorSettings::SecretState ConnectorSettings::secretState(const QJsonObject& properties,
                                                              const QString& key)
{
    const QJsonValue value = properties.value(key);
    if (value.isObject() && value.toObject().contains(QStringLiteral("$crypto")))
        return SecretState::Encrypted;
    if (value.isString() && !value.toString().isEmpty())
        return SecretState::Plain;
    return SecretState::None;
}

QVector<QPair<QString, QJsonValue>> ConnectorSettings::changes(const QJsonObject& original,
                                                               const QJsonObject& edited)
{
    QVector<QPair<QString, QJsonValue>> out;
    for (auto it = edited.begin(); it != edited.end(); ++it) {
        if (original.value(it.key()) != it.value())
            out.append({it.key(), it.value()});
    }
    for (auto it = original.begin(); it != original.end(); ++it) {
        if (!edited.contains(it.key()))
            out.append({it.key(), QJsonValue(QJsonValue::Undefined)});
    }
    return out;
}

connectors::ProvisionerConfig ConnectorSettings::testConfig(const config::Project& project,
                                                            const config::Provisioner& provisioner,
                                                            const QJsonObject& properties)
{
    connectors::ProvisionerConfig config =
        connectors::ProvisionerConfig::fromProvisioner(project, provisioner);
    config.plainSecretKeys.clear();
    config.encryptedKeys.clear();
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        if (!connectors::isSecretProperty(it.key()))
            continue;
        const SecretState state = secretState(properties, it.key());
        if (state == SecretState::Plain)
            config.plainSecretKeys << it.key();
        else if (state == SecretState::Encrypted)
            config.encryptedKeys << it.key();
    }
    config.configurationProperties = resolve(properties, project.rootPath()).toObject();
    return config;
}

QString ConnectorSettings::jsonText(const QJsonValue& value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

QJsonValue ConnectorSettings::parseJsonText(const QString& text)
{
    QJsonParseError error;
    const QJsonDocument document =
        QJsonDocument::fromJson("[" + text.trimmed().toUtf8() + "]", &error);
    if (error.error == QJsonParseError::NoError && document.array().size() == 1)
        return document.array().first();
    return text;
}

} // namespace syncstudio::ui
