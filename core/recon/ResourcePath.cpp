#include "ResourcePath.h"

#include <QStringList>

namespace syncstudio::recon {

QString ResourcePath::toString() const
{
    switch (kind) {
    case Kind::System:
        return QStringLiteral("system/%1/%2").arg(system, objectType);
    case Kind::Managed:
        return QStringLiteral("managed/") + objectType;
    case Kind::Invalid:
        break;
    }
    return {};
}

ResourcePath ResourcePath::parse(const QString& path)
{
    const QStringList parts = path.split(QLatin1Char('/'));
    ResourcePath r;
    if (parts.size() == 3 && parts[0] == QLatin1String("system") && !parts[1].isEmpty() &&
        !parts[2].isEmpty()) {
        r.kind = Kind::System;
        r.system = parts[1];
        r.objectType = parts[2];
    } else if (parts.size() == 2 && parts[0] == QLatin1String("managed") && !parts[1].isEmpty()) {
        r.kind = Kind::Managed;
        r.objectType = parts[1];
    }
    return r;
}

} // namespace syncstudio::recon
