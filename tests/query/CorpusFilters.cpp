#include "CorpusFilters.h"

#include "TestProject.h"
#include "config/Mapping.h"
#include "config/Project.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace syncstudio::test {

using namespace syncstudio::config;

namespace {

const QRegularExpression& queryFilterKey()
{
    static const QRegularExpression key(QStringLiteral("['\"]?_queryFilter['\"]?\\s*:\\s*"));
    return key;
}

int lineOf(const QString& text, qsizetype offset)
{
    return int(text.left(offset).count(QLatin1Char('\n'))) + 1;
}

void addScriptFilters(const QString& source, const QString& where, bool withLine,
                      QVector<CorpusFilter>& out, int& skipped)
{
    QRegularExpressionMatchIterator it = queryFilterKey().globalMatch(source);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString filter = filterFromScriptExpression(source, int(match.capturedEnd()));
        if (filter.isNull()) {
            ++skipped;
            continue;
        }
        const QString at =
            withLine ? QStringLiteral("%1:%2").arg(where).arg(lineOf(source, match.capturedStart()))
                     : where;
        out.push_back({at, filter});
    }
}

void walkJson(const JsonText& json, JsonText::NodeId node, const QString& where,
              QVector<CorpusFilter>& out, int& skipped)
{
    if (json.isObject(node) || json.isArray(node)) {
        for (int i = 0; i < json.childCount(node); ++i) {
            const JsonText::NodeId child = json.child(node, i);
            if (json.isObject(node)) {
                const QString key = json.keyOf(child);
                if ((key == QLatin1String("queryFilter") || key == QLatin1String("_queryFilter")) &&
                    json.isString(child)) {
                    out.push_back({where + json.pointerOf(child), json.stringValue(child)});
                    continue;
                }
            }
            walkJson(json, child, where, out, skipped);
        }
    } else if (json.isString(node)) {
        const QString text = json.stringValue(node);
        if (text.contains(QLatin1String("_queryFilter")))
            addScriptFilters(text, where + json.pointerOf(node), false, out, skipped);
    }
}

} // namespace

QString filterFromScriptExpression(const QString& source, int from)
{
    QString filter;
    bool sawLiteral = false;
    int pos = from;
    const int size = int(source.size());
    const auto skipSpace = [&] {
        while (pos < size && source.at(pos).isSpace())
            ++pos;
    };
    for (;;) {
        skipSpace();
        if (pos >= size)
            return {};
        const QChar c = source.at(pos);
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            for (++pos; pos < size && source.at(pos) != c; ++pos) {
                QChar d = source.at(pos);
                if (d == QLatin1Char('\\') && pos + 1 < size) {
                    d = source.at(++pos);
                    if (d == QLatin1Char('n'))
                        d = QLatin1Char('\n');
                    else if (d == QLatin1Char('t'))
                        d = QLatin1Char('\t');
                }
                filter += d;
            }
            if (pos >= size)
                return {};
            ++pos;
            sawLiteral = true;
        } else if (c.isLetter() || c == QLatin1Char('_') || c == QLatin1Char('$')) {
            while (pos < size &&
                   (source.at(pos).isLetterOrNumber() || source.at(pos) == QLatin1Char('_') ||
                    source.at(pos) == QLatin1Char('$') || source.at(pos) == QLatin1Char('.')))
                ++pos;
            filter += QLatin1Char('0');
        } else {
            return {};
        }
        skipSpace();
        if (pos < size && source.at(pos) == QLatin1Char('+')) {
            ++pos;
            continue;
        }
        // The expression must end where a value in an object literal ends.
        if (pos < size && !QStringLiteral(",});").contains(source.at(pos)))
            return {};
        return sawLiteral ? filter : QString();
    }
}

QVector<CorpusFilter> corpusFilters(int* skippedOut)
{
    QVector<CorpusFilter> out;
    int skipped = 0;
    const QDir corpus(QStringLiteral(SYNCSTUDIO_CORPUS_DIR));
    for (const QString& path : corpusProjects()) {
        const auto project = Project::open(path, nullptr);
        if (!project)
            continue;
        const QString sample = corpus.relativeFilePath(path) + QLatin1Char('/');
        for (const Mapping& m : project->mappings()) {
            const QString file = sample + m.file()->relativePath;
            if (m.sourceCondition().isFilter())
                out.push_back({file + m.pointer() + QStringLiteral("/sourceCondition"),
                               m.sourceCondition().filter});
            for (const PropertyMapping& p : m.properties()) {
                if (p.condition.isFilter())
                    out.push_back(
                        {file + p.pointer + QStringLiteral("/condition"), p.condition.filter});
            }
            for (const Policy& p : m.policies()) {
                if (p.condition.isFilter())
                    out.push_back(
                        {file + p.pointer + QStringLiteral("/condition"), p.condition.filter});
            }
        }
        for (const auto& file : project->files()) {
            if (file->isValid())
                walkJson(file->json, file->json.root(), sample + file->relativePath, out, skipped);
        }
        for (const QString& other : project->otherFiles()) {
            if (!other.endsWith(QLatin1String(".js")) && !other.endsWith(QLatin1String(".groovy")))
                continue;
            QFile file(QDir(project->rootPath()).filePath(other));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            addScriptFilters(QString::fromUtf8(file.readAll()), sample + other, true, out, skipped);
        }
    }
    if (skippedOut)
        *skippedOut = skipped;
    return out;
}

} // namespace syncstudio::test
