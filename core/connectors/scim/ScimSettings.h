#pragma once

#include "connectors/ConnectorError.h"
#include "connectors/ProvisionerConfig.h"

#include <QString>
#include <QUrl>

namespace syncstudio::connectors::scim {

// The configurationProperties of a SCIM provisioner file (see docs/connectors/scim.md).
struct ScimSettings
{
    enum class Authentication
    {
        Bearer, // "Authorization: Bearer <bearerToken>"
        Basic,  // "Authorization: Basic <username:password>"
        None
    };
    enum class UpdateMethod
    {
        Patch, // PATCH with a PatchOp of the changed attributes
        Put    // GET, change, PUT the whole resource (servers without PATCH)
    };

    QUrl baseUrl; // "https://scim.example.com/scim/v2", without the trailing slash
    Authentication authentication = Authentication::Bearer;
    QString username;
    bool verifyCertificates = true;
    int timeoutSeconds = 30;
    int maxRetries = 4;               // after the first try, on 429 and 5xx
    int retryDelayMilliseconds = 500; // the first backoff; doubles with each retry
    int maxRetryDelaySeconds = 60;    // a longer Retry-After gives up at once
    int pageSize = 100;               // count of each page the connector asks for
    UpdateMethod updateMethod = UpdateMethod::Patch;

    // Reads config.configurationProperties; on a wrong value fills error.
    static ScimSettings fromConfig(const ProvisionerConfig& config, ConnectorError* error);
    // The configurationProperties key of the secret: "bearerToken" or "password".
    QString secretKey() const;
};

} // namespace syncstudio::connectors::scim
