#include "ClippedTexts.h"
#include "common/Language.h"
#include "forms/BuiltinForms.h"
#include "project/ProjectAdmin.h"
#include "store/FormStore.h"
#include "store/RecordStore.h"
#include "TestWorkspace.h"
#include "ui/records/RecordEditor.h"
#include "ui/records/RecordsPage.h"
#include "ui/setup/SetupWizard.h"
#include "ui/shell/ChangePassphraseDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/ShortcutsDialog.h"
#include "ui/shell/UnlockDialog.h"
#include "ui/sync/ProjectSetupDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace vigia;

namespace {
// Every visible text must come from tr(): under the pseudo-locale it is
// bracketed. And every text must fit its widget at a laptop's size with the
// pseudo text, 40% longer than English: labels, buttons, combo and date
// boxes, placeholders, headers.
constexpr QSize kLaptop(1366, 768);
constexpr int kSettleMs = 100;

QStringList problemsIn(QWidget *top)
{
    QStringList problems;
    const auto bracketed = [](const QString &t) {
        return t.isEmpty() || (t.startsWith(QLatin1Char('[')) && t.endsWith(QLatin1Char(']')));
    };
    if (!bracketed(top->windowTitle()))
        problems << QStringLiteral("window title \"%1\"").arg(top->windowTitle());
    // Data, not words: a key's fingerprint is shown as it is.
    static const QRegularExpression fingerprint(QStringLiteral("^[0-9a-f\\s]+$"));
    for (QLabel *label : top->findChildren<QLabel *>()) {
        if (label->isVisible() && !bracketed(label->text()) &&
            !fingerprint.match(label->text()).hasMatch())
            problems << QStringLiteral("label %1: \"%2\"").arg(label->objectName(), label->text());
    }
    for (QAbstractButton *button : top->findChildren<QAbstractButton *>()) {
        if (button->isVisible() && !bracketed(button->text()))
            problems << QStringLiteral("button \"%1\"").arg(button->text());
    }
    problems << test::clippedTexts(top);
    return problems;
}

} // namespace

class TestPseudoLocale : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qputenv("VIGIA_INSECURE_TEST_KDF", "1"); }
    void init() { Language::install(Language::kPseudo); }
    void cleanup() { Language::install(QStringLiteral("en")); }

    void mainWindowPages_data()
    {
        QTest::addColumn<int>("page");
        QTest::addColumn<bool>("coordinator");
        QTest::newRow("records") << int(MainWindow::RecordsView) << false;
        QTest::newRow("codebook") << int(MainWindow::CodebookView) << false;
        QTest::newRow("dashboard") << int(MainWindow::DashboardView) << false;
        QTest::newRow("sync") << int(MainWindow::SyncView) << false;
        QTest::newRow("sync coordinator") << int(MainWindow::SyncView) << true;
        QTest::newRow("settings") << int(MainWindow::SettingsView) << false;
        QTest::newRow("locked") << -1 << false;
    }

    void mainWindowPages()
    {
        QFETCH(int, page);
        QFETCH(bool, coordinator);
        test::TestWorkspace ws({}, coordinator ? Role::Coordinator : Role::Researcher);
        QVERIFY(ws.isValid());
        if (coordinator)
            QVERIFY(ProjectAdmin(*ws).create(QStringLiteral("Frontera Sur"), QStringLiteral("BR"),
                                             QStringLiteral("https://hub.example.org")));
        auto pack = BuiltinForms::load();
        QVERIFY(pack);
        for (const FormDefinition &form : pack.value()) {
            QVERIFY(ws->forms().importDefinition(form));
            QVERIFY(ws->records().create(form.formId(), form.version()));
        }
        MainWindow w(*ws);
        w.resize(kLaptop);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        if (page < 0)
            w.lock();
        else
            w.showPage(MainWindow::Page(page));
        QTest::qWait(kSettleMs); // counts arrive after the first paint
        const QStringList problems = problemsIn(&w);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // The editor of every built-in form, with its codings panel open.
    void recordEditors()
    {
        test::TestWorkspace ws;
        QVERIFY(ws.isValid());
        auto pack = BuiltinForms::load();
        QVERIFY(pack);
        MainWindow w(*ws);
        w.resize(kLaptop);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *page = w.findChild<RecordsPage *>();
        QStringList problems;
        for (const FormDefinition &form : pack.value()) {
            QVERIFY(ws->forms().importDefinition(form));
            RecordEditor *editor = page->createRecord(form.formId());
            QVERIFY(editor);
            editor->setPanelShown(true);
            QTest::qWait(kSettleMs);
            // The form's own texts come from the form, in its languages, not
            // from tr(): only their fit is checked.
            for (const QString &p : test::clippedTexts(&w))
                problems << form.formId() + QStringLiteral(": ") + p;
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // Dialogs a first day meets: a new project, a new passphrase, the keys.
    void dialogs()
    {
        test::TestWorkspace ws;
        QVERIFY(ws.isValid());
        ProjectSetupDialog project;
        ChangePassphraseDialog passphrase(*ws);
        ShortcutsDialog shortcuts;
        for (QDialog *d : std::initializer_list<QDialog *>{&project, &passphrase, &shortcuts}) {
            d->show();
            QVERIFY(QTest::qWaitForWindowExposed(d));
            const QStringList problems = problemsIn(d);
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
            d->hide();
        }
    }

    void setupWizardPages()
    {
        QTemporaryDir dir;
        SetupWizard w(dir.filePath(QStringLiteral("ws")));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        for (int i = 0; i < 3; ++i) {
            const QStringList problems = problemsIn(&w);
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
            w.next();
        }
    }

    void unlockDialog()
    {
        test::TestWorkspace ws;
        ws.close();
        UnlockDialog d(ws.path());
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        const QStringList problems = problemsIn(&d);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_MAIN(TestPseudoLocale)
#include "tst_pseudolocale.moc"
