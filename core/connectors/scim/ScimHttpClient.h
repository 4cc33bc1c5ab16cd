#pragma once

#include "ScimResponse.h"
#include "ScimSettings.h"

#include <QList>
#include <QPair>
#include <memory>

class QNetworkAccessManager;
class QThread;

namespace syncstudio::connectors::scim {

// HTTP for the SCIM connector: one blocking call per request, for worker threads. Each
// request runs in a local event loop on the calling thread with its own
// QNetworkAccessManager (made in, and used only by, that thread). A 429 or 5xx answer is
// tried again after the server's Retry-After or an exponential backoff, a bounded number of
// times; then the error is RateLimited or ServerError. TLS certificates are verified unless
// the settings turn that off.
class ScimHttpClient
{
public:
    using Query = QList<QPair<QString, QString>>;

    // authorization is the Authorization header value (never logged); empty for none.
    ScimHttpClient(ScimSettings settings, QString systemName, QByteArray authorization);
    ~ScimHttpClient();

    // method: GET, POST, PUT, PATCH, DELETE; path below the base URL ("/Users/2819c223").
    ScimResponse send(const QByteArray& method, const QString& path, const Query& query = {},
                      const QJsonObject* body = nullptr, const QString& ifMatch = {});

    // How many times requests were sent again since the client was made (for tests).
    int retries() const { return m_retries; }

private:
    QNetworkAccessManager* manager();
    ConnectorError statusError(int status, const QJsonObject& body, const QString& what) const;

    ScimSettings m_settings;
    QString m_systemName;
    QByteArray m_authorization;
    std::unique_ptr<QNetworkAccessManager> m_manager;
    QThread* m_managerThread = nullptr;
    int m_retries = 0;
};

} // namespace syncstudio::connectors::scim
