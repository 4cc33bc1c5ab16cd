#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace syncstudio::config {

// A 1-based line and column (columns count characters, not bytes).
struct TextPosition
{
    int line = 0;
    int column = 0;
};

struct JsonParseError
{
    int offset = -1; // byte offset into the text
    TextPosition position;
    QString message;
    bool isError() const { return offset >= 0; }
};

// A JSON text together with a tree whose nodes know their byte spans in it.
//
// Config files are kept in git and read by people, so a file that was not edited must be
// written back byte for byte, and an edit must touch only the lines of the edited value.
// A JSON library's tree forgets spacing, key order or number spelling; this keeps the text
// as the truth and edits it span by span, writing new values in the style found around them.
// After every edit the text is parsed again, so node ids are valid only until the next edit;
// callers that live across edits hold JSON pointers instead.
class JsonText
{
public:
    enum class Kind
    {
        Null,
        Bool,
        Number,
        String,
        Array,
        Object
    };
    using NodeId = int;
    static constexpr NodeId NoNode = -1;

    JsonText() = default;
    // Parses text; on malformed input error is set and the tree is empty.
    static JsonText parse(const QByteArray& text, JsonParseError* error = nullptr);

    const QByteArray& text() const { return m_text; }
    bool isValid() const { return !m_nodes.isEmpty(); }
    NodeId root() const { return m_nodes.isEmpty() ? NoNode : 0; }

    Kind kind(NodeId node) const { return m_nodes[node].kind; }
    bool isObject(NodeId node) const { return node != NoNode && kind(node) == Kind::Object; }
    bool isArray(NodeId node) const { return node != NoNode && kind(node) == Kind::Array; }
    bool isString(NodeId node) const { return node != NoNode && kind(node) == Kind::String; }
    int begin(NodeId node) const { return m_nodes[node].begin; }
    int end(NodeId node) const { return m_nodes[node].end; }
    QByteArray rawText(NodeId node) const;
    NodeId parent(NodeId node) const { return m_nodes[node].parent; }

    // Object members and array items, in text order.
    int childCount(NodeId node) const { return m_nodes[node].children.size(); }
    NodeId child(NodeId node, int index) const { return m_nodes[node].children[index]; }
    QStringList keys(NodeId object) const;
    QString keyOf(NodeId member) const { return m_nodes[member].key; }
    int keyBegin(NodeId member) const { return m_nodes[member].keyBegin; }
    NodeId member(NodeId object, const QString& key) const;
    int indexOfChild(NodeId node) const;

    // Lookup by RFC 6901 JSON pointer ("" is the root, "/mappings/0/name").
    NodeId find(const QString& pointer) const;
    QString pointerOf(NodeId node) const;

    QString stringValue(NodeId node) const; // decoded; empty when not a string
    QJsonValue value(NodeId node) const;    // the node as a QJsonValue (object key order lost)

    TextPosition positionOf(int offset) const;

    // Edits. Each returns false (and changes nothing) when the target does not fit, for
    // example a pointer that does not resolve or a member set on a non-object.
    bool replace(NodeId node, const QJsonValue& value);
    // Sets a member, replacing its value in place or appending it after the last member.
    bool setMember(NodeId object, const QString& key, const QJsonValue& value);
    // Inserts a member after the member named after (at the start when after is empty).
    bool insertMember(NodeId object, const QString& key, const QJsonValue& value,
                      const QString& after);
    bool removeMember(NodeId object, const QString& key);
    bool insertItem(NodeId array, int index, const QJsonValue& value);
    bool insertRawItem(NodeId array, int index, const QByteArray& itemText);
    bool removeItem(NodeId array, int index);
    bool moveItem(NodeId array, int from, int to);

    // The text of node re-indented as if it began on a line indented by newIndent; with
    // newUnit, each nesting level is written with newUnit instead of this text's own unit.
    QByteArray reindented(NodeId node, const QByteArray& newIndent,
                          const QByteArray& newUnit = {}) const;
    const QByteArray& indentUnit() const { return m_style.indentUnit; }
    // Leading whitespace of the line on which offset lies.
    QByteArray lineIndent(int offset) const;
    // The indent of the members or items of container (existing ones, or one unit deeper).
    QByteArray childIndent(NodeId container) const;

    // Renders value the way this document writes values at node's depth.
    QByteArray render(const QJsonValue& value, const QByteArray& indent) const;

private:
    struct Node
    {
        Kind kind = Kind::Null;
        int begin = 0;
        int end = 0;
        NodeId parent = NoNode;
        QString key; // for object members
        int keyBegin = -1;
        QVector<NodeId> children;
    };
    struct Style
    {
        QByteArray indentUnit = "    ";
        QByteArray colon = " : ";
        QByteArray newline = "\n";
        QByteArray emptyObject = "{ }";
        QByteArray emptyArray = "[ ]";
        bool inlineScalarArrays = true;
        bool spaceInsideInlineArrays = true;
    };

    friend class JsonTextParser;
    void detectStyle();
    QByteArray colonFor(NodeId object) const;
    void renderInto(QByteArray& out, const QJsonValue& value, const QByteArray& indent,
                    const QByteArray& colon) const;
    bool applyEdit(int from, int to, const QByteArray& replacement);

    QByteArray m_text;
    QVector<Node> m_nodes;
    Style m_style;
};

// Escapes a key for use in a JSON pointer ("~" -> "~0", "/" -> "~1").
QString escapePointerToken(const QString& token);

} // namespace syncstudio::config
