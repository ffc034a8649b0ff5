// USB transfers run off the GUI thread: while a large bundle is imported the
// window's timers keep firing and the bar moves within the file, the result
// is the one the core gives, and Stop stops between files, never inside one.

#include "db/Transaction.h"
#include "ProjectTestKit.h"
#include "TestWorkspace.h"
#include "ui/shell/MainWindow.h"
#include "ui/sync/BundleTransferRunner.h"
#include "ui/sync/SyncPage.h"

#include <QDir>
#include <QElapsedTimer>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>
#include <QWidget>

#include <algorithm>
#include <functional>
#include <memory>

using namespace vigia;

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// Finalized records of `fields` answers each, written in one transaction.
QList<QUuid> addRecords(Workspace &ws, int count, int fields)
{
    QList<QUuid> ids;
    Transaction txn(ws.database());
    if (!txn.begun())
        return ids;
    for (int i = 0; i < count; ++i) {
        RecordStore::Values values{{s("summary"), s("crossing %1 at dawn").arg(i)}};
        for (int f = 1; f < fields; ++f)
            values.append({s("note%1").arg(f), s("observation %1 of record %2").arg(f).arg(i)});
        auto id = ws.records().create(s("incident"), s("1"), values, true);
        if (!id)
            return {};
        ids.append(id.value());
    }
    if (!txn.commit())
        return {};
    return ids;
}

qint64 opsOf(Workspace &ws, const QByteArray &origin)
{
    Statement st(ws.database().handle(), "SELECT count(*) FROM ops WHERE origin = ?1");
    st.bind(1, origin);
    return st.step() == SQLITE_ROW ? st.columnInt64(0) : -1;
}

// Ticks every few milliseconds on the GUI thread while it lives, and lets a
// test look at the import dialog at each tick.
class Ticker
{
public:
    explicit Ticker(std::function<void()> onTick = {})
    {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, [this, onTick = std::move(onTick)] {
            ++m_ticks;
            if (onTick)
                onTick();
        });
        m_timer.start();
    }
    [[nodiscard]] int ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    int m_ticks = 0;
};
} // namespace

class TestBundleTransferRunner : public QObject
{
    Q_OBJECT

private slots:
    // A fresh approved pair per test: each starts with an empty outbox.
    void init()
    {
        m_coordinator = std::make_unique<test::TestWorkspace>(ClockFn{}, Role::Coordinator);
        m_researcher = std::make_unique<test::TestWorkspace>();
        QVERIFY(m_coordinator->isValid() && m_researcher->isValid());
        QCOMPARE(projecttest::enrol(**m_coordinator, **m_researcher), QString());
        m_origin = (*m_researcher)->deviceId().toRfc4122();
    }

    void importRunsOffTheGuiThread()
    {
        // About 6000 ops in one bundle: long enough to freeze a window.
        const QList<QUuid> records = addRecords(**m_researcher, 750, 8);
        QCOMPARE(records.size(), 750);
        QWidget researcherWindow;
        QTemporaryDir stick;
        auto exported =
            BundleTransferRunner::exportChanges(&researcherWindow, **m_researcher, stick.path());
        QVERIFY2(exported, qPrintable(exported ? QString() : exported.error().message()));
        QCOMPARE(exported.value().paths.size(), 1);
        QVERIFY(exported.value().opCount >= 6000);
        QVERIFY(!BundleTransferRunner::isRunning());

        QWidget window;
        QList<int> values;
        bool runningSeen = false;
        const Ticker ticker([&] {
            runningSeen = runningSeen || BundleTransferRunner::isRunning();
            if (auto *d = window.findChild<QProgressDialog *>(s("importProgress")))
                values.append(d->value());
        });
        const int before = ticker.ticks();
        QElapsedTimer clock;
        clock.start();
        const auto results =
            BundleTransferRunner::importFiles(&window, **m_coordinator, {exported.value().path})
                .results;
        const qint64 took = clock.elapsed();
        const int ticks = ticker.ticks() - before;

        QCOMPARE(results.size(), 1);
        QVERIFY2(results[0].second, qPrintable(results[0].second.error().message()));
        QCOMPARE(results[0].second.value().kind, ChangeImporter::Outcome::Kind::Applied);
        QCOMPARE(results[0].second.value().applied, exported.value().opCount);
        // The GUI's own connection sees what the worker wrote.
        QCOMPARE(opsOf(**m_coordinator, m_origin), opsOf(**m_researcher, m_origin));
        QCOMPARE(projecttest::recordsHash(**m_coordinator, records),
                 projecttest::recordsHash(**m_researcher, records));
        QCOMPARE((*m_coordinator)->records().count({}).value(), records.size());
        // The search index saw every slice of the import.
        RecordFilter words;
        words.search = s("observation");
        QCOMPARE((*m_coordinator)->records().count(words).value(), records.size());
        QCOMPARE(projecttest::count(**m_coordinator, "SELECT count(*) FROM pending_ops"), 0);

        // The GUI thread kept running: on it, the import would have let the
        // timer through once or twice, between files.
        QVERIFY2(ticks >= 5, qPrintable(s("%1 ticks in %2 ms").arg(ticks).arg(took)));
        QVERIFY(runningSeen);
        QVERIFY(!BundleTransferRunner::isRunning());
        // The bar moved within the one file (100 steps per file).
        const bool within =
            std::any_of(values.cbegin(), values.cend(), [](int v) { return v > 0 && v < 100; });
        QVERIFY2(within, qPrintable(s("values seen: %1 in %2 ms").arg(values.size()).arg(took)));
        QVERIFY(std::is_sorted(values.cbegin(), values.cend()));
        QVERIFY(!window.findChild<QProgressDialog *>());
    }

    void stopStopsBetweenFiles()
    {
        QVERIFY(addRecords(**m_researcher, 1200, 8).size() == 1200);
        QTemporaryDir stick;
        ChangeExporter::Limits limits;
        limits.maxOps = 3000;
        auto exported = ChangeExporter::exportTo(**m_researcher, stick.path(), limits);
        QVERIFY(exported);
        const QStringList files = exported.value().paths;
        QVERIFY(files.size() >= 3);
        const qint64 held = opsOf(**m_coordinator, m_origin);

        // Stop is pressed while the first file's ops are being applied.
        QWidget window;
        bool pressed = false;
        QString stopping;
        const Ticker ticker([&] {
            auto *d = window.findChild<QProgressDialog *>(s("importProgress"));
            if (pressed || !d || d->value() <= 0)
                return;
            pressed = true;
            QVERIFY2(d->value() < 100, "the first file was done before the test could stop it");
            auto *stop = d->findChild<QPushButton *>();
            QVERIFY(stop && stop->isEnabled());
            const bool visible = d->isVisible();
            stop->click();
            stopping = d->labelText();
            QVERIFY(!stop->isEnabled());
            QCOMPARE(d->isVisible(), visible); // it stays until the file is done
        });
        QList<QString> sunk;
        const auto results =
            BundleTransferRunner::importFiles(
                &window, **m_coordinator, files,
                [&sunk](const QString &path, const Result<ChangeImporter::Outcome> &) {
                    sunk.append(path);
                })
                .results;
        QVERIFY(pressed);
        QVERIFY2(stopping.startsWith(s("Stopping after ")), qPrintable(stopping));
        // The file under way was imported whole, and none after it.
        QCOMPARE(results.size(), 1);
        QCOMPARE(sunk, QList<QString>{files.first()});
        QVERIFY2(results[0].second, qPrintable(results[0].second.error().message()));
        QCOMPARE(results[0].second.value().applied, 3000);
        QCOMPARE(opsOf(**m_coordinator, m_origin), held + 3000);

        // The rest comes with the next import; the first is known already.
        const auto rest =
            BundleTransferRunner::importFiles(&window, **m_coordinator, files).results;
        QCOMPARE(rest.size(), files.size());
        QCOMPARE(rest[0].second.value().kind, ChangeImporter::Outcome::Kind::AlreadyApplied);
        QCOMPARE(opsOf(**m_coordinator, m_origin), opsOf(**m_researcher, m_origin));
    }

    // Timers run during a transfer; the auto-lock, which drops the Sync page,
    // waits until the transfer is over instead of deleting the page under it.
    void theAutoLockWaitsForTheTransfer()
    {
        QVERIFY(addRecords(**m_researcher, 750, 8).size() == 750);
        QTemporaryDir stick;
        auto exported = ChangeExporter::exportTo(**m_researcher, stick.path());
        QVERIFY(exported);

        MainWindow w(**m_coordinator);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QPointer<SyncPage> page = w.findChild<SyncPage *>(s("syncPage"));
        QVERIFY(page);
        bool lockedDuringTransfer = false;
        const Ticker ticker([&] {
            lockedDuringTransfer =
                lockedDuringTransfer || (BundleTransferRunner::isRunning() && w.isLocked());
        });
        // Idle for 1 ms: the lock is due as soon as the import's loop runs.
        w.setAutoLockInterval(std::chrono::milliseconds(1));
        QVERIFY2(page->importBundles({exported.value().path}), qPrintable(page->statusText()));
        QVERIFY(!page.isNull());
        QVERIFY(!lockedDuringTransfer);
        QCOMPARE(opsOf(**m_coordinator, m_origin), opsOf(**m_researcher, m_origin));
        QTRY_VERIFY(w.isLocked());
        QTRY_VERIFY(page.isNull());
    }

    void aStickOfTwoProjectsFillsEachProjectsStore()
    {
        // An observatory in Brazil's project and Argentina's (issue 18, part 8).
        test::TestWorkspace brazil({}, Role::Coordinator);
        test::TestWorkspace argentina({}, Role::Coordinator);
        test::TestWorkspace observatory({}, Role::Coordinator);
        QVERIFY(ProjectAdmin(*argentina).create(s("Frontera Oeste"), s("AR"), {}));
        QCOMPARE(projecttest::enrol(*brazil, *observatory), QString());
        QCOMPARE(projecttest::enrol(*argentina, *observatory), QString());
        QTemporaryDir stick;
        for (test::TestWorkspace *ws : {&brazil, &argentina}) {
            QCOMPARE(addRecords(**ws, 1, 1).size(), 1);
            QVERIFY(ChangeExporter::exportTo(**ws, stick.path()));
        }
        const QByteArray argentinaId = argentina->deviceId().toRfc4122();
        const QByteArray brazilId = brazil->deviceId().toRfc4122();
        const QByteArray open = observatory->projectStore(); // Argentina's, the last joined

        SyncPage page(*observatory);
        QVERIFY2(page.importBundles({stick.path()}), qPrintable(page.statusText()));
        // Per project, by name; each record in its own project's store only.
        QVERIFY2(page.statusText().contains(s("Frontera Sur: 1 bundle")) &&
                     page.statusText().contains(s("Frontera Oeste: 1 bundle")),
                 qPrintable(page.statusText()));
        QCOMPARE(observatory->projectStore(), open);
        QVERIFY(opsOf(*observatory, argentinaId) > 0);
        QCOMPARE(opsOf(*observatory, brazilId), 0);
        QVERIFY(observatory->switchProjectStore({}));
        QVERIFY(opsOf(*observatory, brazilId) > 0);
        QCOMPARE(opsOf(*observatory, argentinaId), 0);
    }

    void errorsComeInTheCoresWords()
    {
        QWidget window;
        QTemporaryDir stick;
        const QString missing = QDir(stick.path()).filePath(s("gone.vigiabundle"));
        const auto results =
            BundleTransferRunner::importFiles(&window, **m_coordinator, {missing}).results;
        QCOMPARE(results.size(), 1);
        QVERIFY(!results[0].second);
        QCOMPARE(results[0].second.error().code(), ErrorCode::NotFound);
        QVERIFY2(results[0].second.error().message().startsWith(s("There is no file")),
                 qPrintable(results[0].second.error().message()));

        // Exporting to a place that cannot be a folder fails with its reason.
        const QString blocked = QDir(stick.path()).filePath(s("file"));
        QFile f(blocked);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QVERIFY(addRecords(**m_researcher, 1, 1).size() == 1);
        auto exported = BundleTransferRunner::exportChanges(&window, **m_researcher,
                                                            QDir(blocked).filePath(s("sub")));
        QVERIFY(!exported);
        QVERIFY(!exported.error().message().isEmpty());
    }

private:
    std::unique_ptr<test::TestWorkspace> m_coordinator;
    std::unique_ptr<test::TestWorkspace> m_researcher;
    QByteArray m_origin;
};

QTEST_MAIN(TestBundleTransferRunner)
#include "tst_bundletransferrunner.moc"
