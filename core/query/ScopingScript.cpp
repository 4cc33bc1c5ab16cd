#include "ScopingScript.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace syncstudio::query {

namespace {

// The helpers every generated script carries. They follow IDM's filter evaluation, so a
// clause means the same in a script as in a sourceCondition: a path that is missing, or a
// value of another kind, never matches; an array matches when one of its items does; text
// compares ignoring case. ES5, for IDM's Rhino as much as for QJSEngine.
const char* const Helpers = R"(    function isList(value) {
        return value instanceof Array ||
            (value !== null && typeof value === "object" && typeof value.length === "number");
    }
    function lookup(path) {
        var value = object;
        var steps = path.split("/").slice(1);
        for (var i = 0; i < steps.length; i++) {
            var step = steps[i].replace(/~1/g, "/").replace(/~0/g, "~");
            if (value === null || typeof value !== "object" ||
                    (isList(value) && !/^[0-9]+$/.test(step)) ||
                    !Object.prototype.hasOwnProperty.call(value, step)) {
                return undefined;
            }
            value = value[step];
        }
        return value;
    }
    function any(path, expected, test) {
        var value = lookup(path);
        var items = value === undefined ? [] : isList(value) ? value : [value];
        for (var i = 0; i < items.length; i++) {
            var item = items[i];
            if (item !== null && typeof item === typeof expected) {
                if (typeof item === "string" ? test(item.toLowerCase(), expected.toLowerCase())
                                             : test(item, expected)) {
                    return true;
                }
            }
        }
        return false;
    }
    function same(a, b) { return a === b; }
    function equals(path, value) { return any(path, value, same); }
    function notEquals(path, value) { return !equals(path, value); }
    function isNotNull(path) { var value = lookup(path); return value !== undefined && value !== null; }
    function isNull(path) { return !isNotNull(path); }
    function startsWith(path, text) {
        return any(path, text, function (a, b) { return a.indexOf(b) === 0; });
    }
    function contains(path, text) {
        return any(path, text, function (a, b) { return a.indexOf(b) >= 0; });
    }
    function greaterThan(path, value) { return any(path, value, function (a, b) { return a > b; }); }
    function lessThan(path, value) { return any(path, value, function (a, b) { return a < b; }); }
    function isTrue(path) { return equals(path, true); }
    function isFalse(path) { return equals(path, false); }
    function matches(path, pattern) {
        var value = lookup(path);
        var items = value === undefined ? [] : isList(value) ? value : [value];
        for (var i = 0; i < items.length; i++) {
            if (typeof items[i] === "string" && new RegExp(pattern).test(items[i])) {
                return true;
            }
        }
        return false;
    }
    function isMemberOf(path, list) {
        for (var i = 0; i < list.length; i++) {
            if (equals(path, list[i])) {
                return true;
            }
        }
        return false;
    }
)";

const char* const Opening = "(function (object) {\n";
const char* const Closing = "}(source));\n";

// A JSON text is a JavaScript literal, except that U+2028 and U+2029 end a line in an ES5
// string literal.
QString javaScriptLiteral(const QJsonValue& value)
{
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    QString text = QString::fromUtf8(json.mid(1, json.size() - 2));
    text.replace(QChar(0x2028), QLatin1String("\\u2028"));
    text.replace(QChar(0x2029), QLatin1String("\\u2029"));
    return text;
}

// A filter value as a literal that reads back as the same kind: a decimal always shows that
// it is one (2.0, 5e+17), because JSON would write the decimal 2.0 as the integer 2.
QString valueLiteral(const FilterValue& value)
{
    QString text = javaScriptLiteral(value.toJson());
    if (value.type() == FilterValue::Type::Double && !text.contains(QLatin1Char('.')) &&
        !text.contains(QLatin1Char('e')) && !text.contains(QLatin1Char('E')))
        text += QStringLiteral(".0");
    return text;
}

QString call(const ScopingClause& clause)
{
    QString text = scopingOperatorFunction(clause.op) + QLatin1Char('(') +
                   javaScriptLiteral(clause.attribute.toString());
    if (clause.op == ScopingOperator::IsMemberOf)
        text += QStringLiteral(", ") +
                javaScriptLiteral(QJsonArray::fromStringList(clause.memberList()));
    else if (scopingOperatorTakesValue(clause.op))
        text += QStringLiteral(", ") + valueLiteral(clause.value);
    return text + QLatin1Char(')');
}

// The calls of the return statement, read from pos on. The layout is checked afterwards by
// generating the script again, so this only needs to find the clauses, not to judge spacing.
void skipSpace(const QString& text, int& pos)
{
    while (pos < text.size() && text.at(pos).isSpace())
        ++pos;
}

bool take(const QString& text, int& pos, QLatin1String token)
{
    skipSpace(text, pos);
    if (!QStringView(text).mid(pos).startsWith(token))
        return false;
    pos += int(token.size());
    return true;
}

// The text of the second argument of "\"first\", second": what follows the first string
// literal and its comma.
QString secondArgument(const QString& args)
{
    int pos = args.indexOf(QLatin1Char('"'));
    for (++pos; pos > 0 && pos < args.size(); ++pos) {
        if (args.at(pos) == QLatin1Char('\\'))
            ++pos;
        else if (args.at(pos) == QLatin1Char('"'))
            break;
    }
    const int comma = args.indexOf(QLatin1Char(','), pos);
    return comma < 0 ? QString() : args.mid(comma + 1).trimmed();
}

std::optional<ScopingClause> readCall(const QString& text, int& pos)
{
    skipSpace(text, pos);
    const int begin = pos;
    while (pos < text.size() && text.at(pos).isLetter())
        ++pos;
    const std::optional<ScopingOperator> op =
        scopingOperatorFromFunction(text.mid(begin, pos - begin));
    if (!op || !take(text, pos, QLatin1String("(")))
        return std::nullopt;
    // The arguments are JSON literals: the call ends at the first ')' outside a string.
    const int argsBegin = pos;
    bool inString = false;
    for (; pos < text.size(); ++pos) {
        const QChar c = text.at(pos);
        if (inString && c == QLatin1Char('\\'))
            ++pos;
        else if (c == QLatin1Char('"'))
            inString = !inString;
        else if (!inString && c == QLatin1Char(')'))
            break;
    }
    if (pos >= text.size())
        return std::nullopt;
    const QString args = text.mid(argsBegin, pos - argsBegin);
    ++pos;
    const QJsonDocument doc = QJsonDocument::fromJson(QStringLiteral("[%1]").arg(args).toUtf8());
    const QJsonArray values = doc.array();
    const int arity = scopingOperatorTakesValue(*op) ? 2 : 1;
    if (!doc.isArray() || values.size() != arity || !values.at(0).isString())
        return std::nullopt;
    ScopingClause clause;
    clause.attribute = JsonPointer::parse(values.at(0).toString());
    clause.op = *op;
    if (*op == ScopingOperator::IsMemberOf) {
        if (!values.at(1).isArray())
            return std::nullopt;
        QStringList items;
        for (const QJsonValue& item : values.at(1).toArray())
            items << item.toString();
        clause.value = FilterValue::string(items.join(QLatin1Char(',')));
    } else if (arity == 2) {
        std::optional<FilterValue> value = FilterValue::fromJson(values.at(1));
        if (!value)
            return std::nullopt;
        // JSON has one kind of number; the filter has two. The literal says which it was:
        // 5e+17 was a decimal (5.e017) even though its value is whole.
        if (values.at(1).isDouble()) {
            const QString literal = secondArgument(args);
            const bool decimal = literal.contains(QLatin1Char('.')) ||
                                 literal.contains(QLatin1Char('e')) ||
                                 literal.contains(QLatin1Char('E'));
            value = decimal ? FilterValue::number(values.at(1).toDouble())
                            : FilterValue::integer(values.at(1).toInteger()); // exact past 2^53
        }
        clause.value = *value;
    }
    return clause;
}

// "true;" or "(call && call) || (call)".
std::optional<QVector<ScopingGroup>> readGroups(const QString& text)
{
    int pos = 0;
    QVector<ScopingGroup> groups;
    if (take(text, pos, QLatin1String("true;")))
        return groups;
    do {
        if (!take(text, pos, QLatin1String("(")))
            return std::nullopt;
        ScopingGroup group;
        do {
            const std::optional<ScopingClause> clause = readCall(text, pos);
            if (!clause)
                return std::nullopt;
            group << *clause;
        } while (take(text, pos, QLatin1String("&&")));
        if (!take(text, pos, QLatin1String(")")))
            return std::nullopt;
        groups << group;
    } while (take(text, pos, QLatin1String("||")));
    return groups;
}

} // namespace

QString ScopingScript::marker()
{
    return QStringLiteral("// SyncStudio scoping filter: generated from clauses (AND within a "
                          "group, OR between groups); edit the clauses in SyncStudio.");
}

QString ScopingScript::generate(const QVector<ScopingGroup>& groups)
{
    QString script = marker() + QLatin1Char('\n') + QLatin1String(Opening) +
                     QLatin1String(Helpers) + QLatin1String("    return ");
    if (groups.isEmpty()) {
        script += QLatin1String("true;\n");
    } else {
        QStringList groupTexts;
        for (const ScopingGroup& group : groups) {
            QStringList calls;
            for (const ScopingClause& clause : group)
                calls << QStringLiteral("        ") + call(clause);
            groupTexts << QStringLiteral("(\n") + calls.join(QStringLiteral(" &&\n")) +
                              QStringLiteral("\n    )");
        }
        script += groupTexts.join(QStringLiteral(" || ")) + QLatin1String(";\n");
    }
    return script + QLatin1String(Closing);
}

std::optional<QVector<ScopingGroup>> ScopingScript::read(const QString& script, QString* reason)
{
    const auto notGenerated = [reason](const QString& why) {
        if (reason)
            *reason = why;
        return std::nullopt;
    };
    const QString head = marker() + QLatin1Char('\n') + QLatin1String(Opening) +
                         QLatin1String(Helpers) + QLatin1String("    return ");
    if (!script.startsWith(marker()))
        return notGenerated(QStringLiteral("the validSource script was not generated by "
                                           "SyncStudio from clauses"));
    if (!script.startsWith(head))
        return notGenerated(QStringLiteral("the helper functions of the generated validSource "
                                           "script were edited by hand"));
    const QString body = script.mid(head.size());
    const std::optional<QVector<ScopingGroup>> groups = readGroups(body);
    if (!groups || generate(*groups).trimmed() != script.trimmed())
        return notGenerated(QStringLiteral("the clauses of the generated validSource script "
                                           "were edited by hand"));
    for (const ScopingGroup& group : *groups) {
        if (group.isEmpty())
            return notGenerated(QStringLiteral("the generated validSource script has an empty "
                                               "group"));
    }
    return groups;
}

} // namespace syncstudio::query
