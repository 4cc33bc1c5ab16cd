#include "JsonText.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <cmath>

namespace syncstudio::config {

namespace {

constexpr int MaxDepth = 512;

bool isJsonWhitespace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isScalar(const QJsonValue& v)
{
    return !v.isArray() && !v.isObject();
}

QByteArray escapeJsonString(const QString& s)
{
    const QByteArray utf8 = s.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out += '"';
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                out += "\\u00";
                out += QByteArray::number(static_cast<unsigned char>(c), 16).rightJustified(2, '0');
            } else {
                out += c;
            }
        }
    }
    out += '"';
    return out;
}

QByteArray renderNumber(double d)
{
    if (std::isfinite(d) && std::floor(d) == d && std::fabs(d) < 9007199254740992.0)
        return QByteArray::number(static_cast<qint64>(d));
    return QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
}

} // namespace

// Recursive-descent parser for RFC 8259 JSON that records the span of every value.
class JsonTextParser
{
public:
    JsonTextParser(const QByteArray& text, QVector<JsonText::Node>& nodes)
        : m_text(text)
        , m_nodes(nodes)
    {}

    bool parseDocument()
    {
        skipWhitespace();
        if (!parseValue(JsonText::NoNode, 0))
            return false;
        skipWhitespace();
        if (m_pos < m_text.size())
            return fail(m_pos, QStringLiteral("unexpected text after the end of the JSON value"));
        return true;
    }

    // Decodes one string token that parsed before.
    static QString decodeString(const QByteArray& token)
    {
        QVector<JsonText::Node> unused;
        JsonTextParser parser(token, unused);
        QString out;
        parser.scanString(&out);
        return out;
    }

    int errorOffset = -1;
    QString errorMessage;

private:
    bool fail(int offset, const QString& message)
    {
        if (errorOffset < 0) {
            errorOffset = offset;
            errorMessage = message;
        }
        return false;
    }

    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text.at(m_pos); }

    void skipWhitespace()
    {
        while (!atEnd() && isJsonWhitespace(m_text.at(m_pos)))
            ++m_pos;
    }

    QString describeHere() const
    {
        if (atEnd())
            return QStringLiteral("the end of the file");
        const char c = peek();
        if (static_cast<unsigned char>(c) < 0x20)
            return QStringLiteral("a control character");
        return QStringLiteral("'%1'").arg(QChar::fromLatin1(c));
    }

    int addNode(JsonText::Kind kind, JsonText::NodeId parent)
    {
        JsonText::Node node;
        node.kind = kind;
        node.begin = m_pos;
        node.parent = parent;
        m_nodes.append(node);
        return m_nodes.size() - 1;
    }

    bool parseValue(JsonText::NodeId parent, int depth)
    {
        if (depth > MaxDepth)
            return fail(m_pos, QStringLiteral("values are nested too deeply"));
        switch (peek()) {
        case '{':
            return parseObject(parent, depth);
        case '[':
            return parseArray(parent, depth);
        case '"': {
            const int id = addNode(JsonText::Kind::String, parent);
            if (!scanString(nullptr))
                return false;
            m_nodes[id].end = m_pos;
            return true;
        }
        case 't':
            return parseLiteral(parent, "true", JsonText::Kind::Bool);
        case 'f':
            return parseLiteral(parent, "false", JsonText::Kind::Bool);
        case 'n':
            return parseLiteral(parent, "null", JsonText::Kind::Null);
        default:
            if (peek() == '-' || (peek() >= '0' && peek() <= '9'))
                return parseNumber(parent);
            return fail(m_pos, QStringLiteral("expected a value (object, array, string, number, "
                                              "true, false or null) but found %1")
                                   .arg(describeHere()));
        }
    }

    bool parseLiteral(JsonText::NodeId parent, const char* word, JsonText::Kind kind)
    {
        const QByteArray w(word);
        if (m_text.mid(m_pos, w.size()) != w)
            return fail(m_pos, QStringLiteral("expected '%1'").arg(QString::fromLatin1(w)));
        const int id = addNode(kind, parent);
        m_pos += w.size();
        m_nodes[id].end = m_pos;
        return true;
    }

    bool parseNumber(JsonText::NodeId parent)
    {
        const int id = addNode(JsonText::Kind::Number, parent);
        auto digits = [this] {
            const int start = m_pos;
            while (!atEnd() && peek() >= '0' && peek() <= '9')
                ++m_pos;
            return m_pos - start;
        };
        if (peek() == '-')
            ++m_pos;
        if (peek() == '0') {
            ++m_pos;
        } else if (digits() == 0) {
            return fail(m_pos, QStringLiteral("expected a digit in the number"));
        }
        if (peek() == '.') {
            ++m_pos;
            if (digits() == 0)
                return fail(m_pos, QStringLiteral("expected a digit after the decimal point"));
        }
        if (peek() == 'e' || peek() == 'E') {
            ++m_pos;
            if (peek() == '+' || peek() == '-')
                ++m_pos;
            if (digits() == 0)
                return fail(m_pos, QStringLiteral("expected a digit in the exponent"));
        }
        m_nodes[id].end = m_pos;
        return true;
    }

    // Scans a string token at m_pos; decodes it into out when out is not null.
    bool scanString(QString* out)
    {
        const int start = m_pos;
        ++m_pos; // opening quote
        QByteArray decoded;
        while (true) {
            if (atEnd())
                return fail(start, QStringLiteral("unterminated string: add the closing '\"'"));
            const char c = m_text.at(m_pos);
            if (c == '"') {
                ++m_pos;
                break;
            }
            if (static_cast<unsigned char>(c) < 0x20)
                return fail(m_pos, QStringLiteral("control character in a string: write it "
                                                  "as an escape such as \\n"));
            if (c != '\\') {
                if (out)
                    decoded += c;
                ++m_pos;
                continue;
            }
            ++m_pos;
            if (atEnd())
                return fail(start, QStringLiteral("unterminated string: add the closing '\"'"));
            const char e = m_text.at(m_pos);
            ++m_pos;
            switch (e) {
            case '"':
                decoded += '"';
                break;
            case '\\':
                decoded += '\\';
                break;
            case '/':
                decoded += '/';
                break;
            case 'b':
                decoded += '\b';
                break;
            case 'f':
                decoded += '\f';
                break;
            case 'n':
                decoded += '\n';
                break;
            case 'r':
                decoded += '\r';
                break;
            case 't':
                decoded += '\t';
                break;
            case 'u': {
                uint code = 0;
                if (!readHex4(&code))
                    return false;
                if (code >= 0xD800 && code <= 0xDBFF && m_text.mid(m_pos, 2) == "\\u") {
                    m_pos += 2;
                    uint low = 0;
                    if (!readHex4(&low))
                        return false;
                    if (low >= 0xDC00 && low <= 0xDFFF) {
                        const char32_t full = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                        decoded += QString::fromUcs4(&full, 1).toUtf8();
                    } else {
                        decoded += QString(QChar(static_cast<ushort>(code))).toUtf8();
                        decoded += QString(QChar(static_cast<ushort>(low))).toUtf8();
                    }
                } else {
                    decoded += QString(QChar(static_cast<ushort>(code))).toUtf8();
                }
                break;
            }
            default:
                return fail(
                    m_pos - 2,
                    QStringLiteral("invalid escape '\\%1' in a string").arg(QChar::fromLatin1(e)));
            }
        }
        if (out)
            *out = QString::fromUtf8(decoded);
        return true;
    }

    bool readHex4(uint* code)
    {
        if (m_pos + 4 > m_text.size())
            return fail(m_pos, QStringLiteral("expected four hex digits after \\u"));
        bool ok = false;
        *code = m_text.mid(m_pos, 4).toUInt(&ok, 16);
        if (!ok)
            return fail(m_pos, QStringLiteral("expected four hex digits after \\u"));
        m_pos += 4;
        return true;
    }

    bool parseObject(JsonText::NodeId parent, int depth)
    {
        const int id = addNode(JsonText::Kind::Object, parent);
        const int open = m_pos;
        ++m_pos;
        skipWhitespace();
        if (peek() == '}') {
            ++m_pos;
            m_nodes[id].end = m_pos;
            return true;
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                if (peek() == '}')
                    return fail(m_pos, QStringLiteral("trailing comma before '}': remove the "
                                                      "last ','"));
                if (atEnd())
                    return fail(open, QStringLiteral("object is not closed: add '}'"));
                return fail(m_pos, QStringLiteral("expected a member name in double quotes but "
                                                  "found %1")
                                       .arg(describeHere()));
            }
            const int keyBegin = m_pos;
            QString key;
            if (!scanString(&key))
                return false;
            skipWhitespace();
            if (peek() != ':')
                return fail(m_pos, QStringLiteral("expected ':' after the member name \"%1\" but "
                                                  "found %2")
                                       .arg(key, describeHere()));
            ++m_pos;
            skipWhitespace();
            const int child = m_nodes.size();
            if (!parseValue(id, depth + 1))
                return false;
            m_nodes[child].key = key;
            m_nodes[child].keyBegin = keyBegin;
            m_nodes[id].children.append(child);
            skipWhitespace();
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (peek() == '}') {
                ++m_pos;
                m_nodes[id].end = m_pos;
                return true;
            }
            if (atEnd())
                return fail(open, QStringLiteral("object is not closed: add '}'"));
            return fail(m_pos,
                        QStringLiteral("expected ',' or '}' after the value of \"%1\" but found %2")
                            .arg(key, describeHere()));
        }
    }

    bool parseArray(JsonText::NodeId parent, int depth)
    {
        const int id = addNode(JsonText::Kind::Array, parent);
        const int open = m_pos;
        ++m_pos;
        skipWhitespace();
        if (peek() == ']') {
            ++m_pos;
            m_nodes[id].end = m_pos;
            return true;
        }
        while (true) {
            skipWhitespace();
            if (peek() == ']')
                return fail(m_pos,
                            QStringLiteral("trailing comma before ']': remove the last ','"));
            if (atEnd())
                return fail(open, QStringLiteral("array is not closed: add ']'"));
            const int child = m_nodes.size();
            if (!parseValue(id, depth + 1))
                return false;
            m_nodes[id].children.append(child);
            skipWhitespace();
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (peek() == ']') {
                ++m_pos;
                m_nodes[id].end = m_pos;
                return true;
            }
            if (atEnd())
                return fail(open, QStringLiteral("array is not closed: add ']'"));
            return fail(m_pos, QStringLiteral("expected ',' or ']' in the array but found %1")
                                   .arg(describeHere()));
        }
    }

    const QByteArray& m_text;
    QVector<JsonText::Node>& m_nodes;
    int m_pos = 0;
};

JsonText JsonText::parse(const QByteArray& text, JsonParseError* error)
{
    JsonText doc;
    doc.m_text = text;
    // A UTF-8 byte order mark is kept in the text but is not part of the JSON value.
    const int start = text.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    QVector<Node> nodes;
    const QByteArray body = start ? text.mid(start) : text;
    JsonTextParser parser(body, nodes);
    const bool ok = parser.parseDocument();
    if (!ok) {
        if (error) {
            error->offset = parser.errorOffset + start;
            error->position = doc.positionOf(error->offset);
            error->message = parser.errorMessage;
        }
        return doc;
    }
    if (start) {
        for (Node& n : nodes) {
            n.begin += start;
            n.end += start;
            if (n.keyBegin >= 0)
                n.keyBegin += start;
        }
    }
    doc.m_nodes = std::move(nodes);
    if (error)
        *error = JsonParseError{};
    doc.detectStyle();
    return doc;
}

QByteArray JsonText::rawText(NodeId node) const
{
    return m_text.mid(begin(node), end(node) - begin(node));
}

QStringList JsonText::keys(NodeId object) const
{
    QStringList out;
    if (!isObject(object))
        return out;
    for (const NodeId c : m_nodes[object].children)
        out << m_nodes[c].key;
    return out;
}

JsonText::NodeId JsonText::member(NodeId object, const QString& key) const
{
    if (!isObject(object))
        return NoNode;
    // The last occurrence wins, as in the JSON parsers IDM uses.
    const auto& children = m_nodes[object].children;
    for (auto it = children.rbegin(); it != children.rend(); ++it) {
        if (m_nodes[*it].key == key)
            return *it;
    }
    return NoNode;
}

int JsonText::indexOfChild(NodeId node) const
{
    const NodeId p = parent(node);
    return p == NoNode ? -1 : m_nodes[p].children.indexOf(node);
}

QString escapePointerToken(const QString& token)
{
    QString t = token;
    t.replace(QLatin1Char('~'), QLatin1String("~0"));
    t.replace(QLatin1Char('/'), QLatin1String("~1"));
    return t;
}

JsonText::NodeId JsonText::find(const QString& pointer) const
{
    NodeId node = root();
    if (node == NoNode || pointer.isEmpty())
        return node;
    if (!pointer.startsWith(QLatin1Char('/')))
        return NoNode;
    const QStringList tokens = pointer.mid(1).split(QLatin1Char('/'));
    for (QString token : tokens) {
        token.replace(QLatin1String("~1"), QLatin1String("/"));
        token.replace(QLatin1String("~0"), QLatin1String("~"));
        if (isObject(node)) {
            node = member(node, token);
        } else if (isArray(node)) {
            bool ok = false;
            const int index = token.toInt(&ok);
            if (!ok || index < 0 || index >= childCount(node))
                return NoNode;
            node = child(node, index);
        } else {
            return NoNode;
        }
        if (node == NoNode)
            return NoNode;
    }
    return node;
}

QString JsonText::pointerOf(NodeId node) const
{
    QStringList tokens;
    while (node != NoNode && parent(node) != NoNode) {
        const NodeId p = parent(node);
        tokens.prepend(isObject(p) ? escapePointerToken(keyOf(node))
                                   : QString::number(m_nodes[p].children.indexOf(node)));
        node = p;
    }
    return tokens.isEmpty() ? QString() : QLatin1Char('/') + tokens.join(QLatin1Char('/'));
}

QString JsonText::stringValue(NodeId node) const
{
    if (!isString(node))
        return {};
    const QByteArray raw = rawText(node);
    if (!raw.contains('\\'))
        return QString::fromUtf8(raw.constData() + 1, raw.size() - 2);
    return JsonTextParser::decodeString(raw);
}

QJsonValue JsonText::value(NodeId node) const
{
    if (node == NoNode)
        return QJsonValue(QJsonValue::Undefined);
    switch (kind(node)) {
    case Kind::Null:
        return QJsonValue(QJsonValue::Null);
    case Kind::Bool:
        return QJsonValue(m_text.at(begin(node)) == 't');
    case Kind::Number:
        return QJsonValue(rawText(node).toDouble());
    case Kind::String:
        return stringValue(node);
    case Kind::Array: {
        QJsonArray array;
        for (const NodeId c : m_nodes[node].children)
            array.append(value(c));
        return array;
    }
    case Kind::Object: {
        QJsonObject object;
        for (const NodeId c : m_nodes[node].children)
            object.insert(m_nodes[c].key, value(c));
        return object;
    }
    }
    return {};
}

TextPosition JsonText::positionOf(int offset) const
{
    TextPosition pos{1, 1};
    const int limit = qMin(offset, static_cast<int>(m_text.size()));
    for (int i = 0; i < limit; ++i) {
        const char c = m_text.at(i);
        if (c == '\n') {
            ++pos.line;
            pos.column = 1;
        } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
            ++pos.column; // count characters: skip UTF-8 continuation bytes
        }
    }
    return pos;
}

QByteArray JsonText::lineIndent(int offset) const
{
    int lineStart = offset;
    while (lineStart > 0 && m_text.at(lineStart - 1) != '\n')
        --lineStart;
    int i = lineStart;
    while (i < m_text.size() && (m_text.at(i) == ' ' || m_text.at(i) == '\t'))
        ++i;
    return m_text.mid(lineStart, i - lineStart);
}

void JsonText::detectStyle()
{
    m_style = Style{};
    if (m_text.contains("\r\n"))
        m_style.newline = "\r\n";

    int spaced = 0;
    int tight = 0;
    bool unitFound = false;
    bool emptyObjectSeen = false;
    bool inlineArraySeen = false;
    for (NodeId id = 0; id < m_nodes.size(); ++id) {
        const Node& n = m_nodes[id];
        if (n.kind == Kind::Object && !n.children.isEmpty()) {
            const QByteArray colon = colonFor(id);
            (colon.startsWith(' ') ? spaced : tight) += 1;
        }
        if (!unitFound && (n.kind == Kind::Object || n.kind == Kind::Array) &&
            !n.children.isEmpty()) {
            const Node& first = m_nodes[n.children.first()];
            const int firstBegin = first.keyBegin >= 0 ? first.keyBegin : first.begin;
            const QByteArray outer = lineIndent(n.begin);
            const QByteArray inner = lineIndent(firstBegin);
            if (m_text.mid(n.begin, firstBegin - n.begin).contains('\n') &&
                inner.size() > outer.size() && inner.startsWith(outer)) {
                m_style.indentUnit = inner.mid(outer.size());
                unitFound = true;
            }
        }
        if (!emptyObjectSeen && n.children.isEmpty() &&
            (n.kind == Kind::Object || n.kind == Kind::Array)) {
            const QByteArray raw = rawText(id);
            const bool spacedEmpty = raw.size() > 2;
            (n.kind == Kind::Object ? m_style.emptyObject : m_style.emptyArray) =
                n.kind == Kind::Object ? (spacedEmpty ? "{ }" : "{}")
                                       : (spacedEmpty ? "[ ]" : "[]");
            emptyObjectSeen = n.kind == Kind::Object;
        }
        if (!inlineArraySeen && n.kind == Kind::Array && !n.children.isEmpty()) {
            bool scalars = true;
            for (const NodeId c : n.children)
                scalars =
                    scalars && m_nodes[c].kind != Kind::Object && m_nodes[c].kind != Kind::Array;
            if (scalars) {
                const QByteArray raw = rawText(id);
                m_style.inlineScalarArrays = !raw.contains('\n');
                m_style.spaceInsideInlineArrays = raw.startsWith("[ ");
                inlineArraySeen = true;
            }
        }
    }
    m_style.colon = tight > spaced ? QByteArray(": ") : QByteArray(" : ");
}

QByteArray JsonText::colonFor(NodeId object) const
{
    if (isObject(object) && !m_nodes[object].children.isEmpty()) {
        const Node& first = m_nodes[m_nodes[object].children.first()];
        // The key token ends at the first unescaped quote after keyBegin.
        int i = first.keyBegin + 1;
        while (i < first.begin && m_text.at(i) != '"')
            i += m_text.at(i) == '\\' ? 2 : 1;
        const QByteArray between = m_text.mid(i + 1, first.begin - i - 1);
        if (!between.contains('\n') && !between.contains('\r'))
            return between;
    }
    return m_style.colon;
}

QByteArray JsonText::childIndent(NodeId container) const
{
    const Node& n = m_nodes[container];
    if (!n.children.isEmpty()) {
        const Node& first = m_nodes[n.children.first()];
        const int firstBegin = first.keyBegin >= 0 ? first.keyBegin : first.begin;
        if (m_text.mid(n.begin, firstBegin - n.begin).contains('\n'))
            return lineIndent(firstBegin);
    }
    return lineIndent(n.begin) + m_style.indentUnit;
}

QByteArray JsonText::render(const QJsonValue& value, const QByteArray& indent) const
{
    QByteArray out;
    renderInto(out, value, indent, m_style.colon);
    return out;
}

void JsonText::renderInto(QByteArray& out, const QJsonValue& value, const QByteArray& indent,
                          const QByteArray& colon) const
{
    const QByteArray& nl = m_style.newline;
    const QByteArray inner = indent + m_style.indentUnit;
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        return;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        return;
    case QJsonValue::Double:
        out += renderNumber(value.toDouble());
        return;
    case QJsonValue::String:
        out += escapeJsonString(value.toString());
        return;
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        if (array.isEmpty()) {
            out += m_style.emptyArray;
            return;
        }
        bool scalars = true;
        for (const QJsonValue& v : array)
            scalars = scalars && isScalar(v);
        if (scalars && m_style.inlineScalarArrays) {
            const char* pad = m_style.spaceInsideInlineArrays ? " " : "";
            out += '[';
            out += pad;
            for (int i = 0; i < array.size(); ++i) {
                if (i)
                    out += ", ";
                renderInto(out, array.at(i), inner, colon);
            }
            out += pad;
            out += ']';
            return;
        }
        out += '[';
        for (int i = 0; i < array.size(); ++i) {
            out += i ? "," + nl : nl;
            out += inner;
            renderInto(out, array.at(i), inner, colon);
        }
        out += nl + indent + ']';
        return;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        if (object.isEmpty()) {
            out += m_style.emptyObject;
            return;
        }
        out += '{';
        bool first = true;
        for (auto it = object.begin(); it != object.end(); ++it) {
            out += first ? nl : "," + nl;
            first = false;
            out += inner + escapeJsonString(it.key()) + colon;
            renderInto(out, it.value(), inner, colon);
        }
        out += nl + indent + '}';
        return;
    }
    }
}

bool JsonText::applyEdit(int from, int to, const QByteArray& replacement)
{
    QByteArray edited = m_text;
    edited.replace(from, to - from, replacement);
    JsonParseError error;
    JsonText reparsed = parse(edited, &error);
    if (error.isError())
        return false;
    *this = std::move(reparsed);
    return true;
}

bool JsonText::replace(NodeId node, const QJsonValue& value)
{
    if (node == NoNode)
        return false;
    const NodeId p = parent(node);
    const QByteArray colon = isObject(p) ? colonFor(p) : m_style.colon;
    QByteArray rendered;
    renderInto(rendered, value, lineIndent(keyBegin(node) >= 0 ? keyBegin(node) : begin(node)),
               colon);
    if (rendered == rawText(node))
        return true;
    return applyEdit(begin(node), end(node), rendered);
}

bool JsonText::setMember(NodeId object, const QString& key, const QJsonValue& value)
{
    if (!isObject(object))
        return false;
    const NodeId existing = member(object, key);
    if (existing != NoNode)
        return replace(existing, value);
    const QStringList names = keys(object);
    return insertMember(object, key, value, names.isEmpty() ? QString() : names.last());
}

bool JsonText::insertMember(NodeId object, const QString& key, const QJsonValue& value,
                            const QString& after)
{
    if (!isObject(object) || member(object, key) != NoNode)
        return false;
    const Node& obj = m_nodes[object];
    const QByteArray indent = childIndent(object);
    const QByteArray colon = colonFor(object);
    QByteArray memberText = escapeJsonString(key) + colon;
    renderInto(memberText, value, indent, colon);

    if (obj.children.isEmpty()) {
        const QByteArray& nl = m_style.newline;
        return applyEdit(obj.begin, obj.end,
                         "{" + nl + indent + memberText + nl + lineIndent(obj.begin) + "}");
    }
    const bool multiline = rawText(object).contains('\n');
    const QByteArray separator = multiline ? m_style.newline + indent : QByteArray(" ");
    if (after.isEmpty()) {
        const int at = m_nodes[obj.children.first()].keyBegin;
        return applyEdit(at, at, memberText + "," + separator);
    }
    const NodeId previous = member(object, after);
    if (previous == NoNode)
        return false;
    const int at = end(previous);
    return applyEdit(at, at, "," + separator + memberText);
}

bool JsonText::removeMember(NodeId object, const QString& key)
{
    const NodeId node = member(object, key);
    if (node == NoNode)
        return false;
    const Node& obj = m_nodes[object];
    const int index = obj.children.indexOf(node);
    if (obj.children.size() == 1)
        return applyEdit(obj.begin, obj.end, m_style.emptyObject);
    if (index > 0)
        return applyEdit(end(obj.children[index - 1]), end(node), {});
    return applyEdit(keyBegin(node), keyBegin(obj.children[1]), {});
}

bool JsonText::insertItem(NodeId array, int index, const QJsonValue& value)
{
    if (!isArray(array))
        return false;
    QByteArray rendered;
    const bool inlineArray = childCount(array) > 0 && !rawText(array).contains('\n');
    renderInto(rendered, value, inlineArray ? lineIndent(begin(array)) : childIndent(array),
               m_style.colon);
    return insertRawItem(array, index, rendered);
}

bool JsonText::insertRawItem(NodeId array, int index, const QByteArray& itemText)
{
    if (!isArray(array) || index < 0 || index > childCount(array))
        return false;
    const Node& arr = m_nodes[array];
    if (arr.children.isEmpty()) {
        const bool scalar = !itemText.startsWith('{') && !itemText.startsWith('[');
        if (scalar && m_style.inlineScalarArrays) {
            const QByteArray pad = m_style.spaceInsideInlineArrays ? " " : "";
            return applyEdit(arr.begin, arr.end, "[" + pad + itemText + pad + "]");
        }
        const QByteArray& nl = m_style.newline;
        return applyEdit(arr.begin, arr.end,
                         "[" + nl + childIndent(array) + itemText + nl + lineIndent(arr.begin) +
                             "]");
    }
    const bool multiline = rawText(array).contains('\n');
    const QByteArray separator = multiline ? m_style.newline + childIndent(array) : QByteArray(" ");
    if (index == arr.children.size()) {
        const int at = end(arr.children.last());
        return applyEdit(at, at, "," + separator + itemText);
    }
    const int at = begin(arr.children[index]);
    return applyEdit(at, at, itemText + "," + separator);
}

bool JsonText::removeItem(NodeId array, int index)
{
    if (!isArray(array) || index < 0 || index >= childCount(array))
        return false;
    const Node& arr = m_nodes[array];
    if (arr.children.size() == 1)
        return applyEdit(arr.begin, arr.end, m_style.emptyArray);
    if (index > 0)
        return applyEdit(end(arr.children[index - 1]), end(arr.children[index]), {});
    return applyEdit(begin(arr.children[0]), begin(arr.children[1]), {});
}

bool JsonText::moveItem(NodeId array, int from, int to)
{
    if (!isArray(array) || from < 0 || from >= childCount(array) || to < 0 ||
        to >= childCount(array))
        return false;
    if (from == to)
        return true;
    const QString arrayPointer = pointerOf(array);
    const QByteArray item = rawText(child(array, from));
    const QByteArray before = m_text;
    if (!removeItem(array, from))
        return false;
    if (!insertRawItem(find(arrayPointer), to, item)) {
        *this = parse(before);
        return false;
    }
    return true;
}

QByteArray JsonText::reindented(NodeId node, const QByteArray& newIndent,
                                const QByteArray& newUnit) const
{
    const QByteArray oldIndent = lineIndent(keyBegin(node) >= 0 ? keyBegin(node) : begin(node));
    const QByteArray& oldUnit = m_style.indentUnit;
    QList<QByteArray> lines = rawText(node).split('\n');
    for (int i = 1; i < lines.size(); ++i) {
        QByteArray& line = lines[i];
        if (!line.startsWith(oldIndent))
            continue;
        int at = oldIndent.size();
        int levels = 0;
        while (!newUnit.isEmpty() && !oldUnit.isEmpty() &&
               line.mid(at, oldUnit.size()) == oldUnit) {
            at += oldUnit.size();
            ++levels;
        }
        QByteArray indent = newIndent;
        for (int level = 0; level < levels; ++level)
            indent += newUnit;
        line = indent + line.mid(at);
    }
    return lines.join('\n');
}

} // namespace syncstudio::config
