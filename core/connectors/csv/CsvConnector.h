#pragma once

#include "CsvDocument.h"
#include "connectors/Connector.h"
#include "connectors/ProvisionerConfig.h"

#include <QDateTime>

namespace syncstudio::connectors::csv {

// A CSV file as a system, configured as IDM's CSV connector
// (org.forgerock.openicf.csvfile.CSVFileConnector) is: csvFile, headerUid (the column of
// _id, default "uid"), headerName (the column of __NAME__, default headerUid),
// quoteCharacter, fieldDelimiter, and multivalueDelimiter for array attributes.
//
// A file has no server to run a query, so the CREST filter is evaluated here, record by
// record, with IDM's semantics. Every write rewrites the file atomically: a failed write
// leaves the old file, and the records that were not written keep their bytes.
class CsvConnector : public Connector
{
public:
    explicit CsvConnector(ProvisionerConfig config);

    QString name() const override { return m_config.name; }
    ConnectorError test() override;
    ConnectorError schema(QVector<ObjectTypeInfo>* types) override;
    ConnectorError query(const QueryRequest& request, const ObjectSink& sink,
                         QueryResult* result = nullptr) override;
    ConnectorError read(const QString& objectType, const QString& id, const QStringList& fields,
                        ConnectorObject* object) override;
    ConnectorError create(const QString& objectType, const QJsonObject& object,
                          ConnectorObject* created) override;
    ConnectorError update(const QString& objectType, const QString& id, const QJsonObject& changes,
                          const QString& revision, ConnectorObject* updated) override;
    ConnectorError remove(const QString& objectType, const QString& id,
                          const QString& revision) override;
    // All the changes are made in memory and written in one rewrite of the file.
    QVector<ChangeResult> apply(const QVector<Change>& changes) override;

    static const char* const ConnectorName;

private:
    struct Column
    {
        QString attribute; // IDM name
        int index = -1;    // in the file
        bool multiValued = false;
        bool required = false;
    };
    ConnectorError load();
    ConnectorError resolveType(const QString& objectType, QVector<Column>* columns) const;
    ConnectorObject toObject(int record, const QVector<Column>& columns,
                             const QStringList& fields) const;
    ConnectorError applyOne(const Change& change, ConnectorObject* object);
    ConnectorError toFields(const QVector<Column>& columns, const QJsonObject& object,
                            QStringList* fields) const;
    ConnectorError save();
    ConnectorError configurationError(const QString& message, const QString& hint) const;

    ProvisionerConfig m_config;
    QString m_path;
    QString m_keyColumn;
    QString m_nameColumn;
    QString m_multivalueDelimiter;
    CsvDialect m_dialect;
    ConnectorError m_configError;

    CsvDocument m_document;
    bool m_loaded = false;
    QDateTime m_loadedModified;
    qint64 m_loadedSize = -1;
    // Key -> record for records created or renamed since the file was parsed.
    QHash<QString, int> m_pendingKeys;
};

} // namespace syncstudio::connectors::csv
