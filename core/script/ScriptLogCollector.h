#pragma once

#include "ScriptLogSink.h"

#include <QMutex>
#include <QVector>

namespace syncstudio::script {

// A log sink that keeps every message, for the CLI and for tests.
class ScriptLogCollector : public ScriptLogSink
{
public:
    void log(const ScriptLogMessage& message) override;
    QVector<ScriptLogMessage> messages() const;
    void clear();

private:
    mutable QMutex m_mutex;
    QVector<ScriptLogMessage> m_messages;
};

} // namespace syncstudio::script
