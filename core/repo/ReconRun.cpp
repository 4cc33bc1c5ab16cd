#include "ReconRun.h"

namespace syncstudio::repo {

QString ReconRun::stateName(State state)
{
    switch (state) {
    case State::Active:
        return QStringLiteral("ACTIVE");
    case State::Success:
        return QStringLiteral("SUCCESS");
    case State::Failed:
        return QStringLiteral("FAILED");
    case State::Canceled:
        return QStringLiteral("CANCELED");
    }
    return {};
}

ReconRun::State ReconRun::stateFromName(const QString& name)
{
    if (name == QLatin1String("SUCCESS"))
        return State::Success;
    if (name == QLatin1String("FAILED"))
        return State::Failed;
    if (name == QLatin1String("CANCELED"))
        return State::Canceled;
    return State::Active;
}

} // namespace syncstudio::repo
