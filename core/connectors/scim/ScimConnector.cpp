#include "ScimConnector.h"

#include "ScimFilterTranslator.h"
#include "connectors/ConnectorSecrets.h"
#include "query/QueryFilter.h"

#include <QJsonArray>
#include <QUrl>

namespace syncstudio::connectors::scim {

using Kind = ConnectorError::Kind;

const char* const ScimConnector::ConnectorName = "org.syncstudio.connectors.scim.ScimConnector";

namespace {

const QString PatchOpSchema = QStringLiteral("urn:ietf:params:scim:api:messages:2.0:PatchOp");

QString jsonSchemaType(const QString& scimType)
{
    if (scimType == QLatin1String("boolean"))
        return QStringLiteral("boolean");
    if (scimType == QLatin1String("integer"))
        return QStringLiteral("integer");
    if (scimType == QLatin1String("decimal"))
        return QStringLiteral("number");
    if (scimType == QLatin1String("complex"))
        return QStringLiteral("object");
    return QStringLiteral("string"); // string, dateTime, reference, binary
}

} // namespace

ScimConnector::ScimConnector(ProvisionerConfig config, ConnectorContext context)
    : m_config(std::move(config))
    , m_context(std::move(context))
{
    m_settings = ScimSettings::fromConfig(m_config, &m_settingsError);
    m_types = m_config.objectTypes;
    if (m_types.isEmpty()) // no objectTypes: users and groups as the service has them
        m_types = {ObjectTypeInfo{QStringLiteral("account"), QStringLiteral("User"), {}},
                   ObjectTypeInfo{QStringLiteral("group"), QStringLiteral("Group"), {}}};
}

ScimConnector::~ScimConnector() = default;

ConnectorError ScimConnector::prepare()
{
    if (m_settingsError.isError())
        return m_settingsError;
    if (m_client)
        return {};
    QByteArray authorization;
    if (m_settings.authentication != ScimSettings::Authentication::None) {
        QString secret;
        if (const ConnectorError e =
                lookupSecret(m_config, m_context, m_settings.secretKey(), &secret);
            e.isError())
            return e;
        if (m_settings.authentication == ScimSettings::Authentication::Bearer)
            authorization = "Bearer " + secret.toUtf8();
        else
            authorization =
                "Basic " + (m_settings.username + QLatin1Char(':') + secret).toUtf8().toBase64();
    }
    m_client = std::make_unique<ScimHttpClient>(m_settings, m_config.name, authorization);
    return {};
}

ConnectorError ScimConnector::objectType(const QString& name, ScimObjectType* type) const
{
    QStringList names;
    for (const ObjectTypeInfo& info : m_types) {
        names << info.name;
        if (info.name != name)
            continue;
        ConnectorError error;
        *type = ScimObjectType::fromInfo(info, &error);
        if (error.isError())
            error.message = QStringLiteral("%1: %2").arg(m_config.filePath, error.message);
        return error;
    }
    return {Kind::InvalidConfiguration,
            QStringLiteral("connector \"%1\" has no object type \"%2\"").arg(m_config.name, name),
            QStringLiteral("its object types are: %1").arg(names.join(QStringLiteral(", ")))};
}

QString ScimConnector::resourcePath(const ScimObjectType& type, const QString& id) const
{
    return type.endpoint() + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(id));
}

ConnectorError ScimConnector::withObject(ConnectorError error, const ScimObjectType& type,
                                         const QString& id) const
{
    if (error.kind == Kind::NotFound)
        error.message = QStringLiteral("system/%1/%2/%3 does not exist (%4)")
                            .arg(m_config.name, type.name(), id, error.message);
    return error;
}

ConnectorError ScimConnector::test()
{
    if (const ConnectorError e = prepare(); e.isError())
        return e;
    ScimObjectType type;
    if (const ConnectorError e = objectType(m_types.first().name, &type); e.isError())
        return e;
    // One small authenticated request: the URL, TLS, the credentials and the endpoint.
    return m_client
        ->send("GET", type.endpoint(),
               {{QStringLiteral("startIndex"), QStringLiteral("1")},
                {QStringLiteral("count"), QStringLiteral("1")}})
        .error;
}

ConnectorError ScimConnector::schema(QVector<ObjectTypeInfo>* types)
{
    if (const ConnectorError e = prepare(); e.isError())
        return e;
    types->clear();
    for (ObjectTypeInfo info : m_types) {
        ScimObjectType type;
        if (const ConnectorError e = objectType(info.name, &type); e.isError())
            return e;
        const ScimResponse r =
            m_client->send("GET", QStringLiteral("/Schemas/") + type.schemaUrn());
        if (r.isError() && r.error.kind != Kind::NotFound && r.error.kind != Kind::Unsupported)
            return r.error;
        // Attributes of the service's schema that the provisioner file does not map.
        const QJsonArray attributes = r.body.value(QStringLiteral("attributes")).toArray();
        for (const QJsonValue& value : attributes) {
            const QJsonObject a = value.toObject();
            const QString name = a.value(QStringLiteral("name")).toString();
            const bool mapped = std::any_of(
                info.attributes.begin(), info.attributes.end(), [&](const AttributeInfo& m) {
                    return m.nativeName.section(QLatin1Char('.'), 0, 0) == name || m.name == name;
                });
            if (name.isEmpty() || mapped)
                continue;
            AttributeInfo attribute;
            attribute.name = attribute.nativeName = name;
            attribute.type = jsonSchemaType(a.value(QStringLiteral("type")).toString());
            attribute.multiValued = a.value(QStringLiteral("multiValued")).toBool();
            attribute.required = a.value(QStringLiteral("required")).toBool();
            attribute.fromServerOnly = true;
            info.attributes << attribute;
        }
        *types << info;
    }
    return {};
}

ConnectorError ScimConnector::query(const QueryRequest& request, const ObjectSink& sink,
                                    QueryResult* result)
{
    query::QueryFilterError parseError;
    const std::optional<query::QueryFilter> filter =
        query::QueryFilter::parse(request.queryFilter, &parseError);
    if (!filter)
        return {Kind::InvalidFilter,
                QStringLiteral("invalid query filter \"%1\": %2")
                    .arg(request.queryFilter, parseError.toString()),
                QStringLiteral("a filter reads like /userName eq \"bjensen\" and /active pr")};
    ScimObjectType type;
    if (const ConnectorError e = objectType(request.objectType, &type); e.isError())
        return e;
    const ScimFilterTranslator::Result translated = ScimFilterTranslator::translate(
        *filter, [&type](const query::JsonPointer& field) { return type.scimPath(field); });
    if (translated.error.isError())
        return translated.error;
    if (const ConnectorError e = prepare(); e.isError())
        return e;
    if (result)
        *result = QueryResult{0, {}, 0};
    if (translated.match == ScimFilterTranslator::Result::Match::None)
        return {};

    int startIndex = request.pagedResultsOffset + 1;
    if (!request.pagedResultsCookie.isEmpty()) {
        bool ok = false;
        startIndex = request.pagedResultsCookie.toInt(&ok);
        if (!ok || startIndex < 1)
            return {Kind::InvalidFilter,
                    QStringLiteral("pagedResultsCookie \"%1\" was not made by this connector")
                        .arg(request.pagedResultsCookie),
                    QStringLiteral("pass the cookie of the previous page as it was")};
    }
    const bool paged = request.pageSize > 0;
    const int count = paged ? request.pageSize : m_settings.pageSize;
    const QStringList attributes = type.scimAttributes(request.fields);
    int delivered = 0;
    for (;;) {
        ScimHttpClient::Query params;
        if (translated.match == ScimFilterTranslator::Result::Match::Filter)
            params << qMakePair(QStringLiteral("filter"), translated.filter);
        params << qMakePair(QStringLiteral("startIndex"), QString::number(startIndex))
               << qMakePair(QStringLiteral("count"), QString::number(count));
        if (!attributes.isEmpty())
            params << qMakePair(QStringLiteral("attributes"), attributes.join(QLatin1Char(',')));
        const ScimResponse r = m_client->send("GET", type.endpoint(), params);
        if (r.isError()) {
            ConnectorError e = r.error;
            if (e.kind == Kind::InvalidFilter)
                e.message += QStringLiteral(" (SCIM filter: %1)").arg(translated.filter);
            return e;
        }
        const QJsonArray resources = r.body.value(QStringLiteral("Resources")).toArray();
        const int total = r.body.value(QStringLiteral("totalResults")).toInt(-1);
        bool stopped = false;
        for (const QJsonValue& resource : resources) {
            ++delivered;
            if (!sink(type.toObject(resource.toObject(), {}, request.fields))) {
                stopped = true;
                break;
            }
        }
        const int next = startIndex + int(resources.size());
        const bool more = !stopped && !resources.isEmpty() && total >= 0 && next <= total;
        if (result) {
            result->count = delivered;
            result->totalPagedResults = total;
            result->pagedResultsCookie = paged && more ? QString::number(next) : QString();
        }
        if (paged || !more)
            return {};
        startIndex = next;
    }
}

ConnectorError ScimConnector::read(const QString& objectTypeName, const QString& id,
                                   const QStringList& fields, ConnectorObject* object)
{
    ScimObjectType type;
    if (const ConnectorError e = objectType(objectTypeName, &type); e.isError())
        return e;
    if (const ConnectorError e = prepare(); e.isError())
        return e;
    ScimHttpClient::Query params;
    const QStringList attributes = type.scimAttributes(fields);
    if (!attributes.isEmpty())
        params << qMakePair(QStringLiteral("attributes"), attributes.join(QLatin1Char(',')));
    const ScimResponse r = m_client->send("GET", resourcePath(type, id), params);
    if (r.isError())
        return withObject(r.error, type, id);
    *object = type.toObject(r.body, r.etag, fields);
    return {};
}

ConnectorError ScimConnector::create(const QString& objectTypeName, const QJsonObject& object,
                                     ConnectorObject* created)
{
    ScimObjectType type;
    if (const ConnectorError e = objectType(objectTypeName, &type); e.isError())
        return e;
    QJsonObject resource;
    if (const ConnectorError e = type.toResource(object, &resource); e.isError())
        return e;
    if (const ConnectorError e = prepare(); e.isError())
        return e;
    const ScimResponse r = m_client->send("POST", type.endpoint(), {}, &resource);
    if (r.isError())
        return r.error;
    if (created)
        *created = type.toObject(r.body, r.etag);
    return {};
}

ConnectorError ScimConnector::update(const QString& objectTypeName, const QString& id,
                                     const QJsonObject& changes, const QString& revision,
                                     ConnectorObject* updated)
{
    ScimObjectType type;
    if (const ConnectorError e = objectType(objectTypeName, &type); e.isError())
        return e;
    if (const ConnectorError e = prepare(); e.isError())
        return e;
    const QString path = resourcePath(type, id);
    ScimResponse r;
    if (m_settings.updateMethod == ScimSettings::UpdateMethod::Patch) {
        QJsonArray operations;
        if (const ConnectorError e = type.patchOperations(changes, &operations); e.isError())
            return e;
        if (operations.isEmpty()) // nothing changed: nothing to send
            return updated ? read(objectTypeName, id, {}, updated) : ConnectorError{};
        const QJsonObject patch{{QStringLiteral("schemas"), QJsonArray{PatchOpSchema}},
                                {QStringLiteral("Operations"), operations}};
        r = m_client->send("PATCH", path, {}, &patch, revision);
    } else {
        const ScimResponse current = m_client->send("GET", path);
        if (current.isError())
            return withObject(current.error, type, id);
        QJsonObject resource = current.body;
        resource.remove(QStringLiteral("meta"));
        if (const ConnectorError e = type.applyChanges(changes, &resource); e.isError())
            return e;
        // Without a revision from the caller, the one just read: no change made in between
        // is overwritten.
        const QString version = !revision.isEmpty() ? revision
                                : !current.etag.isEmpty()
                                    ? current.etag
                                    : current.body.value(QStringLiteral("meta"))
                                          .toObject()
                                          .value(QStringLiteral("version"))
                                          .toString();
        r = m_client->send("PUT", path, {}, &resource, version);
    }
    if (r.isError())
        return withObject(r.error, type, id);
    if (!updated)
        return {};
    if (r.status == 204 || r.body.isEmpty())
        return read(objectTypeName, id, {}, updated);
    *updated = type.toObject(r.body, r.etag);
    return {};
}

ConnectorError ScimConnector::remove(const QString& objectTypeName, const QString& id,
                                     const QString& revision)
{
    ScimObjectType type;
    if (const ConnectorError e = objectType(objectTypeName, &type); e.isError())
        return e;
    if (const ConnectorError e = prepare(); e.isError())
        return e;
    return withObject(m_client->send("DELETE", resourcePath(type, id), {}, nullptr, revision).error,
                      type, id);
}

} // namespace syncstudio::connectors::scim
