#pragma once

#include "CsvDialect.h"
#include "CsvParseError.h"
#include "CsvStyle.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QSet>
#include <QStringList>
#include <QVector>
#include <vector>

namespace syncstudio::connectors::csv {

// A CSV file as RFC 4180 describes it (quoted fields with doubled quotes, delimiters and line
// breaks inside quotes, CRLF or LF, a UTF-8 byte order mark), with the leniency real exports
// need: blanks between a delimiter and an opening quote (`"a", "b"`, as IDM's own samples
// write) and a quote inside an unquoted field are read as they are meant.
//
// The first record is the header. The document keeps the file's bytes: records are decoded
// when asked for, and writing gives back every record that was not edited byte for byte,
// with edited and new records in the file's own style (line ending, quoting, padding).
class CsvDocument
{
public:
    // Reads bytes. keyColumn, when it names a header column, is indexed for find() and must be
    // unique and non-empty in every record. On failure returns false and fills error.
    bool parse(const QByteArray& bytes, const CsvDialect& dialect, CsvParseError* error,
               const QString& keyColumn = {});

    const QStringList& header() const { return m_header; }
    int columnIndex(const QString& name) const { return m_header.indexOf(name); }
    const CsvStyle& style() const { return m_style; }
    const CsvDialect& dialect() const { return m_dialect; }

    int recordCount() const { return m_records.size(); }
    QStringList record(int index) const;
    QString field(int index, int column) const;
    int lineOf(int index) const { return m_records.at(index).line; } // 1-based
    // The record whose key column holds key, or -1.
    int find(const QString& key) const;

    // Edits, applied by toBytes(). Indexes stay those of the parsed file until it is parsed
    // again; an appended record gets the next index after the parsed ones and after the
    // records appended before it, and can be replaced and removed like the others.
    void replaceRecord(int index, const QStringList& fields);
    void removeRecord(int index);
    int appendRecord(const QStringList& fields);
    bool isRemoved(int index) const { return m_removed.contains(index); }

    // The file with the edits made.
    QByteArray toBytes() const;
    // One record in the style of the file, without its line ending.
    QByteArray formatRecord(const QStringList& fields) const;

private:
    struct Record
    {
        int begin = 0;      // first byte of the record
        int contentEnd = 0; // where its line ending starts
        int end = 0;        // first byte after its line ending (and blank lines after it)
        int line = 0;
        int keyBegin = 0; // the key's bytes in m_bytes, or -1 - its index in m_decodedKeys
        int keyLength = 0;
    };
    struct FieldSpan
    {
        int begin = 0;
        int end = 0;
        bool quoted = false;
        bool doubledQuotes = false;
    };
    template <typename Spans>
    bool scanRecord(int* pos, int* line, int* lineStart, Spans* fields, int* contentEnd,
                    CsvParseError* error) const;
    QString decode(const FieldSpan& span) const;
    QStringList decodeRecord(int begin) const;
    QByteArray formatField(const QString& value) const;

    QByteArray m_bytes;
    CsvDialect m_dialect;
    CsvStyle m_style;
    QStringList m_header;
    int m_headerEnd = 0;
    QVector<Record> m_records;
    // The key index: open addressing over record numbers by the key's UTF-8 bytes, which
    // are compared where they are in the file, so indexing makes no string per record.
    QByteArrayView keyBytes(int record) const;
    bool buildIndex(const QString& keyColumn, CsvParseError* error);
    std::vector<int> m_slots;          // record numbers; -1 is an empty slot
    QVector<QByteArray> m_decodedKeys; // keys that held doubled quotes
    QHash<int, QStringList> m_replaced;
    QSet<int> m_removed;
    QVector<QStringList> m_appended;
};

} // namespace syncstudio::connectors::csv
