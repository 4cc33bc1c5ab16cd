#include "ScriptLogCollector.h"

#include <QMutexLocker>

namespace syncstudio::script {

QString ScriptLogMessage::levelName(Level level)
{
    switch (level) {
    case Level::Trace:
        return QStringLiteral("trace");
    case Level::Debug:
        return QStringLiteral("debug");
    case Level::Info:
        return QStringLiteral("info");
    case Level::Warn:
        return QStringLiteral("warn");
    case Level::Error:
        return QStringLiteral("error");
    }
    return {};
}

void ScriptLogCollector::log(const ScriptLogMessage& message)
{
    const QMutexLocker lock(&m_mutex);
    m_messages.append(message);
}

QVector<ScriptLogMessage> ScriptLogCollector::messages() const
{
    const QMutexLocker lock(&m_mutex);
    return m_messages;
}

void ScriptLogCollector::clear()
{
    const QMutexLocker lock(&m_mutex);
    m_messages.clear();
}

} // namespace syncstudio::script
