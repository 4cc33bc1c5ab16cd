#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace syncstudio::script {

// What running (or checking) a script gave. A preview shows each of the three differently:
// a value, an error to fix, or a script it could not honestly evaluate and says why.
struct ScriptResult
{
    enum class Status
    {
        Value,
        Error,
        NotEvaluated
    };

    Status status = Status::Value;
    QJsonValue value;  // the script's value (null for undefined, as IDM sees it)
    QString message;   // Error: what went wrong; NotEvaluated: why not
    QString file;      // the script file, or empty for an inline script
    int line = 0;      // Error: 1-based line in the script, 0 when unknown
    QStringList notes; // approximations made on the way, e.g. a decrypt passed through
    QJsonObject bound; // the bindings the script may change (target of onCreate) afterwards

    bool isValue() const { return status == Status::Value; }
    bool isError() const { return status == Status::Error; }
    bool isNotEvaluated() const { return status == Status::NotEvaluated; }

    static ScriptResult ofValue(const QJsonValue& value);
    static ScriptResult ofError(const QString& message, int line = 0);
    static ScriptResult notEvaluated(const QString& reason);

    // "file:line: error: message" or "not evaluated in preview: reason", for messages.
    QString toString() const;
};

} // namespace syncstudio::script
