#include "TestProject.h"
#include "config/ProcessingOrder.h"
#include "config/Project.h"

#include <QTest>

using namespace syncstudio::config;
using syncstudio::test::TestProject;

using Files = QMap<QString, QByteArray>;
Q_DECLARE_METATYPE(Files)

namespace {

QByteArray syncJson(const QStringList& names)
{
    QByteArray text = "{\n    \"mappings\" : [\n";
    for (int i = 0; i < names.size(); ++i) {
        text += "        {\n            \"name\" : \"" + names[i].toUtf8() +
                "\",\n            \"source\" : \"managed/user\",\n"
                "            \"target\" : \"managed/role\"\n        }";
        text += i + 1 < names.size() ? ",\n" : "\n";
    }
    return text + "    ]\n}\n";
}

QByteArray mappingFile(const QStringList& syncAfter)
{
    QStringList quoted;
    for (const QString& n : syncAfter)
        quoted << QLatin1Char('"') + n + QLatin1Char('"');
    return "{\n    \"source\" : \"managed/user\",\n    \"target\" : \"managed/role\",\n"
           "    \"syncAfter\" : [ " +
           quoted.join(", ").toUtf8() + " ]\n}\n";
}

} // namespace

class TestProcessingOrder : public QObject
{
    Q_OBJECT
private slots:
    void followsIdm_data();
    void followsIdm();
    void cyclesAreReportedAndTheOrderStaysComplete();
};

void TestProcessingOrder::followsIdm_data()
{
    QTest::addColumn<Files>("files");
    QTest::addColumn<QStringList>("order");

    QTest::newRow("sync.json keeps its file order, not the alphabet")
        << Files{{"conf/sync.json", syncJson({"zeta", "alpha", "mid"})}}
        << QStringList{"zeta", "alpha", "mid"};
    QTest::newRow("mapping files without syncAfter go by name")
        << Files{{"conf/mapping-c.json", mappingFile({})},
                 {"conf/mapping-a.json", mappingFile({})},
                 {"conf/mapping-b.json", mappingFile({})}}
        << QStringList{"a", "b", "c"};
    QTest::newRow("sync.json first, then mapping files")
        << Files{{"conf/sync.json", syncJson({"s2", "s1"})},
                 {"conf/mapping-a.json", mappingFile({})}}
        << QStringList{"s2", "s1", "a"};
    QTest::newRow("syncAfter moves a mapping after the one it names")
        << Files{{"conf/mapping-a.json", mappingFile({"c"})},
                 {"conf/mapping-b.json", mappingFile({})},
                 {"conf/mapping-c.json", mappingFile({})}}
        << QStringList{"b", "c", "a"};
    QTest::newRow("a chain across names") << Files{{"conf/mapping-a.json", mappingFile({"b"})},
                                                   {"conf/mapping-b.json", mappingFile({"c"})},
                                                   {"conf/mapping-c.json", mappingFile({"d"})},
                                                   {"conf/mapping-d.json", mappingFile({})}}
                                          << QStringList{"d", "c", "b", "a"};
    QTest::newRow("after every named mapping, ties by name")
        << Files{{"conf/mapping-x.json", mappingFile({"m", "b"})},
                 {"conf/mapping-b.json", mappingFile({})},
                 {"conf/mapping-m.json", mappingFile({})},
                 {"conf/mapping-a.json", mappingFile({})}}
        << QStringList{"a", "b", "m", "x"};
    QTest::newRow("syncAfter on a sync.json mapping is already satisfied")
        << Files{{"conf/sync.json", syncJson({"s"})},
                 {"conf/mapping-a.json", mappingFile({"s"})},
                 {"conf/mapping-0.json", mappingFile({"a"})}}
        << QStringList{"s", "a", "0"};
    QTest::newRow("a name that does not exist does not hold anything back")
        << Files{{"conf/mapping-b.json", mappingFile({"ghost"})},
                 {"conf/mapping-a.json", mappingFile({"b"})}}
        << QStringList{"b", "a"};
}

void TestProcessingOrder::followsIdm()
{
    QFETCH(Files, files);
    QFETCH(QStringList, order);
    const TestProject dir(files);
    const auto project = Project::open(dir.path(), nullptr);
    QVERIFY(project);
    const ProcessingOrder computed = computeProcessingOrder(*project);
    QStringList names;
    for (const Mapping& m : computed.mappings)
        names << m.name();
    QCOMPARE(names, order);
    QVERIFY(computed.cycles.isEmpty());

    QByteArray out;
    QCOMPARE(syncstudio::test::runCli({"order", dir.path()}, &out), 0);
    QCOMPARE(QString::fromUtf8(out), order.join('\n') + '\n');
}

void TestProcessingOrder::cyclesAreReportedAndTheOrderStaysComplete()
{
    const TestProject dir({{"conf/mapping-a.json", mappingFile({"b"})},
                           {"conf/mapping-b.json", mappingFile({"a"})},
                           {"conf/mapping-c.json", mappingFile({})}});
    const auto project = Project::open(dir.path(), nullptr);
    QVERIFY(project);
    const ProcessingOrder computed = computeProcessingOrder(*project);
    QCOMPARE(computed.cycles, QVector<QStringList>{QStringList({"a", "b", "a"})});
    QCOMPARE(computed.mappings.size(), 3);
    QCOMPARE(computed.mappings.first().name(), QStringLiteral("c"));

    QByteArray out;
    QByteArray err;
    QCOMPARE(syncstudio::test::runCli({"order", dir.path()}, &out, &err), 1);
    QVERIFY(out.isEmpty());
    QVERIFY2(err.contains("syncAfter cycle: a -> b -> a"), err.constData());
}

QTEST_GUILESS_MAIN(TestProcessingOrder)
#include "TestProcessingOrder.moc"
