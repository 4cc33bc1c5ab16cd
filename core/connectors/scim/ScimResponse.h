#pragma once

#include "connectors/ConnectorError.h"

#include <QByteArray>
#include <QJsonObject>

namespace syncstudio::connectors::scim {

// The answer to one SCIM request, after the retries.
struct ScimResponse
{
    int status = 0;   // HTTP status; 0 when no answer came
    QJsonObject body; // the JSON body, empty for 204 and non-JSON answers
    QString etag;     // the ETag header
    ConnectorError error;

    bool isError() const { return error.isError(); }
};

} // namespace syncstudio::connectors::scim
