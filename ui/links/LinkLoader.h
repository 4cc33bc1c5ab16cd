#pragma once

#include "recon/ReconEngine.h"
#include "recon/ResourcePath.h"
#include "repo/LinkQuery.h"

#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QVector>
#include <memory>

namespace syncstudio::connectors {
class Connector;
}

namespace syncstudio::ui {

// One side of a link as its system has it now.
struct LinkedObject
{
    enum class State
    {
        Found,
        NotFound, // the link points at an object that is gone: a stale link
        Failed,   // the system could not be asked
    };
    State state = State::Failed;
    QString resource; // "system/hr/person"
    QString id;
    QJsonObject object;
    QString error;
};

// Reads links and linked objects for the links browser on its worker thread: the
// repository and the connectors block, the window must not. Lives on that thread (moved
// there by LinksView); its slots are called by queued invocations and it answers by
// signals, each carrying the request id it answers so the view can drop stale answers. The
// link store and the connectors are opened on first use, on this thread, and kept.
class LinkLoader : public QObject
{
    Q_OBJECT
public:
    explicit LinkLoader(recon::ReconEnvironment environment);
    ~LinkLoader() override;

public slots:
    void loadPage(int request, const syncstudio::repo::LinkQuery& query,
                  const syncstudio::repo::MappingLink& after, bool fromStart, int limit);
    void count(int request, const syncstudio::repo::LinkQuery& query);
    void readObjects(int request, const syncstudio::repo::MappingLink& link,
                     const syncstudio::recon::ResourcePath& source,
                     const syncstudio::recon::ResourcePath& target);

signals:
    void pageLoaded(int request, const QVector<syncstudio::repo::MappingLink>& page, bool more,
                    const QString& error);
    void counted(int request, qint64 count, const QString& error);
    void objectsRead(int request, const syncstudio::ui::LinkedObject& source,
                     const syncstudio::ui::LinkedObject& target);

private:
    repo::LinkStore* linkStore(QString* error);
    LinkedObject read(const recon::ResourcePath& resource, const QString& id);

    recon::ReconEnvironment m_environment;
    std::unique_ptr<repo::LinkStore> m_linkStore;
    QMap<QString, std::shared_ptr<connectors::Connector>> m_connectors;
};

} // namespace syncstudio::ui

Q_DECLARE_METATYPE(syncstudio::repo::LinkQuery)
Q_DECLARE_METATYPE(syncstudio::repo::MappingLink)
Q_DECLARE_METATYPE(syncstudio::recon::ResourcePath)
Q_DECLARE_METATYPE(syncstudio::ui::LinkedObject)
