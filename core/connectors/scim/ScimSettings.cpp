#include "ScimSettings.h"

namespace syncstudio::connectors::scim {

namespace {

bool readInt(const QJsonObject& p, const QString& key, int minimum, int* out, QString* bad)
{
    const QJsonValue v = p.value(key);
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isDouble() || v.toDouble() < minimum || v.toDouble() != double(v.toInt())) {
        *bad = QStringLiteral("%1 must be a whole number of at least %2").arg(key).arg(minimum);
        return false;
    }
    *out = v.toInt();
    return true;
}

} // namespace

QString ScimSettings::secretKey() const
{
    return authentication == Authentication::Basic ? QStringLiteral("password")
                                                   : QStringLiteral("bearerToken");
}

ScimSettings ScimSettings::fromConfig(const ProvisionerConfig& config, ConnectorError* error)
{
    ScimSettings s;
    const QJsonObject& p = config.configurationProperties;
    auto fail = [&](const QString& message, const QString& hint) {
        *error = {ConnectorError::Kind::InvalidConfiguration,
                  QStringLiteral("%1: configurationProperties/%2").arg(config.filePath, message),
                  hint};
        return s;
    };
    *error = {};
    const QString base = p.value(QStringLiteral("baseUrl")).toString();
    s.baseUrl = QUrl(base.endsWith(QLatin1Char('/')) ? base.chopped(1) : base, QUrl::StrictMode);
    if (base.isEmpty() || !s.baseUrl.isValid() ||
        (s.baseUrl.scheme() != QLatin1String("https") &&
         s.baseUrl.scheme() != QLatin1String("http")))
        return fail(QStringLiteral("baseUrl \"%1\" is not an http(s) URL").arg(base),
                    QStringLiteral("set it to the SCIM base URL, e.g. "
                                   "\"https://scim.example.com/scim/v2\""));
    const QString auth =
        p.value(QStringLiteral("authenticationMethod")).toString(QStringLiteral("bearer"));
    if (auth == QLatin1String("bearer"))
        s.authentication = Authentication::Bearer;
    else if (auth == QLatin1String("basic"))
        s.authentication = Authentication::Basic;
    else if (auth == QLatin1String("none"))
        s.authentication = Authentication::None;
    else
        return fail(QStringLiteral("authenticationMethod \"%1\" is unknown").arg(auth),
                    QStringLiteral("use \"bearer\", \"basic\" or \"none\""));
    s.username = p.value(QStringLiteral("username")).toString();
    if (s.authentication == Authentication::Basic && s.username.isEmpty())
        return fail(QStringLiteral("username is missing; basic authentication needs one"),
                    QStringLiteral("set username (the password goes into the keychain)"));
    const QJsonValue verify = p.value(QStringLiteral("verifyCertificates"));
    if (!verify.isUndefined() && !verify.isBool())
        return fail(QStringLiteral("verifyCertificates must be true or false"), {});
    s.verifyCertificates = verify.toBool(true);
    const QString update =
        p.value(QStringLiteral("updateMethod")).toString(QStringLiteral("patch"));
    if (update == QLatin1String("patch"))
        s.updateMethod = UpdateMethod::Patch;
    else if (update == QLatin1String("put"))
        s.updateMethod = UpdateMethod::Put;
    else
        return fail(QStringLiteral("updateMethod \"%1\" is unknown").arg(update),
                    QStringLiteral("use \"patch\" or \"put\""));
    QString bad;
    if (!readInt(p, QStringLiteral("timeoutSeconds"), 1, &s.timeoutSeconds, &bad) ||
        !readInt(p, QStringLiteral("maxRetries"), 0, &s.maxRetries, &bad) ||
        !readInt(p, QStringLiteral("retryDelayMilliseconds"), 0, &s.retryDelayMilliseconds, &bad) ||
        !readInt(p, QStringLiteral("maxRetryDelaySeconds"), 0, &s.maxRetryDelaySeconds, &bad) ||
        !readInt(p, QStringLiteral("pageSize"), 1, &s.pageSize, &bad))
        return fail(bad, {});
    return s;
}

} // namespace syncstudio::connectors::scim
