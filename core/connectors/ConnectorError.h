#pragma once

#include <QString>

namespace syncstudio::connectors {

// What went wrong talking to a system, typed so callers can react (retry, ask for a
// password, show the filter) and worded so a person knows what to do.
struct ConnectorError
{
    enum class Kind
    {
        None,
        InvalidConfiguration, // the provisioner file is incomplete or wrong
        ConnectionFailed,     // server down, wrong host or port, TLS handshake failed
        CertificateInvalid,   // TLS certificate not trusted
        AuthenticationFailed, // wrong user or password, expired token
        MissingCredentials,   // no secret in the keychain, or an encrypted $crypto value
        PermissionDenied,
        InvalidFilter, // the query filter cannot be translated or the server rejected it
        NotFound,
        AlreadyExists,
        InvalidObject, // schema violation: missing required attribute, wrong type
        RateLimited,   // 429 after the retries ran out
        Timeout,
        Cancelled,
        ServerError,
        Unsupported, // the connector or server cannot do this operation
    };

    Kind kind = Kind::None;
    QString message; // what failed, naming the system and the object
    QString hint;    // what to do about it

    bool isError() const { return kind != Kind::None; }
    QString toString() const
    {
        return hint.isEmpty() ? message : message + QStringLiteral("; ") + hint;
    }
    static QString kindName(Kind kind);
};

} // namespace syncstudio::connectors
