#include "ScriptCommands.h"

#include "CliContext.h"
#include "script/ScriptHost.h"
#include "script/ScriptLogCollector.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace syncstudio::cli {

using namespace syncstudio::script;

namespace {

// Not a user error and not a value: the script needs something a preview does not do.
constexpr int NotEvaluatedStatus = 2;

// Reads "name=JSON" into object; a scalar is JSON too ("\"text\"", 42, true, null).
bool parseBinding(const QString& option, const QString& text, QJsonObject* object)
{
    const int equals = int(text.indexOf(QLatin1Char('=')));
    if (equals <= 0) {
        fail(QStringLiteral("--%1 '%2': expected NAME=JSON").arg(option, text));
        return false;
    }
    const QString name = text.left(equals);
    QJsonParseError error;
    // Wrapped in an array because QJsonDocument takes only objects and arrays.
    const QJsonDocument doc = QJsonDocument::fromJson(
        QByteArray("[") + text.mid(equals + 1).toUtf8() + QByteArray("\n]"), &error);
    if (error.error != QJsonParseError::NoError || doc.array().size() != 1) {
        fail(QStringLiteral("--%1 %2: the value is not JSON (%3); a string needs its quotes: "
                            "%2='\"text\"'")
                 .arg(option, name,
                      error.error != QJsonParseError::NoError
                          ? error.errorString()
                          : QStringLiteral("one value expected")));
        return false;
    }
    object->insert(name, doc.array().first());
    return true;
}

QString compact(const QJsonValue& value)
{
    const QString text =
        QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
    return text.mid(1, text.size() - 2);
}

QString statusName(const ScriptResult& result)
{
    switch (result.status) {
    case ScriptResult::Status::Value:
        return QStringLiteral("value");
    case ScriptResult::Status::Error:
        return QStringLiteral("error");
    case ScriptResult::Status::NotEvaluated:
        return QStringLiteral("notEvaluated");
    }
    return {};
}

} // namespace

int runEvalScript(const QStringList& arguments)
{
    QCommandLineParser parser;
    QStringList kinds;
    for (const ScriptKindInfo& info : scriptKinds())
        kinds << info.name;
    parser.setApplicationDescription(
        QStringLiteral(
            "Runs one IDM script object and prints its value as compact JSON on stdout.\n"
            "The value of a script is that of its last expression statement, as in IDM.\n"
            "Log messages (logger.*, console.log) and notes go to stderr.\n\n"
            "Exit status: 0 with a value; 1 for a script error (printed GCC-style on stderr:\n"
            "FILE:LINE: error: MESSAGE) or a usage error; 2 when the script is not evaluated\n"
            "in preview (a Groovy script, openidm.create/update/patch/delete/action,\n"
            "require(...), openidm.read/query without connectors): the reason goes to stderr\n"
            "as \"not evaluated in preview: ...\" and nothing to stdout.\n\n"
            "Kinds (what IDM binds for each): %1.")
            .arg(kinds.join(QStringLiteral(", "))));
    const QCommandLineOption type(QStringLiteral("type"),
                                  QStringLiteral("the script type (default text/javascript)"),
                                  QStringLiteral("T"), QStringLiteral("text/javascript"));
    const QCommandLineOption source(QStringLiteral("source"), QStringLiteral("the script text"),
                                    QStringLiteral("S"));
    const QCommandLineOption file(QStringLiteral("file"),
                                  QStringLiteral("a script file: relative to the project's "
                                                 "script/ folder with --project, else a path"),
                                  QStringLiteral("F"));
    const QCommandLineOption project(QStringLiteral("project"),
                                     QStringLiteral("the project folder for --file"),
                                     QStringLiteral("P"));
    const QCommandLineOption bind(QStringLiteral("bind"),
                                  QStringLiteral("bind a variable to a JSON value (repeatable)"),
                                  QStringLiteral("name=JSON"));
    const QCommandLineOption global(QStringLiteral("global"),
                                    QStringLiteral("a \"globals\" entry of the script object "
                                                   "(repeatable)"),
                                    QStringLiteral("name=JSON"));
    const QCommandLineOption kind(QStringLiteral("kind"),
                                  QStringLiteral("the script kind; only what IDM binds for it may "
                                                 "be bound (default: script, anything)"),
                                  QStringLiteral("K"), QStringLiteral("script"));
    const QCommandLineOption timeout(QStringLiteral("timeout-ms"),
                                     QStringLiteral("interrupt the script after N ms (default "
                                                    "2000)"),
                                     QStringLiteral("N"), QStringLiteral("2000"));
    const QCommandLineOption context(QStringLiteral("context"),
                                     QStringLiteral("a label for messages, e.g. 'mapping m, "
                                                    "property p transform'"),
                                     QStringLiteral("LABEL"));
    const QCommandLineOption show(QStringLiteral("show"),
                                  QStringLiteral("print this binding as the script left it "
                                                 "(e.g. target of onCreate) instead of the value"),
                                  QStringLiteral("NAME"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("print the whole result as a JSON object: status, "
                                                 "value, message, line, notes, log, bound"));
    for (const QCommandLineOption& option :
         {type, source, file, project, bind, global, kind, timeout, context, show, json})
        parser.addOption(option);
    parseArguments(parser, arguments, 0);

    if (parser.isSet(source) == parser.isSet(file))
        return fail(QStringLiteral("eval-script needs exactly one of --source S and --file F"));
    const ScriptKindInfo* kindInfo = scriptKindByName(parser.value(kind));
    if (!kindInfo)
        return fail(QStringLiteral("unknown --kind '%1'; one of: %2")
                        .arg(parser.value(kind), kinds.join(QStringLiteral(", "))));
    bool timeoutOk = false;
    const int timeoutMs = parser.value(timeout).toInt(&timeoutOk);
    if (!timeoutOk || timeoutMs <= 0)
        return fail(QStringLiteral("--timeout-ms '%1': expected a positive number of "
                                   "milliseconds")
                        .arg(parser.value(timeout)));

    ScriptCall call;
    call.kind = kindInfo->kind;
    call.context = parser.value(context);
    call.script.present = true;
    call.script.type = parser.value(type);
    for (const QString& b : parser.values(bind)) {
        if (!parseBinding(QStringLiteral("bind"), b, &call.bindings))
            return UserError;
    }
    for (const QString& g : parser.values(global)) {
        if (!parseBinding(QStringLiteral("global"), g, &call.script.globals))
            return UserError;
    }
    if (parser.isSet(show))
        call.readBack << parser.value(show);

    ScriptLogCollector log;
    ScriptSettings settings;
    settings.timeoutMs = timeoutMs;
    settings.logSink = &log;
    if (parser.isSet(source)) {
        call.script.source = parser.value(source);
    } else if (parser.isSet(project)) {
        if (!QFileInfo(parser.value(project)).isDir())
            return fail(QStringLiteral("--project %1: no such folder").arg(parser.value(project)));
        settings.projectRoot = parser.value(project);
        call.script.file = parser.value(file);
    } else {
        // Without a project the file is named directly: read it here, as the user asked for
        // it, and run its text.
        QFile f(parser.value(file));
        if (!f.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("%1: cannot read the script file: %2")
                            .arg(parser.value(file), f.errorString()));
        call.script.source = QString::fromUtf8(f.readAll());
    }

    ScriptHost host(settings);
    ScriptResult result = host.run(call);
    if (result.file.isEmpty() && parser.isSet(file))
        result.file = parser.value(file);

    QJsonArray logArray;
    for (const ScriptLogMessage& m : log.messages()) {
        if (parser.isSet(json))
            logArray.append(
                QJsonObject{{QStringLiteral("level"), ScriptLogMessage::levelName(m.level)},
                            {QStringLiteral("message"), m.text}});
        else
            printError(
                QStringLiteral("log: %1: %2").arg(ScriptLogMessage::levelName(m.level), m.text));
    }
    const int status = result.isValue()   ? int(Success)
                       : result.isError() ? int(UserError)
                                          : NotEvaluatedStatus;
    if (parser.isSet(json)) {
        QJsonObject out{{QStringLiteral("status"), statusName(result)},
                        {QStringLiteral("value"), result.value},
                        {QStringLiteral("notes"), QJsonArray::fromStringList(result.notes)},
                        {QStringLiteral("log"), logArray},
                        {QStringLiteral("bound"), result.bound}};
        if (!result.isValue())
            out.insert(QStringLiteral("message"), result.message);
        if (result.line > 0)
            out.insert(QStringLiteral("line"), result.line);
        if (!result.file.isEmpty())
            out.insert(QStringLiteral("file"), result.file);
        printOut(QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact)));
        return status;
    }
    for (const QString& note : std::as_const(result.notes))
        printError(QStringLiteral("note: ") + note);
    if (!result.isValue()) {
        printError(result.toString());
        return status;
    }
    if (parser.isSet(show)) {
        if (!result.bound.contains(parser.value(show)))
            return fail(QStringLiteral("--show %1: the script has no binding of that name")
                            .arg(parser.value(show)));
        printOut(compact(result.bound.value(parser.value(show))));
        return Success;
    }
    printOut(compact(result.value));
    return Success;
}

} // namespace syncstudio::cli
