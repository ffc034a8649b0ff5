#include "common/Language.h"
#include "crypto/DeviceKeys.h"
#include "db/Database.h"
#include "forms/BuiltinForms.h"
#include "IdleProbe.h"
#include "ModalHelper.h"
#include "project/Outbox.h"
#include "store/FormStore.h"
#include "store/RecordFilter.h"
#include "store/RecordStore.h"
#include "store/WorkspaceSettings.h"
#include "TestWorkspace.h"
#include "ui/common/MessageBox.h"
#include "ui/records/RecordEditor.h"
#include "ui/records/RecordsPage.h"
#include "ui/shell/MainWindow.h"
#include "ui/sync/SyncPage.h"
#include "VisibleTexts.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstring>
#include <vector>

#include <sodium.h>

using namespace vigia;
using namespace std::chrono_literals;

namespace {
const QString kSecret = QStringLiteral("Terminal de ómnibus near the river");

// Every text shown anywhere in the window, item views included.
QString everythingVisible(QWidget *top)
{
    QStringList all;
    for (const auto &entry : test::visibleTexts(top))
        all << entry.second;
    for (QLineEdit *edit : top->findChildren<QLineEdit *>()) {
        if (edit->isVisibleTo(top))
            all << edit->text();
    }
    for (QAbstractItemView *view : top->findChildren<QAbstractItemView *>()) {
        if (!view->isVisibleTo(top) || !view->model())
            continue;
        const QAbstractItemModel *m = view->model();
        for (int r = 0; r < m->rowCount(); ++r) {
            for (int c = 0; c < m->columnCount(); ++c)
                all << m->index(r, c).data().toString();
        }
    }
    return all.join(u'\n');
}

// How often the `size` bytes at `secret` (given XOR 0xA5, so this test holds
// no plain copy) occur in the readable memory of this process. Every chunk is
// read into one buffer that is wiped once scanned: a chunk copied into a
// fresh allocation and freed unwiped would leave a copy of the key behind in
// the heap, and a later scan would count the test's own leftovers (which
// failed this test now and then on a loaded machine). Where each hit is, is
// printed, so that a failure names the mapping that held the key.
int occurrencesInMemory(const QByteArray &masked)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    QFile mem(QStringLiteral("/proc/self/mem"));
    if (!maps.open(QIODevice::ReadOnly) || !mem.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return -1;
    const QList<QByteArray> lines = maps.readAll().split('\n');
    const auto first = static_cast<unsigned char>(masked.at(0) ^ 0xA5);
    constexpr qint64 kChunk = 1 << 20;
    std::vector<unsigned char> buffer(size_t(kChunk + masked.size()));
    int hits = 0;
    for (const QByteArray &line : lines) {
        const QList<QByteArray> parts = line.simplified().split(' ');
        if (parts.size() < 2 || !parts[1].startsWith('r') || line.contains("[vvar]") ||
            line.contains("[vsyscall]"))
            continue;
        const QList<QByteArray> range = parts[0].split('-');
        bool ok1 = false;
        bool ok2 = false;
        const qulonglong from = range.value(0).toULongLong(&ok1, 16);
        const qulonglong to = range.value(1).toULongLong(&ok2, 16);
        if (!ok1 || !ok2)
            continue;
        for (qulonglong at = from; at < to; at += kChunk) {
            const qint64 want = qint64(std::min<qulonglong>(kChunk + masked.size(), to - at));
            if (!mem.seek(qint64(at)))
                break;
            const qint64 got = mem.read(reinterpret_cast<char *>(buffer.data()), want);
            const unsigned char *data = buffer.data();
            for (qint64 i = 0; i + masked.size() <= got; ++i) {
                const void *found = std::memchr(data + i, first, size_t(got - i));
                if (!found)
                    break;
                i = static_cast<const unsigned char *>(found) - data;
                if (i + masked.size() > got || i >= kChunk)
                    break;
                bool same = true;
                for (qsizetype k = 0; k < masked.size() && same; ++k)
                    same = (data[i + k] ^ 0xA5) == static_cast<unsigned char>(masked.at(k));
                if (same) {
                    ++hits;
                    qWarning("the secret is at %llx in %s", at + qulonglong(i),
                             line.simplified().constData());
                }
            }
            if (got > 0)
                sodium_memzero(buffer.data(), size_t(got));
        }
    }
    return hits;
}

QByteArray masked(const unsigned char *secret, int size)
{
    QByteArray out(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        out[i] = char(secret[i] ^ 0xA5);
    return out;
}

void typePassphrase(MainWindow &w, const QString &passphrase)
{
    auto *field = w.findChild<QLineEdit *>(QStringLiteral("lockPassphrase"));
    QVERIFY(field && field->isVisible());
    field->clear();
    QTest::keyClicks(field, passphrase);
    QTest::keyClick(field, Qt::Key_Return);
}
} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Language::install(QStringLiteral("en")); }

    // Locking closes the store and wipes the keys: after the lock, neither
    // the store key nor the signing key is anywhere in this process's
    // memory; the passphrase brings both back and the records with them.
    void lockClosesTheStoreAndWipesTheKeys()
    {
        test::TestWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        MainWindow w(*ws);
        w.show();
        const QByteArray storeKey = masked(ws->keys().storeKey->constData(), 32);
        const QByteArray signSeed = masked(ws->keys().signSecretKey.constData(), 32);
        // The scan finds them while unlocked (else it proves nothing).
        QVERIFY(occurrencesInMemory(storeKey) >= 1);
        QVERIFY(occurrencesInMemory(signSeed) >= 1);

        w.lock();
        QTRY_VERIFY(ws->isLocked());
        QCOMPARE(occurrencesInMemory(storeKey), 0);
        QCOMPARE(occurrencesInMemory(signSeed), 0);

        typePassphrase(w, QString::fromUtf8(test::TestWorkspace::kPassphrase));
        QTRY_VERIFY(!w.isLocked());
        QVERIFY(!ws->isLocked());
        QVERIFY(ws->records().list(RecordFilter{}));
        QVERIFY(occurrencesInMemory(storeKey) >= 1);
    }

    void navigatesWithTheListAndCtrlDigits()
    {
        test::TestWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        MainWindow w(*ws);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *nav = w.findChild<QListWidget *>(QStringLiteral("navigation"));
        QVERIFY(nav);
        QCOMPARE(nav->count(), 6);
        QVERIFY(!nav->accessibleName().isEmpty());
        // Each page has an icon that draws (theme or bundled).
        for (int i = 0; i < nav->count(); ++i)
            QVERIFY2(!nav->item(i)->icon().pixmap(24).isNull(), qPrintable(nav->item(i)->text()));
        QCOMPARE(w.currentPage(), MainWindow::RecordsView);
        QVERIFY(w.findChild<QWidget *>(QStringLiteral("recordsPage"))->isVisible());

        const QPair<Qt::Key, MainWindow::Page> keys[] = {
            {Qt::Key_2, MainWindow::CodebookView},  {Qt::Key_3, MainWindow::TargetsView},
            {Qt::Key_4, MainWindow::DashboardView}, {Qt::Key_5, MainWindow::SyncView},
            {Qt::Key_6, MainWindow::SettingsView},  {Qt::Key_1, MainWindow::RecordsView}};
        for (const auto &[key, page] : keys) {
            QTest::keyClick(&w, key, Qt::ControlModifier);
            QCOMPARE(w.currentPage(), page);
            QCOMPARE(nav->currentRow(), int(page));
            QVERIFY(w.windowTitle().contains(nav->currentItem()->text()));
        }
        nav->setFocus();
        QTest::keyClick(nav, Qt::Key_Down);
        QCOMPARE(w.currentPage(), MainWindow::CodebookView);
        QVERIFY(w.findChild<QWidget *>(QStringLiteral("codebookPage"))->isVisible());

        // Ctrl+F goes to the records and their search.
        QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(w.currentPage(), MainWindow::RecordsView);
    }

    void ctrlNStartsARecordAndF1ListsEveryShortcut()
    {
        test::TestWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        MainWindow w(*ws);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::keyClick(&w, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(w.currentPage(), MainWindow::CodebookView);
        auto *records = w.findChild<RecordsPage *>(QStringLiteral("recordsPage"));
        QVERIFY(records && !records->editor());
        auto pack = BuiltinForms::load();
        QVERIFY(pack);
        for (const FormDefinition &form : pack.value())
            QVERIFY(ws->forms().importDefinition(form));
        // Several forms: Ctrl+N asks which one; the first is taken.
        QCOMPARE(test::answerModal([&] { QTest::keyClick(&w, Qt::Key_N, Qt::ControlModifier); },
                                   [](QWidget *d) { static_cast<QDialog *>(d)->accept(); }),
                 QString());
        QCOMPARE(w.currentPage(), MainWindow::RecordsView);
        QVERIFY2(records->editor(), "Ctrl+N opens a new record");

        w.activateWindow(); // the form question was the active window
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTest::keyClick(&w, Qt::Key_F1);
        QDialog *list = nullptr;
        QTRY_VERIFY((list = w.findChild<QDialog *>(QStringLiteral("shortcutsDialog"))) &&
                    list->isVisible());
        const QString shown = everythingVisible(list);
        for (const auto key :
             {Qt::Key_N, Qt::Key_S, Qt::Key_Return, Qt::Key_K, Qt::Key_F, Qt::Key_L, Qt::Key_1}) {
            const QString k = QKeySequence(Qt::CTRL | key).toString(QKeySequence::NativeText);
            QVERIFY2(shown.contains(k), qPrintable(k));
        }
        list->close();
        QVERIFY(
            w.findChild<QLabel *>(QStringLiteral("workspaceState"))
                ->toolTip()
                .contains(QKeySequence(Qt::CTRL | Qt::Key_L).toString(QKeySequence::NativeText)));
    }

    // `vigia FILE` (a double-click in a file manager): an invitation opens
    // the Sync page on the question whether to join; a file that is no
    // bundle, invitation or approval is refused with a message that says so.
    void opensTheFileItIsGiven()
    {
        test::TestWorkspace coordinator({}, Role::Coordinator);
        test::TestWorkspace ws;
        QVERIFY(coordinator.isValid() && ws.isValid());
        QTemporaryDir usb;
        SyncPage c(*coordinator);
        QVERIFY(c.createProject(QStringLiteral("Frontera Sur"), QStringLiteral("BR"), QString()));
        const QString invitation = QDir(usb.path()).filePath(QStringLiteral("i.vigiainvite"));
        QVERIFY(c.saveInvitation(invitation));

        MainWindow w(*ws);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!w.openFile(QDir(usb.path()).filePath(QStringLiteral("notes.txt"))));
        QVERIFY2(MessageBox::lastAnswered().contains(QStringLiteral("notes.txt")),
                 qPrintable(MessageBox::lastAnswered()));
        QCOMPARE(w.currentPage(), MainWindow::RecordsView);

        QVERIFY(w.openFile(invitation));
        QCOMPARE(w.currentPage(), MainWindow::SyncView);
        auto *question = w.findChild<QWidget *>(QStringLiteral("joinQuestion"));
        QVERIFY(question && question->isVisible());
    }

    void anUnsavedRecordIsReportedBeforeQuittingAndAfterALock()
    {
        test::TestWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        auto pack = BuiltinForms::load();
        QVERIFY(pack);
        for (const FormDefinition &form : pack.value())
            QVERIFY(ws->forms().importDefinition(form));
        const QString finding = QStringLiteral("qualitative_finding");
        auto id = ws->records().create(finding, ws->forms().get(finding).value().version());
        QVERIFY(id);
        MainWindow w(*ws);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *records = w.findChild<RecordsPage *>(QStringLiteral("recordsPage"));
        RecordEditor *editor = records->openRecord(id.value());
        QVERIFY(editor && editor->isLoaded());
        QTest::keyClicks(editor->narrativeEditor(QStringLiteral("narrative")),
                         QStringLiteral("typed before the disk filled"));

        // A store that refuses writes, as a full disk does: quitting asks.
        QVERIFY(ws->database().exec("PRAGMA query_only = ON"));
        MessageBox::setNextAnswer(QMessageBox::No);
        QVERIFY(!w.close());
        QCOMPARE(MessageBox::pendingAnswers(), 0);
        QVERIFY(w.isVisible());

        // Locking does not wait; the failure is told after the unlock.
        QTest::keyClick(&w, Qt::Key_L, Qt::ControlModifier);
        QVERIFY(w.isLocked());
        QVERIFY(ws->database().exec("PRAGMA query_only = OFF"));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        typePassphrase(w, QString::fromUtf8(test::TestWorkspace::kPassphrase));
        QTRY_VERIFY(!w.isLocked());
        QCOMPARE(MessageBox::pendingAnswers(), 0);
        // The editor saved once more as it went, with the disk back.
        QCOMPARE(ws->records().get(id.value()).value().values.value(QStringLiteral("narrative")),
                 QCborValue(QStringLiteral("typed before the disk filled")));

        // Nothing unsaved: quitting asks nothing.
        bool closed = false;
        QCOMPARE(test::withoutModal([&] { closed = w.close(); }), QString());
        QVERIFY(closed);
    }

    void statusBarCountsUnsentChangesAndState()
    {
        test::TestWorkspace ws;
        QVERIFY(ws.isValid());
        MainWindow w(*ws);
        w.show();
        auto *unsent = w.findChild<QLabel *>(QStringLiteral("unsentChanges"));
        auto *state = w.findChild<QLabel *>(QStringLiteral("workspaceState"));
        QVERIFY(unsent && state);
        QVERIFY(state->text().contains(QStringLiteral("Unlocked")));
        QVERIFY(state->text().contains(QStringLiteral("test device")));
        const qint64 before = Outbox::pendingCount(ws->database()).value();
        QCOMPARE(unsent->text(), QStringLiteral("Nothing waiting to be sent"));

        QVERIFY(ws->records().create(QStringLiteral("qualitative_finding"), QStringLiteral("1"),
                                     {{QStringLiteral("narrative"), kSecret}}, true));
        w.refreshStatus();
        const qint64 after = Outbox::pendingCount(ws->database()).value();
        QVERIFY(after > before);
        // Records, not the ops behind them.
        QVERIFY2(unsent->text().startsWith(QStringLiteral("1 record")) &&
                     unsent->text().endsWith(QStringLiteral(" not yet sent")),
                 qPrintable(unsent->text()));
    }

    void unsentCountStartsAtZeroAndOpensSync()
    {
        test::TestWorkspace ws;
        QVERIFY(ws.isValid());
        MainWindow w(*ws);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *unsent = w.findChild<QLabel *>(QStringLiteral("unsentChanges"));
        QVERIFY(unsent && unsent->isVisible());
        // The window seeded the codebook: ops wait in the outbox, but none is
        // anyone's work.
        QVERIFY(Outbox::pendingCount(ws->database()).value() > 0);
        QCOMPARE(unsent->text(), QStringLiteral("Nothing waiting to be sent"));
        QVERIFY(!unsent->text().contains(QRegularExpression(QStringLiteral("\\d"))));

        QCOMPARE(w.currentPage(), MainWindow::RecordsView);
        QTest::mouseClick(unsent, Qt::LeftButton);
        QCOMPARE(w.currentPage(), MainWindow::SyncView);
        // And from the keyboard.
        w.showPage(MainWindow::RecordsView);
        unsent->setFocus();
        QTest::keyClick(unsent, Qt::Key_Space);
        QCOMPARE(w.currentPage(), MainWindow::SyncView);
    }

    void ctrlLLocksAndHidesEverything()
    {
        test::TestWorkspace ws;
        QVERIFY(ws.isValid());
        QVERIFY(ws->records().create(QStringLiteral("qualitative_finding"), QStringLiteral("1"),
                                     {{QStringLiteral("narrative"), kSecret},
                                      {QStringLiteral("country"), QStringLiteral("PY")}}));
        MainWindow w(*ws);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy locked(&w, &MainWindow::lockedChanged);
        QPointer<QWidget> records = w.findChild<QWidget *>(QStringLiteral("recordsPage"));
        QPointer<QWidget> codebook = w.findChild<QWidget *>(QStringLiteral("codebookPage"));
        QVERIFY(records && codebook);

        QTest::keyClick(&w, Qt::Key_L, Qt::ControlModifier);
        QVERIFY(w.isLocked());
        QCOMPARE(locked.count(), 1);
        QCOMPARE(w.windowTitle(), QStringLiteral("Vigia"));
        QVERIFY(w.findChild<QWidget *>(QStringLiteral("lockScreen"))->isVisible());
        QVERIFY(!w.findChild<QListWidget *>(QStringLiteral("navigation"))->isVisible());
        QVERIFY(!w.findChild<QLabel *>(QStringLiteral("unsentChanges"))->isVisible());
        QVERIFY(!w.findChild<QWidget *>(QStringLiteral("settingsPage"))->isVisible());
        // The pages that hold records are gone, not merely hidden.
        QTRY_VERIFY(records.isNull() && codebook.isNull());
        QVERIFY(!everythingVisible(&w).contains(QStringLiteral("mnibus")));
        // Page shortcuts do nothing while locked.
        QTest::keyClick(&w, Qt::Key_4, Qt::ControlModifier);
        QVERIFY(w.findChild<QWidget *>(QStringLiteral("lockScreen"))->isVisible());

        typePassphrase(w, QStringLiteral("wrong passphrase"));
        auto *message = w.findChild<QLabel *>(QStringLiteral("lockMessage"));
        QTRY_VERIFY(message->isVisible());
        QVERIFY(message->text().contains(QStringLiteral("not right")));
        QVERIFY(w.isLocked());
        // Wrong or right, the passphrase does not stay in the field.
        auto *field = w.findChild<QLineEdit *>(QStringLiteral("lockPassphrase"));
        QVERIFY(field->text().isEmpty());

        typePassphrase(w, QString::fromUtf8(test::TestWorkspace::kPassphrase));
        QTRY_VERIFY(!w.isLocked());
        QVERIFY(field->text().isEmpty());
        QCOMPARE(locked.count(), 2);
        QVERIFY(w.findChild<QWidget *>(QStringLiteral("recordsPage"))->isVisible());
        QVERIFY(w.findChild<QListWidget *>(QStringLiteral("navigation"))->isVisible());
        QCOMPARE(w.currentPage(), MainWindow::RecordsView);
        QVERIFY(w.windowTitle() != QStringLiteral("Vigia"));
    }

    void lockClosesAPageDialogAndWaitsForItToUnwind()
    {
        test::TestWorkspace ws;
        MainWindow w(*ws);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QPointer<QWidget> records = w.findChild<QWidget *>(QStringLiteral("recordsPage"));
        bool survivedExec = false;
        int outcome = -1;
        QTimer::singleShot(0, records, [&] {
            // A page's confirmation dialog is open when the idle lock fires.
            QDialog confirm(records);
            confirm.setWindowTitle(kSecret);
            QTimer::singleShot(50, &w, &MainWindow::lock);
            outcome = confirm.exec();
            // The page must still exist when exec() returns into it.
            survivedExec = !records.isNull();
        });
        QTRY_VERIFY(w.isLocked());
        QTRY_COMPARE(outcome, int(QDialog::Rejected));
        QVERIFY(survivedExec);
        QTRY_VERIFY(records.isNull());
        for (QWidget *top : QApplication::topLevelWidgets())
            QVERIFY(!top->isVisible() || top->windowTitle() != kSecret);
    }

    void returnsToThePageItWasOn()
    {
        test::TestWorkspace ws;
        MainWindow w(*ws);
        w.show();
        w.showPage(MainWindow::SettingsView);
        w.lock();
        typePassphrase(w, QString::fromUtf8(test::TestWorkspace::kPassphrase));
        QTRY_VERIFY(!w.isLocked());
        QCOMPARE(w.currentPage(), MainWindow::SettingsView);
        QVERIFY(w.findChild<QWidget *>(QStringLiteral("settingsPage"))->isVisible());
    }

    // The draft she was writing comes back after the unlock, at the field
    // she was in, not the list.
    void returnsToTheRecordThatWasOpen()
    {
        test::TestWorkspace ws;
        auto pack = BuiltinForms::load();
        QVERIFY(pack);
        for (const FormDefinition &form : pack.value())
            QVERIFY(ws->forms().importDefinition(form));
        MainWindow w(*ws);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *page = w.findChild<RecordsPage *>();
        RecordEditor *editor = page->createRecord(QStringLiteral("qualitative_finding"));
        QVERIFY(editor);
        const QUuid id = editor->recordId();
        QPlainTextEdit *narrative = editor->narrativeEditor(QStringLiteral("narrative"));
        narrative->setFocus();
        QTest::keyClicks(narrative, QStringLiteral("At the bus terminal"));
        QCOMPARE(editor->currentField(), QStringLiteral("narrative"));
        w.lock();
        QTRY_VERIFY(w.isLocked());
        typePassphrase(w, QString::fromUtf8(test::TestWorkspace::kPassphrase));
        QTRY_VERIFY(!w.isLocked());
        QCOMPARE(w.currentPage(), MainWindow::RecordsView);
        page = w.findChild<RecordsPage *>();
        QVERIFY(page);
        QTRY_VERIFY(page->editor() && page->editor()->isVisible());
        QCOMPARE(page->editor()->recordId(), id);
        QCOMPARE(page->editor()->currentField(), QStringLiteral("narrative"));
        QCOMPARE(page->editor()->narrativeEditor(QStringLiteral("narrative"))->toPlainText(),
                 QStringLiteral("At the bus terminal"));
    }

    void locksAfterTheIdleTime()
    {
        test::TestWorkspace ws;
        MainWindow w(*ws);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        test::IdleProbe probe(&w, &MainWindow::lockedChanged);
        constexpr int kInterval = 400;
        probe.acted();
        w.setAutoLockInterval(std::chrono::milliseconds(kInterval));
        // Activity keeps it open: a lock mid-activity comes a few ms after
        // an action, which the probe reports. (Only lower bounds on time:
        // load makes timers late, never early.)
        auto *navigation = w.findChild<QListWidget *>(QStringLiteral("navigation"));
        for (int i = 0; probe.sinceStart() < 3 * kInterval; ++i) {
            probe.acted();
            QTest::mouseMove(&w, QPoint(10 + i % 50, 10 + i % 50));
            QTest::keyClick(navigation, Qt::Key_Down);
            QTest::qWait(20);
        }
        QCOMPARE(probe.earlyFirings(kInterval), QString());
        // ...and then the idle time locks it.
        QTRY_VERIFY_WITH_TIMEOUT(w.isLocked(), 60'000);
        QCOMPARE(probe.earlyFirings(kInterval), QString());
        QVERIFY(w.findChild<QWidget *>(QStringLiteral("lockScreen"))->isVisible());
    }

    // Screen readers announce a field by its accessible name: explicit, or
    // from a buddy label or the button's text. Every control a person can
    // tab to on every page, the record editor included, must have one.
    void everyControlHasAnAccessibleName()
    {
        test::TestWorkspace ws;
        MainWindow w(*ws);
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const auto unnamed = [&w]() {
            QStringList out;
            const auto widgets = w.findChildren<QWidget *>();
            for (QWidget *c : widgets) {
                if (!c->isVisibleTo(&w) || !(c->focusPolicy() & Qt::TabFocus) || c->focusProxy())
                    continue;
                QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(c);
                if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
                    out.append(QString::fromLatin1(c->metaObject()->className()) +
                               QLatin1Char('#') + c->objectName());
            }
            return out;
        };
        for (MainWindow::Page page : {MainWindow::RecordsView, MainWindow::CodebookView,
                                      MainWindow::SyncView, MainWindow::SettingsView}) {
            w.showPage(page);
            QApplication::processEvents();
            QVERIFY2(unnamed().isEmpty(), qPrintable(unnamed().join(QStringLiteral(", "))));
        }
        w.showPage(MainWindow::RecordsView);
        auto *records = w.findChild<RecordsPage *>();
        QVERIFY(records);
        QVERIFY(records->createRecord(QStringLiteral("qualitative_finding")));
        QApplication::processEvents();
        QVERIFY2(unnamed().isEmpty(), qPrintable(unnamed().join(QStringLiteral(", "))));
    }

    // Field laptops have 1366 × 768 screens: no page in any language may
    // need a wider window.
    void fitsALaptopScreenInEveryLanguage()
    {
        test::TestWorkspace ws;
        for (const QString &language :
             {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("pt_BR")}) {
            QCOMPARE(Language::install(language), language);
            MainWindow w(*ws);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            for (MainWindow::Page page : {MainWindow::RecordsView, MainWindow::CodebookView,
                                          MainWindow::SyncView, MainWindow::SettingsView}) {
                w.showPage(page);
                QApplication::processEvents();
                const QSize needed = w.minimumSizeHint().expandedTo(w.minimumSize());
                QVERIFY2(needed.width() <= 1366 && needed.height() <= 700,
                         qPrintable(QStringLiteral("%1, page %2: %3 × %4")
                                        .arg(language)
                                        .arg(int(page))
                                        .arg(needed.width())
                                        .arg(needed.height())));
            }
        }
    }

    void tellsOnceThatAutoLockWasResetOutsideVigia()
    {
        test::TestWorkspace ws;
        ws->setAutoLockMinutes(30);
        ws.close();
        {
            // Auto-lock switched off by editing settings.ini.
            QSettings ini(WorkspaceSettings::filePath(ws.path()), QSettings::IniFormat);
            ini.setValue(QStringLiteral("lock/auto_lock_minutes"), 0);
        }
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("auto-lock")));
        QVERIFY(ws.reopen());

        MessageBox::setNextAnswer(QMessageBox::Ok);
        {
            MainWindow w(*ws);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QTRY_COMPARE(MessageBox::pendingAnswers(), 0);
            QCOMPARE(MessageBox::lastAnswered(),
                     QStringLiteral("The auto-lock setting was changed outside Vigia and has "
                                    "been reset to %1 minutes.")
                         .arg(WorkspaceSettings::kDefaultAutoLockMinutes));
            w.showPage(MainWindow::SettingsView);
            QCOMPARE(w.findChild<QSpinBox *>(QStringLiteral("autoLockMinutes"))->value(),
                     WorkspaceSettings::kDefaultAutoLockMinutes);
        }
        // Told once: the next window says nothing.
        QCOMPARE(test::withoutModal([&] {
                     MainWindow again(*ws);
                     again.show();
                     QTest::qWait(50);
                 }),
                 QString());
    }

    void keyboardReachesTheLockScreen()
    {
        test::TestWorkspace ws;
        MainWindow w(*ws);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.activateWindow();
        w.lock();
        auto *field = w.findChild<QLineEdit *>(QStringLiteral("lockPassphrase"));
        QCOMPARE(field->echoMode(), QLineEdit::Password);
        QVERIFY(!field->accessibleName().isEmpty());
        QTRY_VERIFY(field->hasFocus());
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
