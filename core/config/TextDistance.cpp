#include "TextDistance.h"

#include <QVector>
#include <algorithm>

namespace syncstudio::config {

int editDistance(const QString& a, const QString& b)
{
    const int n = a.size();
    const int m = b.size();
    // Three rows of the optimal-string-alignment table are enough.
    QVector<int> previous2(m + 1), previous(m + 1), current(m + 1);
    for (int j = 0; j <= m; ++j)
        previous[j] = j;
    for (int i = 1; i <= n; ++i) {
        current[0] = i;
        for (int j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                current[j] = std::min(current[j], previous2[j - 2] + 1);
        }
        previous2.swap(previous);
        previous.swap(current);
    }
    return previous[m];
}

QString closestMatch(const QString& word, const QStringList& candidates, int maxDistance)
{
    QString best;
    int bestDistance = maxDistance + 1;
    for (const QString& candidate : candidates) {
        const int d = editDistance(word, candidate);
        if (d < bestDistance) {
            best = candidate;
            bestDistance = d;
        }
    }
    return best;
}

} // namespace syncstudio::config
