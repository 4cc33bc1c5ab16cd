#include "SqlTransaction.h"

#include <QSqlError>

namespace syncstudio::repo {

SqlTransaction::~SqlTransaction()
{
    rollback();
}

bool SqlTransaction::begin(QString* error)
{
    if (!m_db.transaction()) {
        if (error)
            *error = QStringLiteral("cannot start a transaction: %1").arg(m_db.lastError().text());
        return false;
    }
    m_active = true;
    return true;
}

bool SqlTransaction::commit(QString* error)
{
    if (!m_active)
        return true;
    if (!m_db.commit()) {
        if (error)
            *error = QStringLiteral("cannot commit: %1").arg(m_db.lastError().text());
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

void SqlTransaction::rollback()
{
    if (m_active) {
        m_db.rollback();
        m_active = false;
    }
}

} // namespace syncstudio::repo
