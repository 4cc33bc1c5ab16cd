#include "TestProject.h"

#include <QTest>

using namespace syncstudio::test;

// `syncstudio-cli filter`: what a script sees on stdout, stderr and in the exit status.
class TestFilterCommand : public QObject
{
    Q_OBJECT
private slots:
    void printsOrRejects_data();
    void printsOrRejects();
};

void TestFilterCommand::printsOrRejects_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("out");
    QTest::addColumn<QString>("err");
    QTest::newRow("canonical form of an escaped single quote")
        << QStringList{"filter", R"(/name eq 'al\'ice')"} << 0 << "/name eq \"al'ice\"\n"
        << "";
    QTest::newRow("canonical form of the other quoting")
        << QStringList{"filter", R"(/name eq "al'ice")"} << 0 << "/name eq \"al'ice\"\n"
        << "";
    QTest::newRow("canonical form of precedence")
        << QStringList{"filter", "(userName sw 'a' AND ! (mail pr)) Or true"} << 0
        << "/userName sw \"a\" and !(/mail pr) or true\n"
        << "";
    QTest::newRow("error with its column")
        << QStringList{"filter", R"(/givenName xx "x")"} << 1 << ""
        << "syncstudio-cli: error: column 12: expected an operator (eq, co, sw, gt, ge, lt, le, "
           "pr), found 'xx'\n";
    QTest::newRow("error at the end")
        << QStringList{"filter", "/a eq"} << 1 << ""
        << "syncstudio-cli: error: column 6: expected a value (a quoted string, a number, true, "
           "false or null), found the end of the filter\n";
    QTest::newRow("eval passes") << QStringList{"filter", "/roles eq 'ADMIN'", "--eval",
                                                R"({"roles": ["user", "admin"]})"}
                                 << 0 << "true\n"
                                 << "";
    QTest::newRow("eval fails on a missing field")
        << QStringList{"filter", "/manager eq 'x'", "--eval", R"({"name": "x"})"} << 0 << "false\n"
        << "";
    QTest::newRow("eval of a bad filter")
        << QStringList{"filter", "/a eq", "--eval", "{}"} << 1 << ""
        << "syncstudio-cli: error: column 6: expected a value (a quoted string, a number, true, "
           "false or null), found the end of the filter\n";
    QTest::newRow("eval of malformed JSON")
        << QStringList{"filter", "true", "--eval", "{"} << 1 << ""
        << "syncstudio-cli: error: --eval: malformed JSON at offset 1: unterminated object\n";
    QTest::newRow("eval of a JSON array")
        << QStringList{"filter", "true", "--eval", "[1]"} << 1 << ""
        << "syncstudio-cli: error: --eval: expected a JSON object such as '{\"mail\": \"a@b\"}'\n";
    QTest::newRow("no filter") << QStringList{"filter"} << 1 << ""
                               << "syncstudio-cli filter: error: expected 1 argument(s), got 0; "
                                  "see --help\n";
}

void TestFilterCommand::printsOrRejects()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, status);
    QFETCH(QString, out);
    QFETCH(QString, err);
    QByteArray stdoutText;
    QByteArray stderrText;
    QCOMPARE(runCli(arguments, &stdoutText, &stderrText), status);
    QCOMPARE(QString::fromUtf8(stdoutText), out);
    QCOMPARE(QString::fromUtf8(stderrText), err);
}

QTEST_GUILESS_MAIN(TestFilterCommand)
#include "TestFilterCommand.moc"
