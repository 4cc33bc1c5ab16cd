#include "ScriptBridge.h"

#include "ScriptResourceResolver.h"

#include <QJSEngine>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace syncstudio::script {

namespace {

// Runs once per engine. Strict mode, so that the functions below cannot be walked back to
// their callers; frozen objects and non-writable globals, so that one script cannot replace
// them for the scripts that run after it in the same engine.
const char Bootstrap[] = R"JS(
(function (bridge, global) {
    'use strict';
    function notEvaluated(what, why) { bridge.notEvaluated(what, why); }
    function show(value) {
        try { return JSON.stringify(value); } catch (e) { return String(value); }
    }
    function log(level) {
        return function () { bridge.log(level, Array.prototype.slice.call(arguments)); };
    }
    function refused(name, why) {
        return function (resource) {
            notEvaluated('openidm.' + name + '(' + show(resource) + ')', why);
        };
    }
    function isEncrypted(value) {
        return value !== null && typeof value === 'object' && value.$crypto !== undefined
            && value.$crypto.type !== 'salted-hash';
    }
    function isHashed(value) {
        return value !== null && typeof value === 'object' && value.$crypto !== undefined
            && value.$crypto.type === 'salted-hash';
    }
    var openidm = Object.freeze({
        read: function (resource) { return bridge.read(String(resource)); },
        query: function (resource, params) {
            return bridge.query(String(resource), params === undefined ? {} : params);
        },
        create: refused('create', 'it would create a resource'),
        update: refused('update', 'it would update a resource'),
        patch: refused('patch', 'it would patch a resource'),
        'delete': refused('delete', 'it would delete a resource'),
        action: refused('action', 'it would run an action on a resource'),
        hash: refused('hash', 'values are not hashed in preview'),
        matches: refused('matches', 'hashed values are not compared in preview'),
        encrypt: function (value) {
            bridge.note('openidm.encrypt: not evaluated in preview; the value is passed through unencrypted');
            return value;
        },
        decrypt: function (value) {
            if (isEncrypted(value))
                bridge.note('openidm.decrypt: not evaluated in preview; the encrypted value is passed through');
            return value;
        },
        isEncrypted: isEncrypted,
        isHashed: isHashed
    });
    var logger = Object.freeze({
        trace: log(0), debug: log(1), info: log(2), warn: log(3), error: log(4)
    });
    function server(name) {
        return function () {
            notEvaluated('identityServer.' + name + '()', 'the IDM server\'s settings are not known to a preview');
        };
    }
    var identityServer = Object.freeze({
        getProperty: server('getProperty'),
        getInstallLocation: server('getInstallLocation'),
        getProjectLocation: server('getProjectLocation'),
        getWorkingLocation: server('getWorkingLocation')
    });
    function define(name, value) {
        Object.defineProperty(global, name,
            { value: value, writable: false, enumerable: false, configurable: false });
    }
    define('openidm', openidm);
    define('logger', logger);
    define('console', Object.freeze({ log: log(2) }));
    define('identityServer', identityServer);
    define('require', function (name) {
        notEvaluated('require(' + show(name) + ')', 'modules are not loaded in preview');
    });
})
)JS";

} // namespace

ScriptBridge::ScriptBridge(QJSEngine* engine, const ScriptSettings* settings)
    : m_engine(engine)
    , m_settings(settings)
{}

void ScriptBridge::install()
{
    const QJSValue bootstrap =
        m_engine->evaluate(QString::fromUtf8(Bootstrap), QStringLiteral("syncstudio-bootstrap"));
    QJSValue self = m_engine->newQObject(this);
    QJSEngine::setObjectOwnership(this, QJSEngine::CppOwnership);
    const QJSValue result = bootstrap.call({self, m_engine->globalObject()});
    Q_ASSERT(!result.isError());
}

void ScriptBridge::beginCall(const QString& context)
{
    m_context = context;
    m_notEvaluated.clear();
    m_notes.clear();
}

QString ScriptBridge::formatPlaceholders(const QString& pattern, const QStringList& arguments)
{
    QString out;
    out.reserve(pattern.size());
    int next = 0;
    for (int i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        const bool placeholder = c == QLatin1Char('{') && i + 1 < pattern.size() &&
                                 pattern.at(i + 1) == QLatin1Char('}');
        if (c == QLatin1Char('\\') && i + 2 < pattern.size() &&
            pattern.at(i + 1) == QLatin1Char('{') && pattern.at(i + 2) == QLatin1Char('}')) {
            out += QLatin1String("{}");
            i += 2;
        } else if (placeholder && next < arguments.size()) {
            out += arguments.at(next++);
            ++i;
        } else {
            out += c;
        }
    }
    return out;
}

QString ScriptBridge::display(const QJSValue& value) const
{
    if (value.isUndefined())
        return QStringLiteral("undefined");
    if (value.isNull())
        return QStringLiteral("null");
    if (value.isString() || value.isNumber() || value.isBool() || value.isCallable() ||
        value.isError())
        return value.toString();
    const QJsonValue json = m_engine->fromScriptValue<QJsonValue>(value);
    if (json.isObject())
        return QString::fromUtf8(QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact));
    if (json.isArray())
        return QString::fromUtf8(QJsonDocument(json.toArray()).toJson(QJsonDocument::Compact));
    return value.toString();
}

void ScriptBridge::log(int level, const QJSValue& arguments)
{
    if (!m_settings->logSink)
        return;
    const int count = arguments.property(QStringLiteral("length")).toInt();
    QStringList shown;
    for (int i = 1; i < count; ++i)
        shown << display(arguments.property(quint32(i)));
    const QJSValue first = arguments.property(0);
    const QString pattern = count == 0 ? QString() : display(first);
    ScriptLogMessage message;
    message.level = ScriptLogMessage::Level(qBound(0, level, 4));
    message.context = m_context;
    message.text = first.isString() ? formatPlaceholders(pattern, shown)
                                    : (QStringList{pattern} + shown).join(QLatin1Char(' '));
    m_settings->logSink->log(message);
}

QJSValue ScriptBridge::read(const QString& resourcePath)
{
    const QString what = QStringLiteral("openidm.read(\"%1\")").arg(resourcePath);
    if (!m_settings->resolver) {
        notEvaluated(what, QStringLiteral("no connector or repository answers reads here"));
        return {};
    }
    QString whyNot;
    const QJsonValue value = m_settings->resolver->read(resourcePath, &whyNot);
    if (value.isUndefined()) {
        notEvaluated(what, whyNot);
        return {};
    }
    return m_engine->toScriptValue(value);
}

QJSValue ScriptBridge::query(const QString& resourcePath, const QJSValue& params)
{
    const QString what =
        QStringLiteral("openidm.query(\"%1\", %2)").arg(resourcePath, display(params));
    if (!m_settings->resolver) {
        notEvaluated(what, QStringLiteral("no connector or repository answers queries here"));
        return {};
    }
    QString whyNot;
    const QJsonValue value = m_settings->resolver->query(
        resourcePath, m_engine->fromScriptValue<QJsonValue>(params).toObject(), &whyNot);
    if (value.isUndefined()) {
        notEvaluated(what, whyNot);
        return {};
    }
    return m_engine->toScriptValue(value);
}

void ScriptBridge::notEvaluated(const QString& what, const QString& why)
{
    // The first reason is the one that stopped the script; a script that catches the error
    // and goes on still yields no value to trust.
    if (m_notEvaluated.isEmpty())
        m_notEvaluated = what + QStringLiteral(": ") + why;
    m_engine->throwError(QStringLiteral("not evaluated in preview: ") + what +
                         QStringLiteral(": ") + why);
}

void ScriptBridge::note(const QString& text)
{
    if (!m_notes.contains(text))
        m_notes.append(text);
}

} // namespace syncstudio::script
