// Streams synthetic preview rows into the real preview view, in batches delivered the way
// ReconJob delivers them (a queued signal at most every 100 ms from a worker), while a
// 10 ms heartbeat timer on the GUI thread measures how long the thread was away.
// Prints the stall percentiles (interval - 10 ms) until the model has taken in every row (it
// takes big batches in in slices). With "sorted", the rows stream into a view sorted by
// source id.
//
// Then each sort and filter a user can ask for runs twice over all the rows: inline on the
// GUI thread (the baseline: the thread is gone for all of it), and as the model does it, on
// a worker, with the heartbeat measuring the GUI thread until the new order is shown.
//
//   QT_QPA_PLATFORM=offscreen build/tests/bench/BenchPreviewStream [ROWS [sorted]]

#include "preview/PreviewModel.h"
#include "preview/PreviewView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <climits>
#include <cstdio>
#include <functional>

using namespace syncstudio;

class Producer : public QObject
{
    Q_OBJECT
public:
    explicit Producer(int rows)
        : m_rows(rows)
    {}

public slots:
    void run()
    {
        recon::ObjectResults pending;
        QElapsedTimer sinceBatch;
        sinceBatch.start();
        for (int i = 0; i < m_rows; ++i) {
            recon::ObjectResult r;
            r.sourceId = QStringLiteral("uid=user%1,ou=people,dc=example,dc=com").arg(i);
            r.targetId = QStringLiteral("%1").arg(0x1000000 + i, 0, 16);
            switch (i % 10) {
            case 0:
                r.situation = config::Situation::Absent;
                r.action = config::Action::Create;
                r.changes.append(
                    {QStringLiteral("mail"), QJsonValue(), QStringLiteral("x@example.com")});
                break;
            case 1:
                r.situation = config::Situation::Found;
                r.action = config::Action::Link;
                break;
            default:
                r.situation = config::Situation::Confirmed;
                r.action = i % 10 == 2 ? config::Action::Update : config::Action::NoReport;
                break;
            }
            pending.append(std::move(r));
            if (sinceBatch.elapsed() >= 100) {
                emit batch(pending);
                pending = {};
                sinceBatch.restart();
            }
        }
        if (!pending.isEmpty())
            emit batch(pending);
        emit done();
    }

signals:
    void batch(const syncstudio::recon::ObjectResults& results);
    void done();

private:
    int m_rows;
};

static double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t i =
        std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size() - 1) + 0.5));
    return v[i];
}

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const int rows = argc > 1 ? QByteArray(argv[1]).toInt() : 1000000;
    const bool sortedStream = argc > 2 && QByteArray(argv[2]) == "sorted";
    qRegisterMetaType<recon::ObjectResults>();

    ui::PreviewView view;
    view.resize(1280, 800);
    view.show();
    ui::PreviewModel* model = view.model();
    if (sortedStream)
        view.table()->sortByColumn(ui::PreviewModel::SourceId, Qt::AscendingOrder);

    std::vector<double> stalls;
    QElapsedTimer beat;
    QTimer heartbeat;
    heartbeat.setInterval(10);
    heartbeat.setTimerType(Qt::PreciseTimer);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        stalls.push_back(std::max(0.0, static_cast<double>(beat.nsecsElapsed()) / 1e6 - 10.0));
        beat.restart();
    });

    QThread thread;
    Producer producer(rows);
    producer.moveToThread(&thread);
    int batches = 0;
    QObject::connect(&producer, &Producer::batch, model, [&](const recon::ObjectResults& b) {
        ++batches;
        model->appendResults(b);
    });
    QElapsedTimer wall;
    QTimer drained;
    drained.setInterval(5);
    QObject::connect(&producer, &Producer::done, &app, [&] { drained.start(); });
    QObject::connect(&drained, &QTimer::timeout, &app, [&] {
        if (model->hasPendingResults())
            return;
        drained.stop();
        // Let the last queued batch land and a frame paint.
        QTimer::singleShot(100, &app, [&] {
            heartbeat.stop();
            const double seconds = static_cast<double>(wall.elapsed()) / 1000.0;
            std::printf("rows %d in %d batches, %.2f s (%.0f rows/s shown)\n", model->totalCount(),
                        batches, seconds, model->totalCount() / seconds);
            std::printf("GUI stalls over a 10 ms heartbeat (%zu beats): p50 %.2f ms, p99 %.2f ms, "
                        "max %.2f ms\n",
                        stalls.size(), percentile(stalls, 0.5), percentile(stalls, 0.99),
                        stalls.empty() ? 0.0 : *std::max_element(stalls.begin(), stalls.end()));
            // A selected row, as a user would have: its index follows every new order.
            view.table()->selectRow(5);
            heartbeat.start();
            beat.restart();
            // Each change from the rows in arrival order, unfiltered, and back.
            auto measure = [&](const char* what, const std::function<void()>& change,
                               const std::function<void()>& back) {
                model->setBackgroundThreshold(INT_MAX);
                QElapsedTimer t;
                t.start();
                change();
                const double inlineMs = static_cast<double>(t.nsecsElapsed()) / 1e6;
                const int shown = model->rowCount();
                back();
                model->setBackgroundThreshold(0);
                QEventLoop loop;
                QObject::connect(model, &ui::PreviewModel::reorderingChanged, &loop, [&] {
                    if (!model->isReordering())
                        loop.quit();
                });
                beat.restart();
                stalls.clear();
                t.restart();
                change();
                if (model->isReordering())
                    loop.exec();
                const double workerMs = static_cast<double>(t.nsecsElapsed()) / 1e6;
                stalls.push_back(
                    std::max(0.0, static_cast<double>(beat.nsecsElapsed()) / 1e6 - 10.0));
                const double longest = *std::max_element(stalls.begin(), stalls.end());
                if (model->rowCount() != shown)
                    std::printf("MISMATCH: %s shows %d rows on the worker, %d inline\n", what,
                                model->rowCount(), shown);
                std::printf("%s (%d of %d rows): inline %.0f ms with the GUI thread blocked; "
                            "on a worker %.0f ms until shown, GUI stalls p99 %.2f ms, max %.2f "
                            "ms (longest stall %.0fx shorter)\n",
                            what, shown, model->totalCount(), inlineMs, workerMs,
                            percentile(stalls, 0.99), longest, inlineMs / std::max(longest, 0.01));
                model->setBackgroundThreshold(INT_MAX);
                back();
            };
            model->setBackgroundThreshold(INT_MAX);
            model->sort(-1);
            measure(
                "sort by source id",
                [&] { model->sort(ui::PreviewModel::SourceId, Qt::AscendingOrder); },
                [&] { model->sort(-1); });
            measure(
                "sort by situation",
                [&] { model->sort(ui::PreviewModel::Situation, Qt::DescendingOrder); },
                [&] { model->sort(-1); });
            measure(
                "filter to ABSENT", [&] { model->setSituationFilter(config::Situation::Absent); },
                [&] { model->setSituationFilter(std::nullopt); });
            measure(
                "search \"user99\"", [&] { model->setSearchText(QStringLiteral("user99")); },
                [&] { model->setSearchText(QString()); });
            heartbeat.stop();
            thread.quit();
            thread.wait();
            app.quit();
        });
    });
    thread.start();
    QTimer::singleShot(200, &app, [&] {
        wall.start();
        beat.start();
        heartbeat.start();
        QMetaObject::invokeMethod(&producer, "run", Qt::QueuedConnection);
    });
    return app.exec();
}

#include "BenchPreviewStream.moc"
