#include "LdapConnector.h"

#include "LdapBatchWriter.h"
#include "LdapFilterTranslator.h"
#include "LdapModifications.h"
#include "LdapProjection.h"

#include <QRegularExpression>
#include <QSet>
#include <ldap.h>

namespace syncstudio::connectors::ldap {

namespace {

using Kind = ConnectorError::Kind;

// RFC 4514 escaping of an RDN value.
QString escapeDnValue(const QString& value)
{
    QString out;
    for (int i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        const bool special = QStringLiteral(",+\"\\<>;=").contains(c) ||
                             (i == 0 && (c == QLatin1Char('#') || c == QLatin1Char(' '))) ||
                             (i == value.size() - 1 && c == QLatin1Char(' '));
        if (special)
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

// The base64 of "index:cookie"; the index says which base context the cookie is for.
QString encodeCookie(int baseIndex, const QByteArray& cookie)
{
    QByteArray raw = QByteArray::number(baseIndex);
    raw += ':';
    raw += cookie;
    return QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool decodeCookie(const QString& text, int* baseIndex, QByteArray* cookie)
{
    const QByteArray raw = QByteArray::fromBase64(
        text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const int colon = raw.indexOf(':');
    bool ok = false;
    *baseIndex = raw.left(colon).toInt(&ok);
    *cookie = raw.mid(colon + 1);
    return colon > 0 && ok && *baseIndex >= 0;
}

} // namespace

LdapConnector::LdapConnector(const ProvisionerConfig& config, const ConnectorContext& context)
    : m_config(config)
    , m_settings(LdapSettings::fromConfig(config, context, &m_configError))
{}

LdapConnector::~LdapConnector() = default;

ConnectorError LdapConnector::failed(const ConnectorError& error)
{
    // A dropped connection is made again by the next call.
    if (error.kind == Kind::ConnectionFailed && m_connection)
        m_connection->close();
    return error;
}

ConnectorError LdapConnector::connection(LdapConnection** out)
{
    *out = nullptr;
    if (m_configError.isError())
        return m_configError;
    if (!m_connection)
        m_connection = std::make_unique<LdapConnection>(m_settings);
    const ConnectorError e = m_connection->open();
    if (e.isError())
        return e;
    *out = m_connection.get();
    return {};
}

ConnectorError LdapConnector::resolveType(const QString& typeName, LdapObjectType* type) const
{
    const ObjectTypeInfo* info = m_config.objectType(typeName);
    if (!info && !m_config.objectTypes.isEmpty()) {
        QStringList names;
        for (const ObjectTypeInfo& t : m_config.objectTypes)
            names << t.name;
        return {Kind::InvalidConfiguration,
                QStringLiteral("%1 has no object type \"%2\"").arg(m_config.filePath, typeName),
                QStringLiteral("use one of: %1").arg(names.join(QStringLiteral(", ")))};
    }
    *type = LdapObjectType::resolve(typeName, info, m_settings);
    return {};
}

bool LdapConnector::isSingleValued(const QString& nativeName)
{
    if (!m_schema) {
        LdapSchema schema;
        if (m_connection && m_connection->isOpen())
            LdapSchema::read(*m_connection, &schema); // unreadable: everything is multi-valued
        m_schema = schema;
    }
    return m_schema->isSingleValued(nativeName);
}

bool LdapConnector::sameDn(const QString& a, const QString& b)
{
    static const QRegularExpression spaces(QStringLiteral("\\s*([,=+])\\s*"));
    QString x = a.trimmed();
    QString y = b.trimmed();
    x.replace(spaces, QStringLiteral("\\1"));
    y.replace(spaces, QStringLiteral("\\1"));
    return x.compare(y, Qt::CaseInsensitive) == 0;
}

QString LdapConnector::writableAttribute(const LdapObjectType& type, const QString& property) const
{
    if (property == QLatin1String("_id") || property == QLatin1String("_rev"))
        return {};
    const QString native = type.nativeName(property);
    if (native == QLatin1String("__NAME__") || native == QLatin1String("__UID__"))
        return {};
    if (!m_settings.uidIsDn() &&
        native.compare(m_settings.uidAttribute, Qt::CaseInsensitive) == 0 &&
        native.compare(QLatin1String("entryUUID"), Qt::CaseInsensitive) == 0)
        return {}; // the server's own
    return native;
}

void LdapConnector::addModifications(const LdapObjectType& type, const QJsonObject& object,
                                     LdapModifications* mods) const
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString attribute = writableAttribute(type, it.key());
        const QList<QByteArray> values = LdapProjection::toLdapValues(it.value());
        if (!attribute.isEmpty() && !values.isEmpty())
            mods->append(LDAP_MOD_ADD, attribute, values);
    }
    if (!mods->contains(QStringLiteral("objectClass"))) {
        QList<QByteArray> classes;
        for (const QString& c : type.objectClasses())
            classes << c.toUtf8();
        mods->append(LDAP_MOD_ADD, QStringLiteral("objectClass"), classes);
    }
}

void LdapConnector::changeModifications(const LdapObjectType& type, const QJsonObject& changes,
                                        LdapModifications* mods) const
{
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const QString attribute = writableAttribute(type, it.key());
        if (!attribute.isEmpty())
            mods->append(LDAP_MOD_REPLACE, attribute, LdapProjection::toLdapValues(it.value()));
    }
}

ConnectorError LdapConnector::dnForNew(const LdapObjectType& type, const QJsonObject& object,
                                       QString* dn) const
{
    if (!type.dnProperty().isEmpty() && object.value(type.dnProperty()).isString() &&
        !object.value(type.dnProperty()).toString().isEmpty()) {
        *dn = object.value(type.dnProperty()).toString();
        return {};
    }
    const QString naming = type.namingAttribute();
    QString value;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (type.nativeName(it.key()).compare(naming, Qt::CaseInsensitive) != 0)
            continue;
        const QList<QByteArray> values = LdapProjection::toLdapValues(it.value());
        if (!values.isEmpty())
            value = QString::fromUtf8(values.constFirst());
    }
    if (value.isEmpty())
        return {Kind::InvalidObject,
                QStringLiteral("a new %1 needs %2 or %3 to make its DN")
                    .arg(type.name(),
                         type.dnProperty().isEmpty() ? QStringLiteral("a DN") : type.dnProperty(),
                         naming),
                QStringLiteral("map a value to one of them")};
    *dn = QStringLiteral("%1=%2,%3")
              .arg(naming, escapeDnValue(value), m_settings.baseContexts.constFirst());
    return {};
}

ConnectorError LdapConnector::searchPage(const QString& base, int scope, const QString& filter,
                                         LdapProjection& projection, int pageSize,
                                         QByteArray* cookie, const ObjectSink& sink, int skip,
                                         int* delivered, bool* stopped)
{
    LDAP* ld = m_connection->handle();
    LDAPControl* page = nullptr;
    LDAPControl* controls[2] = {nullptr, nullptr};
    if (pageSize > 0) {
        berval value{static_cast<ber_len_t>(cookie->size()), cookie->data()};
        const int rc =
            ldap_create_page_control(ld, pageSize, cookie->isEmpty() ? nullptr : &value, 1, &page);
        if (rc != LDAP_SUCCESS)
            return m_connection->error(rc, QStringLiteral("paged search"));
        controls[0] = page;
    }
    const QByteArray baseText = base.toUtf8();
    const QByteArray filterText = filter.toUtf8();
    int msgid = 0;
    int rc = ldap_search_ext(ld, baseText.constData(), scope, filterText.constData(),
                             projection.attributes(), 0, controls, nullptr, nullptr, 0, &msgid);
    if (page)
        ldap_control_free(page);
    const QString what = QStringLiteral("search under %1 for %2").arg(base, filter);
    if (rc != LDAP_SUCCESS)
        return failed(m_connection->error(rc, what));
    cookie->clear();
    for (;;) {
        timeval timeout{m_settings.timeoutSeconds, 0};
        LDAPMessage* message = nullptr;
        rc = ldap_result(ld, msgid, LDAP_MSG_ONE, &timeout, &message);
        if (rc <= 0) {
            ldap_abandon_ext(ld, msgid, nullptr, nullptr);
            return failed(
                rc == 0 ? ConnectorError{Kind::Timeout,
                                         QStringLiteral("LDAP server %1: no answer in "
                                                        "%2 s to %3")
                                             .arg(m_settings.address())
                                             .arg(m_settings.timeoutSeconds)
                                             .arg(what),
                                         {}}
                        : m_connection->error(ldap_get_option(ld, LDAP_OPT_RESULT_CODE, &rc) == 0
                                                  ? rc
                                                  : LDAP_SERVER_DOWN,
                                              what));
        }
        const int type = ldap_msgtype(message);
        if (type == LDAP_RES_SEARCH_ENTRY) {
            if (skip > 0) {
                --skip;
            } else {
                const ConnectorObject object = projection.toObject(ld, message);
                ++*delivered;
                if (!sink(object)) {
                    ldap_msgfree(message);
                    ldap_abandon_ext(ld, msgid, nullptr, nullptr);
                    *stopped = true;
                    return {};
                }
            }
            ldap_msgfree(message);
            continue;
        }
        if (type != LDAP_RES_SEARCH_RESULT) {
            ldap_msgfree(message); // references: this connector does not follow them
            continue;
        }
        int code = LDAP_SUCCESS;
        char* diagnostic = nullptr;
        LDAPControl** serverControls = nullptr;
        rc = ldap_parse_result(ld, message, &code, nullptr, &diagnostic, nullptr, &serverControls,
                               1);
        if (rc == LDAP_SUCCESS && serverControls) {
            if (LDAPControl* response =
                    ldap_control_find(LDAP_CONTROL_PAGEDRESULTS, serverControls, nullptr)) {
                ber_int_t estimate = 0;
                berval next{0, nullptr};
                if (ldap_parse_pageresponse_control(ld, response, &estimate, &next) ==
                    LDAP_SUCCESS) {
                    *cookie = QByteArray(next.bv_val, static_cast<qsizetype>(next.bv_len));
                    ber_memfree(next.bv_val);
                }
            }
        }
        if (serverControls)
            ldap_controls_free(serverControls);
        ConnectorError e;
        if (rc != LDAP_SUCCESS)
            e = m_connection->error(rc, what);
        else if (code != LDAP_SUCCESS)
            e = m_connection->error(code, what, diagnostic);
        if (diagnostic)
            ldap_memfree(diagnostic);
        if (code == LDAP_FILTER_ERROR || code == LDAP_INAPPROPRIATE_MATCHING)
            cookie->clear();
        return failed(e);
    }
}

ConnectorError LdapConnector::query(const QueryRequest& request, const ObjectSink& sink,
                                    QueryResult* result)
{
    LdapConnection* c = nullptr;
    LdapObjectType type;
    ConnectorError e = connection(&c);
    if (!e.isError())
        e = resolveType(request.objectType, &type);
    if (e.isError())
        return e;

    const QString uidFilterAttribute =
        m_settings.uidIsDn() ? QStringLiteral("entryDN") : m_settings.uidAttribute;
    LdapFilterTranslator translator([&](const query::JsonPointer& field) -> QString {
        if (field.size() != 1)
            return {};
        const QString& name = field.tokens().constFirst();
        if (name == QLatin1String("_id"))
            return uidFilterAttribute;
        const QString native = type.nativeName(name);
        if (native == QLatin1String("__NAME__"))
            return QStringLiteral("entryDN");
        if (native == QLatin1String("__UID__"))
            return uidFilterAttribute;
        return native;
    });
    const QString translated = translator.translate(request.queryFilter, &e);
    if (e.isError())
        return e;
    const QString filter = translated == QLatin1String("(objectClass=*)")
                               ? type.baseFilter()
                               : QStringLiteral("(&%1%2)").arg(type.baseFilter(), translated);
    LdapProjection projection(type, request.fields, m_settings,
                              [this](const QString& n) { return isSingleValued(n); });

    QueryResult r;
    bool stopped = false;
    const QStringList& bases = m_settings.baseContexts;
    if (request.pageSize > 0) {
        int index = 0;
        QByteArray cookie;
        if (!request.pagedResultsCookie.isEmpty() &&
            (!decodeCookie(request.pagedResultsCookie, &index, &cookie) || index >= bases.size()))
            return {Kind::InvalidFilter,
                    QStringLiteral("the paged results cookie \"%1\" is not one of this "
                                   "connector's")
                        .arg(request.pagedResultsCookie),
                    QStringLiteral("start again without a cookie")};
        int skip = request.pagedResultsCookie.isEmpty() ? request.pagedResultsOffset : 0;
        while (index < bases.size()) {
            int delivered = 0;
            e = searchPage(bases[index], LDAP_SCOPE_SUBTREE, filter, projection, request.pageSize,
                           &cookie, sink, skip, &delivered, &stopped);
            if (e.isError())
                return e;
            skip = qMax(0, skip - request.pageSize + delivered);
            r.count += delivered;
            if (!cookie.isEmpty()) {
                r.pagedResultsCookie = encodeCookie(index, cookie);
                break;
            }
            ++index;
            if (index < bases.size() && (delivered > 0 || stopped)) {
                r.pagedResultsCookie = encodeCookie(index, {});
                break;
            }
            if (stopped)
                break;
        }
    } else {
        int skip = request.pagedResultsOffset;
        for (const QString& base : bases) {
            QByteArray cookie;
            do {
                int delivered = 0;
                const int pageSize = m_settings.usePagedResultControl ? m_settings.blockSize : 0;
                e = searchPage(base, LDAP_SCOPE_SUBTREE, filter, projection, pageSize, &cookie,
                               sink, skip, &delivered, &stopped);
                if (e.isError())
                    return e;
                skip = qMax(0, skip - (pageSize > 0 ? pageSize : skip) + delivered);
                r.count += delivered;
            } while (!cookie.isEmpty() && !stopped);
            if (stopped)
                break;
        }
    }
    if (result)
        *result = r;
    return {};
}

ConnectorError LdapConnector::readEntry(const LdapObjectType& type, const QString& dn,
                                        const QStringList& fields, ConnectorObject* object)
{
    LdapProjection projection(type, fields, m_settings,
                              [this](const QString& n) { return isSingleValued(n); });
    QByteArray cookie;
    int delivered = 0;
    bool stopped = false;
    ConnectorObject found;
    ConnectorError e = searchPage(
        dn, LDAP_SCOPE_BASE, type.baseFilter(), projection, 0, &cookie,
        [&found](const ConnectorObject& o) {
            found = o;
            return true;
        },
        0, &delivered, &stopped);
    if (e.kind == Kind::NotFound || (!e.isError() && delivered == 0))
        return {Kind::NotFound,
                QStringLiteral("LDAP server %1 has no %2 %3")
                    .arg(m_settings.address(), type.name(), dn),
                {}};
    if (!e.isError() && object)
        *object = found;
    return e;
}

ConnectorError LdapConnector::dnOf(const LdapObjectType& type, const QString& id, QString* dn)
{
    if (m_settings.uidIsDn()) {
        *dn = id;
        return {};
    }
    const QString filter =
        QStringLiteral("(&%1(%2=%3))")
            .arg(type.baseFilter(), m_settings.uidAttribute, LdapFilterTranslator::escapeValue(id));
    const QString dnKey = QStringLiteral("__NAME__");
    LdapProjection projection(type, {dnKey}, m_settings, [](const QString&) { return true; });
    dn->clear();
    for (const QString& base : m_settings.baseContexts) {
        QByteArray cookie;
        int delivered = 0;
        bool stopped = false;
        const ConnectorError e = searchPage(
            base, LDAP_SCOPE_SUBTREE, filter, projection, 0, &cookie,
            [&](const ConnectorObject& o) {
                *dn = o.value(dnKey).toString();
                return false;
            },
            0, &delivered, &stopped);
        if (e.isError())
            return e;
        if (!dn->isEmpty())
            return {};
    }
    return {Kind::NotFound,
            QStringLiteral("LDAP server %1 has no %2 with %3 %4")
                .arg(m_settings.address(), type.name(), m_settings.uidAttribute, id),
            {}};
}

ConnectorError LdapConnector::read(const QString& objectType, const QString& id,
                                   const QStringList& fields, ConnectorObject* object)
{
    LdapConnection* c = nullptr;
    LdapObjectType type;
    ConnectorError e = connection(&c);
    if (!e.isError())
        e = resolveType(objectType, &type);
    QString dn;
    if (!e.isError())
        e = dnOf(type, id, &dn);
    if (!e.isError())
        e = readEntry(type, dn, fields, object);
    return e;
}

ConnectorError LdapConnector::create(const QString& objectType, const QJsonObject& object,
                                     ConnectorObject* created)
{
    LdapConnection* c = nullptr;
    LdapObjectType type;
    ConnectorError e = connection(&c);
    if (!e.isError())
        e = resolveType(objectType, &type);
    QString dn;
    if (!e.isError())
        e = dnForNew(type, object, &dn);
    if (e.isError())
        return e;
    LdapModifications mods;
    addModifications(type, object, &mods);
    const QByteArray dnText = dn.toUtf8();
    const int rc = ldap_add_ext_s(c->handle(), dnText.constData(), mods.data(), nullptr, nullptr);
    if (rc != LDAP_SUCCESS)
        return failed(c->error(rc, QStringLiteral("add %1").arg(dn)));
    return created ? readEntry(type, dn, {}, created) : ConnectorError{};
}

ConnectorError LdapConnector::rename(const QString& dn, const QString& newDn)
{
    LDAPDN parsed = nullptr;
    const QByteArray newDnText = newDn.toUtf8();
    if (ldap_str2dn(newDnText.constData(), &parsed, LDAP_DN_FORMAT_LDAPV3) != LDAP_SUCCESS ||
        !parsed || !parsed[0])
        return {Kind::InvalidObject, QStringLiteral("\"%1\" is not a DN").arg(newDn), {}};
    char* rdn = nullptr;
    char* parent = nullptr;
    ldap_rdn2str(parsed[0], &rdn, LDAP_DN_FORMAT_LDAPV3);
    ldap_dn2str(parsed + 1, &parent, LDAP_DN_FORMAT_LDAPV3);
    ldap_dnfree(parsed);
    const QByteArray dnText = dn.toUtf8();
    const int rc =
        ldap_rename_s(m_connection->handle(), dnText.constData(), rdn, parent, 1, nullptr, nullptr);
    ldap_memfree(rdn);
    ldap_memfree(parent);
    if (rc != LDAP_SUCCESS)
        return failed(m_connection->error(rc, QStringLiteral("rename %1 to %2").arg(dn, newDn)));
    return {};
}

ConnectorError LdapConnector::update(const QString& objectType, const QString& id,
                                     const QJsonObject& changes, const QString& revision,
                                     ConnectorObject* updated)
{
    Q_UNUSED(revision) // LDAP entries carry no revision IDM could compare
    LdapConnection* c = nullptr;
    LdapObjectType type;
    ConnectorError e = connection(&c);
    if (!e.isError())
        e = resolveType(objectType, &type);
    QString dn;
    if (!e.isError())
        e = dnOf(type, id, &dn);
    if (e.isError())
        return e;
    const QString newDn =
        type.dnProperty().isEmpty() ? QString() : changes.value(type.dnProperty()).toString();
    if (!newDn.isEmpty() && !sameDn(dn, newDn)) {
        e = rename(dn, newDn);
        if (e.isError())
            return e;
        dn = newDn;
    }
    LdapModifications mods;
    changeModifications(type, changes, &mods);
    if (!mods.isEmpty()) {
        const QByteArray dnText = dn.toUtf8();
        const int rc =
            ldap_modify_ext_s(c->handle(), dnText.constData(), mods.data(), nullptr, nullptr);
        if (rc != LDAP_SUCCESS)
            return failed(c->error(rc, QStringLiteral("modify %1").arg(dn)));
    }
    return updated ? readEntry(type, dn, {}, updated) : ConnectorError{};
}

ConnectorError LdapConnector::remove(const QString& objectType, const QString& id,
                                     const QString& revision)
{
    Q_UNUSED(revision)
    LdapConnection* c = nullptr;
    LdapObjectType type;
    ConnectorError e = connection(&c);
    if (!e.isError())
        e = resolveType(objectType, &type);
    QString dn;
    if (!e.isError())
        e = dnOf(type, id, &dn);
    if (e.isError())
        return e;
    const QByteArray dnText = dn.toUtf8();
    const int rc = ldap_delete_ext_s(c->handle(), dnText.constData(), nullptr, nullptr);
    if (rc != LDAP_SUCCESS)
        return failed(c->error(rc, QStringLiteral("delete %1").arg(dn)));
    return {};
}

ConnectorError LdapConnector::test()
{
    LdapConnection* c = nullptr;
    ConnectorError e = connection(&c);
    if (e.isError())
        return e;
    for (const QString& base : m_settings.baseContexts) {
        const QByteArray baseText = base.toUtf8();
        const char* none[] = {"1.1", nullptr};
        LDAPMessage* result = nullptr;
        const int rc =
            ldap_search_ext_s(c->handle(), baseText.constData(), LDAP_SCOPE_BASE, "(objectClass=*)",
                              const_cast<char**>(none), 0, nullptr, nullptr, nullptr, 0, &result);
        if (result)
            ldap_msgfree(result);
        if (rc == LDAP_NO_SUCH_OBJECT)
            return {Kind::InvalidConfiguration,
                    QStringLiteral("base context %1 does not exist on LDAP server %2")
                        .arg(base, m_settings.address()),
                    QStringLiteral("correct baseContexts in %1").arg(m_config.filePath)};
        if (rc != LDAP_SUCCESS)
            return failed(c->error(rc, QStringLiteral("read %1").arg(base)));
    }
    return {};
}

ConnectorError LdapConnector::schema(QVector<ObjectTypeInfo>* types)
{
    LdapConnection* c = nullptr;
    ConnectorError e = connection(&c);
    if (e.isError())
        return e;
    LdapSchema server;
    e = LdapSchema::read(*c, &server);
    if (e.isError())
        return failed(e);
    m_schema = server;
    QVector<ObjectTypeInfo> declared = m_config.objectTypes;
    if (declared.isEmpty()) {
        declared << ObjectTypeInfo{QStringLiteral("account"), QStringLiteral("__ACCOUNT__"), {}};
        declared << ObjectTypeInfo{QStringLiteral("group"), QStringLiteral("__GROUP__"), {}};
    }
    types->clear();
    for (ObjectTypeInfo info : declared) {
        const LdapObjectType type = LdapObjectType::resolve(info.name, &info, m_settings);
        QSet<QString> known; // the schema's first names of the attributes the file lists
        for (const AttributeInfo& a : info.attributes) {
            const LdapSchema::AttributeType* at = server.attribute(a.nativeName);
            known.insert((at ? at->name : a.nativeName).toLower());
        }
        for (const LdapSchema::Member& m : server.membersOf(type.objectClasses())) {
            if (known.contains(m.name.toLower()))
                continue;
            AttributeInfo a;
            a.name = m.name;
            a.nativeName = m.name;
            a.type = server.jsonType(m.name);
            a.multiValued = !server.isSingleValued(m.name);
            a.required = m.required;
            a.fromServerOnly = true;
            info.attributes << a;
        }
        *types << info;
    }
    return {};
}

QVector<ChangeResult> LdapConnector::apply(const QVector<Change>& changes)
{
    return LdapBatchWriter(*this).run(changes);
}

} // namespace syncstudio::connectors::ldap
