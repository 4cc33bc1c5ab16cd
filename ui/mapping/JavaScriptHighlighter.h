#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace syncstudio::ui {

// JavaScript highlighting for transform, condition and other IDM scripts: keywords, IDM's
// globals (source, target, object, openidm, ...), strings, numbers and comments.
class JavaScriptHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit JavaScriptHighlighter(QTextDocument* document);

protected:
    void highlightBlock(const QString& text) override;

private:
    struct Rule
    {
        QRegularExpression pattern;
        QTextCharFormat format;
    };
    QVector<Rule> m_rules;
    QTextCharFormat m_comment;
    QRegularExpression m_commentStart;
    QRegularExpression m_commentEnd;
};

} // namespace syncstudio::ui
