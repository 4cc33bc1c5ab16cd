// Full read of a CSV file as the CSV connector does it: read the bytes, parse every record
// (RFC 4180) and index the key column. Not a test: prints rows/s for the figure in
// /work/shared/bench/README.md (1M rows x 10 columns, parse + key index, 1.07M rows/s).
//
// Usage: BenchCsvRead [ROWS] [RUNS]     (defaults: 1000000 rows, 3 runs)
#include "connectors/csv/CsvDocument.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>

using syncstudio::connectors::csv::CsvDialect;
using syncstudio::connectors::csv::CsvDocument;
using syncstudio::connectors::csv::CsvParseError;

namespace {

// Ten columns like the people of gen_people.py, with some fields quoted (a comma in the
// display name, a quote in every 50th title) so the quoted path is measured too.
QByteArray generate(int rows)
{
    QByteArray out;
    out.reserve(qsizetype(rows) * 120);
    out += "uid,givenName,sn,cn,mail,telephoneNumber,employeeNumber,departmentNumber,title,l\n";
    for (int i = 0; i < rows; ++i) {
        const QByteArray n = QByteArray::number(i);
        out += "user." + n + ",Given" + n + ",Surname" + n + ",\"Surname" + n + ", Given" + n +
               "\",user." + n + "@example.com,+1 555 " + QByteArray::number(1000000 + i) + "," + n +
               ",D" + QByteArray::number(i % 100) + "," +
               (i % 50 == 0 ? QByteArray("\"Senior \"\"Lead\"\"\"") : QByteArray("Engineer")) +
               ",City" + QByteArray::number(i % 1000) + "\n";
    }
    return out;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int rows = args.size() > 1 ? args.at(1).toInt() : 1000000;
    const int runs = args.size() > 2 ? args.at(2).toInt() : 3;
    QTextStream out(stdout);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("people.csv"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(generate(rows)) < 0)
            return 1;
    }
    out << "BenchCsvRead: " << rows << " rows x 10 columns, " << QFile(path).size() / 1e6
        << " MB\n";
    double best = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return 1;
        const QByteArray bytes = f.readAll();
        CsvDocument doc;
        CsvParseError error;
        if (!doc.parse(bytes, CsvDialect{}, &error, QStringLiteral("uid"))) {
            out << "parse failed: " << error.toString() << '\n';
            return 1;
        }
        const double seconds = timer.nsecsElapsed() / 1e9;
        if (doc.recordCount() != rows || doc.find(QStringLiteral("user.%1").arg(rows - 1)) < 0)
            return 1;
        const double rate = rows / seconds;
        best = std::max(best, rate);
        out << "run " << run + 1 << ": " << seconds << " s, " << qRound64(rate) << " rows/s\n";
    }
    out << "best: " << qRound64(best) << " rows/s (read + parse + key index); reference "
        << "1070000 rows/s\n";
    return 0;
}
