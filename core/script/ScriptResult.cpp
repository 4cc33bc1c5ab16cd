#include "ScriptResult.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace syncstudio::script {

ScriptResult ScriptResult::ofValue(const QJsonValue& value)
{
    ScriptResult result;
    result.value = value;
    return result;
}

ScriptResult ScriptResult::ofError(const QString& message, int line)
{
    ScriptResult result;
    result.status = Status::Error;
    result.value = QJsonValue::Null;
    result.message = message;
    result.line = line;
    return result;
}

ScriptResult ScriptResult::notEvaluated(const QString& reason)
{
    ScriptResult result;
    result.status = Status::NotEvaluated;
    result.value = QJsonValue::Null;
    result.message = reason;
    return result;
}

QString ScriptResult::toString() const
{
    switch (status) {
    case Status::Value: {
        const QJsonDocument doc = value.isArray()    ? QJsonDocument(value.toArray())
                                  : value.isObject() ? QJsonDocument(value.toObject())
                                                     : QJsonDocument(QJsonArray{value});
        QString text = QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
        if (!value.isArray() && !value.isObject())
            text = text.mid(1, text.size() - 2); // a scalar, printed without its array
        return text;
    }
    case Status::Error: {
        QString where = file.isEmpty() ? QStringLiteral("<inline>") : file;
        if (line > 0)
            where += QLatin1Char(':') + QString::number(line);
        return where + QStringLiteral(": error: ") + message;
    }
    case Status::NotEvaluated:
        return QStringLiteral("not evaluated in preview: ") + message;
    }
    return {};
}

} // namespace syncstudio::script
