#include "ConnectorError.h"

namespace syncstudio::connectors {

QString ConnectorError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::InvalidConfiguration:
        return QStringLiteral("invalid configuration");
    case Kind::ConnectionFailed:
        return QStringLiteral("connection failed");
    case Kind::CertificateInvalid:
        return QStringLiteral("certificate not trusted");
    case Kind::AuthenticationFailed:
        return QStringLiteral("authentication failed");
    case Kind::MissingCredentials:
        return QStringLiteral("missing credentials");
    case Kind::PermissionDenied:
        return QStringLiteral("permission denied");
    case Kind::InvalidFilter:
        return QStringLiteral("invalid filter");
    case Kind::NotFound:
        return QStringLiteral("not found");
    case Kind::AlreadyExists:
        return QStringLiteral("already exists");
    case Kind::InvalidObject:
        return QStringLiteral("invalid object");
    case Kind::RateLimited:
        return QStringLiteral("rate limited");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::ServerError:
        return QStringLiteral("server error");
    case Kind::Unsupported:
        return QStringLiteral("unsupported");
    }
    return {};
}

} // namespace syncstudio::connectors
