#include "ScimHttpClient.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QThread>
#include <algorithm>

namespace syncstudio::connectors::scim {

using Kind = ConnectorError::Kind;

namespace {

// Retry-After is seconds or an HTTP date (RFC 9110 section 10.2.3); -1 when absent or bad.
qint64 retryAfterMilliseconds(const QNetworkReply* reply)
{
    const QByteArray value = reply->rawHeader("Retry-After").trimmed();
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = value.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : seconds * 1000;
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when));
}

QString detailOf(const QJsonObject& body)
{
    const QString detail = body.value(QStringLiteral("detail")).toString();
    const QString type = body.value(QStringLiteral("scimType")).toString();
    if (detail.isEmpty())
        return type;
    return type.isEmpty() ? detail : QStringLiteral("%1 (%2)").arg(detail, type);
}

} // namespace

ScimHttpClient::ScimHttpClient(ScimSettings settings, QString systemName, QByteArray authorization)
    : m_settings(std::move(settings))
    , m_systemName(std::move(systemName))
    , m_authorization(std::move(authorization))
{}

ScimHttpClient::~ScimHttpClient()
{
    // A QObject is deleted by its own thread.
    if (m_manager && m_managerThread != QThread::currentThread())
        m_manager.release()->deleteLater();
}

QNetworkAccessManager* ScimHttpClient::manager()
{
    if (!m_manager || m_managerThread != QThread::currentThread()) {
        if (m_manager)
            m_manager.release()->deleteLater();
        m_manager = std::make_unique<QNetworkAccessManager>();
        m_manager->setAutoDeleteReplies(false);
        m_managerThread = QThread::currentThread();
    }
    return m_manager.get();
}

ConnectorError ScimHttpClient::statusError(int status, const QJsonObject& body,
                                           const QString& what) const
{
    const QString detail = detailOf(body);
    const QString message = QStringLiteral("connector \"%1\": %2 answered %3%4")
                                .arg(m_systemName, what)
                                .arg(status)
                                .arg(detail.isEmpty() ? QString() : QStringLiteral(": ") + detail);
    const QString scimType = body.value(QStringLiteral("scimType")).toString();
    switch (status) {
    case 400:
        if (scimType == QLatin1String("invalidFilter"))
            return {Kind::InvalidFilter, message,
                    QStringLiteral("the SCIM service cannot run this filter; simplify it or "
                                   "check the attribute names")};
        return {Kind::InvalidObject, message, QStringLiteral("fix the object and try again")};
    case 401:
        return {Kind::AuthenticationFailed, message,
                QStringLiteral("the %1 is wrong or expired; store the right one: "
                               "syncstudio-cli secret PROJECT system/%2 %1")
                    .arg(m_settings.secretKey(), m_systemName)};
    case 403:
        return {Kind::PermissionDenied, message,
                QStringLiteral("the account may not do this; ask the service's administrator")};
    case 404:
        return {Kind::NotFound, message, {}};
    case 409:
        return {Kind::AlreadyExists, message, {}};
    case 412:
        return {Kind::InvalidObject, message,
                QStringLiteral("the object changed on the server since it was read (its ETag "
                               "differs); read it again and repeat the change")};
    case 429:
        return {Kind::RateLimited, message,
                QStringLiteral("the service still limits requests after %1 retries; try again "
                               "later or raise maxRetries")
                    .arg(m_settings.maxRetries)};
    case 501:
        return {Kind::Unsupported, message, {}};
    default:
        if (status >= 500)
            return {Kind::ServerError, message,
                    QStringLiteral("the service failed after %1 retries; try again later")
                        .arg(m_settings.maxRetries)};
        return {Kind::ServerError, message, {}};
    }
}

ScimResponse ScimHttpClient::send(const QByteArray& method, const QString& path, const Query& query,
                                  const QJsonObject* body, const QString& ifMatch)
{
    QUrl url = m_settings.baseUrl;
    url.setPath(url.path() + path, QUrl::StrictMode);
    if (!query.isEmpty()) {
        // Every value percent-encoded by hand: QUrlQuery leaves '+', '&' and '=' alone, and
        // a '+' in a filter would reach the server as a space.
        QByteArray text;
        for (const auto& [key, value] : query) {
            if (!text.isEmpty())
                text += '&';
            text += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
        }
        url.setQuery(QString::fromLatin1(text), QUrl::StrictMode);
    }
    const QString what = QStringLiteral("%1 %2").arg(QString::fromLatin1(method), path);

    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/scim+json, application/json");
    if (!m_authorization.isEmpty())
        request.setRawHeader("Authorization", m_authorization);
    if (!ifMatch.isEmpty())
        request.setRawHeader("If-Match", ifMatch.toUtf8());
    QByteArray payload;
    if (body) {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/scim+json"));
        payload = QJsonDocument(*body).toJson(QJsonDocument::Compact);
    }
    request.setTransferTimeout(m_settings.timeoutSeconds * 1000);
    if (!m_settings.verifyCertificates) {
        QSslConfiguration ssl = request.sslConfiguration();
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
        request.setSslConfiguration(ssl);
    }

    ScimResponse response;
    for (int attempt = 0;; ++attempt) {
        std::unique_ptr<QNetworkReply> reply(
            body || method != "GET" ? manager()->sendCustomRequest(request, method, payload)
                                    : manager()->get(request));
        if (!reply->isFinished()) {
            QEventLoop loop;
            QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec(QEventLoop::ExcludeUserInputEvents);
        }
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (response.status == 0) {
            const QString reason = reply->errorString();
            switch (reply->error()) {
            case QNetworkReply::OperationCanceledError:
            case QNetworkReply::TimeoutError:
                response.error = {
                    Kind::Timeout,
                    QStringLiteral("connector \"%1\": %2 got no answer from %3 in %4 s")
                        .arg(m_systemName, what, m_settings.baseUrl.toDisplayString())
                        .arg(m_settings.timeoutSeconds),
                    QStringLiteral("check that the service is up, or raise timeoutSeconds")};
                break;
            case QNetworkReply::SslHandshakeFailedError:
                response.error = {
                    Kind::CertificateInvalid,
                    QStringLiteral("connector \"%1\": the TLS certificate of %2 is not "
                                   "trusted: %3")
                        .arg(m_systemName, m_settings.baseUrl.host(), reason),
                    QStringLiteral("install the CA certificate on this machine; "
                                   "verifyCertificates: false turns the check off for this "
                                   "connector (not for production)")};
                break;
            default:
                response.error = {
                    Kind::ConnectionFailed,
                    QStringLiteral("connector \"%1\": cannot reach the SCIM service at %2: %3")
                        .arg(m_systemName, m_settings.baseUrl.toDisplayString(), reason),
                    QStringLiteral("check baseUrl and that the service is running")};
                break;
            }
            return response;
        }
        const QByteArray bytes = reply->readAll();
        response.body = QJsonDocument::fromJson(bytes).object();
        response.etag = QString::fromUtf8(reply->rawHeader("ETag"));
        const int status = response.status;
        // 429 and 503 mean the request was not handled: every method may be sent again.
        // Other 5xx may have done the work: only requests that can be repeated are retried.
        const bool retryable = status == 429 || status == 503 ||
                               (status >= 500 && method != "POST" && method != "PATCH");
        if (status >= 200 && status < 300) {
            response.error = {};
            return response;
        }
        if (retryable && attempt < m_settings.maxRetries) {
            // The server's Retry-After, or an exponential backoff capped at the maximum; a
            // server that asks for a longer wait than the maximum gets the error at once.
            const qint64 maximum = qint64(m_settings.maxRetryDelaySeconds) * 1000;
            qint64 delay = retryAfterMilliseconds(reply.get());
            if (delay < 0)
                delay = std::min(qint64(m_settings.retryDelayMilliseconds) << std::min(attempt, 20),
                                 maximum);
            if (delay <= maximum) {
                ++m_retries;
                QThread::msleep(static_cast<unsigned long>(delay));
                continue;
            }
        }
        response.error = statusError(status, response.body, what);
        return response;
    }
}

} // namespace syncstudio::connectors::scim
