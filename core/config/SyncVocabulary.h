#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace syncstudio::config {

// The reconciliation situations and actions, spelled as IDM spells them in sync.json.
enum class Situation
{
    Confirmed,
    Found,
    FoundAlreadyLinked,
    Absent,
    Ambiguous,
    Missing,
    SourceMissing,
    SourceIgnored,
    Unqualified,
    Unassigned,
    TargetIgnored,
    LinkOnly,
    AllGone,
};

enum class Action
{
    Create,
    Update,
    Delete,
    Link,
    Unlink,
    Exception,
    Ignore,
    Report,
    NoReport,
    NoAction, // PingIDM's spelling of "do nothing, report nothing"; OpenIDM has NOREPORT
    Async,
};

QString situationName(Situation situation);
QString actionName(Action action);
std::optional<Situation> situationFromName(const QString& name);
std::optional<Action> actionFromName(const QString& name);
QStringList allSituationNames();
QStringList allActionNames();

// What IDM does in a situation for which the mapping has no policy (OpenIDM's
// sync/impl/Situation.java gives each situation its default ReconAction).
Action defaultAction(Situation situation);

} // namespace syncstudio::config
