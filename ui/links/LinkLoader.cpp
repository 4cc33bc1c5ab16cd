#include "LinkLoader.h"

#include "connectors/Connector.h"
#include "repo/LinkStore.h"

namespace syncstudio::ui {

LinkLoader::LinkLoader(recon::ReconEnvironment environment)
    : m_environment(std::move(environment))
{
    qRegisterMetaType<repo::LinkQuery>();
    qRegisterMetaType<repo::MappingLink>();
    qRegisterMetaType<QVector<repo::MappingLink>>();
    qRegisterMetaType<recon::ResourcePath>();
    qRegisterMetaType<LinkedObject>();
}

LinkLoader::~LinkLoader() = default;

repo::LinkStore* LinkLoader::linkStore(QString* error)
{
    if (!m_linkStore && m_environment.openLinkStore)
        m_linkStore = m_environment.openLinkStore(error);
    if (!m_linkStore && error && error->isEmpty())
        *error = tr("The links of this project cannot be opened.");
    return m_linkStore.get();
}

void LinkLoader::loadPage(int request, const repo::LinkQuery& query, const repo::MappingLink& after,
                          bool fromStart, int limit)
{
    QString error;
    QVector<repo::MappingLink> page;
    repo::LinkStore* store = linkStore(&error);
    // One more than asked tells whether another page follows, without a count.
    if (store && store->linksPage(query, fromStart ? nullptr : &after, limit + 1, &page, &error)) {
        const bool more = page.size() > limit;
        if (more)
            page.resize(limit);
        emit pageLoaded(request, page, more, {});
        return;
    }
    emit pageLoaded(request, {}, false, error);
}

void LinkLoader::count(int request, const repo::LinkQuery& query)
{
    QString error;
    qint64 n = 0;
    repo::LinkStore* store = linkStore(&error);
    if (store && store->countLinks(query, &n, &error))
        emit counted(request, n, {});
    else
        emit counted(request, -1, error);
}

LinkedObject LinkLoader::read(const recon::ResourcePath& resource, const QString& id)
{
    LinkedObject result;
    result.resource = resource.toString();
    result.id = id;
    std::shared_ptr<connectors::Connector>& connector = m_connectors[result.resource];
    if (!connector) {
        connectors::ConnectorError error;
        if (m_environment.openResource)
            connector = m_environment.openResource(resource, &error);
        if (!connector) {
            result.error = error.isError() ? error.toString()
                                           : tr("%1 cannot be opened.").arg(result.resource);
            m_connectors.remove(result.resource);
            return result;
        }
    }
    const connectors::ConnectorError error =
        connector->read(resource.objectType, id, {}, &result.object);
    if (!error.isError())
        result.state = LinkedObject::State::Found;
    else if (error.kind == connectors::ConnectorError::Kind::NotFound)
        result.state = LinkedObject::State::NotFound;
    else
        result.error = error.toString();
    return result;
}

void LinkLoader::readObjects(int request, const repo::MappingLink& link,
                             const recon::ResourcePath& source, const recon::ResourcePath& target)
{
    const LinkedObject sourceObject = read(source, link.sourceId);
    const LinkedObject targetObject = read(target, link.targetId);
    emit objectsRead(request, sourceObject, targetObject);
}

} // namespace syncstudio::ui
