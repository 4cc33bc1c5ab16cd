#include "JsStatementScanner.h"

#include <QSet>

namespace syncstudio::script {

namespace {

bool isIdentifierChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('$');
}

// Keywords after which a '/' starts a regular expression rather than a division.
bool keywordExpectsOperand(const QString& word)
{
    static const QSet<QString> keywords{
        QStringLiteral("return"), QStringLiteral("typeof"), QStringLiteral("instanceof"),
        QStringLiteral("in"),     QStringLiteral("of"),     QStringLiteral("new"),
        QStringLiteral("delete"), QStringLiteral("void"),   QStringLiteral("throw"),
        QStringLiteral("case"),   QStringLiteral("do"),     QStringLiteral("else"),
        QStringLiteral("yield"),  QStringLiteral("await")};
    return keywords.contains(word);
}

} // namespace

JsStatementScanner::JsStatementScanner(const QString& source)
    : m_source(source)
{
    scan();
}

QString JsStatementScanner::wordAt(int offset) const
{
    int end = offset;
    while (end < m_source.size() && isIdentifierChar(m_source.at(end)))
        ++end;
    if (end == offset && offset < m_source.size())
        ++end;
    return m_source.mid(offset, end - offset);
}

int JsStatementScanner::lineOf(int offset) const
{
    return int(m_source.left(offset).count(QLatin1Char('\n'))) + 1;
}

void JsStatementScanner::scan()
{
    const QString& s = m_source;
    const int n = int(s.size());
    // The open brackets; a '`' entry marks a "${" inside a template literal.
    QVector<QPair<QChar, int>> stack;
    bool boundary = true;      // a statement may start at the next token
    bool expectOperand = true; // a '/' here starts a regular expression
    int lastSemicolon = -1;    // top-level ';' with nothing significant after it yet
    int i = 0;

    auto fail = [this](int offset, const QString& message) {
        m_errorOffset = offset;
        m_errorMessage = message;
    };
    auto token = [&](int at) {
        if (boundary && stack.isEmpty())
            m_starts.append(at);
        boundary = false;
        lastSemicolon = -1;
    };
    // Scans the rest of a template literal from i (after '`' or a closing '}' of "${").
    // Returns false at end of input; leaves i after the closing '`' or the "${".
    auto scanTemplate = [&](int start) -> bool {
        while (i < n) {
            const QChar c = s.at(i);
            if (c == QLatin1Char('\\')) {
                i += 2;
                continue;
            }
            if (c == QLatin1Char('`')) {
                ++i;
                return true;
            }
            if (c == QLatin1Char('$') && i + 1 < n && s.at(i + 1) == QLatin1Char('{')) {
                stack.append({QLatin1Char('`'), i});
                i += 2;
                return true;
            }
            ++i;
        }
        fail(start, QStringLiteral("unterminated template literal"));
        return false;
    };

    while (i < n && m_errorOffset < 0) {
        const QChar c = s.at(i);
        if (c == QLatin1Char('\n')) {
            if (stack.isEmpty())
                boundary = true;
            ++i;
            continue;
        }
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (c == QLatin1Char('/') && i + 1 < n && s.at(i + 1) == QLatin1Char('/')) {
            while (i < n && s.at(i) != QLatin1Char('\n'))
                ++i;
            continue;
        }
        if (c == QLatin1Char('/') && i + 1 < n && s.at(i + 1) == QLatin1Char('*')) {
            const int end = int(s.indexOf(QLatin1String("*/"), i + 2));
            if (end < 0) {
                fail(i, QStringLiteral("unterminated comment"));
                break;
            }
            if (stack.isEmpty() && s.mid(i, end - i).contains(QLatin1Char('\n')))
                boundary = true;
            i = end + 2;
            continue;
        }
        token(i);
        if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            const int start = i++;
            while (i < n && s.at(i) != c && s.at(i) != QLatin1Char('\n'))
                i += s.at(i) == QLatin1Char('\\') ? 2 : 1;
            if (i >= n || s.at(i) != c) {
                fail(start, QStringLiteral("unterminated string"));
                break;
            }
            ++i;
            expectOperand = false;
            continue;
        }
        if (c == QLatin1Char('`')) {
            const int start = i++;
            scanTemplate(start);
            expectOperand = false;
            continue;
        }
        if (c == QLatin1Char('/') && expectOperand) {
            const int start = i++;
            bool inClass = false;
            while (i < n && s.at(i) != QLatin1Char('\n')) {
                const QChar r = s.at(i);
                if (r == QLatin1Char('\\')) {
                    i += 2;
                    continue;
                }
                if (r == QLatin1Char('['))
                    inClass = true;
                else if (r == QLatin1Char(']'))
                    inClass = false;
                else if (r == QLatin1Char('/') && !inClass)
                    break;
                ++i;
            }
            if (i >= n || s.at(i) != QLatin1Char('/')) {
                fail(start, QStringLiteral("unterminated regular expression"));
                break;
            }
            ++i;
            while (i < n && isIdentifierChar(s.at(i)))
                ++i;
            expectOperand = false;
            continue;
        }
        if (isIdentifierChar(c)) {
            const int start = i;
            while (i < n && isIdentifierChar(s.at(i)))
                ++i;
            const QString word = s.mid(start, i - start);
            expectOperand = keywordExpectsOperand(word);
            continue;
        }
        if (c == QLatin1Char('(') || c == QLatin1Char('[') || c == QLatin1Char('{')) {
            stack.append({c, i});
            ++i;
            expectOperand = true;
            continue;
        }
        if (c == QLatin1Char(')') || c == QLatin1Char(']') || c == QLatin1Char('}')) {
            const QChar open = c == QLatin1Char(')')   ? QLatin1Char('(')
                               : c == QLatin1Char(']') ? QLatin1Char('[')
                                                       : QLatin1Char('{');
            if (stack.isEmpty()) {
                fail(i, QStringLiteral("unmatched '%1'").arg(c));
                break;
            }
            const QChar top = stack.last().first;
            if (c == QLatin1Char('}') && top == QLatin1Char('`')) {
                stack.removeLast();
                const int start = i++;
                scanTemplate(start);
                expectOperand = false;
                continue;
            }
            if (top != open) {
                fail(i, QStringLiteral("'%1' closes the '%2' opened on line %3")
                            .arg(c)
                            .arg(top)
                            .arg(lineOf(stack.last().second)));
                break;
            }
            stack.removeLast();
            ++i;
            // After a block's '}' a new statement may start; after an object literal's it
            // may not, which the compile check sorts out.
            if (c == QLatin1Char('}') && stack.isEmpty())
                boundary = true;
            expectOperand = c == QLatin1Char('}');
            continue;
        }
        if (c == QLatin1Char(';')) {
            ++i;
            if (stack.isEmpty()) {
                boundary = true;
                lastSemicolon = i - 1;
            }
            expectOperand = true;
            continue;
        }
        // Other punctuators: an operand follows, except after postfix ++ / --.
        const bool incDec =
            i + 1 < n && (c == QLatin1Char('+') || c == QLatin1Char('-')) && s.at(i + 1) == c;
        i += incDec ? 2 : 1;
        expectOperand = !incDec;
    }
    if (m_errorOffset < 0 && !stack.isEmpty()) {
        const auto& open = stack.last();
        fail(open.second, open.first == QLatin1Char('`')
                              ? QStringLiteral("unterminated template literal")
                              : QStringLiteral("'%1' is never closed").arg(open.first));
    }
    m_trailingSemicolon = lastSemicolon;
}

} // namespace syncstudio::script
