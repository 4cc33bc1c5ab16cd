#include "LdapConnection.h"

#include <QFileInfo>
#include <ldap.h>
#include <sys/time.h>

namespace syncstudio::connectors::ldap {

namespace {

using Kind = ConnectorError::Kind;

QString diagnosticOf(LDAP* ld)
{
    char* text = nullptr;
    if (!ld || ldap_get_option(ld, LDAP_OPT_DIAGNOSTIC_MESSAGE, &text) != LDAP_OPT_SUCCESS || !text)
        return {};
    const QString out = QString::fromUtf8(text);
    ldap_memfree(text);
    return out;
}

} // namespace

LdapConnection::LdapConnection(LdapSettings settings)
    : m_settings(std::move(settings))
{}

LdapConnection::~LdapConnection()
{
    close();
}

void LdapConnection::close()
{
    if (m_ld)
        ldap_unbind_ext_s(m_ld, nullptr, nullptr);
    m_ld = nullptr;
}

bool LdapConnection::isConnectionLost(int resultCode)
{
    return resultCode == LDAP_SERVER_DOWN || resultCode == LDAP_CONNECT_ERROR;
}

ConnectorError LdapConnection::connect(bool verifyCertificates, LDAP** out) const
{
    *out = nullptr;
    LDAP* ld = nullptr;
    const QByteArray url = m_settings.url().toUtf8();
    int rc = ldap_initialize(&ld, url.constData());
    if (rc != LDAP_SUCCESS)
        return {Kind::InvalidConfiguration,
                QStringLiteral("%1 is not a valid LDAP address: %2")
                    .arg(m_settings.url(), QString::fromUtf8(ldap_err2string(rc))),
                QStringLiteral("check host and port in the provisioner file")};
    const int version = LDAP_VERSION3;
    ldap_set_option(ld, LDAP_OPT_PROTOCOL_VERSION, &version);
    ldap_set_option(ld, LDAP_OPT_REFERRALS, LDAP_OPT_OFF);
    const timeval timeout{m_settings.timeoutSeconds, 0};
    ldap_set_option(ld, LDAP_OPT_NETWORK_TIMEOUT, &timeout);
    ldap_set_option(ld, LDAP_OPT_TIMEOUT, &timeout);
    if (m_settings.ssl || m_settings.startTLS) {
        const int require = verifyCertificates ? LDAP_OPT_X_TLS_DEMAND : LDAP_OPT_X_TLS_NEVER;
        ldap_set_option(ld, LDAP_OPT_X_TLS_REQUIRE_CERT, &require);
        if (!m_settings.caCertificateFile.isEmpty()) {
            const QByteArray file = QFile::encodeName(m_settings.caCertificateFile);
            ldap_set_option(ld, LDAP_OPT_X_TLS_CACERTFILE, file.constData());
        }
        // The options above apply to this handle only once it has a TLS context of its own.
        const int server = 0;
        ldap_set_option(ld, LDAP_OPT_X_TLS_NEWCTX, &server);
    }
    rc = ldap_connect(ld);
    if (rc == LDAP_SUCCESS && m_settings.startTLS)
        rc = ldap_start_tls_s(ld, nullptr, nullptr);
    if (rc != LDAP_SUCCESS) {
        const ConnectorError e = error(rc, QStringLiteral("connect"), nullptr);
        ldap_unbind_ext_s(ld, nullptr, nullptr);
        return e;
    }
    *out = ld;
    return {};
}

ConnectorError LdapConnection::open()
{
    if (m_ld)
        return {};
    const bool tls = m_settings.ssl || m_settings.startTLS;
    if (tls && !m_settings.caCertificateFile.isEmpty() &&
        !QFileInfo(m_settings.caCertificateFile).isReadable())
        return {
            Kind::InvalidConfiguration,
            QStringLiteral("caCertificateFile %1 cannot be read").arg(m_settings.caCertificateFile),
            QStringLiteral("give the path of a PEM file with the CA certificate")};
    LDAP* ld = nullptr;
    ConnectorError e = connect(m_settings.verifyCertificates, &ld);
    if (e.isError()) {
        if (tls && m_settings.verifyCertificates && e.kind == Kind::ConnectionFailed) {
            LDAP* probe = nullptr;
            if (!connect(false, &probe).isError()) {
                ldap_unbind_ext_s(probe, nullptr, nullptr);
                return {Kind::CertificateInvalid,
                        QStringLiteral("the TLS certificate of LDAP server %1 is not trusted")
                            .arg(m_settings.address()),
                        m_settings.caCertificateFile.isEmpty()
                            ? QStringLiteral("set caCertificateFile to the CA that signed it, "
                                             "or set verifyCertificates to false if you trust "
                                             "the network")
                            : QStringLiteral("check that caCertificateFile %1 is the CA that "
                                             "signed it and that host is a name the "
                                             "certificate is for")
                                  .arg(m_settings.caCertificateFile)};
            }
        }
        return e;
    }

    const QByteArray dn = m_settings.principal.toUtf8();
    QByteArray password = m_settings.credentials.toUtf8();
    berval credentials{static_cast<ber_len_t>(password.size()), password.data()};
    const int rc = ldap_sasl_bind_s(ld, dn.isEmpty() ? nullptr : dn.constData(), LDAP_SASL_SIMPLE,
                                    &credentials, nullptr, nullptr, nullptr);
    if (rc != LDAP_SUCCESS) {
        e = error(rc, QStringLiteral("bind as %1").arg(m_settings.principal), nullptr);
        ldap_unbind_ext_s(ld, nullptr, nullptr);
        return e;
    }
    m_ld = ld;
    return {};
}

ConnectorError LdapConnection::error(int rc, const QString& operation, const char* diagnostic) const
{
    if (rc == LDAP_SUCCESS)
        return {};
    QString detail = diagnostic ? QString::fromUtf8(diagnostic) : diagnosticOf(m_ld);
    if (detail == QLatin1String("(unknown error code)"))
        detail.clear();
    const QString reason = QString::fromUtf8(ldap_err2string(rc)) +
                           (detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(detail));
    const QString message = QStringLiteral("LDAP server %1: %2 failed: %3")
                                .arg(m_settings.address(), operation, reason);
    switch (rc) {
    case LDAP_SERVER_DOWN:
    case LDAP_CONNECT_ERROR:
        return {Kind::ConnectionFailed,
                QStringLiteral("cannot connect to LDAP server %1 (%2)")
                    .arg(m_settings.address(), reason),
                QStringLiteral("check that the server runs and that host, port, ssl and "
                               "startTLS in the provisioner file are right")};
    case LDAP_TIMEOUT:
    case LDAP_TIMELIMIT_EXCEEDED:
        return {Kind::Timeout, message, QStringLiteral("try again or narrow the query")};
    case LDAP_INVALID_CREDENTIALS:
        return {Kind::AuthenticationFailed,
                QStringLiteral("LDAP server %1 rejected the password of %2")
                    .arg(m_settings.address(), m_settings.principal),
                QStringLiteral("check principal and the password stored for this connector")};
    case LDAP_INAPPROPRIATE_AUTH:
    case LDAP_STRONG_AUTH_REQUIRED:
    case LDAP_CONFIDENTIALITY_REQUIRED:
        return {Kind::AuthenticationFailed, message,
                QStringLiteral("the server needs another way to sign in (TLS, a password)")};
    case LDAP_INSUFFICIENT_ACCESS:
        return {Kind::PermissionDenied, message,
                QStringLiteral("bind as a principal that may do this")};
    case LDAP_FILTER_ERROR:
    case LDAP_INAPPROPRIATE_MATCHING:
        return {Kind::InvalidFilter, message, QStringLiteral("correct the query filter")};
    case LDAP_NO_SUCH_OBJECT:
        return {Kind::NotFound, message, {}};
    case LDAP_ALREADY_EXISTS:
        return {Kind::AlreadyExists, message, {}};
    case LDAP_NO_SUCH_ATTRIBUTE:
    case LDAP_UNDEFINED_TYPE:
    case LDAP_CONSTRAINT_VIOLATION:
    case LDAP_TYPE_OR_VALUE_EXISTS:
    case LDAP_INVALID_SYNTAX:
    case LDAP_INVALID_DN_SYNTAX:
    case LDAP_NAMING_VIOLATION:
    case LDAP_OBJECT_CLASS_VIOLATION:
    case LDAP_NOT_ALLOWED_ON_NONLEAF:
    case LDAP_NOT_ALLOWED_ON_RDN:
        return {Kind::InvalidObject, message,
                QStringLiteral("the directory's schema does not allow this object")};
    case LDAP_SIZELIMIT_EXCEEDED:
    case LDAP_ADMINLIMIT_EXCEEDED:
        return {Kind::ServerError, message,
                QStringLiteral("set usePagedResultControl to true or raise the server's size "
                               "limit for the principal")};
    case LDAP_UNWILLING_TO_PERFORM:
        return {Kind::Unsupported, message, {}};
    default:
        return {Kind::ServerError, message, {}};
    }
}

} // namespace syncstudio::connectors::ldap
