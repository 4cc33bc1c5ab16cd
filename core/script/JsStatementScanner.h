#pragma once

#include <QString>
#include <QVector>

namespace syncstudio::script {

// A light JavaScript tokenizer that knows strings, template literals, comments, regular
// expression literals and bracket nesting, but no grammar. The script host uses it to find
// where the last top-level statement of a script may start, so that it can compile
// "statements; return (last expression)" once instead of evaluating the script text on every
// call: IDM's value of a script is the completion value of its last statement, which a
// function body does not give. Every guess it makes is checked by compiling.
class JsStatementScanner
{
public:
    explicit JsStatementScanner(const QString& source);

    // False when a bracket is unmatched or a string, comment or template is not closed.
    bool isBalanced() const { return m_errorOffset < 0; }
    // Where the imbalance was found (0-based offset into the source), or -1.
    int errorOffset() const { return m_errorOffset; }
    QString errorMessage() const { return m_errorMessage; }

    // Offsets of the first token after each top-level ';', '}' or line break (and of the
    // first token of the script), in ascending order: the places a statement can start.
    const QVector<int>& statementStarts() const { return m_starts; }
    // Offset of the last top-level ';' when nothing but blanks and comments follow it, or -1.
    int trailingSemicolon() const { return m_trailingSemicolon; }
    // The identifier or punctuation that starts at offset (for the keyword test).
    QString wordAt(int offset) const;

    // 1-based line of an offset, for messages.
    int lineOf(int offset) const;

private:
    void scan();

    QString m_source;
    QVector<int> m_starts;
    int m_trailingSemicolon = -1;
    int m_errorOffset = -1;
    QString m_errorMessage;
};

} // namespace syncstudio::script
