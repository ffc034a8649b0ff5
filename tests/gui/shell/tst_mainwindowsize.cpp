// Every view of the main window works on a 1024×600 netbook screen in every
// shipped language (issue 22): the window's minimum size fits, the form in
// the record editor gets no horizontal scrollbar and most of the height, and
// the records list keeps a readable Summary column.
#include "ClippedTexts.h"
#include "common/Language.h"
#include "forms/BuiltinForms.h"
#include "project/ProjectAdmin.h"
#include "store/FormStore.h"
#include "store/RecordStore.h"
#include "TestWorkspace.h"
#include "ui/records/RecordEditor.h"
#include "ui/records/RecordListModel.h"
#include "ui/records/RecordsPage.h"
#include "ui/shell/ChangePassphraseDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/sync/ProjectSetupDialog.h"

#include <QHeaderView>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>
#include <QTest>

using namespace vigia;

namespace {

constexpr QSize kNetbook(1024, 600);

QString describe(const QSize &s)
{
    return QStringLiteral("%1×%2").arg(s.width()).arg(s.height());
}

// The children that make `parent` wide, widest first: names the parts of a
// layout whose sum is too wide when none alone is.
QString widest(QWidget *parent, int depth = 0)
{
    QList<std::pair<int, QWidget *>> children;
    for (QWidget *child : parent->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (!child->isWindow())
            children.append(
                {child->minimumSizeHint().expandedTo(child->minimumSize()).width(), child});
    }
    std::sort(children.begin(), children.end(),
              [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList parts;
    for (qsizetype i = 0; i < std::min<qsizetype>(children.size(), 3); ++i) {
        if (children[i].first < 250)
            break;
        QWidget *c = children[i].second;
        QString part = QStringLiteral("%1/%2 %3")
                           .arg(c->objectName(), QString::fromLatin1(c->metaObject()->className()))
                           .arg(children[i].first);
        if (depth < 6)
            if (QString inner = widest(c, depth + 1); !inner.isEmpty())
                part += QStringLiteral(" {") + inner + u'}';
        parts << part;
    }
    return parts.join(QStringLiteral(", "));
}

// The innermost visible-or-stacked widgets whose own minimum is wider than
// `width`: where a failure comes from.
QStringList tooWide(QWidget *top, int width)
{
    QStringList found;
    for (QWidget *child : top->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (child->isWindow())
            continue;
        const int needs = child->minimumSizeHint().expandedTo(child->minimumSize()).width();
        if (needs <= width)
            continue;
        const QStringList inner = tooWide(child, width);
        found << (inner.isEmpty()
                      ? QStringList{QStringLiteral("%1 (%2) needs %3 px [%4]")
                                        .arg(child->objectName(),
                                             QString::fromLatin1(child->metaObject()->className()))
                                        .arg(needs)
                                        .arg(widest(child))}
                      : inner);
    }
    return found;
}

// Empty when `w` can be shown at 1024×600, else what is too big.
QString fitsNetbook(MainWindow &w, const QString &view)
{
    QCoreApplication::processEvents();
    const QSize minimum = w.minimumSizeHint().expandedTo(w.minimumSize());
    if (minimum.width() > kNetbook.width() || minimum.height() > kNetbook.height())
        return QStringLiteral("%1 needs at least %2: %3")
            .arg(view, describe(minimum), tooWide(&w, kNetbook.width()).join(QStringLiteral("; ")));
    w.resize(kNetbook);
    QCoreApplication::processEvents();
    if (w.size() != kNetbook)
        return QStringLiteral("%1 cannot be made %2 (stays %3)")
            .arg(view, describe(kNetbook), describe(w.size()));
    // Fitting by cutting words short is no fit: "Todos los formulario…".
    if (const QStringList cut = test::clippedTexts(&w); !cut.isEmpty())
        return QStringLiteral("%1: %2").arg(view, cut.join(QStringLiteral("; ")));
    return {};
}

} // namespace

class TestMainWindowSize : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qputenv("VIGIA_INSECURE_TEST_KDF", "1"); }
    void cleanup() { Language::install(QStringLiteral("en")); }

    void everyViewFitsANetbook_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("coordinator");
        for (const char *lang : {"en", "es", "pt_BR"}) {
            QTest::addRow("%s researcher", lang) << QString::fromLatin1(lang) << false;
            // A coordinator's Sync page has more steps and buttons.
            QTest::addRow("%s coordinator", lang) << QString::fromLatin1(lang) << true;
        }
    }

    void everyViewFitsANetbook()
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
        QList<QUuid> records;
        QStringList forms;
        for (const FormDefinition &form : pack.value()) {
            QVERIFY(ws->forms().importDefinition(form));
            auto id = ws->records().create(form.formId(), form.version());
            QVERIFY(id);
            records << id.value();
            forms << form.formId();
        }
        MainWindow w(*ws);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QStringList problems;
        for (int page = MainWindow::RecordsView; page <= MainWindow::SettingsView; ++page) {
            w.showPage(MainWindow::Page(page));
            if (QString p = fitsNetbook(w, QStringLiteral("page %1").arg(page)); !p.isEmpty())
                problems << p;
        }

        w.showPage(MainWindow::RecordsView);
        auto *page = w.findChild<RecordsPage *>();
        for (qsizetype i = 0; i < records.size(); ++i) {
            RecordEditor *editor = page->openRecord(records[i]);
            QVERIFY(editor);
            const QString view = QStringLiteral("editor of %1").arg(forms[i]);
            if (QString p = fitsNetbook(w, view); !p.isEmpty()) {
                problems << p;
                continue;
            }
            auto *scroll = editor->findChild<QScrollArea *>(QStringLiteral("formScroll"));
            QVERIFY(scroll);
            if (scroll->horizontalScrollBar()->maximum() > 0)
                problems << QStringLiteral("%1: the form scrolls sideways by %2 px")
                                .arg(view)
                                .arg(scroll->horizontalScrollBar()->maximum());
            // Most of the window's height is the form's, not the chrome's.
            if (scroll->viewport()->height() < 360)
                problems << QStringLiteral("%1: the form gets only %2 px of height")
                                .arg(view)
                                .arg(scroll->viewport()->height());
            // The codings panel opens beside the form and still leaves it
            // without a sideways scrollbar.
            editor->setPanelShown(true);
            QCoreApplication::processEvents();
            if (QString p = fitsNetbook(w, view + QStringLiteral(" with codings")); !p.isEmpty())
                problems << p;
            else if (scroll->horizontalScrollBar()->maximum() > 0)
                problems << QStringLiteral("%1 with codings: the form scrolls sideways").arg(view);
            editor->setPanelShown(false);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // The Summary column stretches: at 1024 px it shows a real excerpt,
    // not "…n".
    void summaryColumnStaysReadable_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *lang : {"en", "es", "pt_BR"})
            QTest::newRow(lang) << QString::fromLatin1(lang);
    }

    void summaryColumnStaysReadable()
    {
        QFETCH(QString, language);
        Language::install(language);
        test::TestWorkspace ws;
        QVERIFY(ws.isValid());
        auto pack = BuiltinForms::load();
        QVERIFY(pack);
        for (const FormDefinition &form : pack.value())
            QVERIFY(ws->forms().importDefinition(form));
        for (int i = 0; i < 3; ++i)
            QVERIFY(ws->records().create(
                QStringLiteral("qualitative_finding"),
                ws->forms().get(QStringLiteral("qualitative_finding")).value().version()));
        MainWindow w(*ws);
        w.resize(kNetbook);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *list = w.findChild<QTableView *>(QStringLiteral("recordList"));
        QVERIFY(list);
        QTRY_VERIFY(list->model()->rowCount() == 3);
        const int summary = RecordListModel::SummaryColumn;
        QVERIFY2(list->columnWidth(summary) >= 200,
                 qPrintable(QStringLiteral("Summary is %1 px").arg(list->columnWidth(summary))));
        // Every other column shows its whole header.
        QHeaderView *header = list->horizontalHeader();
        for (int c = 0; c < header->count(); ++c) {
            if (c == summary || header->isSectionHidden(c))
                continue;
            QVERIFY2(header->sectionSize(c) >= header->sectionSizeHint(c),
                     qPrintable(QStringLiteral("column %1 (%2) is cut: %3 < %4")
                                    .arg(c)
                                    .arg(list->model()->headerData(c, Qt::Horizontal).toString())
                                    .arg(header->sectionSize(c))
                                    .arg(header->sectionSizeHint(c))));
        }
    }
    // The dialogs a first day meets show their whole texts in each language
    // (the new project's hub placeholder was cut in es and pt_BR).
    void dialogsShowWholeTexts_data() { summaryColumnStaysReadable_data(); }

    void dialogsShowWholeTexts()
    {
        QFETCH(QString, language);
        Language::install(language);
        test::TestWorkspace ws;
        QVERIFY(ws.isValid());
        ProjectSetupDialog project;
        ChangePassphraseDialog passphrase(*ws);
        for (QDialog *d : std::initializer_list<QDialog *>{&project, &passphrase}) {
            d->show();
            QVERIFY(QTest::qWaitForWindowExposed(d));
            QVERIFY(d->width() <= kNetbook.width());
            const QStringList cut = test::clippedTexts(d);
            QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u'\n')));
            d->hide();
        }
    }
};

QTEST_MAIN(TestMainWindowSize)
#include "tst_mainwindowsize.moc"
