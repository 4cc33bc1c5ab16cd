#include "Diagnostic.h"

namespace syncstudio::config {

QString Diagnostic::toString() const
{
    QString text =
        QStringLiteral("%1:%2:%3: %4: %5")
            .arg(file)
            .arg(position.line)
            .arg(position.column)
            .arg(isError() ? QStringLiteral("error") : QStringLiteral("warning"), message);
    if (!hint.isEmpty())
        text += QStringLiteral("; ") + hint;
    return text;
}

} // namespace syncstudio::config
