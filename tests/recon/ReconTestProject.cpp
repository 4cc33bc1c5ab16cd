#include "ReconTestProject.h"

#include "repo/SqlLinkStore.h"

#include <QTest>

namespace syncstudio::test {

ReconTestProject::ReconTestProject(const QMap<QString, QByteArray>& files)
    : m_dir(files)
{
    m_project = config::Project::open(m_dir.path(), &m_error);
    if (m_project)
        m_environment = recon::ProjectEnvironment::open(*m_project, {}, &m_error);
}

void ReconTestProject::putManaged(const QString& type, const QJsonArray& objects)
{
    connectors::ConnectorError error;
    auto connector =
        m_environment->openResource(recon::ResourcePath::parse("managed/" + type), &error);
    QVERIFY2(connector, qPrintable(error.toString()));
    for (const QJsonValue& object : objects) {
        connectors::ConnectorObject created;
        error = connector->create(type, object.toObject(), &created);
        QVERIFY2(!error.isError(), qPrintable(error.toString()));
    }
}

QJsonObject ReconTestProject::managed(const QString& type, const QString& id, bool* found)
{
    connectors::ConnectorError error;
    auto connector =
        m_environment->openResource(recon::ResourcePath::parse("managed/" + type), &error);
    connectors::ConnectorObject object;
    error = connector->read(type, id, {}, &object);
    if (found)
        *found = !error.isError();
    return object;
}

QMap<QString, QJsonObject> ReconTestProject::allManaged(const QString& type)
{
    QMap<QString, QJsonObject> out;
    connectors::ConnectorError error;
    auto connector =
        m_environment->openResource(recon::ResourcePath::parse("managed/" + type), &error);
    connectors::QueryRequest request;
    request.objectType = type;
    error = connector->query(request, [&](const connectors::ConnectorObject& o) {
        out.insert(o.value("_id").toString(), o);
        return true;
    });
    if (error.isError())
        qWarning("%s", qPrintable(error.toString()));
    return out;
}

void ReconTestProject::putLinks(const QVector<repo::Link>& links)
{
    repo::SqlLinkStore store(m_environment->repository());
    QVector<repo::LinkChange> changes;
    for (const repo::Link& l : links)
        changes.append({repo::LinkChange::Operation::Insert, l});
    QString error;
    QVERIFY2(store.applyLinkChanges(changes, &error), qPrintable(error));
}

QVector<repo::Link> ReconTestProject::links(const QString& linkType)
{
    repo::SqlLinkStore store(m_environment->repository());
    QVector<repo::Link> out;
    QString error;
    if (!store.forEachLink(
            linkType, [&](const repo::Link& l) { out << l; }, &error))
        qWarning("%s", qPrintable(error));
    return out;
}

QMap<QString, QString> ReconTestProject::Outcome::summary() const
{
    QMap<QString, QString> out;
    for (const recon::ObjectResult& r : results) {
        QString key = r.phase == recon::ObjectResult::Phase::Source
                          ? r.sourceId
                          : QStringLiteral("target:") + r.targetId;
        if (r.linkQualifier != QLatin1String("default"))
            key = r.linkQualifier + QLatin1Char('/') + key;
        out.insert(key, config::situationName(r.situation) + QLatin1Char(' ') +
                            config::actionName(r.action));
    }
    return out;
}

const recon::ObjectResult* ReconTestProject::Outcome::result(const QString& key) const
{
    for (const recon::ObjectResult& r : results) {
        const QString k = r.phase == recon::ObjectResult::Phase::Source
                              ? r.sourceId
                              : QStringLiteral("target:") + r.targetId;
        if (k == key)
            return &r;
    }
    return nullptr;
}

ReconTestProject::Outcome ReconTestProject::reconcile(
    const QString& mapping, bool dryRun,
    const std::function<void(recon::ReconControl&, const recon::ObjectResults&)>& onBatch,
    recon::ReconOptions options)
{
    Outcome outcome;
    QString error;
    const recon::MappingRules rules =
        recon::MappingRules::fromMapping(m_project->mapping(mapping), &error);
    if (!error.isEmpty()) {
        outcome.statistics.error = error;
        return outcome;
    }
    options.dryRun = dryRun;
    recon::ReconEngine engine(m_environment->reconEnvironment(), rules);
    recon::ReconControl control;
    outcome.statistics = engine.run(options, control, [&](const recon::ObjectResults& batch) {
        outcome.results += batch;
        if (onBatch)
            onBatch(control, batch);
    });
    return outcome;
}

} // namespace syncstudio::test
