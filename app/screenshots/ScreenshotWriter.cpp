#include "screenshots/ScreenshotWriter.h"

#include "common/Language.h"
#include "project/JoinRequest.h"
#include "screenshots/ScreenshotSamples.h"
#include "store/Codebook.h"
#include "store/Workspace.h"
#include "ui/codebook/CodebookPage.h"
#include "ui/codebook/CodingsPanel.h"
#include "ui/records/RecordEditor.h"
#include "ui/records/RecordListModel.h"
#include "ui/records/RecordsPage.h"
#include "ui/setup/SetupWizard.h"
#include "ui/shell/AboutDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/UnlockDialog.h"
#include "ui/sync/JoinRequestDialog.h"
#include "ui/sync/ProjectSetupDialog.h"
#include "ui/sync/SyncPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>

namespace vigia {

namespace {
const QString kWrongPassphrase = QStringLiteral("not the passphrase");

void wait(int ms)
{
    const QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired())
        QApplication::processEvents(QEventLoop::AllEvents, 10);
}

// Lets layouts, lazy models and deferred deletions settle before a grab.
void settle()
{
    wait(25);
}

// For work on another thread (passphrase checks): polls instead of sleeping
// a fixed time, so fast machines stay fast and slow ones still get there.
bool waitFor(const std::function<bool()> &done, int ms = 10000)
{
    const QDeadlineTimer deadline(ms);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QApplication::processEvents(QEventLoop::AllEvents, 10);
    }
    return true;
}

void type(QWidget *root, const char *name, const QString &text)
{
    if (auto *edit = root->findChild<QLineEdit *>(QLatin1String(name)))
        edit->setText(text);
}

// Cancels a dialog the way a user would, so the code that opened it takes
// its "no" path and changes nothing.
void dismiss(QWidget *modal)
{
    if (auto *box = qobject_cast<QMessageBox *>(modal)) {
        for (const auto which : {QMessageBox::Cancel, QMessageBox::No}) {
            if (QAbstractButton *b = box->button(which)) {
                b->click();
                return;
            }
        }
    }
    if (auto *dialog = qobject_cast<QDialog *>(modal))
        dialog->reject();
    else
        modal->close();
}
} // namespace

QStringList ScreenshotWriter::viewNames()
{
    static const char *const names[] = {"setup_language",
                                        "setup_passphrase",
                                        "setup_device",
                                        "unlock",
                                        "unlock_wrong_passphrase",
                                        "main_window_records",
                                        "records_search",
                                        "records_new_record_form",
                                        "record_editor",
                                        "coding_change_code",
                                        "record_editor_validation",
                                        "records_delete_confirm",
                                        "records_undo_delete",
                                        "main_window_codebook",
                                        "codebook_edit_code",
                                        "codebook_move",
                                        "codebook_merge",
                                        "codebook_delete_confirm",
                                        "codebook_new_code",
                                        "main_window_sync",
                                        "sync_project_setup",
                                        "sync_join_request",
                                        "sync_coordinator",
                                        "sync_revoke_confirm",
                                        "sync_quarantine",
                                        "main_window_settings",
                                        "main_window_targets",
                                        "main_window_dashboard",
                                        "export",
                                        "export_done",
                                        "forms_import",
                                        "forms_import_refused",
                                        "about",
                                        "lock_screen",
                                        "lock_screen_wrong_passphrase",
                                        "project_chooser"};
    QStringList views;
    for (const char *name : names) {
        views.append(QLatin1String(name));
        if (views.last() == QLatin1String("sync_quarantine")) {
            views.append(syncStateViews());
            views.append(coordinatorViews());
        }
    }
    return views;
}

Status ScreenshotWriter::save(QWidget *widget, const Shots &shots, const QString &view)
{
    settle();
    const QString file = QDir(shots.dir).filePath(view + QStringLiteral(".png"));
    if (!widget->grab().save(file))
        return Error(
            ErrorCode::Io,
            tr("Cannot write the screenshot %1. Check that the folder is writable.").arg(file));
    shots.written->append(file);
    return {};
}

Status ScreenshotWriter::savePage(MainWindow &window, MainWindow::Page page, const Shots &shots,
                                  const QString &view)
{
    window.showPage(page);
    return save(&window, shots, view);
}

Status ScreenshotWriter::saveModal(const std::function<void()> &open, const Shots &shots,
                                   const QString &view)
{
    Status result =
        Error(ErrorCode::Failure, tr("The dialog for the screenshot %1 did not open.").arg(view));
    // exec() only returns once the dialog closes, so the grab happens from
    // inside its event loop. Any dialog after the first (an error, say) is
    // cancelled too rather than left waiting for a user who is not there.
    QTimer poll;
    poll.setInterval(10);
    bool saved = false;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal)
            return;
        if (!saved) {
            saved = true;
            poll.stop(); // save() runs the event loop
            result = save(modal, shots, view);
            poll.start();
        }
        dismiss(modal);
    });
    poll.start();
    open();
    poll.stop();
    return result;
}

Result<QStringList> ScreenshotWriter::writeAll(const QString &dir)
{
    // Checked first: the sample data takes a moment to build.
    if (!QDir().mkpath(dir))
        return Error(ErrorCode::Io,
                     tr("Cannot create the folder %1. Check that it is writable.").arg(dir));
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return Error(ErrorCode::Io, tr("Cannot create a temporary folder for the screenshots."));

    const QString previous = Language::resolve(QLocale().name());
    QStringList written;
    for (const QString &lang : Language::available()) {
        Language::install(lang);
        const Shots shots{QDir(dir).filePath(lang), &written};
        Status s = writeLanguage(QDir(scratch.path()).filePath(lang), shots);
        if (!s) {
            Language::install(previous);
            return s.error();
        }
    }
    Language::install(previous);
    return written;
}

Status ScreenshotWriter::writeLanguage(const QString &scratch, const Shots &shots)
{
    if (!QDir().mkpath(shots.dir) || !QDir().mkpath(scratch))
        return Error(ErrorCode::Io,
                     tr("Cannot create the folder %1. Check that it is writable.").arg(shots.dir));
    // Made again in each language: the core's own messages (import results,
    // the sync status line) and the seeded codebook speak the language they
    // were made in.
    auto made = ScreenshotSamples::create(scratch);
    if (!made)
        return made.error();
    ScreenshotSamples &samples = *made.value();
    if (Status s = writeSetup(scratch, shots); !s)
        return s;
    if (Status s = writeUnlock(samples, shots); !s)
        return s;
    MainWindow window(samples.researcher());
    window.setAutoLockInterval(std::chrono::milliseconds(0));
    window.resize(1024, 680);
    window.show();
    if (Status s = writeRecords(samples, window, shots); !s)
        return s;
    if (Status s = writeCodebook(window, shots); !s)
        return s;
    if (Status s = writeSync(samples, window, shots); !s)
        return s;
    if (Status s = savePage(window, MainWindow::SettingsView, shots,
                            QStringLiteral("main_window_settings"));
        !s)
        return s;
    if (Status s = writeMonitoring(samples, shots); !s)
        return s;
    if (Status s = writeFormImport(samples, scratch, shots); !s)
        return s;
    {
        AboutDialog about(&window);
        about.show();
        if (Status s = save(&about, shots, QStringLiteral("about")); !s)
            return s;
    }
    if (Status s = writeLock(window, shots); !s)
        return s;
    return writeProjectChooser(samples, scratch, shots);
}

Status ScreenshotWriter::writeSetup(const QString &scratch, const Shots &shots)
{
    SetupWizard wizard(QDir(scratch).filePath(QStringLiteral("new-workspace")),
                       KdfLimits::insecureForTests());
    wizard.show();
    if (Status s = save(&wizard, shots, QStringLiteral("setup_language")); !s)
        return s;
    wizard.next();
    type(&wizard, "passphrase", QStringLiteral("four unrelated words here"));
    type(&wizard, "passphraseConfirm", QStringLiteral("four unrelated words here"));
    if (auto *understood = wizard.findChild<QCheckBox *>(QStringLiteral("understood")))
        understood->setChecked(true);
    if (Status s = save(&wizard, shots, QStringLiteral("setup_passphrase")); !s)
        return s;
    wizard.next();
    type(&wizard, "deviceName", QStringLiteral("Ana - laptop"));
    return save(&wizard, shots, QStringLiteral("setup_device"));
}

Status ScreenshotWriter::writeUnlock(ScreenshotSamples &samples, const Shots &shots)
{
    UnlockDialog unlock(samples.researcher().path());
    unlock.show();
    if (Status s = save(&unlock, shots, QStringLiteral("unlock")); !s)
        return s;
    type(&unlock, "passphrase", kWrongPassphrase);
    unlock.accept();
    auto *message = unlock.findChild<QLabel *>(QStringLiteral("unlockMessage"));
    if (!waitFor([&] { return !unlock.isBusy() && message && message->isVisible(); }))
        return Error(ErrorCode::Failure, tr("The unlock dialog did not answer in time."));
    return save(&unlock, shots, QStringLiteral("unlock_wrong_passphrase"));
}

Status ScreenshotWriter::writeRecords(ScreenshotSamples &samples, MainWindow &window,
                                      const Shots &shots)
{
    if (Status s =
            savePage(window, MainWindow::RecordsView, shots, QStringLiteral("main_window_records"));
        !s)
        return s;
    auto *page = window.findChild<RecordsPage *>();
    if (!page)
        return Error(ErrorCode::Failure, tr("The Records view is missing."));
    const auto select = [page](const QUuid &id) {
        const int row = page->model()->rowOf(id);
        if (row >= 0)
            page->view()->setCurrentIndex(page->model()->index(row, 0));
    };

    // Searches at once instead of after the pause in typing.
    page->searchBox()->setText(ScreenshotSamples::searchWord());
    page->applyFilters();
    select(samples.codedRecord());
    if (Status s = save(&window, shots, QStringLiteral("records_search")); !s)
        return s;
    page->searchBox()->clear();
    page->applyFilters();

    if (Status s = saveModal([page] { page->newRecord(); }, shots,
                             QStringLiteral("records_new_record_form"));
        !s)
        return s;

    // Tall enough to show the narrative with its codings and the groups
    // around it.
    window.resize(1400, 1050);
    select(samples.codedRecord());
    RecordEditor *editor = page->openRecord(samples.codedRecord());
    auto *codings = editor->findChild<CodingsPanel *>();
    if (codings && codings->list()->count() > 0)
        codings->list()->setCurrentRow(0);
    settle();
    // After selecting the coding: the editor keeps its focused field in
    // view, which would scroll the narrative back to the bottom edge.
    auto *scroll = editor->findChild<QScrollArea *>();
    QPlainTextEdit *narrative = editor->narrativeEditor(QStringLiteral("narrative"));
    if (scroll && narrative) {
        const int top = narrative->mapTo(scroll->widget(), QPoint(0, 0)).y();
        scroll->verticalScrollBar()->setValue(top - 80);
    }
    if (Status s = save(&window, shots, QStringLiteral("record_editor")); !s)
        return s;
    if (codings) {
        if (Status s = saveModal([codings] { codings->changeCurrentCode(); }, shots,
                                 QStringLiteral("coding_change_code"));
            !s)
            return s;
    }

    select(samples.incompleteRecord());
    editor = page->openRecord(samples.incompleteRecord());
    // Finalize scrolls to the first problem, which needs the final geometry.
    settle();
    editor->finalizeRecord();
    if (Status s = save(&window, shots, QStringLiteral("record_editor_validation")); !s)
        return s;
    page->closeEditor();
    window.resize(1024, 680);

    select(samples.incompleteRecord());
    if (Status s = saveModal([page] { page->deleteSelected(); }, shots,
                             QStringLiteral("records_delete_confirm"));
        !s)
        return s;
    page->deleteRecord(samples.incompleteRecord());
    if (Status s = save(&window, shots, QStringLiteral("records_undo_delete")); !s)
        return s;
    page->undoDelete();
    // The status bar counts on a timer; the next views show the current count.
    window.refreshStatus();
    return {};
}

Status ScreenshotWriter::writeCodebook(MainWindow &window, const Shots &shots)
{
    if (Status s = savePage(window, MainWindow::CodebookView, shots,
                            QStringLiteral("main_window_codebook"));
        !s)
        return s;
    auto *page = window.findChild<CodebookPage *>();
    if (!page)
        return Error(ErrorCode::Failure, tr("The Codebook view is missing."));
    page->selectCode(Codebook::seedId(QStringLiteral("migration")));
    if (Status s = save(&window, shots, QStringLiteral("codebook_edit_code")); !s)
        return s;
    const QPair<void (CodebookPage::*)(), const char *> dialogs[] = {
        {&CodebookPage::moveCurrent, "codebook_move"},
        {&CodebookPage::mergeCurrent, "codebook_merge"},
        {&CodebookPage::deleteCurrent, "codebook_delete_confirm"}};
    for (const auto &[open, view] : dialogs) {
        if (Status s =
                saveModal([page, open = open] { (page->*open)(); }, shots, QLatin1String(view));
            !s)
            return s;
    }
    // Last: the new code stays in this language's throwaway codebook.
    page->createCode(false);
    return save(&window, shots, QStringLiteral("codebook_new_code"));
}

Status ScreenshotWriter::writeSync(ScreenshotSamples &samples, MainWindow &window,
                                   const Shots &shots)
{
    if (Status s =
            savePage(window, MainWindow::SyncView, shots, QStringLiteral("main_window_sync"));
        !s)
        return s;

    ProjectSetupDialog setup;
    type(&setup, "projectName", QStringLiteral("Frontera Sur"));
    if (auto *country = setup.findChild<QComboBox *>(QStringLiteral("projectCountry")))
        country->setCurrentIndex(country->findData(QStringLiteral("BR")));
    setup.show();
    if (Status s = save(&setup, shots, QStringLiteral("sync_project_setup")); !s)
        return s;
    setup.hide();

    auto request = JoinRequest::open(samples.joinRequest());
    if (!request)
        return request.error();
    JoinRequestDialog join(request.value());
    join.show();
    if (Status s = save(&join, shots, QStringLiteral("sync_join_request")); !s)
        return s;
    join.hide();

    // The pages that made the project, still showing their last imports.
    SyncPage &coordinator = samples.coordinatorSync();
    SyncPage &researcher = samples.researcherSync();
    for (SyncPage *page : {&coordinator, &researcher})
        page->resize(1024, 820);
    coordinator.show();
    if (Status s = save(&coordinator, shots, QStringLiteral("sync_coordinator")); !s)
        return s;
    if (Status s = saveModal(
            [&] { coordinator.revokeDevice(samples.revocableDevice(), samples.revocableName()); },
            shots, QStringLiteral("sync_revoke_confirm"));
        !s)
        return s;
    coordinator.hide();
    researcher.show();
    // The quarantine sits in the page's details, which start folded.
    if (auto *details = researcher.findChild<QToolButton *>(QStringLiteral("syncDetailsToggle")))
        details->setChecked(true);
    Status s = save(&researcher, shots, QStringLiteral("sync_quarantine"));
    researcher.hide();
    if (!s)
        return s;
    if (Status st = writeSyncStates(samples, shots); !st)
        return st;
    return writeCoordinator(samples, shots);
}

Status ScreenshotWriter::writeLock(MainWindow &window, const Shots &shots)
{
    window.lock();
    if (Status s = save(&window, shots, QStringLiteral("lock_screen")); !s)
        return s;
    type(&window, "lockPassphrase", kWrongPassphrase);
    auto *unlock = window.findChild<QPushButton *>(QStringLiteral("lockUnlock"));
    auto *message = window.findChild<QLabel *>(QStringLiteral("lockMessage"));
    if (!unlock || !message)
        return Error(ErrorCode::Failure, tr("The lock screen is missing."));
    unlock->click();
    if (!waitFor([&] { return unlock->isEnabled() && message->isVisible(); }))
        return Error(ErrorCode::Failure, tr("The lock screen did not answer in time."));
    return save(&window, shots, QStringLiteral("lock_screen_wrong_passphrase"));
}

} // namespace vigia
