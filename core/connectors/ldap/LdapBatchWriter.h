#pragma once

#include "LdapObjectType.h"
#include "connectors/Connector.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QVector>

struct ldapmsg;

namespace syncstudio::connectors::ldap {

class LdapConnection;
class LdapConnector;

// LdapConnector::apply(): sends up to window adds, modifies and deletes before waiting for
// the first answer (ldap_add_ext / ldap_modify_ext / ldap_delete_ext, collected with
// ldap_result), so the round trips and the server's work overlap. Two changes of the same
// entry are never in flight together, so they happen in the order given.
class LdapBatchWriter
{
public:
    explicit LdapBatchWriter(LdapConnector& connector, int window = 128);
    QVector<ChangeResult> run(const QVector<Change>& changes);

private:
    enum class Stage
    {
        FindDn,   // a search for the entry with the _id, when the DN is not the _id
        Write,    // the add, modify or delete
        ReadBack, // a read of the new entry's uidAttribute (entryUUID) for its _id
    };
    struct Pending
    {
        int index = 0;
        Stage stage = Stage::Write;
        QString dn;
        QString found; // FindDn: the DN; ReadBack: the _id
    };

    void start(int index, Stage stage, const QString& dn);
    void handle(struct ldapmsg* message);
    void finish(int index, const ConnectorError& error);
    void failAll(const ConnectorError& error);
    QString keyOf(int index) const;

    LdapConnector& m_connector;
    LdapConnection* m_connection = nullptr;
    int m_window;
    const QVector<Change>* m_changes = nullptr;
    QVector<LdapObjectType> m_types;
    QVector<ChangeResult> m_results;
    QVector<bool> m_done;
    QHash<int, Pending> m_inFlight; // by message id
    QSet<QString> m_busy;           // keyOf() the changes in flight
};

} // namespace syncstudio::connectors::ldap
