#include "JavaScriptHighlighter.h"

namespace syncstudio::ui {

namespace {
QTextCharFormat charFormat(const QColor& color, bool bold = false, bool italic = false)
{
    QTextCharFormat f;
    f.setForeground(color);
    if (bold)
        f.setFontWeight(QFont::Bold);
    f.setFontItalic(italic);
    return f;
}
} // namespace

JavaScriptHighlighter::JavaScriptHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document)
    , m_comment(charFormat(QColor(0x6a, 0x73, 0x7d), false, true))
    , m_commentStart(QStringLiteral("/\\*"))
    , m_commentEnd(QStringLiteral("\\*/"))
{
    m_rules.append({QRegularExpression(QStringLiteral(
                        "\\b(var|let|const|function|return|if|else|for|while|do|break|continue|"
                        "new|delete|typeof|instanceof|in|of|switch|case|default|try|catch|"
                        "finally|throw|this|null|undefined|true|false)\\b")),
                    charFormat(QColor(0x7b, 0x1f, 0xa2), true)});
    m_rules.append({QRegularExpression(QStringLiteral(
                        "\\b(source|target|object|oldSource|oldTarget|linkQualifier|situation|"
                        "openidm|logger|identityServer|context|sourceAction|mappingConfig|"
                        "existingTarget|recon)\\b")),
                    charFormat(QColor(0x0d, 0x47, 0xa1), true)});
    m_rules.append({QRegularExpression(QStringLiteral("\\b[0-9]+(\\.[0-9]+)?\\b")),
                    charFormat(QColor(0xad, 0x14, 0x57))});
    m_rules.append(
        {QRegularExpression(QStringLiteral("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'")),
         charFormat(QColor(0x2e, 0x7d, 0x32))});
    m_rules.append({QRegularExpression(QStringLiteral("//[^\n]*")), m_comment});
}

void JavaScriptHighlighter::highlightBlock(const QString& text)
{
    for (const Rule& rule : m_rules) {
        auto it = rule.pattern.globalMatch(text);
        while (it.hasNext()) {
            const auto match = it.next();
            setFormat(static_cast<int>(match.capturedStart()),
                      static_cast<int>(match.capturedLength()), rule.format);
        }
    }
    // Block comments may span lines.
    setCurrentBlockState(0);
    qsizetype start = previousBlockState() == 1 ? 0 : text.indexOf(m_commentStart);
    while (start >= 0) {
        const auto end = m_commentEnd.match(text, start);
        qsizetype length;
        if (!end.hasMatch()) {
            setCurrentBlockState(1);
            length = text.size() - start;
        } else {
            length = end.capturedEnd() - start;
        }
        setFormat(static_cast<int>(start), static_cast<int>(length), m_comment);
        start = text.indexOf(m_commentStart, start + length);
    }
}

} // namespace syncstudio::ui
