#include "TestProject.h"
#include "config/JsonText.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace syncstudio::config;
using syncstudio::test::lineDiff;

class TestJsonText : public QObject
{
    Q_OBJECT
private slots:
    void parseErrorsNameLineAndColumn_data();
    void parseErrorsNameLineAndColumn();
    void unchangedTextIsKeptByteForByte_data();
    void unchangedTextIsKeptByteForByte();
    void valuesAreDecoded();
    void pointersResolve();
    void replacingAScalarChangesOnlyItsLine();
    void replacingKeepsTheSpellingOfUntouchedNumbers();
    void newMemberFollowsTheObjectsColonStyle_data();
    void newMemberFollowsTheObjectsColonStyle();
    void newObjectMemberIsIndentedLikeItsNeighbours();
    void removingAMemberRemovesOnlyItsLines_data();
    void removingAMemberRemovesOnlyItsLines();
    void arrayItemsInsertRemoveAndMove();
    void inlineArraysStayInline();
    void emptyContainersUseTheDocumentsSpelling();
    void reindentMovesANestedObject();
    void lastDuplicateKeyWins();
};

void TestJsonText::parseErrorsNameLineAndColumn_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    QTest::newRow("missing comma") << QByteArray("{\n    \"a\" : 1\n    \"b\" : 2\n}") << 3 << 5
                                   << "expected ',' or '}' after the value of \"a\"";
    QTest::newRow("trailing comma")
        << QByteArray("{\n  \"a\" : [ 1, 2, ]\n}") << 2 << 17 << "trailing comma before ']'";
    QTest::newRow("unquoted key") << QByteArray("{ name : 1 }") << 1 << 3
                                  << "expected a member name in double quotes";
    QTest::newRow("unterminated string")
        << QByteArray("{\n\"a\" : \"abc\n}") << 2 << 11 << "control character in a string";
    QTest::newRow("string never closed")
        << QByteArray("{\"a\" : \"abc") << 1 << 8 << "unterminated string";
    QTest::newRow("object not closed")
        << QByteArray("{\n  \"a\" : {\n    \"b\" : 1\n") << 2 << 9 << "object is not closed";
    QTest::newRow("bad literal") << QByteArray("[ tru ]") << 1 << 3 << "expected 'true'";
    QTest::newRow("bad escape") << QByteArray("[ \"a\\qb\" ]") << 1 << 5 << "invalid escape '\\q'";
    QTest::newRow("column counts characters")
        << QByteArray("[ \"\xC3\xA9\xC3\xA9\", x ]") << 1 << 9 << "expected a value";
    QTest::newRow("text after value") << QByteArray("{}\n{}") << 2 << 1 << "unexpected text";
    QTest::newRow("leading zero") << QByteArray("[ 01 ]") << 1 << 4 << "expected ',' or ']'";
    QTest::newRow("empty file") << QByteArray("") << 1 << 1 << "expected a value";
}

void TestJsonText::parseErrorsNameLineAndColumn()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    JsonParseError error;
    const JsonText json = JsonText::parse(text, &error);
    QVERIFY(error.isError());
    QVERIFY(!json.isValid());
    QCOMPARE(json.text(), text); // the bytes are kept even when they do not parse
    QVERIFY2(error.message.contains(message), qPrintable(error.message));
    QCOMPARE(error.position.line, line);
    QCOMPARE(error.position.column, column);
}

void TestJsonText::unchangedTextIsKeptByteForByte_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("idm style") << QByteArray("{\n    \"a\" : [ \"x\" ],\n    \"b\" : 2.840\n}");
    QTest::newRow("tight, tabs, no newline") << QByteArray("{\n\t\"a\": {\"b\":1e10}\n}");
    QTest::newRow("crlf and bom") << QByteArray("\xEF\xBB\xBF{\r\n  \"a\" : null\r\n}\r\n");
    QTest::newRow("escapes") << QByteArray("[\"\\u00e9\\/\\n\", -0.0, 1E+2]");
}

void TestJsonText::unchangedTextIsKeptByteForByte()
{
    QFETCH(QByteArray, text);
    JsonParseError error;
    const JsonText json = JsonText::parse(text, &error);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QCOMPARE(json.text(), text);
}

void TestJsonText::valuesAreDecoded()
{
    const JsonText json = JsonText::parse(
        "{ \"s\" : \"a\\\"b\\u00e9\\ud83d\\ude00\", \"n\" : 2.840, \"t\" : true, \"z\" : null, "
        "\"a\" : [ 1, \"x\" ], \"o\" : { \"k\" : false } }");
    QVERIFY(json.isValid());
    QCOMPARE(json.stringValue(json.find("/s")), QStringLiteral("a\"b\u00e9\U0001F600"));
    QCOMPARE(json.value(json.find("/n")).toDouble(), 2.84);
    QCOMPARE(json.value(json.find("/t")), QJsonValue(true));
    QVERIFY(json.value(json.find("/z")).isNull());
    QCOMPARE(json.value(json.find("/a")), QJsonValue(QJsonArray{1, QStringLiteral("x")}));
    QCOMPARE(json.value(json.find("/o")), QJsonValue(QJsonObject{{QStringLiteral("k"), false}}));
    QCOMPARE(json.keys(json.root()),
             QStringList({"s", "n", "t", "z", "a", "o"})); // text order, not sorted
}

void TestJsonText::pointersResolve()
{
    const JsonText json = JsonText::parse(
        "{ \"a/b\" : { \"m~n\" : [ 10, 20 ] }, \"mappings\" : [ { \"name\" : \"x\" } ] }");
    QCOMPARE(json.rawText(json.find("/a~1b/m~0n/1")), QByteArray("20"));
    QCOMPARE(json.stringValue(json.find("/mappings/0/name")), QStringLiteral("x"));
    QCOMPARE(json.find("/mappings/1"), JsonText::NoNode);
    QCOMPARE(json.find("/nothing"), JsonText::NoNode);
    QCOMPARE(json.pointerOf(json.find("/a~1b/m~0n/1")), QStringLiteral("/a~1b/m~0n/1"));
}

void TestJsonText::replacingAScalarChangesOnlyItsLine()
{
    const QByteArray before =
        "{\n    \"name\" : \"a\",\n    \"source\" : \"system/ldap/account\",\n"
        "    \"target\" : \"managed/user\"\n}";
    JsonText json = JsonText::parse(before);
    QVERIFY(json.replace(json.find("/source"), QStringLiteral("system/hr/person")));
    QCOMPARE(lineDiff(before, json.text()),
             QStringList({"-    \"source\" : \"system/ldap/account\",",
                          "+    \"source\" : \"system/hr/person\","}));
}

void TestJsonText::replacingKeepsTheSpellingOfUntouchedNumbers()
{
    JsonText json = JsonText::parse("{ \"a\" : 2.840, \"b\" : 1E3, \"c\" : 1 }");
    QVERIFY(json.replace(json.find("/c"), 2.5));
    QCOMPARE(json.text(), QByteArray("{ \"a\" : 2.840, \"b\" : 1E3, \"c\" : 2.5 }"));
}

void TestJsonText::newMemberFollowsTheObjectsColonStyle_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::newRow("idm writer") << QByteArray("{\n    \"a\" : 1\n}")
                                << QByteArray("{\n    \"a\" : 1,\n    \"b\" : \"x\"\n}");
    QTest::newRow("tight") << QByteArray("{\n  \"a\": 1\n}")
                           << QByteArray("{\n  \"a\": 1,\n  \"b\": \"x\"\n}");
    QTest::newRow("tabs") << QByteArray("{\n\t\"a\":1\n}")
                          << QByteArray("{\n\t\"a\":1,\n\t\"b\":\"x\"\n}");
    QTest::newRow("one line") << QByteArray("{ \"a\" : 1 }")
                              << QByteArray("{ \"a\" : 1, \"b\" : \"x\" }");
    QTest::newRow("empty") << QByteArray("{\n    \"o\" : { }\n}")
                           << QByteArray("{\n    \"o\" : {\n        \"b\" : \"x\"\n    }\n}");
}

void TestJsonText::newMemberFollowsTheObjectsColonStyle()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    JsonText json = JsonText::parse(before);
    const JsonText::NodeId target = json.isObject(json.find("/o")) ? json.find("/o") : json.root();
    QVERIFY(json.setMember(target, QStringLiteral("b"), QStringLiteral("x")));
    QCOMPARE(json.text(), after);
}

void TestJsonText::newObjectMemberIsIndentedLikeItsNeighbours()
{
    const QByteArray before = "{\n    \"mappings\" : [\n        {\n            \"name\" : \"m\"\n"
                              "        }\n    ]\n}\n";
    JsonText json = JsonText::parse(before);
    QVERIFY(json.setMember(json.find("/mappings/0"), QStringLiteral("syncAfter"),
                           QJsonArray{QStringLiteral("a"), QStringLiteral("b")}));
    QVERIFY(json.setMember(json.find("/mappings/0"), QStringLiteral("sourceQuery"),
                           QJsonObject{{QStringLiteral("_queryFilter"), QStringLiteral("true")}}));
    QCOMPARE(json.text(),
             QByteArray("{\n    \"mappings\" : [\n        {\n            \"name\" : \"m\",\n"
                        "            \"syncAfter\" : [ \"a\", \"b\" ],\n"
                        "            \"sourceQuery\" : {\n"
                        "                \"_queryFilter\" : \"true\"\n            }\n"
                        "        }\n    ]\n}\n"));
}

void TestJsonText::removingAMemberRemovesOnlyItsLines_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("after");
    const QByteArray base =
        "{\n    \"a\" : 1,\n    \"b\" : {\n        \"x\" : 2\n    },\n    \"c\" : 3\n}";
    Q_UNUSED(base)
    QTest::newRow("first") << "a"
                           << QByteArray(
                                  "{\n    \"b\" : {\n        \"x\" : 2\n    },\n    \"c\" : 3\n}");
    QTest::newRow("middle") << "b" << QByteArray("{\n    \"a\" : 1,\n    \"c\" : 3\n}");
    QTest::newRow("last") << "c"
                          << QByteArray(
                                 "{\n    \"a\" : 1,\n    \"b\" : {\n        \"x\" : 2\n    }\n}");
}

void TestJsonText::removingAMemberRemovesOnlyItsLines()
{
    QFETCH(QString, key);
    QFETCH(QByteArray, after);
    JsonText json = JsonText::parse(
        "{\n    \"a\" : 1,\n    \"b\" : {\n        \"x\" : 2\n    },\n    \"c\" : 3\n}");
    QVERIFY(json.removeMember(json.root(), key));
    QCOMPARE(json.text(), after);
    QVERIFY(!json.removeMember(json.root(), key)); // gone: nothing more to remove
}

void TestJsonText::arrayItemsInsertRemoveAndMove()
{
    JsonText json =
        JsonText::parse("{\n    \"p\" : [\n        {\n            \"t\" : 1\n        },\n"
                        "        {\n            \"t\" : 2\n        }\n    ]\n}");
    const QByteArray original = json.text();
    QVERIFY(json.moveItem(json.find("/p"), 0, 1));
    QCOMPARE(json.value(json.find("/p/0/t")).toInt(), 2);
    QCOMPARE(json.value(json.find("/p/1/t")).toInt(), 1);
    QVERIFY(json.moveItem(json.find("/p"), 1, 0));
    QCOMPARE(json.text(), original); // moving back restores the bytes

    QVERIFY(json.insertItem(json.find("/p"), 1, QJsonObject{{QStringLiteral("t"), 3}}));
    QCOMPARE(json.text(),
             QByteArray("{\n    \"p\" : [\n        {\n            \"t\" : 1\n        },\n"
                        "        {\n            \"t\" : 3\n        },\n"
                        "        {\n            \"t\" : 2\n        }\n    ]\n}"));
    QVERIFY(json.removeItem(json.find("/p"), 1));
    QCOMPARE(json.text(), original);
    QVERIFY(!json.removeItem(json.find("/p"), 5));
}

void TestJsonText::inlineArraysStayInline()
{
    JsonText json = JsonText::parse("{\n    \"syncAfter\" : [ \"a\" ]\n}");
    QVERIFY(json.insertItem(json.find("/syncAfter"), 1, QStringLiteral("b")));
    QCOMPARE(json.text(), QByteArray("{\n    \"syncAfter\" : [ \"a\", \"b\" ]\n}"));
    QVERIFY(json.removeItem(json.find("/syncAfter"), 0));
    QVERIFY(json.removeItem(json.find("/syncAfter"), 0));
    QCOMPARE(json.text(), QByteArray("{\n    \"syncAfter\" : [ ]\n}"));
    QVERIFY(json.insertItem(json.find("/syncAfter"), 0, QStringLiteral("c")));
    QCOMPARE(json.text(), QByteArray("{\n    \"syncAfter\" : [ \"c\" ]\n}"));
}

void TestJsonText::emptyContainersUseTheDocumentsSpelling()
{
    JsonText tight = JsonText::parse("{\"a\": {}, \"b\": 1}");
    QVERIFY(tight.setMember(tight.root(), QStringLiteral("c"), QJsonObject{}));
    QCOMPARE(tight.text(), QByteArray("{\"a\": {}, \"b\": 1, \"c\": {}}"));
    JsonText spaced = JsonText::parse("{ \"a\" : { }, \"b\" : 1 }");
    QVERIFY(spaced.setMember(spaced.root(), QStringLiteral("c"), QJsonObject{}));
    QCOMPARE(spaced.text(), QByteArray("{ \"a\" : { }, \"b\" : 1, \"c\" : { } }"));
}

void TestJsonText::reindentMovesANestedObject()
{
    const JsonText json =
        JsonText::parse("{\n    \"m\" : [\n        {\n            \"name\" : \"x\",\n"
                        "            \"p\" : [ 1 ]\n        }\n    ]\n}");
    QCOMPARE(json.reindented(json.find("/m/0"), {}),
             QByteArray("{\n    \"name\" : \"x\",\n    \"p\" : [ 1 ]\n}"));
    QCOMPARE(json.reindented(json.find("/m/0"), "  "),
             QByteArray("{\n      \"name\" : \"x\",\n      \"p\" : [ 1 ]\n  }"));
}

void TestJsonText::lastDuplicateKeyWins()
{
    const JsonText json = JsonText::parse("{ \"a\" : 1, \"a\" : 2 }");
    QCOMPARE(json.value(json.find("/a")).toInt(), 2);
    QCOMPARE(json.keys(json.root()), QStringList({"a", "a"}));
}

QTEST_GUILESS_MAIN(TestJsonText)
#include "TestJsonText.moc"
