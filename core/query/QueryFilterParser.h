#pragma once

#include "QueryFilter.h"
#include "QueryFilterError.h"

#include <QString>
#include <optional>

namespace syncstudio::query {

// Reads the string form of a CREST query filter, following the grammar of IDM's parser
// (org.forgerock.util.query.QueryFilterParser in ForgeRock/OpenIdentityPlatform commons):
//
//   Filter     = Or
//   Or         = And ("or" And)*
//   And        = Not ("and" Not)*
//   Not        = "!" Primary | Primary
//   Primary    = "(" Or ")" | "true" | "false" | Field "pr" | Field Operator Value
//   Operator   = "eq" | "co" | "sw" | "gt" | "ge" | "lt" | "le"
//   Value      = '"' chars '"' | "'" chars "'" | integer | decimal | "true" | "false" | "null"
//
// As there: keywords in any letter case; words are separated by spaces only (a tab is part
// of a word) and end at '(' and ')'; a backslash in a string takes the next character as it
// is; a number with a '.' is a decimal, without one an integer; nesting is limited to 256
// levels of the grammar. Unlike there: `null` is a value (IDM's parser rejects it; a null
// compares false with everything), and operators other than the seven are an error rather
// than an "extended match" that IDM's in-memory evaluation treats as false.
class QueryFilterParser
{
public:
    static std::optional<QueryFilter> parse(const QString& text, QueryFilterError* error);

private:
    enum class TokenType
    {
        End,
        Open,
        Close,
        Word,
        String
    };
    struct Token
    {
        TokenType type = TokenType::End;
        int begin = 0; // index into the text
        QString text;  // the word, or the decoded string
    };
    struct Failure
    {
        QueryFilterError error;
    };

    explicit QueryFilterParser(const QString& text)
        : m_text(text)
    {}

    const Token& peek();
    Token next();
    Token lex();
    bool peekIsKeyword(const char* keyword);

    QueryFilter parseOr(int depth);
    QueryFilter parseAnd(int depth);
    QueryFilter parseNot(int depth);
    QueryFilter parsePrimary(int depth);
    FilterValue parseValue();

    void checkDepth(int depth, const Token& at);
    [[noreturn]] void fail(int index, const QString& expected, const QString& found);
    [[noreturn]] void failAt(const Token& token, const QString& expected);
    QString describe(const Token& token) const;

    const QString& m_text;
    int m_pos = 0;
    std::optional<Token> m_peeked;
};

} // namespace syncstudio::query
