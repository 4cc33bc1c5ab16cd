#include "LdapBatchWriter.h"

#include "LdapConnection.h"
#include "LdapConnector.h"
#include "LdapFilterTranslator.h"
#include "LdapModifications.h"

#include <ldap.h>

namespace syncstudio::connectors::ldap {

using Kind = ConnectorError::Kind;

LdapBatchWriter::LdapBatchWriter(LdapConnector& connector, int window)
    : m_connector(connector)
    , m_window(qMax(1, window))
{}

QString LdapBatchWriter::keyOf(int index) const
{
    const Change& change = (*m_changes)[index];
    if (change.operation != Change::Operation::Create)
        return change.id.toLower();
    QString dn;
    m_connector.dnForNew(m_types[index], change.object, &dn);
    return dn.toLower();
}

void LdapBatchWriter::finish(int index, const ConnectorError& error)
{
    const Change& change = (*m_changes)[index];
    ChangeResult& r = m_results[index];
    r.error = error;
    if (!error.isError() && change.operation != Change::Operation::Delete) {
        QJsonObject object = change.object;
        for (auto it = r.object.begin(); it != r.object.end(); ++it)
            object.insert(it.key(), it.value());
        r.object = object;
    }
    m_done[index] = true;
    m_busy.remove(keyOf(index));
}

void LdapBatchWriter::failAll(const ConnectorError& error)
{
    for (auto it = m_inFlight.begin(); it != m_inFlight.end(); ++it)
        finish(it->index, error);
    m_inFlight.clear();
    for (int i = 0; i < m_done.size(); ++i) {
        if (!m_done[i])
            finish(i, error);
    }
}

void LdapBatchWriter::start(int index, Stage stage, const QString& dn)
{
    const Change& change = (*m_changes)[index];
    const LdapObjectType& type = m_types[index];
    const LdapSettings& settings = m_connector.settings();
    LDAP* ld = m_connection->handle();
    const QByteArray dnText = dn.toUtf8();
    int msgid = 0;
    int rc = LDAP_SUCCESS;
    QString what;
    if (stage == Stage::FindDn || stage == Stage::ReadBack) {
        const QByteArray uid = settings.uidAttribute.toUtf8();
        char* uidAttributes[] = {const_cast<char*>(uid.constData()), nullptr};
        char* noAttributes[] = {const_cast<char*>("1.1"), nullptr};
        if (stage == Stage::FindDn) {
            what = QStringLiteral("find %1 %2").arg(settings.uidAttribute, change.id);
            const QByteArray filter = QStringLiteral("(&%1(%2=%3))")
                                          .arg(type.baseFilter(), settings.uidAttribute,
                                               LdapFilterTranslator::escapeValue(change.id))
                                          .toUtf8();
            // Under the first base context; handle() falls back to a blocking search of
            // all of them when the entry is not there.
            const QByteArray baseText = settings.baseContexts.constFirst().toUtf8();
            rc = ldap_search_ext(ld, baseText.constData(), LDAP_SCOPE_SUBTREE, filter.constData(),
                                 noAttributes, 0, nullptr, nullptr, nullptr, 2, &msgid);
        } else {
            what = QStringLiteral("read %1").arg(dn);
            rc = ldap_search_ext(ld, dnText.constData(), LDAP_SCOPE_BASE, "(objectClass=*)",
                                 uidAttributes, 0, nullptr, nullptr, nullptr, 1, &msgid);
        }
    } else {
        LdapModifications mods;
        switch (change.operation) {
        case Change::Operation::Create:
            what = QStringLiteral("add %1").arg(dn);
            m_connector.addModifications(type, change.object, &mods);
            rc = ldap_add_ext(ld, dnText.constData(), mods.data(), nullptr, nullptr, &msgid);
            break;
        case Change::Operation::Update:
            what = QStringLiteral("modify %1").arg(dn);
            m_connector.changeModifications(type, change.object, &mods);
            if (mods.isEmpty()) {
                m_results[index].object.insert(QStringLiteral("_id"), change.id);
                finish(index, {});
                return;
            }
            rc = ldap_modify_ext(ld, dnText.constData(), mods.data(), nullptr, nullptr, &msgid);
            break;
        case Change::Operation::Delete:
            what = QStringLiteral("delete %1").arg(dn);
            rc = ldap_delete_ext(ld, dnText.constData(), nullptr, nullptr, &msgid);
            break;
        }
    }
    if (rc != LDAP_SUCCESS) {
        const ConnectorError e = m_connection->error(rc, what);
        if (e.kind == Kind::ConnectionFailed)
            failAll(e);
        else
            finish(index, e);
        return;
    }
    m_inFlight.insert(msgid, Pending{index, stage, dn, {}});
}

void LdapBatchWriter::handle(LDAPMessage* message)
{
    LDAP* ld = m_connection->handle();
    const int msgid = ldap_msgid(message);
    const auto it = m_inFlight.find(msgid);
    if (it == m_inFlight.end()) {
        ldap_msgfree(message);
        return;
    }
    Pending& p = *it;
    const int type = ldap_msgtype(message);
    if (type == LDAP_RES_SEARCH_ENTRY) {
        if (p.stage == Stage::FindDn) {
            char* dn = ldap_get_dn(ld, message);
            p.found = QString::fromUtf8(dn);
            ldap_memfree(dn);
        } else {
            const QByteArray uid = m_connector.settings().uidAttribute.toUtf8();
            berval** values = ldap_get_values_len(ld, message, uid.constData());
            if (values && values[0])
                p.found =
                    QString::fromUtf8(values[0]->bv_val, static_cast<qsizetype>(values[0]->bv_len));
            if (values)
                ldap_value_free_len(values);
        }
        ldap_msgfree(message);
        return;
    }
    if (type == LDAP_RES_SEARCH_REFERENCE) {
        ldap_msgfree(message);
        return;
    }
    const Pending done = p;
    m_inFlight.erase(it);
    int code = LDAP_SUCCESS;
    char* diagnostic = nullptr;
    int rc = ldap_parse_result(ld, message, &code, nullptr, &diagnostic, nullptr, nullptr, 1);
    if (rc == LDAP_SUCCESS)
        rc = code;
    const Change& change = (*m_changes)[done.index];
    ChangeResult& result = m_results[done.index];
    QString what;
    switch (done.stage) {
    case Stage::FindDn:
        what = QStringLiteral("find %1").arg(change.id);
        break;
    case Stage::ReadBack:
        what = QStringLiteral("read %1").arg(done.dn);
        break;
    case Stage::Write:
        what = QStringLiteral("%1 %2").arg(
            change.operation == Change::Operation::Create   ? QStringLiteral("add")
            : change.operation == Change::Operation::Update ? QStringLiteral("modify")
                                                            : QStringLiteral("delete"),
            done.dn);
        break;
    }
    const ConnectorError e = m_connection->error(rc, what, diagnostic);
    if (diagnostic)
        ldap_memfree(diagnostic);
    if (e.isError() && !(done.stage == Stage::FindDn && rc == LDAP_SIZELIMIT_EXCEEDED)) {
        finish(done.index, e);
        return;
    }
    const LdapSettings& settings = m_connector.settings();
    switch (done.stage) {
    case Stage::FindDn:
        if (done.found.isEmpty()) {
            // Not under the first base context: the blocking lookup tries them all.
            QString dn;
            const ConnectorError notFound = m_connector.dnOf(m_types[done.index], change.id, &dn);
            if (notFound.isError()) {
                finish(done.index, notFound);
                return;
            }
            start(done.index, Stage::Write, dn);
            return;
        }
        start(done.index, Stage::Write, done.found);
        return;
    case Stage::Write:
        if (change.operation == Change::Operation::Create && !settings.uidIsDn()) {
            if (!m_types[done.index].dnProperty().isEmpty())
                result.object.insert(m_types[done.index].dnProperty(), done.dn);
            start(done.index, Stage::ReadBack, done.dn);
            return;
        }
        if (change.operation == Change::Operation::Create) {
            result.object.insert(QStringLiteral("_id"), done.dn);
            if (!m_types[done.index].dnProperty().isEmpty())
                result.object.insert(m_types[done.index].dnProperty(), done.dn);
        } else {
            result.object.insert(QStringLiteral("_id"), change.id);
        }
        finish(done.index, {});
        return;
    case Stage::ReadBack:
        result.object.insert(QStringLiteral("_id"), done.found);
        finish(done.index, {});
        return;
    }
}

QVector<ChangeResult> LdapBatchWriter::run(const QVector<Change>& changes)
{
    m_changes = &changes;
    m_results = QVector<ChangeResult>(changes.size());
    m_done = QVector<bool>(changes.size(), false);
    m_types = QVector<LdapObjectType>(changes.size());
    ConnectorError e = m_connector.connection(&m_connection);
    if (e.isError()) {
        failAll(e);
        return m_results;
    }
    for (int i = 0; i < changes.size(); ++i) {
        e = m_connector.resolveType(changes[i].objectType, &m_types[i]);
        if (e.isError())
            finish(i, e);
    }
    const bool uidIsDn = m_connector.settings().uidIsDn();
    int next = 0;
    while (next < changes.size() || !m_inFlight.isEmpty()) {
        while (next < changes.size() && m_inFlight.size() < m_window) {
            if (m_done[next]) {
                ++next;
                continue;
            }
            const QString key = keyOf(next);
            if (m_busy.contains(key))
                break; // the same entry is being written: wait for that first
            const Change& change = changes[next];
            m_busy.insert(key);
            const int index = next++;
            const LdapObjectType& type = m_types[index];
            if (change.operation == Change::Operation::Create) {
                QString dn;
                e = m_connector.dnForNew(type, change.object, &dn);
                if (e.isError())
                    finish(index, e);
                else
                    start(index, Stage::Write, dn);
            } else if (change.operation == Change::Operation::Update &&
                       !type.dnProperty().isEmpty() &&
                       change.object.value(type.dnProperty()).isString()) {
                // A rename: rare, so done as a blocking call (answers to the writes in
                // flight wait in libldap meanwhile).
                ChangeResult& r = m_results[index];
                finish(index, m_connector.update(change.objectType, change.id, change.object,
                                                 change.revision, &r.object));
            } else if (uidIsDn) {
                start(index, Stage::Write, change.id);
            } else {
                start(index, Stage::FindDn, {});
            }
        }
        if (m_inFlight.isEmpty())
            continue;
        timeval timeout{m_connector.settings().timeoutSeconds, 0};
        LDAPMessage* message = nullptr;
        const int rc =
            ldap_result(m_connection->handle(), LDAP_RES_ANY, LDAP_MSG_ONE, &timeout, &message);
        if (rc <= 0) {
            failAll(rc == 0 ? ConnectorError{Kind::Timeout,
                                             QStringLiteral("LDAP server %1 did not answer in %2 s")
                                                 .arg(m_connector.settings().address())
                                                 .arg(m_connector.settings().timeoutSeconds),
                                             {}}
                            : m_connection->error(LDAP_SERVER_DOWN, QStringLiteral("write")));
            m_connection->close();
            break;
        }
        handle(message);
    }
    return m_results;
}

} // namespace syncstudio::connectors::ldap
