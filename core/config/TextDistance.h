#pragma once

#include <QString>
#include <QStringList>

namespace syncstudio::config {

// Edits (insert, delete, substitute, swap two neighbours) that turn a into b.
int editDistance(const QString& a, const QString& b);
// The candidate closest to word within maxDistance edits, or empty; ties go to the first.
QString closestMatch(const QString& word, const QStringList& candidates, int maxDistance);

} // namespace syncstudio::config
