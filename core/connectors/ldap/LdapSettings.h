#pragma once

#include "connectors/ConnectorError.h"

#include <QString>
#include <QStringList>

namespace syncstudio::connectors {
struct ConnectorContext;
struct ProvisionerConfig;
} // namespace syncstudio::connectors

namespace syncstudio::connectors::ldap {

// The configurationProperties of an org.identityconnectors.ldap.LdapConnector provisioner
// file that SyncStudio's LDAP connector uses, with IDM's defaults for the ones left out.
struct LdapSettings
{
    QString host = QStringLiteral("localhost");
    int port = 389;
    bool ssl = false;      // ldaps://
    bool startTLS = false; // StartTLS on ldap://
    // Not IDM settings but SyncStudio's own, in the same configurationProperties: whether the
    // server's certificate must be trusted (on unless the file says false) and the CA file
    // that vouches for it (the system's CAs when empty).
    bool verifyCertificates = true;
    QString caCertificateFile;

    QString principal;   // the bind DN; anonymous when empty
    QString credentials; // the password, from the keychain when one is stored there
    QStringList baseContexts;
    QStringList accountObjectClasses{QStringLiteral("top"), QStringLiteral("person"),
                                     QStringLiteral("organizationalPerson"),
                                     QStringLiteral("inetOrgPerson")};
    QString accountSearchFilter;
    QStringList accountUserNameAttributes{QStringLiteral("uid")};
    QStringList groupObjectClasses{QStringLiteral("top"), QStringLiteral("groupOfUniqueNames")};
    QString groupSearchFilter;
    QString groupNameAttribute = QStringLiteral("cn");
    // The attribute that is __UID__ (IDM's _id): entryUUID unless the file says; "dn" makes
    // the DN the id.
    QString uidAttribute = QStringLiteral("entryUUID");
    QString passwordAttribute = QStringLiteral("userPassword");
    bool usePagedResultControl = true;
    int blockSize = 100;
    int timeoutSeconds = 30; // for connecting and for each server response

    QString url() const;
    // "host:port", for messages.
    QString address() const;
    bool uidIsDn() const;

    // Reads config; credentials come from context.secrets when it has them. error says what
    // is missing or wrong.
    static LdapSettings fromConfig(const ProvisionerConfig& config, const ConnectorContext& context,
                                   ConnectorError* error);
};

} // namespace syncstudio::connectors::ldap
