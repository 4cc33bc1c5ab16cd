#include "ProvisionerConfig.h"

#include "config/Project.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace syncstudio::connectors {

namespace {

QJsonValue resolveValue(const QJsonValue& value, const QString& projectPath)
{
    if (value.isString())
        return resolvePropertyExpressions(value.toString(), projectPath);
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue& item : value.toArray())
            out.append(resolveValue(item, projectPath));
        return out;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            out.insert(it.key(), resolveValue(it.value(), projectPath));
        return out;
    }
    return value;
}

ObjectTypeInfo objectTypeFromJson(const QString& name, const QJsonObject& json)
{
    ObjectTypeInfo type;
    type.name = name;
    type.nativeName = json.value(QStringLiteral("nativeType")).toString(name);
    const QJsonObject properties = json.value(QStringLiteral("properties")).toObject();
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        const QJsonObject p = it.value().toObject();
        AttributeInfo a;
        a.name = it.key();
        a.nativeName = p.value(QStringLiteral("nativeName")).toString(it.key());
        a.type = p.value(QStringLiteral("type")).toString(QStringLiteral("string"));
        a.multiValued = a.type == QLatin1String("array");
        if (a.multiValued)
            a.type = p.value(QStringLiteral("items"))
                         .toObject()
                         .value(QStringLiteral("type"))
                         .toString(QStringLiteral("string"));
        a.required = p.value(QStringLiteral("required")).toBool();
        type.attributes << a;
    }
    return type;
}

} // namespace

QString resolvePropertyExpressions(const QString& text, const QString& projectPath)
{
    if (!text.contains(QLatin1String("&{")))
        return text;
    static const QRegularExpression expression(QStringLiteral("&\\{([^}]+)\\}"));
    QString out = text;
    QRegularExpressionMatchIterator it = expression.globalMatch(text);
    QVector<QRegularExpressionMatch> matches;
    while (it.hasNext())
        matches << it.next();
    for (auto m = matches.rbegin(); m != matches.rend(); ++m) {
        const QString key = m->captured(1);
        QString replacement;
        if (key == QLatin1String("launcher.project.location") ||
            key == QLatin1String("idm.instance.dir") ||
            key == QLatin1String("launcher.working.location") ||
            key == QLatin1String("launcher.install.location") ||
            key == QLatin1String("idm.install.dir"))
            replacement = projectPath;
        else
            replacement = qEnvironmentVariable(key.toUtf8().constData()); // IDM reads these too
        out.replace(m->capturedStart(), m->capturedLength(), replacement);
    }
    return out;
}

bool isSecretProperty(const QString& key)
{
    static const QStringList keys{QStringLiteral("credentials"), QStringLiteral("password"),
                                  QStringLiteral("bearerToken"), QStringLiteral("token"),
                                  QStringLiteral("clientSecret")};
    return keys.contains(key);
}

QString ProvisionerConfig::stringProperty(const QString& key) const
{
    return configurationProperties.value(key).toString();
}

const ObjectTypeInfo* ProvisionerConfig::objectType(const QString& typeName) const
{
    for (const ObjectTypeInfo& t : objectTypes) {
        if (t.name == typeName)
            return &t;
    }
    return nullptr;
}

ProvisionerConfig ProvisionerConfig::fromProvisioner(const config::Project& project,
                                                     const config::Provisioner& provisioner)
{
    ProvisionerConfig config;
    config.name = provisioner.name;
    config.connectorName = provisioner.connectorName();
    config.filePath = provisioner.file->displayPath;
    const QJsonObject root = provisioner.file->json.value(provisioner.file->json.root()).toObject();
    const QJsonObject properties = root.value(QStringLiteral("configurationProperties")).toObject();
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        if (!isSecretProperty(it.key()))
            continue;
        if (it.value().isObject() && it.value().toObject().contains(QStringLiteral("$crypto")))
            config.encryptedKeys << it.key();
        else if (it.value().isString() && !it.value().toString().isEmpty())
            config.plainSecretKeys << it.key();
    }
    config.configurationProperties = resolveValue(properties, project.rootPath()).toObject();
    const QJsonObject types = root.value(QStringLiteral("objectTypes")).toObject();
    for (auto it = types.begin(); it != types.end(); ++it)
        config.objectTypes << objectTypeFromJson(it.key(), it.value().toObject());
    return config;
}

} // namespace syncstudio::connectors
