#pragma once

#include <QPlainTextEdit>

namespace syncstudio::ui {

class JavaScriptHighlighter;

// A plain-text editor for a script: JavaScript highlighting, a monospace font, and the
// line of a syntax error underlined in red with the message as tooltip.
class ScriptEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit ScriptEditor(QWidget* parent = nullptr);

    // Shows an error on line (1-based; 0 underlines everything); an empty message clears it.
    void setError(int line, const QString& message);
    QString errorMessage() const { return m_error; }
    int errorLine() const { return m_errorLine; }
    // Replaces the text only when it differs, keeping the cursor where it is otherwise.
    void setScript(const QString& text);

protected:
    bool event(QEvent* event) override;

private:
    JavaScriptHighlighter* m_highlighter;
    QString m_error;
    int m_errorLine = 0;
};

} // namespace syncstudio::ui
