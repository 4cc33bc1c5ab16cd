#include "connectors/scim/ScimFilterTranslator.h"

#include <QTest>

using syncstudio::connectors::ConnectorError;
using syncstudio::connectors::scim::ScimFilterTranslator;
using syncstudio::query::FilterValue;
using syncstudio::query::JsonPointer;
using syncstudio::query::QueryFilter;
using Match = ScimFilterTranslator::Result::Match;

Q_DECLARE_METATYPE(Match)

namespace {

// Fields as an object type's properties map them.
QString attributePath(const JsonPointer& field)
{
    static const QHash<QString, QString> paths{{"userName", "userName"},
                                               {"familyName", "name.familyName"},
                                               {"email", "emails.value"},
                                               {"active", "active"},
                                               {"score", "score"},
                                               {"costCenter",
                                                "urn:ietf:params:scim:schemas:extension:"
                                                "enterprise:2.0:User:costCenter"},
                                               {"evil", "userName or id pr"}};
    return field.size() == 1 ? paths.value(field.tokens().first()) : QString();
}

} // namespace

// CREST filters as the SCIM service gets them: the service runs the filter, so what it gets
// must mean what the user wrote, with values quoted so that no value can change the filter.
class TestScimFilterTranslator : public QObject
{
    Q_OBJECT
private slots:
    void translates_data();
    void translates();
    void fieldsWithoutScimAttributeAreErrors_data();
    void fieldsWithoutScimAttributeAreErrors();
    void stringsAreJsonLiterals();
};

void TestScimFilterTranslator::translates_data()
{
    QTest::addColumn<QString>("crest");
    QTest::addColumn<Match>("match");
    QTest::addColumn<QString>("scim");
    QTest::newRow("eq") << "/userName eq \"bjensen\"" << Match::Filter << "userName eq \"bjensen\"";
    QTest::newRow("co, sub-attribute")
        << "familyName co \"ens\"" << Match::Filter << "name.familyName co \"ens\"";
    QTest::newRow("sw, value with URL syntax")
        << "/email sw \"a+b&c=d\"" << Match::Filter << "emails.value sw \"a+b&c=d\"";
    QTest::newRow("quote in the value")
        << "/familyName eq \"O\\\"Brien\"" << Match::Filter << "name.familyName eq \"O\\\"Brien\"";
    QTest::newRow("gt") << "/userName gt \"m\"" << Match::Filter << "userName gt \"m\"";
    QTest::newRow("ge decimal") << "/score ge 4.5" << Match::Filter << "score ge 4.5";
    QTest::newRow("lt integer") << "/score lt 10" << Match::Filter << "score lt 10";
    QTest::newRow("le negative") << "/score le -2" << Match::Filter << "score le -2";
    QTest::newRow("boolean") << "/active eq true" << Match::Filter << "active eq true";
    QTest::newRow("null") << "/email eq null" << Match::Filter << "emails.value eq null";
    QTest::newRow("schema URN attribute") << "/costCenter eq \"42\"" << Match::Filter
                                          << "urn:ietf:params:scim:schemas:extension:enterprise:"
                                             "2.0:User:costCenter eq \"42\"";
    QTest::newRow("pr") << "/email pr" << Match::Filter << "emails.value pr";
    QTest::newRow("not") << "!(/email pr)" << Match::Filter << "not (emails.value pr)";
    QTest::newRow("and inside or keeps its grouping")
        << "/userName eq \"a\" or (/active eq true and /score gt 1)" << Match::Filter
        << "userName eq \"a\" or (active eq true and score gt 1)";
    QTest::newRow("or inside and keeps its grouping")
        << "(/userName eq \"x\" or /userName eq \"y\") and /active eq false" << Match::Filter
        << "(userName eq \"x\" or userName eq \"y\") and active eq false";
    QTest::newRow("true drops out of and")
        << "/userName eq \"x\" and true" << Match::Filter << "userName eq \"x\"";
    QTest::newRow("false drops out of or")
        << "false or /active eq true" << Match::Filter << "active eq true";
    QTest::newRow("true decides or") << "/userName eq \"x\" or true" << Match::All << "";
    QTest::newRow("false decides and") << "/userName eq \"x\" and !(true)" << Match::None << "";
    QTest::newRow("true") << "true" << Match::All << "";
    QTest::newRow("false") << "false" << Match::None << "";
}

void TestScimFilterTranslator::translates()
{
    QFETCH(QString, crest);
    QFETCH(Match, match);
    QFETCH(QString, scim);
    const auto filter = QueryFilter::parse(crest);
    QVERIFY(filter);
    const ScimFilterTranslator::Result r = ScimFilterTranslator::translate(*filter, attributePath);
    QVERIFY2(!r.error.isError(), qPrintable(r.error.toString()));
    QCOMPARE(r.match, match);
    QCOMPARE(r.filter, scim);
}

void TestScimFilterTranslator::fieldsWithoutScimAttributeAreErrors_data()
{
    QTest::addColumn<QString>("crest");
    QTest::addColumn<QString>("message");
    QTest::newRow("unmapped") << "/shoeSize eq 9"
                              << "the field /shoeSize has no SCIM attribute";
    QTest::newRow("nested pointer") << "/name/familyName eq \"x\""
                                    << "the field /name/familyName has no SCIM attribute";
    // A nativeName that is not an attribute path cannot smuggle operators into the filter.
    QTest::newRow("not an attribute path")
        << "/active eq true and /evil eq \"x\""
        << "the field /evil has no SCIM attribute to filter on (\"userName or id pr\")";
}

void TestScimFilterTranslator::fieldsWithoutScimAttributeAreErrors()
{
    QFETCH(QString, crest);
    QFETCH(QString, message);
    const ScimFilterTranslator::Result r =
        ScimFilterTranslator::translate(*QueryFilter::parse(crest), attributePath);
    QCOMPARE(r.error.kind, ConnectorError::Kind::InvalidFilter);
    QVERIFY2(r.error.message.startsWith(message), qPrintable(r.error.message));
}

void TestScimFilterTranslator::stringsAreJsonLiterals()
{
    QCOMPARE(ScimFilterTranslator::literal(FilterValue::string("line\nbreak \"q\" \\ \t")),
             QString("\"line\\nbreak \\\"q\\\" \\\\ \\t\""));
    QCOMPARE(ScimFilterTranslator::literal(FilterValue::string(QString::fromUtf8("Jos\xC3\xA9"))),
             QString::fromUtf8("\"Jos\xC3\xA9\""));
    QCOMPARE(ScimFilterTranslator::literal(FilterValue::number(0.1)),
             QString("0.10000000000000001"));
}

QTEST_GUILESS_MAIN(TestScimFilterTranslator)
#include "TestScimFilterTranslator.moc"
