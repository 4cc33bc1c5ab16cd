#include "QueryFilterError.h"

namespace syncstudio::query {

QString QueryFilterError::toString() const
{
    QString text = QStringLiteral("%1 at column %2").arg(message).arg(column);
    if (!found.isEmpty())
        text += QStringLiteral(", found ") + found;
    return text;
}

QString QueryFilterError::detail() const
{
    return found.isEmpty() ? message : message + QStringLiteral(", found ") + found;
}

} // namespace syncstudio::query
