#include "LdapSettings.h"

#include "connectors/ConnectorFactory.h"
#include "connectors/ProvisionerConfig.h"

#include <QJsonArray>

namespace syncstudio::connectors::ldap {

namespace {

QStringList stringList(const QJsonValue& value, const QStringList& fallback)
{
    if (value.isString())
        return {value.toString()};
    if (!value.isArray())
        return fallback;
    QStringList out;
    for (const QJsonValue& item : value.toArray()) {
        if (item.isString() && !item.toString().isEmpty())
            out << item.toString();
    }
    return out.isEmpty() ? fallback : out;
}

QString string(const QJsonValue& value, const QString& fallback)
{
    return value.isString() && !value.toString().isEmpty() ? value.toString() : fallback;
}

bool boolean(const QJsonValue& value, bool fallback)
{
    if (value.isBool())
        return value.toBool();
    if (value.isString())
        return value.toString().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    return fallback;
}

int integer(const QJsonValue& value, int fallback)
{
    if (value.isDouble())
        return value.toInt(fallback);
    if (value.isString()) {
        bool ok = false;
        const int n = value.toString().toInt(&ok);
        return ok ? n : fallback;
    }
    return fallback;
}

} // namespace

QString LdapSettings::url() const
{
    return QStringLiteral("%1://%2:%3")
        .arg(ssl ? QStringLiteral("ldaps") : QStringLiteral("ldap"), host)
        .arg(port);
}

QString LdapSettings::address() const
{
    return QStringLiteral("%1:%2").arg(host).arg(port);
}

bool LdapSettings::uidIsDn() const
{
    return uidAttribute.compare(QLatin1String("dn"), Qt::CaseInsensitive) == 0 ||
           uidAttribute.compare(QLatin1String("entryDN"), Qt::CaseInsensitive) == 0;
}

LdapSettings LdapSettings::fromConfig(const ProvisionerConfig& config,
                                      const ConnectorContext& context, ConnectorError* error)
{
    const QJsonObject& p = config.configurationProperties;
    LdapSettings s;
    s.host = string(p.value(QStringLiteral("host")), s.host);
    s.ssl = boolean(p.value(QStringLiteral("ssl")), false);
    s.startTLS = boolean(p.value(QStringLiteral("startTLS")), false);
    s.port = integer(p.value(QStringLiteral("port")), s.ssl ? 636 : 389);
    s.verifyCertificates = boolean(p.value(QStringLiteral("verifyCertificates")), true);
    s.caCertificateFile = string(p.value(QStringLiteral("caCertificateFile")), {});
    s.principal = string(p.value(QStringLiteral("principal")), {});
    s.baseContexts = stringList(p.value(QStringLiteral("baseContexts")), {});
    s.accountObjectClasses =
        stringList(p.value(QStringLiteral("accountObjectClasses")), s.accountObjectClasses);
    s.accountSearchFilter = string(p.value(QStringLiteral("accountSearchFilter")), {});
    s.accountUserNameAttributes = stringList(p.value(QStringLiteral("accountUserNameAttributes")),
                                             s.accountUserNameAttributes);
    s.groupObjectClasses =
        stringList(p.value(QStringLiteral("groupObjectClasses")), s.groupObjectClasses);
    s.groupSearchFilter = string(p.value(QStringLiteral("groupSearchFilter")), {});
    s.groupNameAttribute =
        stringList(p.value(QStringLiteral("groupNameAttributes")), {s.groupNameAttribute})
            .constFirst();
    s.uidAttribute = string(p.value(QStringLiteral("uidAttribute")), s.uidAttribute);
    s.passwordAttribute = string(p.value(QStringLiteral("passwordAttribute")), s.passwordAttribute);
    s.usePagedResultControl = boolean(p.value(QStringLiteral("usePagedResultControl")), true);
    s.blockSize = qMax(1, integer(p.value(QStringLiteral("blockSize")), s.blockSize));

    const QString stored =
        context.secrets ? context.secrets(config.name, QStringLiteral("credentials")) : QString();
    if (!stored.isEmpty())
        s.credentials = stored;
    else if (p.value(QStringLiteral("credentials")).isString())
        s.credentials = p.value(QStringLiteral("credentials")).toString();

    ConnectorError e;
    if (s.baseContexts.isEmpty())
        e = {ConnectorError::Kind::InvalidConfiguration,
             QStringLiteral("%1: baseContexts is empty").arg(config.filePath),
             QStringLiteral("list the DNs to search under, e.g. [ \"dc=example,dc=com\" ]")};
    else if (s.ssl && s.startTLS)
        e = {ConnectorError::Kind::InvalidConfiguration,
             QStringLiteral("%1: ssl and startTLS are both true").arg(config.filePath),
             QStringLiteral("use ssl for ldaps:// or startTLS on ldap://, not both")};
    else if (!s.principal.isEmpty() && s.credentials.isEmpty() &&
             config.encryptedKeys.contains(QStringLiteral("credentials")))
        e = {ConnectorError::Kind::MissingCredentials,
             QStringLiteral("%1: the password of %2 is encrypted with IDM's key")
                 .arg(config.filePath, s.principal),
             QStringLiteral("store the password for connector \"%1\" in the keychain")
                 .arg(config.name)};
    if (error)
        *error = e;
    return s;
}

} // namespace syncstudio::connectors::ldap
