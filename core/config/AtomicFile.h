#pragma once

#include <QByteArray>
#include <QString>

namespace syncstudio::config {

// Writes data to path through a temporary file that replaces path only when everything was
// written, so a failed write leaves the old file as it was. Creates missing parent folders.
// On failure returns false and sets error to a message naming the file and the cause.
bool writeFileAtomically(const QString& path, const QByteArray& data, QString* error);

} // namespace syncstudio::config
