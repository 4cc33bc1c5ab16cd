#include "ProgressBar.h"

#include <cstdio>
#include <unistd.h>

namespace syncstudio::cli {

ProgressBar::ProgressBar()
    : m_visible(isatty(STDERR_FILENO) == 1)
{}

ProgressBar::~ProgressBar()
{
    clear();
}

void ProgressBar::show(const QString& label, qint64 processed, qint64 total, double ratePerSecond)
{
    if (!m_visible)
        return;
    constexpr int width = 30;
    QString bar;
    if (total > 0) {
        const int filled = static_cast<int>(width * qMin<qint64>(processed, total) / total);
        bar = QStringLiteral("[%1%2] %3/%4")
                  .arg(QString(filled, QLatin1Char('#')), QString(width - filled, QLatin1Char('.')))
                  .arg(processed)
                  .arg(total);
    } else {
        bar = QString::number(processed);
    }
    const QString line = QStringLiteral("\r%1 %2  %3/s\x1b[K")
                             .arg(label.leftJustified(8), bar)
                             .arg(static_cast<qint64>(ratePerSecond));
    std::fputs(line.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    m_drawn = true;
}

void ProgressBar::clear()
{
    if (m_drawn) {
        std::fputs("\r\x1b[K", stderr);
        std::fflush(stderr);
        m_drawn = false;
    }
}

} // namespace syncstudio::cli
