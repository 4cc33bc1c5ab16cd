#pragma once

#include "LdapSettings.h"
#include "connectors/ConnectorError.h"

#include <QString>

struct ldap;

namespace syncstudio::connectors::ldap {

// One bound connection to an LDAP server through libldap: ldap:// or ldaps://, StartTLS,
// certificate checks, simple bind. Owns the LDAP handle; not thread-safe, like the
// connector that holds it.
class LdapConnection
{
public:
    explicit LdapConnection(LdapSettings settings);
    ~LdapConnection();
    LdapConnection(const LdapConnection&) = delete;
    LdapConnection& operator=(const LdapConnection&) = delete;

    // Connects, negotiates TLS and binds. A certificate that is not trusted is reported as
    // such (not as a failed connection) by trying the handshake once more without checks.
    ConnectorError open();
    bool isOpen() const { return m_ld != nullptr; }
    void close();
    struct ldap* handle() const { return m_ld; }
    const LdapSettings& settings() const { return m_settings; }

    // The typed error for an LDAP result code of operation ("search", "add uid=x,...").
    // diagnostic is the server's text; when null the handle's last diagnostic is used.
    ConnectorError error(int resultCode, const QString& operation,
                         const char* diagnostic = nullptr) const;
    // Whether resultCode means the connection is gone (the next open() makes a new one).
    static bool isConnectionLost(int resultCode);

private:
    ConnectorError connect(bool verifyCertificates, struct ldap** ld) const;

    LdapSettings m_settings;
    struct ldap* m_ld = nullptr;
};

} // namespace syncstudio::connectors::ldap
