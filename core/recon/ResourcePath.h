#pragma once

#include <QString>

namespace syncstudio::recon {

// "system/<connector>/<objectType>" or "managed/<type>", the object sets a mapping names.
struct ResourcePath
{
    enum class Kind
    {
        Invalid,
        System,
        Managed
    };
    Kind kind = Kind::Invalid;
    QString system;     // the connector name, for System
    QString objectType; // "account" for System, "user" for Managed

    bool isValid() const { return kind != Kind::Invalid; }
    QString toString() const;
    static ResourcePath parse(const QString& path);
};

} // namespace syncstudio::recon
