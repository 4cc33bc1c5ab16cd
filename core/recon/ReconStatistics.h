#pragma once

#include "ObjectResult.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace syncstudio::recon {

// The counts of a run, and its record in IDM's recon statistics shape.
struct ReconStatistics
{
    struct PhaseTiming
    {
        qint64 durationMs = 0;
        qint64 processed = 0;
    };
    struct Exception
    {
        QString sourceId;
        QString targetId;
        config::Situation situation;
        config::Action action;
        QString message;
    };

    QString reconId;
    QString mappingName;
    QString state = QStringLiteral("ACTIVE"); // SUCCESS, FAILED, CANCELED when done
    bool dryRun = false;
    QDateTime started;
    QDateTime ended;
    QHash<config::Situation, qint64> situations;
    QHash<config::Action, qint64> actions;
    qint64 succeeded = 0;
    qint64 failed = 0;
    qint64 changedObjects = 0;
    PhaseTiming sourcePhase;
    PhaseTiming targetPhase;
    PhaseTiming linkLoad;
    PhaseTiming targetLoad;
    QVector<Exception> exceptions;
    QString error;        // what stopped the run, when it did not finish
    QStringList warnings; // what went wrong without stopping it (the result script)

    void add(const ObjectResult& result);
    void merge(const ReconStatistics& other); // counts only
    qint64 processed() const { return succeeded + failed; }
    bool hasErrors() const { return failed > 0 || !error.isEmpty(); }
    QJsonObject toJson() const;
};

} // namespace syncstudio::recon
