#include "ScriptHost.h"

#include "JsStatementScanner.h"
#include "ScriptBridge.h"

#include <QJSEngine>
#include <QJSManagedValue>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QThread>
#include <algorithm>

namespace syncstudio::script {

namespace {

// Cached compiled scripts per engine; a bound, since a GUI session can compile many edits.
constexpr int MaxCompiledScripts = 4000;

const QString EvalSourceName = QStringLiteral("__syncstudioScriptSource");

bool isIdentifier(const QString& name)
{
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_$][A-Za-z0-9_$]*$"));
    static const QSet<QString> reserved{
        QStringLiteral("break"),    QStringLiteral("case"),       QStringLiteral("catch"),
        QStringLiteral("class"),    QStringLiteral("const"),      QStringLiteral("continue"),
        QStringLiteral("debugger"), QStringLiteral("default"),    QStringLiteral("delete"),
        QStringLiteral("do"),       QStringLiteral("else"),       QStringLiteral("export"),
        QStringLiteral("extends"),  QStringLiteral("finally"),    QStringLiteral("for"),
        QStringLiteral("function"), QStringLiteral("if"),         QStringLiteral("import"),
        QStringLiteral("in"),       QStringLiteral("instanceof"), QStringLiteral("new"),
        QStringLiteral("return"),   QStringLiteral("super"),      QStringLiteral("switch"),
        QStringLiteral("this"),     QStringLiteral("throw"),      QStringLiteral("try"),
        QStringLiteral("typeof"),   QStringLiteral("var"),        QStringLiteral("void"),
        QStringLiteral("while"),    QStringLiteral("with"),       QStringLiteral("yield"),
        QStringLiteral("let"),      QStringLiteral("enum"),       QStringLiteral("await"),
        QStringLiteral("null"),     QStringLiteral("true"),       QStringLiteral("false"),
        QStringLiteral("eval"),     QStringLiteral("arguments")};
    return identifier.match(name).hasMatch() && !reserved.contains(name);
}

// Words that start a statement which is not an expression statement (and "{", which the
// grammar reads as a block there).
bool startsNonExpressionStatement(const QString& word)
{
    static const QSet<QString> words{
        QStringLiteral("var"),      QStringLiteral("let"),      QStringLiteral("const"),
        QStringLiteral("if"),       QStringLiteral("for"),      QStringLiteral("while"),
        QStringLiteral("do"),       QStringLiteral("switch"),   QStringLiteral("try"),
        QStringLiteral("return"),   QStringLiteral("throw"),    QStringLiteral("break"),
        QStringLiteral("continue"), QStringLiteral("function"), QStringLiteral("class"),
        QStringLiteral("with"),     QStringLiteral("debugger"), QStringLiteral("import"),
        QStringLiteral("export"),   QStringLiteral("async"),    QStringLiteral("{"),
        QStringLiteral(";")};
    return words.contains(word);
}

QString compactJson(const QJsonValue& value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    const QString text =
        QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
    return text.mid(1, text.size() - 2);
}

} // namespace

ScriptHost::ScriptHost(ScriptSettings settings)
    : m_settings(std::move(settings))
    , m_thread(QThread::currentThread())
    , m_engine(std::make_unique<QJSEngine>())
{
    m_bridge = std::make_unique<ScriptBridge>(m_engine.get(), &m_settings);
    m_bridge->install();
    m_functionConstructor = m_engine->globalObject().property(QStringLiteral("Function"));
    // The engine numbers the lines of a Function body from the line of its own header; find
    // out by how much, from an error thrown on the body's second line.
    const QJSValue probe =
        m_functionConstructor.callAsConstructor({QJSValue(QStringLiteral("\nnull.x"))});
    QJSManagedValue managed(probe, m_engine.get());
    managed.call();
    if (m_engine->hasError())
        m_lineOffset = m_engine->catchError().property(QStringLiteral("lineNumber")).toInt() - 2;
    m_slot = std::make_unique<ScriptWatchdog::Slot>(m_engine.get());
    ScriptWatchdog::instance().add(m_slot.get());
}

ScriptHost::~ScriptHost()
{
    ScriptWatchdog::instance().remove(m_slot.get());
}

void ScriptHost::clearCache()
{
    m_compiled.clear();
    m_files.clear();
}

ScriptResult ScriptHost::precheck(const config::ScriptObject& script) const
{
    if (script.isGroovy())
        return ScriptResult::notEvaluated(QStringLiteral("Groovy scripts are not evaluated; only "
                                                         "text/javascript ones are"));
    if (script.type.isEmpty())
        return ScriptResult::ofError(QStringLiteral("the script has no \"type\"; IDM needs "
                                                    "\"type\": \"text/javascript\""));
    if (!script.isJavaScript())
        return ScriptResult::notEvaluated(
            QStringLiteral("scripts of type '%1' are not evaluated; only text/javascript ones are")
                .arg(script.type));
    return ScriptResult::ofValue(true);
}

const ScriptSource* ScriptHost::source(const config::ScriptObject& script, ScriptResult* failure)
{
    static thread_local ScriptSource inlineSource;
    if (script.isInline()) {
        inlineSource.text = script.source;
        return &inlineSource;
    }
    auto it = m_files.constFind(script.file);
    if (it == m_files.constEnd())
        it = m_files.insert(script.file, ScriptSource::load(script, m_settings.projectRoot));
    if (!it->ok()) {
        *failure = ScriptResult::ofError(it->error);
        failure->file = script.file;
        return nullptr;
    }
    return &*it;
}

QStringList ScriptHost::parameters(const ScriptCall& call, ScriptResult* failure) const
{
    const ScriptKindInfo& kind = scriptKindInfo(call.kind);
    QStringList names = kind.bindings;
    for (auto it = call.script.globals.begin(); it != call.script.globals.end(); ++it) {
        if (!names.contains(it.key()))
            names << it.key();
    }
    for (auto it = call.bindings.begin(); it != call.bindings.end(); ++it) {
        if (names.contains(it.key()))
            continue;
        if (call.kind != ScriptKind::Generic) {
            *failure = ScriptResult::ofError(
                QStringLiteral("IDM does not bind '%1' for a %2 script; it binds %3 (and the "
                               "script's globals)")
                    .arg(it.key(), kind.name, kind.bindings.join(QStringLiteral(", "))));
            return {};
        }
        names << it.key();
    }
    for (const QString& name : std::as_const(names)) {
        if (!isIdentifier(name)) {
            *failure = ScriptResult::ofError(
                QStringLiteral("'%1' cannot be bound: it is not a JavaScript variable name")
                    .arg(name));
            return {};
        }
    }
    return names;
}

QJSValue ScriptHost::makeFunction(const QStringList& parameters, const QString& body)
{
    QJSValueList arguments;
    for (const QString& name : parameters)
        arguments << QJSValue(name);
    arguments << QJSValue(body);
    // The Function constructor parses the parameters and the body on their own, so a body
    // cannot close the function early and run code at compile time.
    return m_functionConstructor.callAsConstructor(arguments);
}

const ScriptHost::Compiled& ScriptHost::compile(const QString& text, const QStringList& parameters)
{
    const QString key = parameters.join(QLatin1Char(',')) + QLatin1Char('\n') + text;
    auto it = m_compiled.constFind(key);
    if (it != m_compiled.constEnd())
        return *it;
    if (m_compiled.size() >= MaxCompiledScripts)
        m_compiled.clear();
    return *m_compiled.insert(key, compileUncached(text, parameters));
}

ScriptHost::Compiled ScriptHost::compileUncached(const QString& text, const QStringList& parameters)
{
    Compiled out;
    const JsStatementScanner scanner(text);
    const QJSValue plain = makeFunction(parameters, text);
    if (plain.isError()) {
        // The Function constructor says "Parse error" and no line. For a script whose
        // brackets balance, evaluating a function expression around it (which runs nothing)
        // gives the engine's own message and line.
        if (!scanner.isBalanced()) {
            out.error = QStringLiteral("SyntaxError: ") + scanner.errorMessage();
            out.line = scanner.lineOf(scanner.errorOffset());
            return out;
        }
        const QJSValue diagnosis =
            m_engine->evaluate(QStringLiteral("(function(") + parameters.join(QLatin1Char(',')) +
                               QStringLiteral("){") + text + QStringLiteral("\n})"));
        if (diagnosis.isError()) {
            out.error = diagnosis.toString();
            // An error at the end of the input is reported on the line of the closing "})"
            // added above, past the script: it belongs to the script's last line that has
            // text (trailing blank lines would hide the underline).
            qsizetype end = text.size();
            while (end > 0 && text.at(end - 1).isSpace())
                --end;
            const int lastLine =
                static_cast<int>(QStringView(text).left(end).count(QLatin1Char('\n'))) + 1;
            out.line = std::min(diagnosis.property(QStringLiteral("lineNumber")).toInt(), lastLine);
        } else {
            out.error = plain.toString();
        }
        return out;
    }
    if (scanner.isBalanced()) {
        bool hasReturn = false;
        for (int start : scanner.statementStarts()) {
            const QString word = scanner.wordAt(start);
            hasReturn = hasReturn || word == QLatin1String("return");
            if (startsNonExpressionStatement(word))
                continue;
            QString last = text.mid(start);
            const int semicolon = scanner.trailingSemicolon();
            if (semicolon >= start)
                last[semicolon - start] = QLatin1Char(' ');
            // The earliest start at which the rest is one expression is where the last
            // statement starts: text from an earlier statement on cannot be a single
            // expression, while a later start may be inside the last expression ("a\n+b").
            const QJSValue function =
                makeFunction(parameters, text.left(start) + QStringLiteral(";return (") + last +
                                             QStringLiteral("\n);"));
            if (!function.isError()) {
                out.function = function;
                out.lineOffset = m_lineOffset;
                return out;
            }
        }
        if (hasReturn) {
            // A script that returns at the top level is a function body already.
            out.function = plain;
            out.lineOffset = m_lineOffset;
            return out;
        }
    }
    // The last statement is not an expression (an if/else, a loop): let eval find the
    // completion value. It parses the script on every call, so it is the slow path.
    const QJSValue outer = makeFunction(
        {EvalSourceName}, QStringLiteral("return function (") + parameters.join(QLatin1Char(',')) +
                              QStringLiteral(") { return eval(") + EvalSourceName +
                              QStringLiteral("); };"));
    out.function = outer.call({QJSValue(text)});
    out.lineOffset = 0;
    return out;
}

ScriptResult ScriptHost::errorFromException(const QJSValue& exception, int lineOffset) const
{
    if (exception.isError()) {
        const int line = exception.property(QStringLiteral("lineNumber")).toInt();
        return ScriptResult::ofError(exception.toString(), line > 0 ? line - lineOffset : 0);
    }
    // IDM scripts throw plain objects too ({code: 403, message: "..."}).
    return ScriptResult::ofError(QStringLiteral("the script threw ") +
                                 compactJson(m_engine->fromScriptValue<QJsonValue>(exception)));
}

ScriptResult ScriptHost::check(const config::ScriptObject& script, ScriptKind kind)
{
    ScriptResult result = precheck(script);
    if (!result.isValue())
        return result;
    const ScriptSource* text = source(script, &result);
    if (!text)
        return result;
    ScriptCall call;
    call.script = script;
    call.kind = kind;
    const QStringList names = parameters(call, &result);
    if (!result.isValue())
        return result;
    const Compiled& compiled = compile(text->text, names);
    if (!compiled.error.isEmpty()) {
        result = ScriptResult::ofError(compiled.error, compiled.line);
        result.file = script.file;
    }
    return result;
}

ScriptResult ScriptHost::run(const ScriptCall& call)
{
    if (QThread::currentThread() != m_thread)
        return ScriptResult::ofError(QStringLiteral(
            "internal error: a script host was used from a thread other than its own"));
    ScriptResult result = precheck(call.script);
    if (!result.isValue())
        return result;
    const ScriptSource* text = source(call.script, &result);
    if (!text)
        return result;
    const QStringList names = parameters(call, &result);
    if (!result.isValue())
        return result;
    const Compiled& compiled = compile(text->text, names);
    if (!compiled.error.isEmpty()) {
        result = ScriptResult::ofError(compiled.error, compiled.line);
        result.file = call.script.file;
        return result;
    }

    QJSValueList arguments;
    arguments.reserve(names.size());
    for (const QString& name : names) {
        const auto bound = call.bindings.constFind(name);
        if (bound != call.bindings.constEnd()) {
            arguments << m_engine->toScriptValue(QJsonValue(*bound));
            continue;
        }
        const auto global = call.script.globals.constFind(name);
        arguments << (global != call.script.globals.constEnd()
                          ? m_engine->toScriptValue(QJsonValue(*global))
                          : QJSValue());
    }

    m_bridge->beginCall(call.context);
    QJSManagedValue function(compiled.function, m_engine.get());
    m_slot->arm(m_settings.timeoutMs);
    const QJSValue value = function.call(arguments);
    const bool interrupted = m_slot->disarm();
    const QJSValue exception = m_engine->hasError() ? m_engine->catchError() : QJSValue();

    if (interrupted) {
        result = ScriptResult::ofError(
            QStringLiteral("script interrupted: it ran longer than the limit of %1 ms (%2)")
                .arg(m_settings.timeoutMs)
                .arg(call.context.isEmpty() ? QStringLiteral("no context given") : call.context));
    } else if (!m_bridge->notEvaluatedReason().isEmpty()) {
        result = ScriptResult::notEvaluated(m_bridge->notEvaluatedReason());
    } else if (!exception.isUndefined()) {
        result = errorFromException(exception, compiled.lineOffset);
    } else {
        const QJsonValue json = m_engine->fromScriptValue<QJsonValue>(value);
        result = ScriptResult::ofValue(json.isUndefined() ? QJsonValue(QJsonValue::Null) : json);
    }
    result.file = call.script.file;
    result.notes = m_bridge->notes();

    QStringList readBack = scriptKindInfo(call.kind).mutated + call.readBack;
    for (const QString& name : std::as_const(readBack)) {
        const int index = int(names.indexOf(name));
        if (index >= 0 && !result.bound.contains(name))
            result.bound.insert(name, m_engine->fromScriptValue<QJsonValue>(arguments.at(index)));
    }
    return result;
}

} // namespace syncstudio::script
