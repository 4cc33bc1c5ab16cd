#include "CsvDocument.h"

#include <QVarLengthArray>
#include <cstring>

namespace syncstudio::connectors::csv {

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

QString printable(char c)
{
    if (c == '\r')
        return QStringLiteral("\\r");
    if (c == '\t')
        return QStringLiteral("a tab");
    return QStringLiteral("'%1'").arg(QLatin1Char(c));
}

} // namespace

// Reads the record at *pos into fields (spans into m_bytes). On return *pos is the first
// byte of the next record and *contentEnd where this record's line ending starts. *line
// and *lineStart follow line breaks, also those inside quoted fields, for messages.
template <typename Spans>
bool CsvDocument::scanRecord(int* pos, int* line, int* lineStart, Spans* fields, int* contentEnd,
                             CsvParseError* error) const
{
    const char* data = m_bytes.constData();
    const int size = m_bytes.size();
    const char delimiter = m_dialect.delimiter;
    const char quote = m_dialect.quote;
    int p = *pos;
    fields->clear();
    for (;;) {
        FieldSpan span;
        int q = p;
        while (q < size && isBlank(data[q]))
            ++q;
        if (q < size && data[q] == quote) {
            const int openLine = *line;
            const int openColumn = q - *lineStart + 1;
            span.quoted = true;
            span.begin = q + 1;
            p = q + 1;
            for (;;) {
                const void* found = std::memchr(data + p, quote, size_t(size - p));
                const int close = found ? int(static_cast<const char*>(found) - data) : size;
                for (const char* n = data + p;
                     (n = static_cast<const char*>(
                          std::memchr(n, '\n', size_t(close - (n - data))))) != nullptr;
                     ++n) {
                    ++*line;
                    *lineStart = int(n - data) + 1;
                }
                if (!found) {
                    if (error)
                        *error = {openLine, openColumn,
                                  QStringLiteral("the quoted field that starts here is never "
                                                 "closed; a quote inside a quoted field is "
                                                 "written twice (\"\")")};
                    return false;
                }
                if (close + 1 < size && data[close + 1] == quote) {
                    span.doubledQuotes = true;
                    p = close + 2;
                    continue;
                }
                span.end = close;
                p = close + 1;
                break;
            }
            while (p < size && isBlank(data[p]))
                ++p;
            if (p < size && data[p] != delimiter && data[p] != '\n' &&
                !(data[p] == '\r' && (p + 1 == size || data[p + 1] == '\n'))) {
                if (error)
                    *error = {*line, p - *lineStart + 1,
                              QStringLiteral("%1 after the closing quote of field %2; a quote "
                                             "inside a quoted field is written twice (\"\")")
                                  .arg(printable(data[p]))
                                  .arg(fields->size() + 1)};
                return false;
            }
        } else {
            span.begin = p;
            while (p < size) {
                const char c = data[p];
                if (c == delimiter || c == '\n' ||
                    (c == '\r' && (p + 1 == size || data[p + 1] == '\n')))
                    break;
                ++p;
            }
            span.end = p;
        }
        fields->append(span);
        if (p < size && data[p] == delimiter) {
            ++p;
            continue;
        }
        *contentEnd = p;
        if (p < size && data[p] == '\r')
            ++p;
        if (p < size && data[p] == '\n') {
            ++p;
            ++*line;
            *lineStart = p;
        }
        *pos = p;
        return true;
    }
}

bool CsvDocument::parse(const QByteArray& bytes, const CsvDialect& dialect, CsvParseError* error,
                        const QString& keyColumn)
{
    *this = CsvDocument();
    m_bytes = bytes;
    m_dialect = dialect;
    const int size = m_bytes.size();
    int pos = 0;
    if (m_bytes.startsWith("\xEF\xBB\xBF")) {
        m_style.bom = true;
        pos = 3;
    }
    m_style.finalLineEnding = size == pos || m_bytes.endsWith('\n');
    int line = 1;
    int lineStart = pos;
    QVarLengthArray<FieldSpan, 32> spans;

    // The header, after any blank lines.
    int contentEnd = pos;
    int headerBegin = pos;
    while (pos < size) {
        headerBegin = pos;
        if (!scanRecord(&pos, &line, &lineStart, &spans, &contentEnd, error))
            return false;
        if (contentEnd > headerBegin)
            break;
    }
    if (contentEnd == headerBegin) {
        if (error)
            *error = {1, 1,
                      QStringLiteral("the file is empty; it needs a header line with the "
                                     "column names")};
        return false;
    }
    for (const FieldSpan& s : spans)
        m_header << decode(s).trimmed();
    if (contentEnd < size && m_bytes.at(contentEnd) == '\r')
        m_style.lineEnding = "\r\n";
    const int columns = m_header.size();
    const int keyIndex = keyColumn.isEmpty() ? -1 : m_header.indexOf(keyColumn);
    auto detectStyle = [this](const QVarLengthArray<FieldSpan, 32>& fields, int begin) {
        m_style.quoteAll = true;
        for (const FieldSpan& s : fields)
            m_style.quoteAll = m_style.quoteAll && s.quoted;
        m_style.padding.clear();
        if (fields.size() > 1 && fields.at(1).quoted) {
            // The blanks between the first field's end and the second field's quote.
            int p = fields.at(1).begin - 1;
            int q = p;
            while (q > begin && isBlank(m_bytes.at(q - 1)))
                --q;
            m_style.padding = m_bytes.mid(q, p - q);
        }
    };
    detectStyle(spans, headerBegin);

    m_records.reserve(size / 64);
    while (pos < size) {
        Record record;
        record.begin = pos;
        record.line = line;
        if (!scanRecord(&pos, &line, &lineStart, &spans, &contentEnd, error))
            return false;
        record.contentEnd = contentEnd;
        record.end = pos;
        if (contentEnd == record.begin) { // a blank line belongs to the record before it
            if (m_records.isEmpty())
                m_headerEnd = pos;
            else
                m_records.last().end = pos;
            continue;
        }
        if (spans.size() != columns) {
            if (error)
                *error = {record.line, 1,
                          QStringLiteral("%1 field(s), the header has %2; a field that holds "
                                         "the delimiter or a line break must be quoted")
                              .arg(spans.size())
                              .arg(columns)};
            return false;
        }
        if (m_records.isEmpty()) {
            m_headerEnd = record.begin;
            detectStyle(spans, record.begin);
        }
        if (keyIndex >= 0) {
            const FieldSpan& key = spans.at(keyIndex);
            if (key.end == key.begin) {
                if (error)
                    *error = {record.line, 1,
                              QStringLiteral("the %1 column is empty; every record needs a "
                                             "unique %1")
                                  .arg(keyColumn)};
                return false;
            }
            if (key.doubledQuotes) {
                m_decodedKeys << decode(key).toUtf8();
                record.keyBegin = -int(m_decodedKeys.size());
            } else {
                record.keyBegin = key.begin;
                record.keyLength = key.end - key.begin;
            }
        }
        m_records.append(record);
    }
    if (m_records.isEmpty())
        m_headerEnd = size;
    return keyIndex < 0 || buildIndex(keyColumn, error);
}

QByteArrayView CsvDocument::keyBytes(int record) const
{
    const Record& r = m_records.at(record);
    if (r.keyBegin < 0)
        return m_decodedKeys.at(-1 - r.keyBegin);
    return QByteArrayView(m_bytes.constData() + r.keyBegin, r.keyLength);
}

bool CsvDocument::buildIndex(const QString& keyColumn, CsvParseError* error)
{
    size_t capacity = 16;
    while (capacity < size_t(m_records.size()) * 2)
        capacity *= 2;
    m_slots.assign(capacity, -1);
    const size_t mask = capacity - 1;
    for (int r = 0; r < m_records.size(); ++r) {
        const QByteArrayView key = keyBytes(r);
        for (size_t i = qHashBits(key.data(), size_t(key.size())) & mask;; i = (i + 1) & mask) {
            const int other = m_slots[i];
            if (other < 0) {
                m_slots[i] = r;
                break;
            }
            if (keyBytes(other) == key) {
                if (error)
                    *error = {m_records.at(r).line, 1,
                              QStringLiteral("%1 \"%2\" is already on line %3; every record "
                                             "needs a unique %1")
                                  .arg(keyColumn, QString::fromUtf8(key))
                                  .arg(m_records.at(other).line)};
                return false;
            }
        }
    }
    return true;
}

int CsvDocument::find(const QString& key) const
{
    if (m_slots.empty())
        return -1;
    const QByteArray utf8 = key.toUtf8();
    const size_t mask = m_slots.size() - 1;
    for (size_t i = qHashBits(utf8.constData(), size_t(utf8.size())) & mask;; i = (i + 1) & mask) {
        const int r = m_slots[i];
        if (r < 0)
            return -1;
        if (keyBytes(r) == QByteArrayView(utf8))
            return r;
    }
}

QString CsvDocument::decode(const FieldSpan& span) const
{
    const char* data = m_bytes.constData() + span.begin;
    const int length = span.end - span.begin;
    if (!span.doubledQuotes)
        return QString::fromUtf8(data, length);
    QByteArray raw(data, length);
    const char quote[2] = {m_dialect.quote, m_dialect.quote};
    raw.replace(QByteArray(quote, 2), QByteArray(quote, 1));
    return QString::fromUtf8(raw);
}

QStringList CsvDocument::decodeRecord(int begin) const
{
    int pos = begin;
    int line = 0;
    int lineStart = begin;
    int contentEnd = begin;
    QVarLengthArray<FieldSpan, 32> spans;
    scanRecord(&pos, &line, &lineStart, &spans, &contentEnd, nullptr);
    QStringList fields;
    fields.reserve(spans.size());
    for (const FieldSpan& s : spans)
        fields << decode(s);
    return fields;
}

QStringList CsvDocument::record(int index) const
{
    if (index >= m_records.size())
        return m_appended.at(index - m_records.size());
    if (const auto it = m_replaced.constFind(index); it != m_replaced.constEnd())
        return *it;
    return decodeRecord(m_records.at(index).begin);
}

QString CsvDocument::field(int index, int column) const
{
    return record(index).value(column);
}

void CsvDocument::replaceRecord(int index, const QStringList& fields)
{
    if (index >= m_records.size())
        m_appended[index - m_records.size()] = fields;
    else
        m_replaced.insert(index, fields);
}

void CsvDocument::removeRecord(int index)
{
    m_removed.insert(index);
}

int CsvDocument::appendRecord(const QStringList& fields)
{
    m_appended << fields;
    return m_records.size() + m_appended.size() - 1;
}

QByteArray CsvDocument::formatField(const QString& value) const
{
    const QByteArray utf8 = value.toUtf8();
    const char quote = m_dialect.quote;
    const bool needsQuotes = m_style.quoteAll || utf8.contains(m_dialect.delimiter) ||
                             utf8.contains(quote) || utf8.contains('\n') || utf8.contains('\r') ||
                             (!utf8.isEmpty() && isBlank(utf8.front()));
    if (!needsQuotes)
        return utf8;
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out += quote;
    for (const char c : utf8) {
        out += c;
        if (c == quote)
            out += quote;
    }
    out += quote;
    return out;
}

QByteArray CsvDocument::formatRecord(const QStringList& fields) const
{
    QByteArray out;
    for (int i = 0; i < fields.size(); ++i) {
        if (i > 0) {
            out += m_dialect.delimiter;
            out += m_style.padding;
        }
        out += formatField(fields.at(i));
    }
    return out;
}

QByteArray CsvDocument::toBytes() const
{
    QByteArray out;
    out.reserve(m_bytes.size() + 256);
    out += m_bytes.left(m_headerEnd);
    bool lastRemoved = false;
    for (int i = 0; i < m_records.size(); ++i) {
        const Record& r = m_records.at(i);
        lastRemoved = m_removed.contains(i);
        if (lastRemoved)
            continue;
        if (const auto it = m_replaced.constFind(i); it != m_replaced.constEnd()) {
            out += formatRecord(*it);
            out += m_bytes.mid(r.contentEnd, r.end - r.contentEnd);
        } else {
            out += m_bytes.mid(r.begin, r.end - r.begin);
        }
    }
    if (lastRemoved && !m_style.finalLineEnding && out.endsWith(m_style.lineEnding))
        out.chop(m_style.lineEnding.size());
    for (int i = 0; i < m_appended.size(); ++i) {
        if (m_removed.contains(m_records.size() + i))
            continue;
        const QStringList& fields = m_appended.at(i);
        if (!out.isEmpty() && !out.endsWith('\n'))
            out += m_style.lineEnding;
        out += formatRecord(fields);
        if (m_style.finalLineEnding)
            out += m_style.lineEnding;
    }
    return out;
}

} // namespace syncstudio::connectors::csv
