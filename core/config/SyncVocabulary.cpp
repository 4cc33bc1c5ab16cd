#include "SyncVocabulary.h"

#include <array>
#include <utility>

namespace syncstudio::config {

namespace {

constexpr std::array<std::pair<Situation, const char*>, 13> SituationNames{{
    {Situation::Confirmed, "CONFIRMED"},
    {Situation::Found, "FOUND"},
    {Situation::FoundAlreadyLinked, "FOUND_ALREADY_LINKED"},
    {Situation::Absent, "ABSENT"},
    {Situation::Ambiguous, "AMBIGUOUS"},
    {Situation::Missing, "MISSING"},
    {Situation::SourceMissing, "SOURCE_MISSING"},
    {Situation::SourceIgnored, "SOURCE_IGNORED"},
    {Situation::Unqualified, "UNQUALIFIED"},
    {Situation::Unassigned, "UNASSIGNED"},
    {Situation::TargetIgnored, "TARGET_IGNORED"},
    {Situation::LinkOnly, "LINK_ONLY"},
    {Situation::AllGone, "ALL_GONE"},
}};

constexpr std::array<std::pair<Action, const char*>, 11> ActionNames{{
    {Action::Create, "CREATE"},
    {Action::Update, "UPDATE"},
    {Action::Delete, "DELETE"},
    {Action::Link, "LINK"},
    {Action::Unlink, "UNLINK"},
    {Action::Exception, "EXCEPTION"},
    {Action::Ignore, "IGNORE"},
    {Action::Report, "REPORT"},
    {Action::NoReport, "NOREPORT"},
    {Action::NoAction, "NOACTION"},
    {Action::Async, "ASYNC"},
}};

} // namespace

QString situationName(Situation situation)
{
    for (const auto& [value, name] : SituationNames) {
        if (value == situation)
            return QString::fromLatin1(name);
    }
    return {};
}

QString actionName(Action action)
{
    for (const auto& [value, name] : ActionNames) {
        if (value == action)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<Situation> situationFromName(const QString& name)
{
    for (const auto& [value, text] : SituationNames) {
        if (name == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

std::optional<Action> actionFromName(const QString& name)
{
    for (const auto& [value, text] : ActionNames) {
        if (name == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

QStringList allSituationNames()
{
    QStringList names;
    for (const auto& entry : SituationNames)
        names << QString::fromLatin1(entry.second);
    return names;
}

QStringList allActionNames()
{
    QStringList names;
    for (const auto& entry : ActionNames)
        names << QString::fromLatin1(entry.second);
    return names;
}

Action defaultAction(Situation situation)
{
    switch (situation) {
    case Situation::Confirmed:
    case Situation::Found:
        return Action::Update;
    case Situation::Absent:
        return Action::Create;
    case Situation::Unqualified:
        return Action::Delete;
    case Situation::SourceIgnored:
    case Situation::TargetIgnored:
        return Action::Report;
    case Situation::AllGone:
        return Action::NoReport;
    case Situation::FoundAlreadyLinked:
    case Situation::Ambiguous:
    case Situation::Missing:
    case Situation::SourceMissing:
    case Situation::Unassigned:
    case Situation::LinkOnly:
        return Action::Exception;
    }
    return Action::Exception;
}

} // namespace syncstudio::config
