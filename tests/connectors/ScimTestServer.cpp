#include "ScimTestServer.h"

#include "TestProject.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace syncstudio::test {

namespace {

QString state(const char* name)
{
    return QString::fromUtf8(
               readFile(QStringLiteral(SYNCSTUDIO_SCIM_STATE_DIR "/") + QLatin1String(name)))
        .trimmed();
}

QJsonObject call(const QByteArray& method, const QString& what, const QJsonObject& body)
{
    QString base = ScimTestServer::url();
    base.chop(QStringLiteral("/scim/v2").size());
    QNetworkAccessManager manager;
    QNetworkRequest request(QUrl(base + QStringLiteral("/control/") + what));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply* reply = manager.sendCustomRequest(request, method, QJsonDocument(body).toJson());
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    delete reply;
    return answer;
}

} // namespace

bool ScimTestServer::isRunning()
{
    return QFile::exists(QStringLiteral(SYNCSTUDIO_SCIM_STATE_DIR "/url"));
}

QString ScimTestServer::url()
{
    return state("url");
}

QString ScimTestServer::token()
{
    return state("token");
}

QString ScimTestServer::basicUser()
{
    return state("basic").section(QLatin1Char(':'), 0, 0);
}

QString ScimTestServer::basicPassword()
{
    return state("basic").section(QLatin1Char(':'), 1);
}

QJsonObject ScimTestServer::control(const QString& what, const QJsonObject& body)
{
    return call("POST", what, body);
}

int ScimTestServer::requests()
{
    return call("GET", QStringLiteral("stats"), {}).value(QStringLiteral("requests")).toInt();
}

QByteArray ScimTestServer::provisioner(const QByteArray& extra, const QByteArray& baseUrl)
{
    return R"json({
    "name" : "scim",
    "connectorRef" : {
        "bundleName" : "org.syncstudio.connectors.scim",
        "bundleVersion" : "1.0",
        "connectorName" : "org.syncstudio.connectors.scim.ScimConnector"
    },
    "configurationProperties" : {
        )json" +
           extra +
           R"json(
        "baseUrl" : ")json" +
           (baseUrl.isEmpty() ? url().toUtf8() : baseUrl) +
           R"json(",
        "retryDelayMilliseconds" : 100
    },
    "objectTypes" : {
        "account" : {
            "nativeType" : "User",
            "properties" : {
                "userName" : { "type" : "string", "nativeName" : "__NAME__", "required" : true },
                "givenName" : { "type" : "string", "nativeName" : "name.givenName" },
                "familyName" : { "type" : "string", "nativeName" : "name.familyName" },
                "email" : { "type" : "string", "nativeName" : "emails.value" },
                "active" : { "type" : "boolean", "nativeName" : "active" },
                "title" : { "type" : "string", "nativeName" : "title" }
            }
        },
        "group" : {
            "nativeType" : "Group"
        }
    }
}
)json";
}

} // namespace syncstudio::test
