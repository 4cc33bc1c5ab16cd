#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace syncstudio::repo {

// One reconciliation run as the repository records it. counts holds the statistics the
// engine reports (IDM's shape: "situationSummary", "actionSummary", per-phase durations,
// ...); the repository keeps it as it is given.
struct ReconRun
{
    // IDM's recon states.
    enum class State
    {
        Active,
        Success,
        Failed,
        Canceled
    };

    QString id;
    QString mapping;
    QDateTime started; // UTC
    QDateTime ended;   // invalid while the run is active
    State state = State::Active;
    QJsonObject counts;
    QString message;           // why it failed or was canceled
    qint64 exceptionCount = 0; // filled by the store's listings

    static QString stateName(State state); // "ACTIVE", "SUCCESS", "FAILED", "CANCELED"
    static State stateFromName(const QString& name);
};

// An object the run could not handle, with the engine's message.
struct ReconException
{
    QString sourceId;
    QString targetId;
    QString situation;
    QString action;
    QString message;
    QDateTime recorded; // UTC; the store fills it when invalid
};

} // namespace syncstudio::repo
