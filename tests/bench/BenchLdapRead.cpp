// Full reads through the LDAP connector, paged and unpaged, and the same writes applied one
// at a time and pipelined. Not a test: run-ldap-read.sh starts the slapd and compares with
// ldapsearch on it.
//
//   BenchLdapRead URL BIND_DN PASSWORD [--writes N]

#include "config/Project.h"
#include "connectors/BuiltinConnectors.h"
#include "connectors/ConnectorFactory.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUrl>
#include <cstdio>

using namespace syncstudio::connectors;

namespace {

// A project with one LDAP provisioner for the people gen_people.py writes.
bool writeProject(const QString& dir, const QUrl& url, const QString& dn, const QString& password,
                  bool paged)
{
    QJsonObject properties;
    for (const char* name : {"uid", "cn", "sn", "givenName", "mail", "employeeNumber",
                             "telephoneNumber", "title", "departmentNumber", "description"})
        properties.insert(QLatin1String(name),
                          QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                      {QStringLiteral("nativeName"), QLatin1String(name)}});
    properties.insert(QStringLiteral("dn"),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                  {QStringLiteral("nativeName"), QStringLiteral("__NAME__")}});
    const QJsonObject root{
        {QStringLiteral("name"), QStringLiteral("ldap")},
        {QStringLiteral("connectorRef"),
         QJsonObject{{QStringLiteral("connectorName"),
                      QStringLiteral("org.identityconnectors.ldap.LdapConnector")}}},
        {QStringLiteral("configurationProperties"),
         QJsonObject{
             {QStringLiteral("host"), url.host()},
             {QStringLiteral("port"), url.port()},
             {QStringLiteral("principal"), dn},
             {QStringLiteral("credentials"), password},
             {QStringLiteral("baseContexts"),
              QJsonArray{QStringLiteral("ou=people,dc=example,dc=com")}},
             {QStringLiteral("accountObjectClasses"), QJsonArray{QStringLiteral("inetOrgPerson")}},
             {QStringLiteral("uidAttribute"), QStringLiteral("dn")},
             {QStringLiteral("usePagedResultControl"), paged},
             {QStringLiteral("blockSize"), 1000}}},
        {QStringLiteral("objectTypes"),
         QJsonObject{{QStringLiteral("account"),
                      QJsonObject{{QStringLiteral("nativeType"), QStringLiteral("__ACCOUNT__")},
                                  {QStringLiteral("properties"), properties}}}}}};
    QDir().mkpath(dir + QStringLiteral("/conf"));
    QFile file(dir + QStringLiteral("/conf/provisioner.openicf-ldap.json"));
    return file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(root).toJson()) > 0;
}

std::unique_ptr<Connector> connect(const QString& dir,
                                   std::unique_ptr<syncstudio::config::Project>* project)
{
    QString error;
    *project = syncstudio::config::Project::open(dir, &error);
    if (!*project)
        return nullptr;
    ConnectorFactory factory(ConnectorContext{project->get(), {}});
    ConnectorError e;
    return factory.create(QStringLiteral("ldap"), &e);
}

double fullRead(Connector& connector, qint64* entries)
{
    QueryRequest request;
    request.objectType = QStringLiteral("account");
    qint64 n = 0;
    QElapsedTimer timer;
    timer.start();
    const ConnectorError e = connector.query(request, [&n](const ConnectorObject&) {
        ++n;
        return true;
    });
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    if (e.isError()) {
        std::fprintf(stderr, "query failed: %s\n", qPrintable(e.toString()));
        return -1;
    }
    *entries = n;
    return seconds;
}

QVector<Change> modifications(int count, const QString& tag)
{
    QVector<Change> changes;
    for (int i = 0; i < count; ++i) {
        Change c;
        c.operation = Change::Operation::Update;
        c.objectType = QStringLiteral("account");
        c.id =
            QStringLiteral("uid=u%1,ou=people,dc=example,dc=com").arg(i, 8, 10, QLatin1Char('0'));
        c.object = QJsonObject{{QStringLiteral("title"), QStringLiteral("%1 %2").arg(tag).arg(i)}};
        changes << c;
    }
    return changes;
}

double timedApply(Connector& connector, const QVector<Change>& changes, bool pipelined)
{
    QElapsedTimer timer;
    timer.start();
    // Connector::apply is the one-at-a-time default every connector inherits.
    const QVector<ChangeResult> results =
        pipelined ? connector.apply(changes) : connector.Connector::apply(changes);
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    for (const ChangeResult& r : results) {
        if (r.error.isError()) {
            std::fprintf(stderr, "write failed: %s\n", qPrintable(r.error.toString()));
            return -1;
        }
    }
    return seconds;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int writes = 0;
    const int w = static_cast<int>(args.indexOf(QStringLiteral("--writes")));
    if (w >= 0 && w + 1 < args.size()) {
        writes = args.at(w + 1).toInt();
        args.remove(w, 2);
    }
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: BenchLdapRead URL BIND_DN PASSWORD [--writes N]\n");
        return 2;
    }
    registerBuiltinConnectors();
    const QUrl url(args.at(0));
    QTemporaryDir pagedDir;
    QTemporaryDir unpagedDir;
    if (!writeProject(pagedDir.path(), url, args.at(1), args.at(2), true) ||
        !writeProject(unpagedDir.path(), url, args.at(1), args.at(2), false))
        return 1;
    std::unique_ptr<syncstudio::config::Project> pagedProject;
    std::unique_ptr<syncstudio::config::Project> unpagedProject;
    auto paged = connect(pagedDir.path(), &pagedProject);
    auto unpaged = connect(unpagedDir.path(), &unpagedProject);
    if (!paged || !unpaged)
        return 1;

    for (int round = 0; round < 2; ++round) { // the first round warms the server's cache
        for (auto* c : {unpaged.get(), paged.get()}) {
            qint64 entries = 0;
            const double seconds = fullRead(*c, &entries);
            if (seconds < 0)
                return 1;
            if (round == 1)
                std::printf("connector %-8s %lld entries in %.3f s = %.0f entries/s\n",
                            c == paged.get() ? "paged" : "unpaged", static_cast<long long>(entries),
                            seconds, static_cast<double>(entries) / seconds);
        }
    }
    if (writes > 0) {
        const double one =
            timedApply(*unpaged, modifications(writes, QStringLiteral("one")), false);
        const double many =
            timedApply(*unpaged, modifications(writes, QStringLiteral("many")), true);
        if (one < 0 || many < 0)
            return 1;
        std::printf("modify one at a time %d in %.3f s = %.0f/s\n", writes, one, writes / one);
        std::printf("modify pipelined     %d in %.3f s = %.0f/s (%.1fx)\n", writes, many,
                    writes / many, one / many);
    }
    return 0;
}
