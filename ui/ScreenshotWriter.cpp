#include "ScreenshotWriter.h"

#include "Language.h"
#include "MainWindow.h"
#include "RecordStore.h"
#include "SetupWizard.h"
#include "UnlockDialog.h"
#include "Workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QDeadlineTimer>
#include <QDir>
#include <QLineEdit>
#include <QLocale>
#include <QPixmap>
#include <QTemporaryDir>

namespace vigia {

namespace {
// The passphrase of a throwaway workspace that lives for one run.
const QByteArray kSamplePassphrase = QByteArrayLiteral("screenshots only, never real data");

// Lets layouts, lazy models and deferred deletions settle before a grab.
void settle()
{
    const QDeadlineTimer deadline(150);
    while (!deadline.hasExpired())
        QApplication::processEvents(QEventLoop::AllEvents, 20);
}

void type(QWidget *root, const char *name, const QString &text)
{
    if (auto *edit = root->findChild<QLineEdit *>(QLatin1String(name)))
        edit->setText(text);
}
} // namespace

QStringList ScreenshotWriter::viewNames()
{
    return {QStringLiteral("setup_language"),      QStringLiteral("setup_passphrase"),
            QStringLiteral("setup_device"),        QStringLiteral("unlock"),
            QStringLiteral("main_window_records"), QStringLiteral("main_window_codebook"),
            QStringLiteral("main_window_sync"),    QStringLiteral("main_window_settings"),
            QStringLiteral("lock_screen")};
}

Status ScreenshotWriter::addSampleRecords(Workspace &ws)
{
    struct Sample
    {
        const char *country;
        const char *date;
        const char *narrative;
        bool finalized;
    };
    // Invented, deliberately unspecific examples of the kind of finding the
    // observatory records; no real place, person or case.
    const Sample samples[] = {
        {"PY", "2026-03-04",
         "Bus terminal: adolescents approached by adults offering transport and work.", true},
        {"BR", "2026-03-11",
         "Border crossing: minors travelling without documents, no checks observed.", false},
        {"AR", "2026-02-27",
         "Online: classified ads recruiting girls as 'models' for events abroad.", true},
        {"BO", "2026-03-15",
         "Market area: children working late at night near bars; outreach team informed.", false},
    };
    for (const Sample &s : samples) {
        const RecordStore::Values values{
            {QStringLiteral("country"), QString::fromLatin1(s.country)},
            {QStringLiteral("date"), QString::fromLatin1(s.date)},
            {QStringLiteral("narrative"), QString::fromUtf8(s.narrative)}};
        auto id = ws.records().create(QStringLiteral("qualitative_finding"), QStringLiteral("1"),
                                      values, s.finalized);
        if (!id)
            return id.error();
    }
    return {};
}

Status ScreenshotWriter::save(QWidget *widget, const QString &dir, const QString &view,
                              QStringList *written)
{
    settle();
    const QString file = QDir(dir).filePath(view + QStringLiteral(".png"));
    if (!widget->grab().save(file))
        return Error(
            ErrorCode::Io,
            tr("Cannot write the screenshot %1. Check that the folder is writable.").arg(file));
    written->append(file);
    return {};
}

Result<QStringList> ScreenshotWriter::writeAll(const QString &dir)
{
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return Error(ErrorCode::Io, tr("Cannot create a temporary folder for the screenshots."));
    // Fast KDF limits: the workspace is thrown away at the end of the run.
    auto ws = Workspace::create(scratch.filePath(QStringLiteral("workspace")), kSamplePassphrase,
                                QStringLiteral("Ana - laptop"), Workspace::kResearcher,
                                KdfLimits::insecureForTests());
    if (!ws)
        return ws.error();
    if (Status s = addSampleRecords(*ws.value()); !s)
        return s.error();

    const QString previous = Language::resolve(QLocale().name());
    QStringList written;
    const auto finish = [&](Status s) -> Result<QStringList> {
        Language::install(previous);
        if (!s)
            return s.error();
        return written;
    };
    for (const QString &lang : Language::available()) {
        Language::install(lang);
        const QString out = QDir(dir).filePath(lang);
        if (!QDir().mkpath(out))
            return finish(
                Error(ErrorCode::Io,
                      tr("Cannot create the folder %1. Check that it is writable.").arg(out)));

        SetupWizard wizard(scratch.filePath(QStringLiteral("new-workspace")),
                           KdfLimits::insecureForTests());
        wizard.show();
        if (Status s = save(&wizard, out, QStringLiteral("setup_language"), &written); !s)
            return finish(s);
        wizard.next();
        type(&wizard, "passphrase", QStringLiteral("four unrelated words here"));
        type(&wizard, "passphraseConfirm", QStringLiteral("four unrelated words here"));
        if (auto *understood = wizard.findChild<QCheckBox *>(QStringLiteral("understood")))
            understood->setChecked(true);
        if (Status s = save(&wizard, out, QStringLiteral("setup_passphrase"), &written); !s)
            return finish(s);
        wizard.next();
        type(&wizard, "deviceName", QStringLiteral("Ana - laptop"));
        if (Status s = save(&wizard, out, QStringLiteral("setup_device"), &written); !s)
            return finish(s);
        wizard.hide();

        UnlockDialog unlock(ws.value()->path());
        unlock.show();
        if (Status s = save(&unlock, out, QStringLiteral("unlock"), &written); !s)
            return finish(s);
        unlock.hide();

        MainWindow window(*ws.value());
        window.setAutoLockInterval(std::chrono::milliseconds(0));
        window.resize(1024, 680);
        window.show();
        const QPair<MainWindow::Page, const char *> pages[] = {
            {MainWindow::RecordsView, "main_window_records"},
            {MainWindow::CodebookView, "main_window_codebook"},
            {MainWindow::SyncView, "main_window_sync"},
            {MainWindow::SettingsView, "main_window_settings"}};
        for (const auto &[page, view] : pages) {
            window.showPage(page);
            if (Status s = save(&window, out, QLatin1String(view), &written); !s)
                return finish(s);
        }
        window.lock();
        if (Status s = save(&window, out, QStringLiteral("lock_screen"), &written); !s)
            return finish(s);
    }
    return finish({});
}

} // namespace vigia
