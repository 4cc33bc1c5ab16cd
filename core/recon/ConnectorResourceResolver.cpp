#include "ConnectorResourceResolver.h"

#include "RuleEvaluator.h"

#include <QJsonArray>

namespace syncstudio::recon {

bool splitResourcePath(const QString& path, ResourcePath* resource, QString* id)
{
    const QStringList parts = path.split(QLatin1Char('/'));
    const int typeParts = parts.value(0) == QLatin1String("system") ? 3 : 2;
    if (parts.size() < typeParts)
        return false;
    *resource = ResourcePath::parse(parts.mid(0, typeParts).join(QLatin1Char('/')));
    *id = parts.mid(typeParts).join(QLatin1Char('/'));
    return resource->isValid();
}

ConnectorResourceResolver::ConnectorResourceResolver(ReconEnvironment::OpenResource openResource)
    : m_openResource(std::move(openResource))
{}

ConnectorResourceResolver::~ConnectorResourceResolver() = default;

connectors::Connector* ConnectorResourceResolver::connectorFor(const ResourcePath& resource,
                                                               QString* whyNot)
{
    QMutexLocker lock(&m_mutex);
    auto& mine = m_connectors[QThread::currentThread()];
    auto it = mine.find(resource.toString());
    if (it != mine.end())
        return it->second.get();
    connectors::ConnectorError error;
    auto connector = m_openResource(resource, &error);
    if (!connector) {
        *whyNot = QStringLiteral("%1: %2").arg(resource.toString(), error.toString());
        return nullptr;
    }
    return mine.emplace(resource.toString(), std::move(connector)).first->second.get();
}

QJsonValue ConnectorResourceResolver::read(const QString& resourcePath, QString* whyNot)
{
    ResourcePath resource;
    QString id;
    if (!splitResourcePath(resourcePath, &resource, &id) || id.isEmpty()) {
        *whyNot =
            QStringLiteral("\"%1\" is not system/<connector>/<type>/<id> or managed/<type>/<id>")
                .arg(resourcePath);
        return QJsonValue(QJsonValue::Undefined);
    }
    connectors::Connector* connector = connectorFor(resource, whyNot);
    if (!connector)
        return QJsonValue(QJsonValue::Undefined);
    connectors::ConnectorObject object;
    const connectors::ConnectorError error = connector->read(resource.objectType, id, {}, &object);
    if (error.kind == connectors::ConnectorError::Kind::NotFound)
        return QJsonValue(QJsonValue::Null); // IDM's read returns null for a missing object
    if (error.isError()) {
        *whyNot = error.toString();
        return QJsonValue(QJsonValue::Undefined);
    }
    return object;
}

QJsonValue ConnectorResourceResolver::query(const QString& resourcePath, const QJsonObject& params,
                                            QString* whyNot)
{
    ResourcePath resource;
    QString id;
    if (!splitResourcePath(resourcePath, &resource, &id) || !id.isEmpty()) {
        *whyNot = QStringLiteral("\"%1\" is not system/<connector>/<type> or managed/<type>")
                      .arg(resourcePath);
        return QJsonValue(QJsonValue::Undefined);
    }
    // The same forms a correlation query returns: _queryFilter, or IDM's predefined queries.
    const Evaluated<query::QueryFilter> filter = correlationFilter(params);
    if (!filter.ok()) {
        *whyNot = filter.error;
        return QJsonValue(QJsonValue::Undefined);
    }
    connectors::Connector* connector = connectorFor(resource, whyNot);
    if (!connector)
        return QJsonValue(QJsonValue::Undefined);
    connectors::QueryRequest request;
    request.objectType = resource.objectType;
    request.queryFilter = filter.value.toString();
    const QString fields = params.value(QStringLiteral("_fields")).toString();
    if (!fields.isEmpty())
        request.fields = fields.split(QLatin1Char(','), Qt::SkipEmptyParts);
    QJsonArray result;
    const connectors::ConnectorError error =
        connector->query(request, [&](const connectors::ConnectorObject& o) {
            result.append(o);
            return true;
        });
    if (error.isError()) {
        *whyNot = error.toString();
        return QJsonValue(QJsonValue::Undefined);
    }
    return QJsonObject{{QStringLiteral("result"), result},
                       {QStringLiteral("resultCount"), result.size()},
                       {QStringLiteral("pagedResultsCookie"), QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("remainingPagedResults"), -1}};
}

} // namespace syncstudio::recon
