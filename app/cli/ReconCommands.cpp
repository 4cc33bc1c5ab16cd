#include "ReconCommands.h"

#include "CliContext.h"
#include "ProgressBar.h"
#include "config/ProcessingOrder.h"
#include "query/QueryFilter.h"
#include "recon/ProjectEnvironment.h"
#include "repo/LinkQuery.h"
#include "repo/SqlLinkStore.h"
#include "secrets/KeychainSecretLookup.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace syncstudio::cli {

using namespace syncstudio::recon;

namespace {

QString phaseName(ReconProgress::Phase phase)
{
    switch (phase) {
    case ReconProgress::Phase::Links:
        return QStringLiteral("links");
    case ReconProgress::Phase::Targets:
        return QStringLiteral("targets");
    case ReconProgress::Phase::Source:
        return QStringLiteral("source");
    case ReconProgress::Phase::Target:
        return QStringLiteral("target");
    case ReconProgress::Phase::Done:
        return QStringLiteral("done");
    }
    return {};
}

QJsonObject resultJson(const ObjectResult& r)
{
    QJsonObject json{
        {QStringLiteral("phase"), r.phase == ObjectResult::Phase::Source
                                      ? QStringLiteral("source")
                                      : QStringLiteral("target")},
        {QStringLiteral("linkQualifier"), r.linkQualifier},
        {QStringLiteral("sourceId"), r.sourceId},
        {QStringLiteral("targetId"), r.targetId},
        {QStringLiteral("situation"), config::situationName(r.situation)},
        {QStringLiteral("action"), config::actionName(r.action)},
        {QStringLiteral("status"), r.status == ObjectResult::Status::Success
                                       ? QStringLiteral("SUCCESS")
                                       : QStringLiteral("FAILURE")},
    };
    QJsonArray changes;
    for (const AttributeChange& c : r.changes) {
        QJsonObject change{{QStringLiteral("attribute"), c.attribute}};
        if (!c.oldValue.isUndefined())
            change.insert(QStringLiteral("old"), c.oldValue);
        if (!c.newValue.isUndefined())
            change.insert(QStringLiteral("new"), c.newValue);
        changes.append(change);
    }
    if (!changes.isEmpty())
        json.insert(QStringLiteral("changes"), changes);
    if (!r.ambiguousTargetIds.isEmpty())
        json.insert(QStringLiteral("ambiguousTargetIds"),
                    QJsonArray::fromStringList(r.ambiguousTargetIds));
    if (!r.message.isEmpty())
        json.insert(QStringLiteral("message"), r.message);
    if (!r.notes.isEmpty())
        json.insert(QStringLiteral("notes"), QJsonArray::fromStringList(r.notes));
    return json;
}

// "CONFIRMED UPDATE alice -> 42: mail "a@x" -> "b@x"", one line per object for people.
QString resultLine(const ObjectResult& r)
{
    QString line = QStringLiteral("%1 %2 %3")
                       .arg(config::situationName(r.situation), config::actionName(r.action),
                            r.sourceId.isEmpty() ? QStringLiteral("-") : r.sourceId);
    if (!r.targetId.isEmpty())
        line += QStringLiteral(" -> ") + r.targetId;
    QStringList changes;
    for (const AttributeChange& c : r.changes) {
        auto show = [](const QJsonValue& v) {
            if (v.isUndefined())
                return QStringLiteral("(none)");
            return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))
                .mid(1)
                .chopped(1);
        };
        changes
            << QStringLiteral("%1 %2 -> %3").arg(c.attribute, show(c.oldValue), show(c.newValue));
    }
    if (!changes.isEmpty())
        line += QStringLiteral(": ") + changes.join(QStringLiteral(", "));
    if (!r.message.isEmpty())
        line += QStringLiteral(" [%1]").arg(r.message);
    return line;
}

struct Setup
{
    std::unique_ptr<config::Project> project;
    std::unique_ptr<ProjectEnvironment> environment;
};

bool openEnvironment(const QString& path, Setup* setup)
{
    setup->project = openProject(path);
    if (!setup->project)
        return false;
    QString error;
    setup->environment = ProjectEnvironment::open(
        *setup->project, secrets::keychainSecretLookup(setup->project->rootPath()), &error);
    if (!setup->environment) {
        fail(error);
        return false;
    }
    return true;
}

// Runs one mapping, with a progress bar on a terminal; prints each result as it comes when
// printResults is set.
ReconStatistics runMapping(const Setup& setup, const config::Mapping& mapping,
                           const ReconOptions& options, bool printResults, bool json,
                           QJsonArray* collected, bool* ok)
{
    QString error;
    const MappingRules rules = MappingRules::fromMapping(mapping, &error);
    ReconStatistics statistics;
    if (!error.isEmpty()) {
        statistics.error = error;
        *ok = false;
        return statistics;
    }
    ReconEngine engine(setup.environment->reconEnvironment(), rules);
    ReconControl control;
    ProgressBar bar;
    statistics = engine.run(
        options, control,
        [&](const ObjectResults& batch) {
            if (!printResults)
                return;
            bar.clear();
            for (const ObjectResult& r : batch) {
                if (json)
                    collected->append(resultJson(r));
                else
                    printOut(resultLine(r));
            }
        },
        [&](const ReconProgress& p) {
            bar.show(rules.name.left(24) + QLatin1Char(' ') + phaseName(p.phase), p.processed,
                     p.total, p.ratePerSecond);
        });
    bar.clear();
    *ok = statistics.error.isEmpty() && statistics.failed == 0;
    return statistics;
}

void printSummary(const ReconStatistics& s)
{
    QStringList situations;
    for (const QString& name : config::allSituationNames()) {
        if (const qint64 n = s.situations.value(*config::situationFromName(name)))
            situations << QStringLiteral("%1 %2").arg(name).arg(n);
    }
    printError(QStringLiteral("%1: %2 (%3 object(s), %4 to change, %5 failed)")
                   .arg(s.mappingName, s.state)
                   .arg(s.processed())
                   .arg(s.changedObjects)
                   .arg(s.failed));
    if (!situations.isEmpty())
        printError(QStringLiteral("  ") + situations.join(QStringLiteral(", ")));
    if (!s.error.isEmpty())
        printError(QStringLiteral("syncstudio-cli: error: ") + s.error);
}

} // namespace

int runPreview(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Shows what reconciling a mapping would do, writing nothing: per object the situation, "
        "the action and the attributes it would change (old -> new)."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("the project folder"));
    const QCommandLineOption mappingOption(QStringLiteral("mapping"), QStringLiteral("the mapping"),
                                           QStringLiteral("NAME"));
    const QCommandLineOption json(
        QStringLiteral("json"),
        QStringLiteral("print the results and IDM's recon statistics as JSON"));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   QStringLiteral("stop after N source objects"),
                                   QStringLiteral("N"));
    const QCommandLineOption sourceId(QStringLiteral("source-id"),
                                      QStringLiteral("preview only this source object"),
                                      QStringLiteral("ID"));
    parser.addOptions({mappingOption, json, limit, sourceId});
    parseArguments(parser, arguments, 1);
    if (!parser.isSet(mappingOption))
        return fail(QStringLiteral("preview needs --mapping NAME"));

    Setup setup;
    if (!openEnvironment(parser.positionalArguments().first(), &setup))
        return UserError;
    const config::Mapping mapping = setup.project->mapping(parser.value(mappingOption));
    if (!mapping.file())
        return fail(QStringLiteral("no mapping named \"%1\"; see syncstudio-cli order")
                        .arg(parser.value(mappingOption)));
    ReconOptions options;
    options.dryRun = true;
    options.limit = parser.value(limit).toLongLong();
    options.sourceId = parser.value(sourceId);
    QJsonArray results;
    bool ok = false;
    const ReconStatistics statistics =
        runMapping(setup, mapping, options, true, parser.isSet(json), &results, &ok);
    if (parser.isSet(json)) {
        QJsonObject out = statistics.toJson();
        out.insert(QStringLiteral("results"), results);
        printOut(QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented)).trimmed());
    } else {
        printSummary(statistics);
    }
    return statistics.error.isEmpty() ? Success : UserError;
}

int runRecon(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Reconciles a mapping (or --all, in processing order): writes the changes, keeps the "
        "links, "
        "records the run. Exits 1 when a run failed or an object could not be handled."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("the project folder"));
    const QCommandLineOption mappingOption(QStringLiteral("mapping"), QStringLiteral("the mapping"),
                                           QStringLiteral("NAME"));
    const QCommandLineOption all(QStringLiteral("all"),
                                 QStringLiteral("every mapping, in processing order"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("print IDM's recon statistics as JSON"));
    const QCommandLineOption verbose(QStringLiteral("verbose"),
                                     QStringLiteral("print every object's result"));
    parser.addOptions({mappingOption, all, json, verbose});
    parseArguments(parser, arguments, 1);
    if (parser.isSet(mappingOption) == parser.isSet(all))
        return fail(QStringLiteral("recon needs either --mapping NAME or --all"));

    Setup setup;
    if (!openEnvironment(parser.positionalArguments().first(), &setup))
        return UserError;
    QVector<config::Mapping> mappings;
    if (parser.isSet(all)) {
        const config::ProcessingOrder order = config::computeProcessingOrder(*setup.project);
        if (!order.cycles.isEmpty())
            return fail(
                QStringLiteral("syncAfter cycle: %1; there is no order to run the mappings in")
                    .arg(order.cycles.first().join(QStringLiteral(" -> "))));
        mappings = order.mappings;
    } else {
        const config::Mapping m = setup.project->mapping(parser.value(mappingOption));
        if (!m.file())
            return fail(QStringLiteral("no mapping named \"%1\"").arg(parser.value(mappingOption)));
        mappings << m;
    }
    ReconOptions options;
    options.dryRun = false;
    QJsonArray runs;
    QJsonArray unused;
    bool allOk = true;
    for (const config::Mapping& m : mappings) {
        bool ok = false;
        const ReconStatistics statistics =
            runMapping(setup, m, options, parser.isSet(verbose), false, &unused, &ok);
        allOk = allOk && ok;
        if (parser.isSet(json))
            runs.append(statistics.toJson());
        else
            printSummary(statistics);
        if (!statistics.error.isEmpty())
            break; // a later mapping may depend on this one (syncAfter)
    }
    if (parser.isSet(json))
        printOut(QString::fromUtf8(QJsonDocument(runs.size() == 1
                                                     ? QJsonDocument(runs.first().toObject())
                                                     : QJsonDocument(runs))
                                       .toJson(QJsonDocument::Indented))
                     .trimmed());
    return allOk ? Success : UserError;
}

int runLinks(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Prints the links of a mapping, one JSON object a line: sourceId, targetId, "
                       "linkQualifier."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("the project folder"));
    const QCommandLineOption mappingOption(QStringLiteral("mapping"), QStringLiteral("the mapping"),
                                           QStringLiteral("NAME"));
    const QCommandLineOption filterOption(
        QStringLiteral("query-filter"),
        QStringLiteral("only the links matching F (fields sourceId, targetId, linkQualifier)"),
        QStringLiteral("F"));
    parser.addOptions({mappingOption, filterOption});
    parseArguments(parser, arguments, 1);
    if (!parser.isSet(mappingOption))
        return fail(QStringLiteral("links needs --mapping NAME"));
    std::optional<query::QueryFilter> filter = query::QueryFilter::literal(true);
    if (parser.isSet(filterOption)) {
        query::QueryFilterError error;
        filter = query::QueryFilter::parse(parser.value(filterOption), &error);
        if (!filter)
            return fail(QStringLiteral("--query-filter: %1").arg(error.toString()));
    }
    Setup setup;
    if (!openEnvironment(parser.positionalArguments().first(), &setup))
        return UserError;
    const config::Mapping m = setup.project->mapping(parser.value(mappingOption));
    if (!m.file())
        return fail(QStringLiteral("no mapping named \"%1\"").arg(parser.value(mappingOption)));
    QString error;
    const MappingRules rules = MappingRules::fromMapping(m, &error);
    // The database filters and pages, as for the GUI's links browser.
    repo::LinkQuery query;
    query.linkType = rules.linkType;
    query.reversed = rules.linksReversed;
    query.filter = *filter;
    repo::SqlLinkStore store(setup.environment->repository());
    constexpr int pageSize = 1000;
    QVector<repo::MappingLink> page;
    std::optional<repo::MappingLink> last;
    do {
        page.clear();
        if (!store.linksPage(query, last ? &*last : nullptr, pageSize, &page, &error))
            return fail(error);
        for (const repo::MappingLink& link : page) {
            const QJsonObject json{{QStringLiteral("sourceId"), link.sourceId},
                                   {QStringLiteral("targetId"), link.targetId},
                                   {QStringLiteral("linkQualifier"), link.linkQualifier}};
            printOut(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
        }
        if (!page.isEmpty())
            last = page.last();
    } while (page.size() == pageSize);
    return Success;
}

} // namespace syncstudio::cli
