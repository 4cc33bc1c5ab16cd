// Measures how many transform calls a second one script host runs, the way a reconciliation
// worker calls them: one compiled script, a new source value each call. Not a test; run it
// by hand: BenchScript [calls].
#include "script/ScriptHost.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QTextStream>

using namespace syncstudio::script;

namespace {

double callsPerSecond(ScriptHost& host, const QString& source, bool wholeObject, int calls)
{
    ScriptCall call;
    call.kind = ScriptKind::Transform;
    call.script.present = true;
    call.script.type = QStringLiteral("text/javascript");
    call.script.source = source;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < calls; ++i) {
        const QString name = QStringLiteral("User%1").arg(i);
        call.bindings = {{QStringLiteral("linkQualifier"), QStringLiteral("default")}};
        if (wholeObject)
            call.bindings.insert(
                QStringLiteral("source"),
                QJsonObject{{QStringLiteral("givenName"), name},
                            {QStringLiteral("sn"), QStringLiteral("Smith")},
                            {QStringLiteral("mail"), QString(name + QStringLiteral("@x"))}});
        else
            call.bindings.insert(QStringLiteral("source"), name);
        const ScriptResult r = host.run(call);
        if (!r.isValue())
            qFatal("%s", qPrintable(r.toString()));
    }
    return calls * 1000.0 / double(std::max<qint64>(1, timer.elapsed()));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int calls = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 200000;
    ScriptHost host({});
    QTextStream out(stdout);
    out << "attribute transform  source.toLowerCase():            "
        << qRound(callsPerSecond(host, QStringLiteral("source.toLowerCase()"), false, calls))
        << " calls/s\n";
    out << "object transform     givenName + ' ' + sn:            "
        << qRound(callsPerSecond(host, QStringLiteral("source.givenName + ' ' + source.sn"), true,
                                 calls))
        << " calls/s\n";
    out << "statements           var n = ...; n (last expression): "
        << qRound(callsPerSecond(host, QStringLiteral("var n = source.givenName;\nn.toUpperCase()"),
                                 true, calls))
        << " calls/s\n";
    out << "if/else (eval path)  if (...) {...} else {...}:       "
        << qRound(callsPerSecond(host,
                                 QStringLiteral("if (source.sn) { source.sn } else { 'none' }"),
                                 true, calls / 4))
        << " calls/s\n";
    return 0;
}
