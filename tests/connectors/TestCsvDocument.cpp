#include "TestProject.h"
#include "connectors/csv/CsvDocument.h"

#include <QTest>

using syncstudio::connectors::csv::CsvDialect;
using syncstudio::connectors::csv::CsvDocument;
using syncstudio::connectors::csv::CsvParseError;

// The CSV reader and writer: RFC 4180 as real exports write it, and writes that change only
// the records that were edited.
class TestCsvDocument : public QObject
{
    Q_OBJECT
private slots:
    void readsFields_data();
    void readsFields();
    void reportsMalformedInputWithItsLine_data();
    void reportsMalformedInputWithItsLine();
    void indexesTheKeyColumn();
    void unchangedFileIsWrittenBackByteForByte_data();
    void unchangedFileIsWrittenBackByteForByte();
    void editedRecordKeepsTheStyleOfTheFile_data();
    void editedRecordKeepsTheStyleOfTheFile();
    void appendedAndRemovedRecords_data();
    void appendedAndRemovedRecords();
    void valuesThatNeedQuotesAreQuoted();
};

void TestCsvDocument::readsFields_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("dialect"); // delimiter, quote
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QList<QStringList>>("records");

    QTest::newRow("plain") << QByteArray("a,b\n1,2\n3,4\n") << QByteArray(",\"")
                           << QStringList{"a", "b"} << QList<QStringList>{{"1", "2"}, {"3", "4"}};
    QTest::newRow("doubled quotes")
        << QByteArray("a,b\n\"say \"\"hi\"\"\",x\n") << QByteArray(",\"") << QStringList{"a", "b"}
        << QList<QStringList>{{"say \"hi\"", "x"}};
    QTest::newRow("delimiter inside quotes")
        << QByteArray("name,city\n\"Doe, Jane\",Paris\n") << QByteArray(",\"")
        << QStringList{"name", "city"} << QList<QStringList>{{"Doe, Jane", "Paris"}};
    QTest::newRow("line break inside quotes")
        << QByteArray("a,b\r\n\"line one\r\nline two\",x\r\ny,z\r\n") << QByteArray(",\"")
        << QStringList{"a", "b"} << QList<QStringList>{{"line one\r\nline two", "x"}, {"y", "z"}};
    QTest::newRow("byte order mark")
        << QByteArray("\xEF\xBB\xBFuid,mail\nu1,m1\n") << QByteArray(",\"")
        << QStringList{"uid", "mail"} << QList<QStringList>{{"u1", "m1"}};
    QTest::newRow("CRLF and no final line ending")
        << QByteArray("a,b\r\n1,2\r\n3,4") << QByteArray(",\"") << QStringList{"a", "b"}
        << QList<QStringList>{{"1", "2"}, {"3", "4"}};
    // IDM's getting-started sample writes `"firstName", "uid"`: blanks before the quote.
    QTest::newRow("blank after delimiter, as IDM's samples")
        << QByteArray("\"firstName\", \"uid\"\n\"Barbara\", \"BJENSEN\"\n") << QByteArray(",\"")
        << QStringList{"firstName", "uid"} << QList<QStringList>{{"Barbara", "BJENSEN"}};
    QTest::newRow("empty fields") << QByteArray("a,b,c\n,,\n\"\",x,\n") << QByteArray(",\"")
                                  << QStringList{"a", "b", "c"}
                                  << QList<QStringList>{{"", "", ""}, {"", "x", ""}};
    QTest::newRow("blank lines are skipped")
        << QByteArray("a\n\n1\n\n\n2\n") << QByteArray(",\"") << QStringList{"a"}
        << QList<QStringList>{{"1"}, {"2"}};
    QTest::newRow("semicolon and single quote")
        << QByteArray("a;b\n'x;y';'it''s'\n") << QByteArray(";'") << QStringList{"a", "b"}
        << QList<QStringList>{{"x;y", "it's"}};
    QTest::newRow("unquoted blanks are data")
        << QByteArray("a,b\n x , y\n") << QByteArray(",\"") << QStringList{"a", "b"}
        << QList<QStringList>{{" x ", " y"}};
    QTest::newRow("UTF-8") << QByteArray("name\nJos\xC3\xA9 \xE6\x9D\xB1\n") << QByteArray(",\"")
                           << QStringList{"name"}
                           << QList<QStringList>{{QString::fromUtf8("Jos\xC3\xA9 \xE6\x9D\xB1")}};
}

void TestCsvDocument::readsFields()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, dialect);
    QFETCH(QStringList, header);
    QFETCH(QList<QStringList>, records);
    CsvDocument doc;
    CsvParseError error;
    QVERIFY2(doc.parse(text, CsvDialect{dialect.at(0), dialect.at(1)}, &error),
             qPrintable(error.toString()));
    QCOMPARE(doc.header(), header);
    QCOMPARE(doc.recordCount(), records.size());
    for (int i = 0; i < records.size(); ++i)
        QCOMPARE(doc.record(i), records.at(i));
}

void TestCsvDocument::reportsMalformedInputWithItsLine_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    QTest::newRow("quote never closed")
        << QByteArray("a,b\n1,2\n3,\"open\n4,5\n") << 3 << 3 << "never closed";
    QTest::newRow("text after closing quote")
        << QByteArray("a,b\n1,\"two\"x\n") << 2 << 8 << "'x' after the closing quote of field 2";
    // The record on line 4 comes after a record that spans lines 2 and 3.
    QTest::newRow("too few fields, after a multi-line record")
        << QByteArray("a,b,c\n1,\"x\ny\",3\n4,5\n") << 4 << 1 << "2 field(s), the header has 3";
    QTest::newRow("too many fields")
        << QByteArray("a,b\n1,2\n1,2,3\n") << 3 << 1 << "3 field(s), the header has 2";
    QTest::newRow("empty file") << QByteArray("") << 1 << 1 << "the file is empty";
    QTest::newRow("duplicate key")
        << QByteArray("uid,x\nu1,a\nu2,b\nu1,c\n") << 4 << 1 << "uid \"u1\" is already on line 2";
    QTest::newRow("empty key") << QByteArray("uid,x\nu1,a\n,b\n") << 3 << 1
                               << "the uid column is empty";
}

void TestCsvDocument::reportsMalformedInputWithItsLine()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    CsvDocument doc;
    CsvParseError error;
    QVERIFY(!doc.parse(text, CsvDialect{}, &error, QStringLiteral("uid")));
    QVERIFY2(error.message.contains(message), qPrintable(error.message));
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
}

void TestCsvDocument::indexesTheKeyColumn()
{
    CsvDocument doc;
    CsvParseError error;
    QVERIFY(doc.parse("name,uid\n\"Doe, J\",\"j\"\"d\"\nX,x\n", CsvDialect{}, &error,
                      QStringLiteral("uid")));
    QCOMPARE(doc.find(QStringLiteral("j\"d")), 0);
    QCOMPARE(doc.find(QStringLiteral("x")), 1);
    QCOMPARE(doc.find(QStringLiteral("X")), -1); // keys are case-sensitive, as the file is
    QCOMPARE(doc.lineOf(1), 3);
}

void TestCsvDocument::unchangedFileIsWrittenBackByteForByte_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("IDM hr sample") << syncstudio::test::readFile(
        QStringLiteral(SYNCSTUDIO_CORPUS_DIR "/openidm/getting-started/data/hr.csv"));
    QTest::newRow("example people") << syncstudio::test::readFile(
        QStringLiteral(SYNCSTUDIO_SOURCE_DIR "/resources/example/data/people.csv"));
    QTest::newRow("CRLF, BOM, no final line ending, blank lines")
        << QByteArray("\xEF\xBB\xBF"
                      "a,b\r\n\r\n\"x\r\ny\",2\r\n\r\n3,4");
}

void TestCsvDocument::unchangedFileIsWrittenBackByteForByte()
{
    QFETCH(QByteArray, text);
    QVERIFY(!text.isEmpty());
    CsvDocument doc;
    CsvParseError error;
    QVERIFY2(doc.parse(text, CsvDialect{}, &error), qPrintable(error.toString()));
    QCOMPARE(doc.toBytes(), text);
    // Replacing a record with its own fields writes the same line again.
    doc.replaceRecord(0, doc.record(0));
    QCOMPARE(doc.toBytes(), text);
}

void TestCsvDocument::editedRecordKeepsTheStyleOfTheFile_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("quote-all with padding (IDM sample)")
        << QByteArray("\"firstName\", \"uid\"\n\"Barbara\", \"BJENSEN\"\n\"Jane\", \"JS\"\n")
        << QByteArray("\"firstName\", \"uid\"\n\"Babs\", \"BJENSEN\"\n\"Jane\", \"JS\"\n");
    QTest::newRow("minimal quoting, CRLF")
        << QByteArray("firstName,uid\r\nBarbara,BJENSEN\r\n\"Jane, Q\",JS\r\n")
        << QByteArray("firstName,uid\r\nBabs,BJENSEN\r\n\"Jane, Q\",JS\r\n");
}

void TestCsvDocument::editedRecordKeepsTheStyleOfTheFile()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, expected);
    CsvDocument doc;
    QVERIFY(doc.parse(text, CsvDialect{}, nullptr));
    doc.replaceRecord(0, {QStringLiteral("Babs"), QStringLiteral("BJENSEN")});
    QCOMPARE(doc.toBytes(), expected);
}

void TestCsvDocument::appendedAndRemovedRecords_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("remove"); // -1: none
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("append, final line ending")
        << QByteArray("a,b\n1,2\n") << -1 << QByteArray("a,b\n1,2\nn,\"x,y\"\n");
    QTest::newRow("append, no final line ending")
        << QByteArray("a,b\r\n1,2") << -1 << QByteArray("a,b\r\n1,2\r\nn,\"x,y\"");
    QTest::newRow("append to header only")
        << QByteArray("a,b") << -1 << QByteArray("a,b\nn,\"x,y\"");
    QTest::newRow("remove middle, append") << QByteArray("a,b\n1,2\n3,\"multi\nline\"\n5,6\n") << 1
                                           << QByteArray("a,b\n1,2\n5,6\nn,\"x,y\"\n");
}

void TestCsvDocument::appendedAndRemovedRecords()
{
    QFETCH(QByteArray, text);
    QFETCH(int, remove);
    QFETCH(QByteArray, expected);
    CsvDocument doc;
    CsvParseError error;
    QVERIFY2(doc.parse(text, CsvDialect{}, &error), qPrintable(error.toString()));
    if (remove >= 0)
        doc.removeRecord(remove);
    doc.appendRecord({QStringLiteral("n"), QStringLiteral("x,y")});
    QCOMPARE(doc.toBytes(), expected);
    // What was written reads back as the records that were meant.
    CsvDocument again;
    QVERIFY(again.parse(doc.toBytes(), CsvDialect{}, &error));
    QCOMPARE(again.record(again.recordCount() - 1),
             (QStringList{QStringLiteral("n"), QStringLiteral("x,y")}));
}

void TestCsvDocument::valuesThatNeedQuotesAreQuoted()
{
    CsvDocument doc;
    QVERIFY(doc.parse("a,b,c,d,e\n", CsvDialect{}, nullptr));
    const QStringList fields{QStringLiteral("say \"hi\""), QStringLiteral("two\nlines"),
                             QStringLiteral(" lead"), QString(), QStringLiteral("plain")};
    QCOMPARE(doc.formatRecord(fields),
             QByteArray("\"say \"\"hi\"\"\",\"two\nlines\",\" lead\",,plain"));
    doc.appendRecord(fields);
    CsvDocument again;
    QVERIFY(again.parse(doc.toBytes(), CsvDialect{}, nullptr));
    QCOMPARE(again.record(0), fields);
}

QTEST_GUILESS_MAIN(TestCsvDocument)
#include "TestCsvDocument.moc"
