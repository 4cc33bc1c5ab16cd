#include "AtomicFile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace syncstudio::config {

bool writeFileAtomically(const QString& path, const QByteArray& data, QString* error)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = QStringLiteral("%1: cannot create the folder %2; check that the location is "
                                    "writable")
                         .arg(path, info.absolutePath());
        return false;
    }
    QSaveFile file(path);
    // Unbuffered: with Qt's write buffer an error during the final flush (disk full, file
    // size limit) is not seen by commit(), which then replaces the old file with a
    // truncated one. Unbuffered, every failed write is recorded and commit() refuses.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        if (error)
            *error =
                QStringLiteral("%1: cannot open for writing: %2").arg(path, file.errorString());
        return false;
    }
    if (file.write(data) != data.size()) {
        if (error)
            *error = QStringLiteral("%1: write failed, the file was left unchanged: %2")
                         .arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = QStringLiteral("%1: saving failed, the file was left unchanged: %2")
                         .arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace syncstudio::config
