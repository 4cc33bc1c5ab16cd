#pragma once

#include "ScriptLogSink.h"
#include "ScriptSettings.h"

#include <QJSValue>
#include <QObject>
#include <QStringList>

class QJSEngine;

namespace syncstudio::script {

// The native side of the globals a script host installs (logger, console, openidm,
// require, identityServer). Scripts never see this object: the bootstrap script keeps it in
// a closure and exposes only plain, frozen JavaScript functions, so no QObject method
// (deleteLater, ...) is reachable from a script.
class ScriptBridge : public QObject
{
    Q_OBJECT
public:
    ScriptBridge(QJSEngine* engine, const ScriptSettings* settings);

    // Installs the globals into the engine.
    void install();

    // Per call state: the label for log messages, and what the call could not honour.
    void beginCall(const QString& context);
    const QString& notEvaluatedReason() const { return m_notEvaluated; }
    const QStringList& notes() const { return m_notes; }

    // SLF4J's formatting, as IDM's logger does it: each "{}" takes the next argument,
    // "\{}" is a literal "{}", placeholders without an argument stay as they are.
    static QString formatPlaceholders(const QString& pattern, const QStringList& arguments);

    Q_INVOKABLE void log(int level, const QJSValue& arguments);
    Q_INVOKABLE QJSValue read(const QString& resourcePath);
    Q_INVOKABLE QJSValue query(const QString& resourcePath, const QJSValue& params);
    // Records why the call cannot be evaluated and throws, so that the script stops there.
    Q_INVOKABLE void notEvaluated(const QString& what, const QString& why);
    Q_INVOKABLE void note(const QString& text);

private:
    QString display(const QJSValue& value) const;

    QJSEngine* m_engine;
    const ScriptSettings* m_settings;
    QString m_context;
    QString m_notEvaluated;
    QStringList m_notes;
};

} // namespace syncstudio::script
