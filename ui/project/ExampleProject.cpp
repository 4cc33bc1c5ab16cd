#include "ExampleProject.h"

#include "config/AtomicFile.h"
#include "config/Project.h"
#include "recon/ProjectEnvironment.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

static void initResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace syncstudio::ui {

namespace {

// A new copy's repository starts with a few managed users, as if an earlier system had
// provisioned them, so that the first preview shows correlation at work: three people of
// the HR file are FOUND by user name, and one user no HR record accounts for is UNASSIGNED.
bool seedRepository(const QString& projectRoot, QString* error)
{
    const QString seedPath = QStringLiteral(":/example-repository/managed-user.json");
    QFile seed(seedPath);
    if (!seed.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the bundled example file %1").arg(seedPath);
        return false;
    }
    const QJsonArray users = QJsonDocument::fromJson(seed.readAll()).array();
    const auto project = config::Project::open(projectRoot, error);
    if (!project)
        return false;
    const auto environment = recon::ProjectEnvironment::open(*project, {}, error);
    if (!environment)
        return false;
    connectors::ConnectorError failure;
    const auto repository = environment->openResource(
        recon::ResourcePath::parse(QStringLiteral("managed/user")), &failure);
    for (int i = 0; repository && !failure.isError() && i < users.size(); ++i) {
        failure = repository->create(QStringLiteral("user"), users.at(i).toObject(), nullptr);
        // Seeded by an earlier start that stopped half way: the user is there already.
        if (failure.kind == connectors::ConnectorError::Kind::AlreadyExists)
            failure = {};
    }
    if (failure.isError()) {
        *error = QStringLiteral("cannot put the example's managed users into its repository: %1")
                     .arg(failure.toString());
        return false;
    }
    return true;
}

} // namespace

QString materializeExampleProject(const QString& dir, QString* error)
{
    initResources();
    const QDir target(dir);
    if (target.exists(QStringLiteral("conf/sync.json")))
        return target.absolutePath();
    const QString prefix = QStringLiteral(":/example/");
    QDirIterator it(prefix, QDir::Files, QDirIterator::Subdirectories);
    QString ignored;
    QString* failure = error ? error : &ignored;
    while (it.hasNext()) {
        const QString path = it.next();
        QFile source(path);
        if (!source.open(QIODevice::ReadOnly)) {
            *failure = QStringLiteral("cannot read the bundled example file %1").arg(path);
            return {};
        }
        if (!config::writeFileAtomically(target.filePath(path.mid(prefix.size())), source.readAll(),
                                         failure))
            return {};
    }
    if (!seedRepository(target.absolutePath(), failure)) {
        // Without conf/sync.json the next start makes the copy again.
        QFile::remove(target.filePath(QStringLiteral("conf/sync.json")));
        return {};
    }
    return target.absolutePath();
}

} // namespace syncstudio::ui
