// Alt+letter must reach one control: two visible controls of one window with
// the same mnemonic make Alt+letter cycle between them instead of acting
// (issue 22). Checked in every shipped language, for every page of the main
// window with a record open, every page of the setup wizard and the form
// import dialog.
#include "common/Language.h"
#include "forms/BuiltinForms.h"
#include "project/ProjectAdmin.h"
#include "store/FormStore.h"
#include "store/RecordStore.h"
#include "TestWorkspace.h"
#include "ui/forms/ImportFormDialog.h"
#include "ui/records/RecordsPage.h"
#include "ui/setup/SetupWizard.h"
#include "ui/shell/MainWindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QGroupBox>
#include <QLabel>
#include <QMap>
#include <QMenuBar>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

using namespace vigia;

namespace {

// The letter after a single '&', lower-cased; none for "&&" or no '&'.
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// "'&Save' and 'Sa&ve'" for each letter two visible controls of `top` share.
QStringList collisionsIn(QWidget *top)
{
    QMap<QChar, QStringList> byLetter;
    const auto add = [&byLetter](const QString &text) {
        if (const QChar m = mnemonicOf(text); !m.isNull())
            byLetter[m].append(text);
    };
    for (QWidget *w : top->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(top) || w->window() != top)
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(button->text());
        else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
            add(label->text());
        else if (auto *box = qobject_cast<QGroupBox *>(w); box && box->isCheckable())
            add(box->title());
        else if (auto *bar = qobject_cast<QMenuBar *>(w))
            for (QAction *a : bar->actions())
                add(a->text());
    }
    QStringList problems;
    for (auto it = byLetter.cbegin(); it != byLetter.cend(); ++it)
        if (it.value().size() > 1)
            problems << QStringLiteral("Alt+%1: %2")
                            .arg(it.key(), it.value().join(QStringLiteral(" / ")));
    return problems;
}

} // namespace

class TestAccelerators : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qputenv("VIGIA_INSECURE_TEST_KDF", "1"); }
    void cleanup() { Language::install(QStringLiteral("en")); }

    void mainWindowPages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("coordinator");
        for (const char *lang : {"en", "es", "pt_BR"}) {
            QTest::addRow("%s researcher", lang) << QString::fromLatin1(lang) << false;
            // With a project: the Sync page shows the coordinator's buttons.
            QTest::addRow("%s coordinator", lang) << QString::fromLatin1(lang) << true;
        }
    }

    void mainWindowPages()
    {
        QFETCH(QString, language);
        QFETCH(bool, coordinator);
        Language::install(language);
        test::TestWorkspace ws({}, coordinator ? Role::Coordinator : Role::Researcher);
        QVERIFY(ws.isValid());
        if (coordinator)
            QVERIFY(ProjectAdmin(*ws).create(QStringLiteral("Frontera Sur"), QStringLiteral("BR"),
                                             QStringLiteral("https://hub.example.org")));
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
        QStringList problems;
        for (int page = MainWindow::RecordsView; page <= MainWindow::SettingsView; ++page) {
            w.showPage(MainWindow::Page(page));
            for (const QString &p : collisionsIn(&w))
                problems << QStringLiteral("page %1: %2").arg(page).arg(p);
        }
        w.showPage(MainWindow::RecordsView);
        QVERIFY(w.findChild<RecordsPage *>()->openRecord(id.value()));
        for (const QString &p : collisionsIn(&w))
            problems << QStringLiteral("record editor: ") + p;
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void importFormDialog_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *lang : {"en", "es", "pt_BR"})
            QTest::newRow(lang) << QString::fromLatin1(lang);
    }

    void importFormDialog()
    {
        QFETCH(QString, language);
        Language::install(language);
        test::TestWorkspace ws;
        QVERIFY(ws.isValid());
        ImportFormDialog d(*ws);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        const QStringList problems = collisionsIn(&d);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void setupWizardPages_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *lang : {"en", "es", "pt_BR"})
            QTest::newRow(lang) << QString::fromLatin1(lang);
    }

    void setupWizardPages()
    {
        QFETCH(QString, language);
        Language::install(language);
        QTemporaryDir dir;
        SetupWizard w(dir.filePath(QStringLiteral("ws")));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QStringList problems;
        for (int i = 0; i < 3; ++i) {
            for (const QString &p : collisionsIn(&w))
                problems << QStringLiteral("page %1: %2").arg(i).arg(p);
            w.next();
        }
        // The other path from the first page: restoring a backup.
        w.restart();
        w.findChild<QRadioButton *>(QStringLiteral("restoreBackup"))->setChecked(true);
        w.next();
        QCOMPARE(w.currentId(), int(SetupWizard::RestorePageId));
        for (const QString &p : collisionsIn(&w))
            problems << QStringLiteral("restore page: ") + p;
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_MAIN(TestAccelerators)
#include "tst_accelerators.moc"
