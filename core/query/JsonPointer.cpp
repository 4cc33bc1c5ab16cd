#include "JsonPointer.h"

#include <QJsonArray>
#include <QJsonObject>

namespace syncstudio::query {

namespace {

QString decodeToken(QString token)
{
    // RFC 6901 order: "~1" first, then "~0", so "~01" decodes to "~1" and not to "/".
    token.replace(QLatin1String("~1"), QLatin1String("/"));
    token.replace(QLatin1String("~0"), QLatin1String("~"));
    return token;
}

QString encodeToken(QString token)
{
    token.replace(QLatin1Char('~'), QLatin1String("~0"));
    token.replace(QLatin1Char('/'), QLatin1String("~1"));
    return token;
}

// IDM reads an array step with Integer.parseInt and treats anything else as missing.
std::optional<int> arrayIndex(const QString& token)
{
    if (token.isEmpty() || token.size() > 9)
        return std::nullopt;
    for (const QChar c : token) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
    }
    return token.toInt();
}

} // namespace

JsonPointer JsonPointer::parse(const QString& text)
{
    if (text.isEmpty())
        return {};
    const QString body = text.startsWith(QLatin1Char('/')) ? text.mid(1) : text;
    QStringList tokens;
    for (const QString& raw : body.split(QLatin1Char('/')))
        tokens << decodeToken(raw);
    return JsonPointer(tokens);
}

JsonPointer JsonPointer::prepended(const QString& token) const
{
    QStringList tokens = m_tokens;
    tokens.prepend(token);
    return JsonPointer(tokens);
}

bool JsonPointer::startsWith(const QString& token) const
{
    return !m_tokens.isEmpty() && m_tokens.first() == token;
}

QString JsonPointer::toString() const
{
    QString out;
    for (const QString& token : m_tokens)
        out += QLatin1Char('/') + encodeToken(token);
    return out;
}

std::optional<QJsonValue> JsonPointer::resolve(const QJsonValue& root) const
{
    QJsonValue current = root;
    for (const QString& token : m_tokens) {
        if (current.isObject()) {
            const QJsonObject object = current.toObject();
            const auto it = object.constFind(token);
            if (it == object.constEnd())
                return std::nullopt;
            current = it.value();
        } else if (current.isArray()) {
            const QJsonArray array = current.toArray();
            const std::optional<int> index = arrayIndex(token);
            if (!index || *index >= array.size())
                return std::nullopt;
            current = array.at(*index);
        } else {
            return std::nullopt;
        }
    }
    return current;
}

namespace {

QJsonObject assignedInto(QJsonObject object, const QStringList& tokens, int index,
                         const QJsonValue& value)
{
    const QString& key = tokens.at(index);
    if (index + 1 == tokens.size()) {
        object.insert(key, value);
        return object;
    }
    object.insert(key, assignedInto(object.value(key).toObject(), tokens, index + 1, value));
    return object;
}

} // namespace

bool JsonPointer::assign(QJsonObject& root, const QJsonValue& value) const
{
    if (m_tokens.isEmpty())
        return false;
    root = assignedInto(root, m_tokens, 0, value);
    return true;
}

} // namespace syncstudio::query
