#include "ScriptEditor.h"

#include "JavaScriptHighlighter.h"

#include <QFontDatabase>
#include <QHelpEvent>
#include <QSignalBlocker>
#include <QTextBlock>
#include <QToolTip>

namespace syncstudio::ui {

ScriptEditor::ScriptEditor(QWidget* parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new JavaScriptHighlighter(document()))
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 4);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
}

void ScriptEditor::setScript(const QString& text)
{
    if (toPlainText() == text)
        return;
    const QSignalBlocker blocker(this);
    setPlainText(text);
}

void ScriptEditor::setError(int line, const QString& message)
{
    m_error = message;
    m_errorLine = line;
    QList<QTextEdit::ExtraSelection> selections;
    if (!message.isEmpty()) {
        QTextEdit::ExtraSelection selection;
        selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        selection.format.setUnderlineColor(QColor(0xd3, 0x2f, 0x2f));
        selection.format.setToolTip(message);
        QTextCursor cursor(document());
        if (line > 0 && line <= document()->blockCount()) {
            cursor.setPosition(document()->findBlockByNumber(line - 1).position());
            cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        } else {
            cursor.select(QTextCursor::Document);
        }
        selection.cursor = cursor;
        selections.append(selection);
    }
    setExtraSelections(selections);
}

bool ScriptEditor::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip && !m_error.isEmpty()) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QTextCursor cursor = cursorForPosition(help->pos());
        if (m_errorLine <= 0 || cursor.blockNumber() == m_errorLine - 1) {
            QToolTip::showText(help->globalPos(), m_error, this);
            return true;
        }
    }
    return QPlainTextEdit::event(event);
}

} // namespace syncstudio::ui
