#pragma once

#include <QSqlDatabase>
#include <QString>

namespace syncstudio::repo {

// One transaction on a connection: rolled back unless commit() succeeds, so an early return
// or a failed statement leaves nothing half-written.
class SqlTransaction
{
public:
    explicit SqlTransaction(QSqlDatabase db)
        : m_db(std::move(db))
    {}
    ~SqlTransaction();
    SqlTransaction(const SqlTransaction&) = delete;
    SqlTransaction& operator=(const SqlTransaction&) = delete;

    bool begin(QString* error);
    bool commit(QString* error);
    void rollback();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace syncstudio::repo
