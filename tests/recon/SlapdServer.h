#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace syncstudio::test {

// A slapd of the test's own (tests/fixtures/slapd/slapd-fixture.sh) on free loopback ports,
// for tests that need to load their own data, or to kill and restart the server.
class SlapdServer
{
public:
    // Loads ldifFiles (the fixture's base and people when empty) and starts.
    explicit SlapdServer(const QStringList& ldifFiles = {});
    ~SlapdServer();

    bool isRunning() const { return !m_url.isEmpty(); }
    const QString& url() const { return m_url; }
    QString host() const;
    int port() const;
    static QString rootDn() { return QStringLiteral("cn=admin,dc=example,dc=com"); }
    static QString rootPassword() { return QStringLiteral("secret"); }

    void kill();    // SIGKILL, as a crash would
    bool restart(); // the same ports and data
    // Runs ldapmodify -c with ldif against the server; false with the tool's output on error.
    bool modify(const QByteArray& ldif, QString* output = nullptr) const;
    // Adds the entries of ldif (ldapmodify -a).
    bool add(const QByteArray& ldif, QString* output = nullptr) const;
    // The DNs under base matching filter, via ldapsearch.
    QStringList search(const QString& filter,
                       const QString& base = QStringLiteral("dc=example,dc=com")) const;

    // N synthetic people from the benchmark generator (shared/bench/gen_people.py), as LDIF.
    static QString generatePeople(const QString& directory, int count, int start = 0);

private:
    QTemporaryDir m_dir;
    QString m_state;
    QString m_url;
};

} // namespace syncstudio::test
