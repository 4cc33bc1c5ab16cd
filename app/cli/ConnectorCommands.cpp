#include "ConnectorCommands.h"

#include "CliContext.h"
#include "connectors/BuiltinConnectors.h"
#include "connectors/ConnectorFactory.h"
#include "recon/ProjectEnvironment.h"
#include "recon/ResourcePath.h"
#include "secrets/Keychain.h"
#include "secrets/KeychainSecretLookup.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <cstdio>
#include <unistd.h>

namespace syncstudio::cli {

using namespace syncstudio::connectors;

namespace {

int failWith(const ConnectorError& e)
{
    return fail(QStringLiteral("%1: %2").arg(ConnectorError::kindName(e.kind), e.toString()));
}

// "system/<name>" or "system/<name>/<type>" -> the name; an error printed otherwise.
bool systemName(const QString& resource, bool withType, QString* name, QString* objectType)
{
    const QStringList parts = resource.split(QLatin1Char('/'));
    if (parts.value(0) == QLatin1String("managed") && !withType) {
        fail(QStringLiteral("%1: managed objects are the repository's; their schema is "
                            "conf/managed.json, and this command takes a system/<connector>")
                 .arg(resource));
        return false;
    }
    const bool ok = parts.size() == (withType ? 3 : 2) && parts.at(0) == QLatin1String("system") &&
                    !parts.at(1).isEmpty() && (!withType || !parts.at(2).isEmpty());
    if (!ok) {
        fail(QStringLiteral("\"%1\" is not a %2 resource")
                 .arg(resource, withType ? QStringLiteral("system/<connector>/<objectType> or "
                                                          "managed/<type>")
                                         : QStringLiteral("system/<connector>")));
        return false;
    }
    *name = parts.at(1);
    if (objectType)
        *objectType = withType ? parts.at(2) : QString();
    return true;
}

// The project's connector name, made with the keychain as its secret store.
std::unique_ptr<Connector> makeConnector(const config::Project& project, const QString& name,
                                         ConnectorError* error)
{
    registerBuiltinConnectors();
    ConnectorContext context;
    context.project = &project;
    context.secrets = secrets::keychainSecretLookup(project.rootPath());
    return ConnectorFactory(context).create(name, error);
}

QString typeText(const AttributeInfo& a)
{
    return a.multiValued ? a.type + QStringLiteral("[]") : a.type;
}

} // namespace

int runQuery(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Queries the objects of RESOURCE (system/<connector>/<objectType>, or "
                       "managed/<type> in the project's repository) and prints one JSON object "
                       "a line. The filter runs on the system where it can (LDAP, SCIM, the "
                       "repository's SQL) and in SyncStudio where there is no server (CSV)."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("the project folder"));
    parser.addPositionalArgument(QStringLiteral("RESOURCE"),
                                 QStringLiteral("system/<connector>/<objectType> or "
                                                "managed/<type>"));
    const QCommandLineOption filter(
        QStringLiteral("query-filter"),
        QStringLiteral("a CREST _queryFilter, e.g. '/sn eq \"Jensen\"' (default: true)"),
        QStringLiteral("F"), QStringLiteral("true"));
    const QCommandLineOption fields(QStringLiteral("fields"),
                                    QStringLiteral("the attributes to print, comma-separated "
                                                   "(default: all; _id always)"),
                                    QStringLiteral("a,b"));
    const QCommandLineOption pageSize(
        QStringLiteral("page-size"),
        QStringLiteral("objects per request to the system; every page is printed (default: the "
                       "connector's own paging)"),
        QStringLiteral("N"), QStringLiteral("0"));
    parser.addOption(filter);
    parser.addOption(fields);
    parser.addOption(pageSize);
    parseArguments(parser, arguments, 2);

    bool ok = false;
    const int size = parser.value(pageSize).toInt(&ok);
    if (!ok || size < 0)
        return fail(QStringLiteral("--page-size \"%1\" is not a number of 0 or more")
                        .arg(parser.value(pageSize)));
    const QString resource = parser.positionalArguments().at(1);
    const recon::ResourcePath path = recon::ResourcePath::parse(resource);
    QString name;
    QueryRequest request;
    if (path.kind == recon::ResourcePath::Kind::Managed)
        request.objectType = path.objectType;
    else if (!systemName(resource, true, &name, &request.objectType))
        return UserError;
    const auto project = openProject(parser.positionalArguments().first());
    if (!project)
        return UserError;
    ConnectorError error;
    std::unique_ptr<recon::ProjectEnvironment> environment; // the repository, for managed/
    std::unique_ptr<Connector> connector;
    if (path.kind == recon::ResourcePath::Kind::Managed) {
        QString reason;
        environment = recon::ProjectEnvironment::open(
            *project, secrets::keychainSecretLookup(project->rootPath()), &reason);
        if (!environment)
            return fail(reason);
        connector = environment->openResource(path, &error);
    } else {
        connector = makeConnector(*project, name, &error);
    }
    if (!connector)
        return failWith(error);
    request.queryFilter = parser.value(filter);
    if (parser.isSet(fields))
        request.fields = parser.value(fields).split(QLatin1Char(','), Qt::SkipEmptyParts);
    request.pageSize = size;

    // Straight to stdout as the objects come: a large result is never held.
    const ObjectSink print = [](const ConnectorObject& object) {
        const QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
        return std::fwrite(line.constData(), 1, size_t(line.size()), stdout) == size_t(line.size());
    };
    for (;;) {
        QueryResult result;
        error = connector->query(request, print, &result);
        if (error.isError()) {
            std::fflush(stdout);
            return failWith(error);
        }
        if (size == 0 || result.pagedResultsCookie.isEmpty())
            break;
        request.pagedResultsCookie = result.pagedResultsCookie;
    }
    std::fflush(stdout);
    return Success;
}

int runSchema(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Prints the object types of a connector with their attributes: the IDM "
                       "name, the type ([] for several values), whether it is required, and "
                       "the system's name for it. Attributes the system has but the provisioner "
                       "file does not list are marked."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("the project folder"));
    parser.addPositionalArgument(QStringLiteral("SYSTEM"), QStringLiteral("system/<connector>"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("print the object types as a JSON array"));
    parser.addOption(json);
    parseArguments(parser, arguments, 2);

    QString name;
    if (!systemName(parser.positionalArguments().at(1), false, &name, nullptr))
        return UserError;
    const auto project = openProject(parser.positionalArguments().first());
    if (!project)
        return UserError;
    ConnectorError error;
    const auto connector = makeConnector(*project, name, &error);
    if (!connector)
        return failWith(error);
    QVector<ObjectTypeInfo> types;
    error = connector->schema(&types);
    if (error.isError())
        return failWith(error);

    if (parser.isSet(json)) {
        QJsonArray array;
        for (const ObjectTypeInfo& t : types) {
            QJsonArray attributes;
            for (const AttributeInfo& a : t.attributes)
                attributes.append(
                    QJsonObject{{QStringLiteral("name"), a.name},
                                {QStringLiteral("nativeName"), a.nativeName},
                                {QStringLiteral("type"), a.type},
                                {QStringLiteral("multiValued"), a.multiValued},
                                {QStringLiteral("required"), a.required},
                                {QStringLiteral("fromServerOnly"), a.fromServerOnly}});
            array.append(QJsonObject{{QStringLiteral("name"), t.name},
                                     {QStringLiteral("nativeName"), t.nativeName},
                                     {QStringLiteral("attributes"), attributes}});
        }
        printOut(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)).trimmed());
        return Success;
    }
    for (const ObjectTypeInfo& t : types) {
        printOut(QStringLiteral("system/%1/%2 (%3)").arg(name, t.name, t.nativeName));
        int width = 0;
        for (const AttributeInfo& a : t.attributes)
            width = std::max(width, int(a.name.size()));
        for (const AttributeInfo& a : t.attributes) {
            QString line =
                QStringLiteral("  %1 %2 %3 %4")
                    .arg(a.name.leftJustified(width), typeText(a).leftJustified(9),
                         (a.required ? QStringLiteral("required") : QString()).leftJustified(8),
                         a.nativeName);
            if (a.fromServerOnly)
                line += QStringLiteral("  (not in the provisioner file)");
            printOut(line);
        }
    }
    return Success;
}

int runTest(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Tests a connector: its settings, the connection and the credentials. "
                       "Exits 1 with what failed and what to do."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("the project folder"));
    parser.addPositionalArgument(QStringLiteral("SYSTEM"), QStringLiteral("system/<connector>"));
    parseArguments(parser, arguments, 2);

    QString name;
    if (!systemName(parser.positionalArguments().at(1), false, &name, nullptr))
        return UserError;
    const auto project = openProject(parser.positionalArguments().first());
    if (!project)
        return UserError;
    ConnectorError error;
    const auto connector = makeConnector(*project, name, &error);
    if (!connector)
        return failWith(error);
    error = connector->test();
    if (error.isError())
        return failWith(error);
    printOut(QStringLiteral("system/%1: OK").arg(name));
    return Success;
}

int runSecret(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Stores a connector's secret (a password or token, KEY as in "
                       "configurationProperties: credentials, password, bearerToken) in the "
                       "desktop keychain, read from the first line of standard input; it is "
                       "never written into a file. --delete removes it."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("the project folder"));
    parser.addPositionalArgument(QStringLiteral("SYSTEM"), QStringLiteral("system/<connector>"));
    parser.addPositionalArgument(QStringLiteral("KEY"),
                                 QStringLiteral("credentials, password, bearerToken, ..."));
    const QCommandLineOption remove(QStringLiteral("delete"),
                                    QStringLiteral("remove the secret from the keychain"));
    parser.addOption(remove);
    parseArguments(parser, arguments, 3);

    QString name;
    if (!systemName(parser.positionalArguments().at(1), false, &name, nullptr))
        return UserError;
    const QString key = parser.positionalArguments().at(2);
    const auto project = openProject(parser.positionalArguments().first());
    if (!project)
        return UserError;
    const QVector<config::Provisioner> provisioners = project->provisioners();
    if (std::none_of(provisioners.begin(), provisioners.end(),
                     [&](const config::Provisioner& p) { return p.name == name; }))
        return fail(
            QStringLiteral("no connector named \"%1\" in %2").arg(name, project->displayPath()));
    const secrets::Keychain keychain;
    const QString entry = secrets::Keychain::entryKey(project->rootPath(), name, key);
    if (parser.isSet(remove)) {
        const secrets::Keychain::Result r = keychain.remove(entry);
        if (r.status == secrets::Keychain::Result::Status::Failed)
            return fail(r.message);
        printOut(QStringLiteral("removed %1 of system/%2 from the keychain").arg(key, name));
        return Success;
    }
    if (isatty(STDIN_FILENO))
        QTextStream(stderr) << "type the " << key << " of system/" << name
                            << ", then Enter: " << Qt::flush;
    QTextStream in(stdin);
    const QString secret = in.readLine();
    if (secret.isEmpty())
        return fail(QStringLiteral("no %1 on standard input; nothing was stored").arg(key));
    const secrets::Keychain::Result r = keychain.write(entry, secret);
    if (!r.ok())
        return fail(r.message);
    printOut(QStringLiteral("stored %1 of system/%2 in the keychain").arg(key, name));
    return Success;
}

} // namespace syncstudio::cli
