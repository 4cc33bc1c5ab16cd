#include "CsvConnector.h"

#include "config/AtomicFile.h"
#include "query/QueryFilter.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace syncstudio::connectors::csv {

using Kind = ConnectorError::Kind;

const char* const CsvConnector::ConnectorName = "org.forgerock.openicf.csvfile.CSVFileConnector";

namespace {

// A configurationProperties character setting: one ASCII character.
bool characterSetting(const QJsonObject& properties, const QString& key, char fallback, char* out)
{
    const QJsonValue value = properties.value(key);
    if (value.isUndefined() || value.isNull()) {
        *out = fallback;
        return true;
    }
    const QString text = value.toString();
    if (text.size() != 1 || text.at(0).unicode() > 0x7f)
        return false;
    *out = char(text.at(0).unicode());
    return true;
}

QString valueToText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == double(qint64(d)))
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    default:
        return {};
    }
}

} // namespace

CsvConnector::CsvConnector(ProvisionerConfig config)
    : m_config(std::move(config))
{
    const QJsonObject& p = m_config.configurationProperties;
    m_path = m_config.stringProperty(QStringLiteral("csvFile"));
    m_keyColumn = p.value(QStringLiteral("headerUid")).toString(QStringLiteral("uid"));
    m_nameColumn = p.value(QStringLiteral("headerName")).toString(m_keyColumn);
    m_multivalueDelimiter = p.value(QStringLiteral("multivalueDelimiter")).toString();
    if (m_path.isEmpty())
        m_configError =
            configurationError(QStringLiteral("configurationProperties/csvFile is missing"),
                               QStringLiteral("set it to the CSV file, e.g. "
                                              "\"&{launcher.project.location}/data/people.csv\""));
    else if (!characterSetting(p, QStringLiteral("fieldDelimiter"), ',', &m_dialect.delimiter))
        m_configError = configurationError(
            QStringLiteral("configurationProperties/fieldDelimiter must be one ASCII character"),
            QStringLiteral("for example \",\" or \";\""));
    else if (!characterSetting(p, QStringLiteral("quoteCharacter"), '"', &m_dialect.quote))
        m_configError = configurationError(
            QStringLiteral("configurationProperties/quoteCharacter must be one ASCII character"),
            QStringLiteral("for example \"\\\"\""));
    else if (m_dialect.quote == m_dialect.delimiter)
        m_configError = configurationError(
            QStringLiteral("quoteCharacter and fieldDelimiter are the same character"),
            QStringLiteral("choose two different characters"));
}

ConnectorError CsvConnector::configurationError(const QString& message, const QString& hint) const
{
    return {Kind::InvalidConfiguration, QStringLiteral("%1: %2").arg(m_config.filePath, message),
            hint};
}

ConnectorError CsvConnector::load()
{
    if (m_configError.isError())
        return m_configError;
    const QFileInfo info(m_path);
    if (m_loaded && info.exists() && info.lastModified() == m_loadedModified &&
        info.size() == m_loadedSize)
        return {};
    m_loaded = false;
    m_pendingKeys.clear();
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return {Kind::ConnectionFailed,
                QStringLiteral("connector \"%1\": cannot read %2: %3")
                    .arg(m_config.name, m_path, file.errorString()),
                QStringLiteral("check csvFile in %1 and that the file exists and is readable")
                    .arg(m_config.filePath)};
    const QByteArray bytes = file.readAll();
    CsvParseError parseError;
    if (!m_document.parse(bytes, m_dialect, &parseError, m_keyColumn)) {
        m_document = CsvDocument();
        return {Kind::InvalidObject, QStringLiteral("%1:%2").arg(m_path, parseError.toString()),
                QStringLiteral("fix the file; SyncStudio reads RFC 4180 CSV with the "
                               "fieldDelimiter and quoteCharacter of %1")
                    .arg(m_config.filePath)};
    }
    for (const QString& column : {m_keyColumn, m_nameColumn}) {
        if (m_document.columnIndex(column) < 0)
            return configurationError(
                QStringLiteral("%1 has no column \"%2\" (headerUid/headerName); its columns "
                               "are: %3")
                    .arg(m_path, column, m_document.header().join(QStringLiteral(", "))),
                QStringLiteral("set headerUid (and headerName) to the column that identifies a "
                               "record"));
    }
    m_loadedModified = info.lastModified();
    m_loadedSize = info.size();
    m_loaded = true;
    return {};
}

ConnectorError CsvConnector::test()
{
    return load();
}

ConnectorError CsvConnector::resolveType(const QString& objectType, QVector<Column>* columns) const
{
    columns->clear();
    const ObjectTypeInfo* type = m_config.objectType(objectType);
    if (!type && !m_config.objectTypes.isEmpty()) {
        QStringList names;
        for (const ObjectTypeInfo& t : m_config.objectTypes)
            names << t.name;
        return {Kind::InvalidConfiguration,
                QStringLiteral("connector \"%1\" has no object type \"%2\"")
                    .arg(m_config.name, objectType),
                QStringLiteral("its object types are: %1").arg(names.join(QStringLiteral(", ")))};
    }
    if (!type || type->attributes.isEmpty()) {
        // No properties listed: every column, by its header name.
        for (int i = 0; i < m_document.header().size(); ++i)
            *columns << Column{m_document.header().at(i), i, false, false};
        return {};
    }
    for (const AttributeInfo& a : type->attributes) {
        QString column = a.nativeName;
        if (column == QLatin1String("__NAME__"))
            column = m_nameColumn;
        else if (column == QLatin1String("__UID__"))
            column = m_keyColumn;
        const int index = m_document.columnIndex(column);
        if (index < 0)
            return configurationError(
                QStringLiteral("property \"%1\" of object type \"%2\" reads column \"%3\", which "
                               "%4 does not have")
                    .arg(a.name, objectType, column, m_path),
                QStringLiteral("its columns are: %1")
                    .arg(m_document.header().join(QStringLiteral(", "))));
        *columns << Column{a.name, index, a.multiValued, a.required};
    }
    return {};
}

ConnectorObject CsvConnector::toObject(int record, const QVector<Column>& columns,
                                       const QStringList& fields) const
{
    ConnectorObject object;
    const QStringList values = m_document.record(record);
    object.insert(QStringLiteral("_id"), values.value(m_document.columnIndex(m_keyColumn)));
    for (const Column& c : columns) {
        if (!fields.isEmpty() && !fields.contains(c.attribute))
            continue;
        // An empty cell is no value, as the CSV connector of IDM reads it: the attribute is
        // left out, as every connector leaves out an attribute without a value.
        const QString value = values.value(c.index);
        if (value.isEmpty())
            continue;
        if (c.multiValued) {
            QJsonArray items;
            const QStringList parts = m_multivalueDelimiter.isEmpty()
                                          ? QStringList{value}
                                          : value.split(m_multivalueDelimiter);
            for (const QString& part : parts)
                items.append(part);
            object.insert(c.attribute, items);
        } else {
            object.insert(c.attribute, value);
        }
    }
    return object;
}

ConnectorError CsvConnector::schema(QVector<ObjectTypeInfo>* types)
{
    if (const ConnectorError e = load(); e.isError())
        return e;
    types->clear();
    QVector<ObjectTypeInfo> listed = m_config.objectTypes;
    if (listed.isEmpty())
        listed << ObjectTypeInfo{QStringLiteral("account"), QStringLiteral("__ACCOUNT__"), {}};
    for (ObjectTypeInfo type : listed) {
        QVector<Column> columns;
        if (const ConnectorError e = resolveType(type.name, &columns); e.isError())
            return e;
        QVector<bool> used(m_document.header().size(), false);
        for (const Column& c : columns)
            used[c.index] = true;
        for (AttributeInfo& a : type.attributes) {
            if (a.nativeName == QLatin1String("__NAME__"))
                a.nativeName = m_nameColumn;
            else if (a.nativeName == QLatin1String("__UID__"))
                a.nativeName = m_keyColumn;
        }
        // Columns of the file that the provisioner file does not list.
        for (int i = 0; i < used.size(); ++i) {
            if (used.at(i))
                continue;
            AttributeInfo a;
            a.name = a.nativeName = m_document.header().at(i);
            a.type = QStringLiteral("string");
            a.fromServerOnly = !m_config.objectTypes.isEmpty();
            a.required = a.name == m_keyColumn;
            type.attributes << a;
        }
        *types << type;
    }
    return {};
}

ConnectorError CsvConnector::query(const QueryRequest& request, const ObjectSink& sink,
                                   QueryResult* result)
{
    query::QueryFilterError filterError;
    const std::optional<query::QueryFilter> filter =
        query::QueryFilter::parse(request.queryFilter, &filterError);
    if (!filter)
        return {Kind::InvalidFilter,
                QStringLiteral("invalid query filter \"%1\": %2")
                    .arg(request.queryFilter, filterError.toString()),
                QStringLiteral("a filter reads like /lastName eq \"Jensen\" and /mail pr")};
    if (const ConnectorError e = load(); e.isError())
        return e;
    QVector<Column> columns;
    if (const ConnectorError e = resolveType(request.objectType, &columns); e.isError())
        return e;

    int offset = request.pagedResultsOffset;
    if (!request.pagedResultsCookie.isEmpty()) {
        bool ok = false;
        offset = request.pagedResultsCookie.toInt(&ok);
        if (!ok || offset < 0)
            return {Kind::InvalidFilter,
                    QStringLiteral("pagedResultsCookie \"%1\" was not made by this connector")
                        .arg(request.pagedResultsCookie),
                    QStringLiteral("pass the cookie of the previous page as it was")};
    }
    const bool paged = request.pageSize > 0;
    int matched = 0;
    int delivered = 0;
    bool stopped = false;
    QString cookie;
    for (int i = 0; i < m_document.recordCount(); ++i) {
        const ConnectorObject all = toObject(i, columns, {});
        if (!filter->matches(all))
            continue;
        ++matched;
        if (stopped || matched <= offset)
            continue;
        if (paged && delivered == request.pageSize) {
            cookie = QString::number(offset + delivered);
            continue; // keep counting for totalPagedResults
        }
        ConnectorObject object = all;
        if (!request.fields.isEmpty()) {
            object = ConnectorObject{{QStringLiteral("_id"), all.value(QStringLiteral("_id"))}};
            for (const QString& f : request.fields) {
                const QString key = f.startsWith(QLatin1Char('/')) ? f.mid(1) : f;
                if (all.contains(key))
                    object.insert(key, all.value(key));
            }
        }
        ++delivered;
        if (!sink(object))
            stopped = true;
    }
    if (result) {
        result->count = delivered;
        result->pagedResultsCookie = stopped ? QString() : cookie;
        result->totalPagedResults = matched;
    }
    return {};
}

ConnectorError CsvConnector::read(const QString& objectType, const QString& id,
                                  const QStringList& fields, ConnectorObject* object)
{
    if (const ConnectorError e = load(); e.isError())
        return e;
    QVector<Column> columns;
    if (const ConnectorError e = resolveType(objectType, &columns); e.isError())
        return e;
    const int record = m_document.find(id);
    if (record < 0)
        return {Kind::NotFound,
                QStringLiteral("system/%1/%2/%3: no record with %4 \"%3\" in %5")
                    .arg(m_config.name, objectType, id, m_keyColumn, m_path),
                {}};
    *object = toObject(record, columns, fields);
    return {};
}

ConnectorError CsvConnector::toFields(const QVector<Column>& columns, const QJsonObject& object,
                                      QStringList* fields) const
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == QLatin1String("_id") || it.key() == QLatin1String("_rev"))
            continue;
        const auto column = std::find_if(columns.begin(), columns.end(),
                                         [&](const Column& c) { return c.attribute == it.key(); });
        if (column == columns.end())
            return {Kind::InvalidObject,
                    QStringLiteral("%1 has no column for attribute \"%2\"").arg(m_path, it.key()),
                    QStringLiteral("add the column to the file, or the property to the object "
                                   "type in %1")
                        .arg(m_config.filePath)};
        const QJsonValue value = it.value();
        QString text;
        if (value.isArray()) {
            const QJsonArray items = value.toArray();
            QStringList parts;
            for (const QJsonValue& item : items)
                parts << valueToText(item);
            if (parts.size() > 1 && m_multivalueDelimiter.isEmpty())
                return {Kind::InvalidObject,
                        QStringLiteral("attribute \"%1\" has %2 values and %3 has one cell for it")
                            .arg(it.key())
                            .arg(parts.size())
                            .arg(m_path),
                        QStringLiteral("set multivalueDelimiter in %1 to join them")
                            .arg(m_config.filePath)};
            text = parts.join(m_multivalueDelimiter);
        } else if (value.isObject()) {
            return {Kind::InvalidObject,
                    QStringLiteral("attribute \"%1\" is an object; a CSV cell holds text")
                        .arg(it.key()),
                    {}};
        } else {
            text = valueToText(value);
        }
        (*fields)[column->index] = text;
    }
    return {};
}

ConnectorError CsvConnector::applyOne(const Change& change, ConnectorObject* object)
{
    QVector<Column> columns;
    if (const ConnectorError e = resolveType(change.objectType, &columns); e.isError())
        return e;
    const int keyIndex = m_document.columnIndex(m_keyColumn);
    auto find = [this](const QString& key) {
        return m_pendingKeys.contains(key) ? m_pendingKeys.value(key) : m_document.find(key);
    };
    const QString where = QStringLiteral("system/%1/%2").arg(m_config.name, change.objectType);
    const int record = change.operation == Change::Operation::Create ? -1 : find(change.id);
    if (change.operation != Change::Operation::Create && record < 0)
        return {Kind::NotFound,
                QStringLiteral("%1/%2: no record with %3 \"%2\" in %4")
                    .arg(where, change.id, m_keyColumn, m_path),
                {}};

    QStringList fields;
    switch (change.operation) {
    case Change::Operation::Delete:
        m_document.removeRecord(record);
        m_pendingKeys.insert(change.id, -1);
        return {};
    case Change::Operation::Create:
        for (int i = 0; i < m_document.header().size(); ++i)
            fields << QString();
        if (!change.object.value(QStringLiteral("_id")).toString().isEmpty())
            fields[keyIndex] = change.object.value(QStringLiteral("_id")).toString();
        break;
    case Change::Operation::Update:
        fields = m_document.record(record);
        break;
    }
    if (const ConnectorError e = toFields(columns, change.object, &fields); e.isError())
        return e;
    const QString key = fields.at(keyIndex);
    if (key.isEmpty())
        return {Kind::InvalidObject,
                QStringLiteral("%1: the object has no value for %2, which identifies a record")
                    .arg(where, m_keyColumn),
                QStringLiteral("give it a value (or an _id)")};
    for (const Column& c : columns) {
        if (c.required && fields.at(c.index).isEmpty())
            return {Kind::InvalidObject,
                    QStringLiteral("%1/%2: required attribute \"%3\" has no value")
                        .arg(where, key, c.attribute),
                    {}};
    }
    const int existing = find(key);
    if (existing >= 0 && existing != record)
        return {Kind::AlreadyExists,
                QStringLiteral("%1/%2: %3 already has a record with %4 \"%2\"")
                    .arg(where, key, m_path, m_keyColumn),
                {}};
    int written = record;
    if (change.operation == Change::Operation::Create) {
        written = m_document.appendRecord(fields);
    } else {
        m_document.replaceRecord(record, fields);
        if (key != change.id)
            m_pendingKeys.insert(change.id, -1);
    }
    m_pendingKeys.insert(key, written);
    if (object)
        *object = toObject(written, columns, {});
    return {};
}

ConnectorError CsvConnector::save()
{
    const QByteArray bytes = m_document.toBytes();
    QString error;
    if (!config::writeFileAtomically(m_path, bytes, &error)) {
        m_loaded = false; // read the file again: the edits were not written
        return {Kind::ServerError, error, QStringLiteral("nothing was written")};
    }
    CsvParseError parseError;
    m_document.parse(bytes, m_dialect, &parseError, m_keyColumn);
    m_pendingKeys.clear();
    const QFileInfo info(m_path);
    m_loadedModified = info.lastModified();
    m_loadedSize = info.size();
    return {};
}

QVector<ChangeResult> CsvConnector::apply(const QVector<Change>& changes)
{
    QVector<ChangeResult> results(changes.size());
    const ConnectorError loaded = load();
    bool changed = false;
    for (int i = 0; i < changes.size(); ++i) {
        ChangeResult& r = results[i];
        r.error = loaded.isError() ? loaded : applyOne(changes.at(i), &r.object);
        changed = changed || !r.error.isError();
        if (changes.at(i).operation == Change::Operation::Delete)
            r.object.insert(QStringLiteral("_id"), changes.at(i).id);
    }
    if (changed) {
        if (const ConnectorError e = save(); e.isError()) {
            for (ChangeResult& r : results) {
                if (!r.error.isError())
                    r.error = e;
            }
        }
    }
    return results;
}

ConnectorError CsvConnector::create(const QString& objectType, const QJsonObject& object,
                                    ConnectorObject* created)
{
    Change change;
    change.operation = Change::Operation::Create;
    change.objectType = objectType;
    change.object = object;
    const ChangeResult r = apply({change}).value(0);
    if (created && !r.error.isError())
        *created = r.object;
    return r.error;
}

ConnectorError CsvConnector::update(const QString& objectType, const QString& id,
                                    const QJsonObject& changes, const QString& revision,
                                    ConnectorObject* updated)
{
    Change change;
    change.operation = Change::Operation::Update;
    change.objectType = objectType;
    change.id = id;
    change.object = changes;
    change.revision = revision; // a file has no revisions
    const ChangeResult r = apply({change}).value(0);
    if (updated && !r.error.isError())
        *updated = r.object;
    return r.error;
}

ConnectorError CsvConnector::remove(const QString& objectType, const QString& id,
                                    const QString& revision)
{
    Change change;
    change.operation = Change::Operation::Delete;
    change.objectType = objectType;
    change.id = id;
    change.revision = revision;
    return apply({change}).value(0).error;
}

} // namespace syncstudio::connectors::csv
