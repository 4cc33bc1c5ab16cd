#include "ConnectorContract.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

namespace syncstudio::test::contract {

using Kind = ConnectorError::Kind;

namespace {

QString keyOf(const QJsonObject& object, const QString& keyField)
{
    const QJsonValue v = object.value(keyField);
    if (v.isArray())
        return v.toArray().first().toVariant().toString();
    return v.toVariant().toString();
}

QVariant sortedVariant(const QJsonValue& v)
{
    if (!v.isArray())
        return v.toVariant();
    QStringList items;
    for (const QJsonValue& item : v.toArray())
        items << item.toVariant().toString();
    items.sort();
    return items;
}

} // namespace

bool sameValue(const QJsonValue& a, const QJsonValue& b)
{
    // A single value and an array of that one value are the same to a directory.
    const QJsonValue x = a.isArray() && a.toArray().size() == 1 ? a.toArray().first() : a;
    const QJsonValue y = b.isArray() && b.toArray().size() == 1 ? b.toArray().first() : b;
    return sortedVariant(x) == sortedVariant(y);
}

QStringList queryKeys(Connector& connector, const QueryRequest& request, const QString& keyField,
                      QueryResult* result)
{
    QStringList keys;
    QueryResult r;
    const ConnectorError e = connector.query(
        request,
        [&](const QJsonObject& o) {
            keys << keyOf(o, keyField);
            return true;
        },
        &r);
    if (e.isError())
        QTest::qFail(
            qPrintable(
                QStringLiteral("query \"%1\" failed: %2").arg(request.queryFilter, e.toString())),
            __FILE__, __LINE__);
    if (r.count != keys.size())
        QTest::qFail(qPrintable(QStringLiteral("query \"%1\" delivered %2 objects but counted %3")
                                    .arg(request.queryFilter)
                                    .arg(keys.size())
                                    .arg(r.count)),
                     __FILE__, __LINE__);
    if (result)
        *result = r;
    keys.sort();
    return keys;
}

void checkQuery(Connector& connector, const QString& objectType, const QString& filter,
                const QString& keyField, const QStringList& expected)
{
    QueryRequest request;
    request.objectType = objectType;
    request.queryFilter = filter;
    request.fields = QStringList{keyField};
    const QStringList keys = queryKeys(connector, request, keyField);
    if (QTest::currentTestFailed())
        return;
    QStringList sorted = expected;
    sorted.sort();
    QCOMPARE(keys, sorted);
}

void checkPaging(Connector& connector, const QString& objectType, const QString& filter,
                 const QString& keyField, int pageSize, const QStringList& expected)
{
    QueryRequest request;
    request.objectType = objectType;
    request.queryFilter = filter;
    request.fields = QStringList{keyField};
    request.pageSize = pageSize;
    QStringList all;
    int pages = 0;
    int total = 0;
    do {
        QueryResult result;
        const QStringList page = queryKeys(connector, request, keyField, &result);
        if (QTest::currentTestFailed())
            return;
        ++pages;
        QVERIFY2(page.size() <= pageSize,
                 qPrintable(QStringLiteral("page %1 has %2 objects").arg(pages).arg(page.size())));
        all += page;
        total += result.count;
        request.pagedResultsCookie = result.pagedResultsCookie;
        QVERIFY2(pages <= expected.size() + 2, "the cookie never runs out");
    } while (!request.pagedResultsCookie.isEmpty());
    const int needed = (static_cast<int>(expected.size()) + pageSize - 1) / pageSize;
    QVERIFY2(pages >= needed, qPrintable(QStringLiteral("%1 pages for %2 objects of %3")
                                             .arg(pages)
                                             .arg(expected.size())
                                             .arg(pageSize)));
    QCOMPARE(total, static_cast<int>(expected.size()));
    all.sort();
    QStringList sorted = expected;
    sorted.sort();
    QCOMPARE(all, sorted); // every object once: no duplicates across page boundaries
}

void checkEarlyStop(Connector& connector, const QString& objectType, int stopAfter)
{
    QueryRequest request;
    request.objectType = objectType;
    int seen = 0;
    QueryResult result;
    const ConnectorError e = connector.query(
        request, [&](const QJsonObject&) { return ++seen < stopAfter; }, &result);
    QVERIFY2(!e.isError(), qPrintable(e.toString()));
    QCOMPARE(seen, stopAfter);
    // The connection is still good for the next query.
    seen = 0;
    QVERIFY(!connector.query(request, [&](const QJsonObject&) { return ++seen < 1; }).isError());
    QCOMPARE(seen, 1);
}

void checkFieldSelection(Connector& connector, const QString& objectType, const QString& filter,
                         const QStringList& fields)
{
    QueryRequest request;
    request.objectType = objectType;
    request.queryFilter = filter;
    request.fields = fields;
    bool someHasAll = false;
    int count = 0;
    const ConnectorError e = connector.query(request, [&](const QJsonObject& o) {
        ++count;
        QSet<QString> allowed(fields.begin(), fields.end());
        // CREST always returns the object's identity: its id and, where the system keeps
        // one, its revision.
        allowed.insert(QStringLiteral("_id"));
        allowed.insert(QStringLiteral("_rev"));
        for (const QString& key : o.keys()) {
            if (!allowed.contains(key))
                QTest::qFail(qPrintable(QStringLiteral("%1 was not asked for").arg(key)), __FILE__,
                             __LINE__);
        }
        bool all = o.contains(QStringLiteral("_id"));
        for (const QString& f : fields)
            all = all && o.contains(f);
        someHasAll = someHasAll || all;
        return true;
    });
    QVERIFY2(!e.isError(), qPrintable(e.toString()));
    QVERIFY(count > 0);
    QVERIFY2(someHasAll, "no object has every field asked for");
}

void checkCreateReadUpdateDelete(Connector& connector, const CrudCase& c)
{
    QJsonObject created;
    ConnectorError e = connector.create(c.objectType, c.object, &created);
    QVERIFY2(!e.isError(), qPrintable(e.toString()));
    const QString id = created.value(QStringLiteral("_id")).toString();
    QVERIFY2(!id.isEmpty(), "a created object has an _id");

    QJsonObject read;
    e = connector.read(c.objectType, id, {}, &read);
    QVERIFY2(!e.isError(), qPrintable(e.toString()));
    QCOMPARE(read.value(QStringLiteral("_id")).toString(), id);
    for (auto it = c.object.begin(); it != c.object.end(); ++it)
        QVERIFY2(sameValue(read.value(it.key()), it.value()),
                 qPrintable(QStringLiteral("%1 reads back as %2")
                                .arg(it.key(), read.value(it.key()).toVariant().toString())));

    e = connector.create(c.objectType, c.object, nullptr);
    checkError(e, Kind::AlreadyExists, {});
    if (QTest::currentTestFailed())
        return;

    if (c.editConcurrently)
        c.editConcurrently(id, c.concurrentEdit);
    QJsonObject updated;
    e = connector.update(c.objectType, id, c.changes, {}, &updated);
    QVERIFY2(!e.isError(), qPrintable(e.toString()));
    const QString newId = updated.value(QStringLiteral("_id")).toString(id);
    e = connector.read(c.objectType, newId, {}, &read);
    QVERIFY2(!e.isError(), qPrintable(e.toString()));
    for (auto it = c.changes.begin(); it != c.changes.end(); ++it) {
        if (it.value().isNull())
            QVERIFY2(!read.contains(it.key()), qPrintable(it.key() + QStringLiteral(" remains")));
        else
            QVERIFY2(sameValue(read.value(it.key()), it.value()),
                     qPrintable(it.key() + QStringLiteral(" was not updated")));
    }
    for (auto it = c.concurrentEdit.begin(); it != c.concurrentEdit.end(); ++it)
        QVERIFY2(
            sameValue(read.value(it.key()), it.value()),
            qPrintable(
                QStringLiteral("the update overwrote %1, which it did not change").arg(it.key())));

    e = connector.remove(c.objectType, newId, {});
    QVERIFY2(!e.isError(), qPrintable(e.toString()));
    checkError(connector.read(c.objectType, newId, {}, &read), Kind::NotFound, {});
    if (QTest::currentTestFailed())
        return;
    checkError(connector.remove(c.objectType, newId, {}), Kind::NotFound, {});
}

void checkSchema(Connector& connector, const QString& objectType,
                 const QMap<QString, bool>& multiValued, const QStringList& serverOnly)
{
    QVector<connectors::ObjectTypeInfo> types;
    const ConnectorError e = connector.schema(&types);
    QVERIFY2(!e.isError(), qPrintable(e.toString()));
    const connectors::ObjectTypeInfo* type = nullptr;
    for (const connectors::ObjectTypeInfo& t : types) {
        if (t.name == objectType)
            type = &t;
    }
    QVERIFY2(type, qPrintable(QStringLiteral("no object type %1").arg(objectType)));
    for (auto it = multiValued.begin(); it != multiValued.end(); ++it) {
        const connectors::AttributeInfo* a = type->attribute(it.key());
        QVERIFY2(a, qPrintable(QStringLiteral("no attribute %1").arg(it.key())));
        QVERIFY2(
            a->multiValued == it.value(),
            qPrintable(QStringLiteral("%1 multiValued is %2").arg(it.key()).arg(a->multiValued)));
        QCOMPARE(a->fromServerOnly, serverOnly.contains(it.key()));
    }
}

void checkError(const ConnectorError& error, ConnectorError::Kind kind, const QStringList& mentions)
{
    QVERIFY2(error.kind == kind,
             qPrintable(QStringLiteral("expected %1, got %2: %3")
                            .arg(ConnectorError::kindName(kind),
                                 ConnectorError::kindName(error.kind), error.toString())));
    for (const QString& m : mentions)
        QVERIFY2(error.toString().contains(m),
                 qPrintable(QStringLiteral("\"%1\" does not name %2").arg(error.toString(), m)));
}

} // namespace syncstudio::test::contract
