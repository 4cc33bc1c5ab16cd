#include "config/SyncVocabulary.h"
#include "recon/SituationAssessment.h"

#include <QTest>

using namespace syncstudio::recon;
using syncstudio::config::Situation;
using syncstudio::config::situationName;

// The rows are the branches of OpenIDM's SourceSyncOperation.assessSituation and
// TargetSyncOperation.assessSituation (openidm-core, sync/impl), one row per branch.
class TestSituationAssessment : public QObject
{
    Q_OBJECT
private slots:
    void sourcePhase_data();
    void sourcePhase();
    void targetPhase_data();
    void targetPhase();
};

void TestSituationAssessment::sourcePhase_data()
{
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("linked");
    QTest::addColumn<bool>("targetExists");
    QTest::addColumn<int>("correlated");
    QTest::addColumn<bool>("correlatedLinked");
    QTest::addColumn<QString>("situation");

    QTest::newRow("valid, linked, target there")
        << true << true << true << -1 << false << "CONFIRMED";
    QTest::newRow("valid, linked, target gone")
        << true << true << false << -1 << false << "MISSING";
    QTest::newRow("valid, no link, no correlation defined")
        << true << false << false << -1 << false << "ABSENT";
    QTest::newRow("valid, no link, correlation finds none")
        << true << false << false << 0 << false << "ABSENT";
    QTest::newRow("valid, no link, correlation finds one")
        << true << false << false << 1 << false << "FOUND";
    QTest::newRow("valid, no link, found one that is linked")
        << true << false << false << 1 << true << "FOUND_ALREADY_LINKED";
    QTest::newRow("valid, no link, correlation finds two")
        << true << false << false << 2 << false << "AMBIGUOUS";
    QTest::newRow("not valid, linked") << false << true << true << -1 << false << "UNQUALIFIED";
    QTest::newRow("not valid, linked, target gone")
        << false << true << false << -1 << false << "UNQUALIFIED";
    QTest::newRow("not valid, nothing correlated")
        << false << false << false << 0 << false << "SOURCE_IGNORED";
    QTest::newRow("not valid, no correlation defined")
        << false << false << false << -1 << false << "SOURCE_IGNORED";
    QTest::newRow("not valid, one correlated")
        << false << false << false << 1 << false << "UNQUALIFIED";
    QTest::newRow("not valid, several correlated")
        << false << false << false << 3 << false << "UNQUALIFIED";
}

void TestSituationAssessment::sourcePhase()
{
    QFETCH(bool, valid);
    QFETCH(bool, linked);
    QFETCH(bool, targetExists);
    QFETCH(int, correlated);
    QFETCH(bool, correlatedLinked);
    QFETCH(QString, situation);
    SourceFacts facts;
    facts.sourceValid = valid;
    facts.linked = linked;
    facts.linkedTargetExists = targetExists;
    facts.correlationResults = correlated;
    facts.correlatedTargetLinked = correlatedLinked;
    QCOMPARE(situationName(assessSourceSituation(facts)), situation);
}

void TestSituationAssessment::targetPhase_data()
{
    QTest::addColumn<bool>("targetValid");
    QTest::addColumn<bool>("linked");
    QTest::addColumn<bool>("sourceExists");
    QTest::addColumn<bool>("sourceValid");
    QTest::addColumn<QString>("situation");

    QTest::newRow("target not valid") << false << true << true << true << "TARGET_IGNORED";
    QTest::newRow("no link") << true << false << false << true << "UNASSIGNED";
    QTest::newRow("linked, source gone") << true << true << false << true << "SOURCE_MISSING";
    QTest::newRow("linked, source there but not valid")
        << true << true << true << false << "UNQUALIFIED";
    QTest::newRow("linked, source there and valid") << true << true << true << true << "CONFIRMED";
}

void TestSituationAssessment::targetPhase()
{
    QFETCH(bool, targetValid);
    QFETCH(bool, linked);
    QFETCH(bool, sourceExists);
    QFETCH(bool, sourceValid);
    QFETCH(QString, situation);
    TargetFacts facts;
    facts.targetValid = targetValid;
    facts.linked = linked;
    facts.linkedSourceExists = sourceExists;
    facts.linkedSourceValid = sourceValid;
    QCOMPARE(situationName(assessTargetSituation(facts)), situation);
}

QTEST_GUILESS_MAIN(TestSituationAssessment)
#include "TestSituationAssessment.moc"
