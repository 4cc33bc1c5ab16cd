#pragma once

#include <QString>

namespace syncstudio::cli {

// A one-line progress display on stderr, drawn only when stderr is a terminal, so piped
// output carries nothing extra.
class ProgressBar
{
public:
    ProgressBar();
    ~ProgressBar();
    bool isVisible() const { return m_visible; }
    // processed of total (total < 0: unknown), with a label and a rate per second.
    void show(const QString& label, qint64 processed, qint64 total, double ratePerSecond);
    void clear();

private:
    bool m_visible;
    bool m_drawn = false;
};

} // namespace syncstudio::cli
