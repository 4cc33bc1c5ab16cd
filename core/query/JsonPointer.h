#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <optional>

namespace syncstudio::query {

// The field of a query filter: a JSON pointer into the object the filter tests.
//
// IDM builds its pointers with org.forgerock.json.JsonPointer, which accepts the field with or
// without the leading slash ("userName" and "/userName" are the same field), so a pointer is
// kept as its decoded tokens and always printed with the slash.
class JsonPointer
{
public:
    JsonPointer() = default;
    explicit JsonPointer(QStringList tokens)
        : m_tokens(std::move(tokens))
    {}
    // Reads "/a/b~1c" or "a/b~1c" ("~1" is "/", "~0" is "~").
    static JsonPointer parse(const QString& text);

    const QStringList& tokens() const { return m_tokens; }
    bool isEmpty() const { return m_tokens.isEmpty(); }
    int size() const { return m_tokens.size(); }
    // The pointer with its first n tokens removed ("/source/mail" without 1 is "/mail").
    JsonPointer withoutFirst(int n) const { return JsonPointer(m_tokens.mid(n)); }
    JsonPointer prepended(const QString& token) const;
    bool startsWith(const QString& token) const;

    // "/a/b~1c"; the empty pointer prints as "" (the whole object).
    QString toString() const;

    // The value at this pointer the way IDM's JsonValue.get(JsonPointer) finds it: object
    // members by name, array items by decimal index; nothing when a step is missing.
    std::optional<QJsonValue> resolve(const QJsonValue& root) const;
    // Sets the value at this pointer in root, creating the objects on the way, as IDM's
    // JsonValue.put(JsonPointer) does; the empty pointer replaces nothing and returns false.
    bool assign(QJsonObject& root, const QJsonValue& value) const;

    bool operator==(const JsonPointer& other) const { return m_tokens == other.m_tokens; }
    bool operator!=(const JsonPointer& other) const { return !(*this == other); }

private:
    QStringList m_tokens;
};

} // namespace syncstudio::query
