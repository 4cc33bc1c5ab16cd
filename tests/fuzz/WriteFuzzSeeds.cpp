// Writes the seed inputs of FuzzQueryFilter into a folder: every filter string of the corpus
// and a few that touch each rule of the grammar, so the fuzzer starts from real filters.
#include "../query/CorpusFilters.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QTextStream>

using namespace syncstudio::test;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 2) {
        QTextStream(stderr) << "usage: WriteFuzzSeeds DIR\n";
        return 1;
    }
    const QDir dir(arguments.at(1));
    if (!QDir().mkpath(dir.path())) {
        QTextStream(stderr) << "WriteFuzzSeeds: cannot create " << dir.path() << '\n';
        return 1;
    }
    QSet<QString> seeds;
    for (const CorpusFilter& f : corpusFilters())
        seeds.insert(f.filter);
    for (
        const char* grammar : {
            R"(/name eq 'al\'ice' and !(/mail pr) or /age ge 18)",
            R"((/a co "x\"y" or /b sw 'z') and /c lt 1.5e3 and /d le -2)",
            R"(userName gt "m" AND /roles/0 eq true OR /x eq null)",
            R"(! /a~1b/c~0d eq false)",
            R"(/source/dept eq "Sales" and (/source/a eq 'x' or /source/a eq 'y') or !(/source/m pr))",
            R"(/source/active eq true and /source/age gt 17 and !(/source/dept eq "HR"))",
            "true",
            "false",
        })
        seeds.insert(QString::fromUtf8(grammar));
    int n = 0;
    QStringList sorted(seeds.begin(), seeds.end());
    sorted.sort();
    for (const QString& seed : sorted) {
        QFile file(dir.filePath(QStringLiteral("seed-%1").arg(++n, 3, 10, QLatin1Char('0'))));
        if (!file.open(QIODevice::WriteOnly) || file.write(seed.toUtf8()) < 0) {
            QTextStream(stderr) << "WriteFuzzSeeds: cannot write " << file.fileName() << '\n';
            return 1;
        }
    }
    QTextStream(stdout) << n << " seeds in " << dir.path() << '\n';
    return 0;
}
