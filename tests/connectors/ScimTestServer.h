#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace syncstudio::test {

// The SCIM test server that the scim-server CTest fixture started
// (tests/fixtures/scim/start-scim-server.sh): where it is, its credentials, and its test
// controls (reset, 429 and 5xx answers, request counts).
class ScimTestServer
{
public:
    static bool isRunning(); // false when the fixture did not run (a suite started by hand)
    static QString url();    // "http://127.0.0.1:<port>/scim/v2"
    static QString token();
    static QString basicUser();
    static QString basicPassword();

    // POST /control/<what> with body; the server's answer.
    static QJsonObject control(const QString& what, const QJsonObject& body = {});
    static void reset() { control(QStringLiteral("reset")); }
    // How many SCIM requests the server has answered since it started.
    static int requests();

    // A provisioner file of the SCIM connector for this server; extra goes into
    // configurationProperties (e.g. "\"pageSize\" : 2,").
    static QByteArray provisioner(const QByteArray& extra = {}, const QByteArray& baseUrl = {});
};

} // namespace syncstudio::test
