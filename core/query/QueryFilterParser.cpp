#include "QueryFilterParser.h"

#include <QRegularExpression>

namespace syncstudio::query {

namespace {

// IDM's parser gives up beyond this depth of its recursive descent (VALUE_OF_MAX_DEPTH);
// the same limit keeps the recursion here, in printing and in evaluation bounded.
constexpr int MaxDepth = 256;

const QString& operatorList()
{
    static const QString list = QStringLiteral("(eq, co, sw, gt, ge, lt, le, pr)");
    return list;
}

bool isKeyword(const QString& word, const char* keyword)
{
    return word.compare(QLatin1String(keyword), Qt::CaseInsensitive) == 0;
}

} // namespace

std::optional<QueryFilter> QueryFilterParser::parse(const QString& text, QueryFilterError* error)
{
    QueryFilterParser parser(text);
    try {
        const QueryFilter filter = parser.parseOr(0);
        const Token& rest = parser.peek();
        if (rest.type != TokenType::End)
            parser.failAt(rest, QStringLiteral("expected 'and', 'or' or the end of the filter"));
        if (error)
            *error = {};
        return filter;
    } catch (const Failure& failure) {
        if (error)
            *error = failure.error;
        return std::nullopt;
    }
}

const QueryFilterParser::Token& QueryFilterParser::peek()
{
    if (!m_peeked)
        m_peeked = lex();
    return *m_peeked;
}

QueryFilterParser::Token QueryFilterParser::next()
{
    const Token token = peek();
    m_peeked.reset();
    return token;
}

bool QueryFilterParser::peekIsKeyword(const char* keyword)
{
    const Token& token = peek();
    return token.type == TokenType::Word && isKeyword(token.text, keyword);
}

QueryFilterParser::Token QueryFilterParser::lex()
{
    const int size = int(m_text.size());
    // Only the space separates words, as in IDM's tokenizer.
    while (m_pos < size && m_text.at(m_pos) == QLatin1Char(' '))
        ++m_pos;
    Token token;
    token.begin = m_pos;
    if (m_pos == size)
        return token;
    const QChar c = m_text.at(m_pos);
    if (c == QLatin1Char('(') || c == QLatin1Char(')')) {
        token.type = c == QLatin1Char('(') ? TokenType::Open : TokenType::Close;
        ++m_pos;
        return token;
    }
    if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
        token.type = TokenType::String;
        for (++m_pos; m_pos < size; ++m_pos) {
            QChar d = m_text.at(m_pos);
            if (d == c) {
                ++m_pos;
                return token;
            }
            if (d == QLatin1Char('\\')) {
                // The backslash takes the next character as it is: \" is ", \\ is \, \n is n.
                if (m_pos + 1 == size)
                    fail(m_pos, QStringLiteral("expected a character after the escape '\\'"),
                         QStringLiteral("the end of the filter"));
                d = m_text.at(++m_pos);
            }
            token.text += d;
        }
        fail(size,
             QStringLiteral("expected the closing %1 of the string that starts at column %2")
                 .arg(c)
                 .arg(token.begin + 1),
             QStringLiteral("the end of the filter"));
    }
    while (m_pos < size) {
        const QChar d = m_text.at(m_pos);
        if (d == QLatin1Char(' ') || d == QLatin1Char('(') || d == QLatin1Char(')'))
            break;
        ++m_pos;
    }
    token.type = TokenType::Word;
    token.text = m_text.mid(token.begin, m_pos - token.begin);
    return token;
}

void QueryFilterParser::checkDepth(int depth, const Token& at)
{
    if (depth > MaxDepth)
        fail(at.begin,
             QStringLiteral("expected at most %1 levels of nested expressions").arg(MaxDepth),
             QStringLiteral("deeper nesting"));
}

QueryFilter QueryFilterParser::parseOr(int depth)
{
    checkDepth(depth, peek());
    std::vector<QueryFilter> operands{parseAnd(depth + 1)};
    while (peekIsKeyword("or")) {
        next();
        operands.push_back(parseAnd(depth + 1));
    }
    return QueryFilter::orOf(operands);
}

QueryFilter QueryFilterParser::parseAnd(int depth)
{
    checkDepth(depth, peek());
    std::vector<QueryFilter> operands{parseNot(depth + 1)};
    while (peekIsKeyword("and")) {
        next();
        operands.push_back(parseNot(depth + 1));
    }
    return QueryFilter::andOf(operands);
}

QueryFilter QueryFilterParser::parseNot(int depth)
{
    checkDepth(depth, peek());
    if (peek().type == TokenType::Word && peek().text == QLatin1String("!")) {
        next();
        return QueryFilter::notOf(parsePrimary(depth + 1));
    }
    return parsePrimary(depth + 1);
}

QueryFilter QueryFilterParser::parsePrimary(int depth)
{
    checkDepth(depth, peek());
    const Token token = next();
    switch (token.type) {
    case TokenType::Open: {
        const QueryFilter inner = parseOr(depth + 1);
        const Token close = next();
        if (close.type != TokenType::Close)
            failAt(
                close,
                QStringLiteral("expected ')' to close the '(' at column %1").arg(token.begin + 1));
        return inner;
    }
    case TokenType::Word:
        break;
    default:
        failAt(token, QStringLiteral("expected a filter (a field, '(', '!', true or false)"));
    }
    if (isKeyword(token.text, "true"))
        return QueryFilter::literal(true);
    if (isKeyword(token.text, "false"))
        return QueryFilter::literal(false);

    const JsonPointer field = JsonPointer::parse(token.text);
    const Token op = next();
    if (op.type == TokenType::Word) {
        if (isKeyword(op.text, "pr"))
            return QueryFilter::present(field);
        if (const std::optional<FilterOperator> comparison = filterOperatorFromName(op.text))
            return QueryFilter::comparison(field, *comparison, parseValue());
    }
    failAt(op, QStringLiteral("expected an operator ") + operatorList());
}

FilterValue QueryFilterParser::parseValue()
{
    static const QRegularExpression integer(QStringLiteral("^[+-]?[0-9]+$"));
    static const QRegularExpression decimal(
        QStringLiteral("^[+-]?([0-9]+\\.[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?$"));
    const QString expected =
        QStringLiteral("expected a value (a quoted string, a number, true, false or null)");

    const Token token = next();
    if (token.type == TokenType::String)
        return FilterValue::string(token.text);
    if (token.type != TokenType::Word)
        failAt(token, expected);
    if (isKeyword(token.text, "true") || isKeyword(token.text, "false"))
        return FilterValue::boolean(isKeyword(token.text, "true"));
    if (isKeyword(token.text, "null"))
        return FilterValue();
    bool ok = false;
    if (integer.match(token.text).hasMatch()) {
        const qint64 value = token.text.toLongLong(&ok);
        if (!ok)
            failAt(token, QStringLiteral("expected an integer that fits in 64 bits"));
        return FilterValue::integer(value);
    }
    if (decimal.match(token.text).hasMatch()) {
        const double value = token.text.toDouble(&ok);
        if (!ok)
            failAt(token, QStringLiteral("expected a decimal number within the range of double"));
        return FilterValue::number(value);
    }
    failAt(token, expected);
}

void QueryFilterParser::fail(int index, const QString& expected, const QString& found)
{
    throw Failure{QueryFilterError{index + 1, expected, found}};
}

void QueryFilterParser::failAt(const Token& token, const QString& expected)
{
    fail(token.begin, expected, describe(token));
}

QString QueryFilterParser::describe(const Token& token) const
{
    switch (token.type) {
    case TokenType::End:
        return QStringLiteral("the end of the filter");
    case TokenType::Open:
        return QStringLiteral("'('");
    case TokenType::Close:
        return QStringLiteral("')'");
    case TokenType::String:
        return QStringLiteral("the string ") + quoteFilterString(token.text);
    case TokenType::Word:
        break;
    }
    QString found = QLatin1Char('\'') + token.text + QLatin1Char('\'');
    for (const QChar c : token.text) {
        if (c.isSpace())
            return found + QStringLiteral(" (only spaces separate the words of a filter)");
    }
    return found;
}

} // namespace syncstudio::query
